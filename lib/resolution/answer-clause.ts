// Reading one clause of a satisfaction answer (classify-answer.ts): the phrase-level ideas (answer-patterns.ts)
// and the status words with the negation over them, written into a Reading as for or against, strong or weak, or
// doubt. Kept apart because it is the bulk of the reader; the decision over all clauses stays in
// classify-answer.ts and the story across them in answer-story.ts.
import { isStopWord } from "../text/terms";
import { ABSENCE, ARRIVE, BAD, COMMS, DAMAGE, FILLER, FR_VERB, GOOD, HAVE, isWork, isYes, known, NEGATOR, NO, PROBLEM, PROGRESS, REFUND, REMOVAL, RESOLVE, set, STILL, THANKS, THANKS_FILLER, UNWANTED, VERIFY, WAIT } from "./answer-lexicon";
import type { Clause } from "./answer-layout";
import { AGAIN, AT_FIRST, CAN_DO, HAVE_NO, PAID_FOR, LOST_WANTED, NO_CHARGE, NOW_BROKEN, STILL_STATE, CONTRADICTED, NEGATED_CLAIM, NOT_THE_CAUSE, DOUBT, ERROR_CODE, FUTURE, isRelapseWord, LEAVE, MISSING_CAME, MISSING_THERE, MISSING_WORD, NOT_THE_OUTCOME, OTHER_TOPIC, OTHER_WISH, PARTIAL, PENDING_EVENT, PERSIST, PROMISED, REGRET, RELAPSE, REPEAT, REQUEST_QUESTION, SARCASM, SELF_CAUSE, STILL_SAME, TEMPORARY, THIRD_PARTY, TOOK_LONG, WAIT_SPAN, WANTS_OTHER, WHEN_QUESTION, WRONG_ITEM, WRONG_TARGET } from "./answer-patterns";

export interface Reading {
  /** Says or implies it is not fixed. */
  strongNeg: string[];
  /** Time, effort or repetition complaints; a problem named: yield to a clear "it's fixed". */
  weakNeg: string[];
  /** Says it is fixed, in the customer's own words. */
  strongPos: string[];
  /** A yes, praise, a thank-you, a positive emoji. */
  weakPos: string[];
  /** Not (yet) a verdict: reservation, hedge, reported, third person, aside with a complaint, unknown words. */
  doubt: string[];
  /** A bare "non"/"no" as the answer. */
  answerNo: boolean;
}

export const emptyReading = (): Reading => ({ strongNeg: [], weakNeg: [], strongPos: [], weakPos: [], doubt: [], answerNo: false });

export function readClause(clause: Clause, r: Reading) {
  const c = withoutQuestionTag(clause);
  const { words, negated, text } = c;
  const own = !c.question && !c.notOwn;
  const before = r.strongNeg.length + r.weakNeg.length + r.strongPos.length + r.weakPos.length + r.doubt.length;
  const atFirst = AT_FIRST.test(c.text) || SELF_CAUSE.test(c.text);
  const neg = (why: string, strong = true) => (c.aside ? r.doubt : strong && !atFirst ? r.strongNeg : r.weakNeg).push(why);
  const pos = (why: string, strong = true) => {
    if (own && !c.aside) (strong ? r.strongPos : r.weakPos).push(why);
  };
  const tokens = text.split(" ");
  // "Pas de prélèvement ce mois-ci", "nothing taken": the charge the customer wrote about has stopped.
  if (NO_CHARGE.test(text) && !tokens.some((w) => PROBLEM.has(w) || DAMAGE.has(w)) && !c.question && !/\b(still|toujours|encore|again)\b/.test(text)) {
    pos("no unwanted charge any more");
    return;
  }
  // Our own question echoed back before the answer ("est-ce que mon pb est réglé ? bah oui"): not theirs.
  if (c.echo && tokens.some((w) => RESOLVE.has(w))) return;
  /** A verdict word in the clause: only then does who says it (someone else, reported) matter. */
  const statusWords = tokens.some((w) => RESOLVE.has(w) || isWork(w) || ARRIVE.has(w) || REFUND.has(w) || GOOD.has(w) || PROBLEM.has(w) || DAMAGE.has(w) || w === "statusok");
  const unsure = DOUBT.test(text) || (VERIFY_NEGATED(words, negated));
  // Phrase-level ideas.
  // ("they sent me the missing screws", "on m'a envoyé la pièce qui manquait": what was missing, sent.)
  const missingCame = (MISSING_CAME.test(text) && words.some((w, k) => (ARRIVE.has(w) || REFUND.has(w) || SENT_MISSING.test(w) || w === "showup" || w === "refund" || w === "remboursement") && !negated[k])) || MISSING_THERE.test(text);
  if (PARTIAL.test(missingCame ? text.replace(MISSING_WORD, " ") : text)) neg("partial");
  if (SARCASM.test(text) || /\bscarequotes\b/.test(text)) neg("irony");
  if (REGRET.test(text)) neg("regret", false);
  if (WAIT_SPAN.test(text)) neg("waiting for so long", false);
  if (REPEAT.test(text)) neg("asked again and again", false);
  // "The lid squeaks every time I open it", "ça coupe tous les soirs": something recurring, in words the reader may
  // not know, is a fault that keeps coming (29 of the 35 such answers of the development and fresh files were
  // disputes; the others said it works or came "every time"). Not what "used to" happen.
  if (RECURRING.test(text) && !atFirst && !/\b(used to|avant|auparavant|previously|before)\b/.test(text) && !tokens.some((w) => saysFine(w) || ARRIVE.has(w) || THANKS.has(w))) neg("a fault that recurs");
  if (TEMPORARY.test(text)) neg("worked only for a while");
  if (PROMISED.test(text) && !c.question) neg("a promise reported", false);
  // "plus jamais" / "never again" said of a problem is its end ("plus jamais eu le bug"), not a customer leaving.
  if (LEAVE.test(text) && !tokens.some((w) => PROBLEM.has(w) || DAMAGE.has(w))) neg("leaving");
  if (STILL_SAME.test(text)) neg("nothing changed");
  if (HAVE_NO.test(text)) neg("something missing");
  if (STILL_STATE.test(text) && !tokens.some((w, k) => STILL.has(w) && stillKept(tokens, k))) neg("still in the state it was");
  else if (own && !c.aside && !unsure && stillPersists(tokens, negated)) neg("still as it was");
  // "Reçu des lentilles -2,75 alors que je suis en -3,25", "whereas my contract says…": what was done set against
  // what should have been (all 56 such answers of the development and fresh files were disputes), in a question
  // or reported ("alors que le devis disait 45") as well. A temporal "alors que" ("réparé alors que j'étais au
  // travail") would reopen a case a person then closes: the lesser harm than a dispute closed.
  if (!c.aside && /\b(alors que|alors qu|whereas|tandis que|tandis qu)\b/.test(text)) neg("what is, against what should be");
  if (CAN_DO.test(text) && own && !unsure && !tokens.some((w) => NEGATOR.has(w))) pos("able to do it (again)");
  if (LOST_WANTED.test(text) && !tokens.some((w) => PROBLEM.has(w) || DAMAGE.has(w) || UNWANTED.has(w))) neg("lost what they need");
  const nowBroken = NOW_BROKEN.exec(text);
  if (nowBroken && !PROBLEM.has(nowBroken.at(-1)!) && !DAMAGE.has(nowBroken.at(-1)!)) neg("a new fault after the fix");
  if (NOT_THE_OUTCOME.test(text)) neg("not the outcome asked for");
  if (CONTRADICTED.test(text)) neg("contradicted");
  // (An error code said to be gone, "j'ai plus l'erreur 403", "no more error 500", is the fix.)
  if (ERROR_CODE.test(c.text) && !/\b(nomore|nolonger|plus)\b (\w+ ){0,2}(le |l |la |the |any )?(error|erreur|err|code|message|404|403|500|502|503)\b/.test(c.text)) neg("an error code");
  // After "but": what is "still there", a charge asserted, or "still" anything but working disputes the head.
  if (c.afterContrast && PERSIST.test(text)) neg("still there after a contrast");
  if (c.afterContrast && tokens.some((w, k) => UNWANTED.has(w) && !negated[k]) && !tokens.some((w) => REMOVAL.has(w) || RESOLVE.has(w))) neg("a new charge after a contrast");
  if (c.afterContrast && !unsure && tokens.some((w) => STILL.has(w)) && !tokens.some(saysFine)) neg("still, after a contrast");
  if (RELAPSE.test(text) || tokens.some(isRelapseWord)) neg("the problem came back");
  if (WRONG_TARGET.test(text)) neg("done to the wrong thing");
  if (NOT_THE_CAUSE.test(text)) neg("done to what was not the problem");
  if (NEGATED_CLAIM.test(text)) neg("says it cannot be called fixed");
  if ((WANTS_OTHER.test(text) || OTHER_WISH.test(text)) && !c.question) neg("asks for another outcome");
  // The same fault on the replacement: "the same leak", "avec le même défaut", "has the same …".
  if (tokens.some((w, k) => (w === "same" || w === "meme") && (tokens.slice(k + 1, k + 3).some((x) => PROBLEM.has(x) || DAMAGE.has(x))
    || /^(with|avec|has|have|had|a|ont|got)$/.test(tokens[k - 1] === "the" || tokens[k - 1] === "le" || tokens[k - 1] === "la" ? tokens[k - 2] ?? "" : tokens[k - 1] ?? "")))) neg("the same fault");
  if (WRONG_ITEM.test(text)) neg("wrong item");
  if (c.afterContrast && PAID_FOR.test(text) && !c.question) neg("not what was booked or paid for");
  if (c.question && !c.aside && WHEN_QUESTION.test(text) && OTHER_TOPIC.test(text)) r.doubt.push("asks about something else");
  // "How long does a refund usually take?": how the process goes, not "when will mine come" (left to a person).
  else if (c.question && !c.aside && WHEN_QUESTION.test(text) && /\b(usually|generally|normally|typically|normalement|en general|generalement|d habitude|does (it|a|the) \w* ?take|ca prend|faut il|prend combien)\b/.test(text)) r.doubt.push("asks how long it usually takes");
  else if (c.question && !c.aside && WHEN_QUESTION.test(text)) neg("asks when it will come");
  if (c.question && !c.aside && /^(why|pourquoi)\b/.test(text) && /\b(still|toujours|encore|again)\b/.test(text)) neg("asks why it is still so");
  else if (c.question && !c.aside && REQUEST_QUESTION.test(text)) r.doubt.push("asks for something");
  if (unsure) r.doubt.push("hedge, deferral or not checked yet");
  if (THIRD_PARTY.test(text) && statusWords) r.doubt.push("someone else");
  if (/\bmisdirected\b/.test(text)) r.doubt.push("not meant for us");
  if (tokens.some((w) => UNWANTED.has(w)) && !tokens.some((w) => REMOVAL.has(w) || RESOLVE.has(w)) && /\b(still|toujours|encore|again|every|chaque|de nouveau|another|un autre|une autre)\b/.test(text)) neg("still charged");
  // "J'ai encore été prélevé alors que j'ai résilié": the charge itself comes again, whatever was cancelled.
  else if (tokens.some((w, k) => UNWANTED.has(w) && !negated[k] && tokens.slice(Math.max(0, k - 5), k + 3).some((x) => /^(still|toujours|encore|again|another)$/.test(x)))) neg("charged again");
  // Reported speech with a verdict in it ("on m'a dit que c'était réglé"); instructions reported ("I did what
  // he said") carry none.
  if (c.notOwn && !c.question && statusWords) r.doubt.push("reported");
  if (FUTURE.test(text) && PENDING_EVENT.test(text) && !unsure && !/^(si|if) /.test(text)) neg("still to come"); // (not "si le livreur passe demain, oui")
  else if (FUTURE.test(text) && !c.aside) r.doubt.push("later");

  // Word-level: status words and the negation over them (lib/text's scope, on the words before the phrase
  // rewrite; phrase words such as "statusok" or "nomore" are read from the rewritten text).
  const scoped = (w: string) => {
    const k = words.indexOf(w);
    return k >= 0 && negated[k]!;
  };
  const hasCessation = /\b(nomore|nolonger|anymore)\b/.test(text) || words.some((w, k) => w === "plus" && isPlusNegation(words, negated, k));
  const hasProblem = tokens.some((w) => PROBLEM.has(w) || DAMAGE.has(w));
  const hasUnwanted = tokens.some((w) => UNWANTED.has(w));
  const resolves = (w: string) => RESOLVE.has(w) || (REMOVAL.has(w) && (hasProblem || hasUnwanted));
  const hasResolve = tokens.some((w) => resolves(w) && !scoped(w));
  let negatedFix = false;
  let negatedProblem = false;
  tokens.forEach((w, k) => {
    const isNeg = scoped(w) || postNegated(tokens, k);
    const fix = resolves(w) || isWork(w) || ARRIVE.has(w) || REFUND.has(w) || GOOD.has(w) || PROGRESS.has(w) || COMMS.has(w) || HAVE.has(w);
    if (PROBLEM.has(w) || DAMAGE.has(w)) {
      if (isNeg || hasCessation) negatedProblem = true;
      // "The leak's gone": damage a removal word after it says is gone is the problem fixed ("cancelled the wrong
      // order" is not).
      else if (DAMAGE.has(w) && !tokens.slice(k + 1).some((x) => REMOVAL.has(x))) neg("damaged, lost or wrong");
      else if (stillNear(tokens, k)) neg("the problem persists");
      else if (c.afterContrast && !c.question && !hasResolve) neg("a problem after a contrast"); // not "…mais vous avez réglé le problème"
      else if (!hasResolve && !c.question) neg("a problem named", false);
    } else if (fix && isNeg) {
      // "je n'ai pas de problème": the negation is the problem's, not the verb's.
      if (!HAVE.has(w) || !tokens.slice(k + 1, k + 4).some((x) => PROBLEM.has(x) || DAMAGE.has(x))) negatedFix = true;
    } else if (!isNeg) {
      if (resolves(w)) pos(`fixed (${w})`);
      else if ((isWork(w) || (ARRIVE.has(w) && !visited(tokens, k)) || REFUND.has(w)) && !hasProblem) pos(`works or arrived (${w})`);
      else if (GOOD.has(w) && !hasProblem) pos(/^(ok|okay)$/.test(w) ? "ok" : `praise (${w})`, false);
      else if (BAD.has(w) && !tokens.includes("tooklong")) neg(`discontent (${w})`); // ("three weeks for this is ridiculous": the delay)
      else if (WAIT.has(w)) neg("waiting");
      else if (isYes(w)) pos(/^(o+k+|okay|daccord|dac)$/.test(w) ? "ok" : "yes", false);
    }
  });
  if (negatedFix && !(hasCessation && hasProblem) && !unsure) neg("not fixed");
  if (negatedProblem && (!negatedFix || hasCessation)) pos("no problem any more");
  // "No more duplicate payment", "plus de prélèvement": the unwanted charge stopped.
  const chargeStopped = hasCessation && hasUnwanted && !hasProblem && !negatedFix;
  if (chargeStopped) pos("no unwanted charge any more");
  // The first word after "no more" that is not an article or a verb of having: the thing gone.
  const gone = (k: number) => tokens.slice(k + 1, k + 4).find((x) => !/^(de|d|du|des|le|la|les|l|any|my|mon|ma|mes|the|have|had|got|get|aucun|aucune|tout)$/.test(x));
  const lost = tokens.some((w, k) => (w === "nomore" || w === "nolonger") && WANTED.has(gone(k) ?? ""));
  if (lost && !hasProblem) neg("lost what they need");
  // "Plus aucune amende", "no more 'device offline' banner": something the customer does not need is gone.
  else if (!hasProblem && !hasUnwanted && !negatedFix && !unsure && tokens.some((w, k) => (w === "nomore" || w === "nolonger") && !!gone(k) && !WANTED.has(gone(k)!) && !isWork(gone(k)!))) pos("something unwanted gone");
  if (hasProblem && !negatedProblem && PERSIST.test(text)) neg("the problem persists");
  // "Again" with something had or fine ("j'ai de nouveau la fibre", "it scans fine again", "je suis de nouveau sur mon
  // espace"): restored. With nothing of the kind it may be the trouble again (weak).
  const restored = RESTORED_PLACE.test(text) || RUNS_AGAIN.test(text)
    || (AGAIN.test(text) && ((tokens.some((w) => HAVE.has(w)) && tokens.some((w) => WANTED.has(w))) || tokens.some((w) => GOOD.has(w)) || /\b(bien|well|normally|normalement) (de nouveau|a nouveau|again)\b/.test(text)));
  if (!hasProblem && restored && !negatedFix && !tokens.some((w) => NEGATOR.has(w))) pos("restored");
  else if (!hasProblem && AGAIN.test(text) && !tokens.some((w) => isWork(w) || ARRIVE.has(w) || RESOLVE.has(w))) neg("again", false);

  // Negations that consume no status word: absence, lack, "still not", a negation standing alone.
  if (!unsure && !negatedProblem) {
    const still = tokens.some((w) => STILL.has(w));
    const cues = words.map((w, k) => isCue(words, negated, k));
    words.forEach((w, k) => {
      if (!cues[k]) return;
      if (ABSENCE.has(w) && !tokens.includes("statusok")) neg(`absence (${w})`);
      if (still) neg("still not");
    });
    // "Sans qu'on me demande de payer", "without having to call": no hassle, not something lacking.
    // ("Plus aucune odeur": something not needed gone; "je reçois plus aucun mail": what the customer needs, lost.)
    const needed = tokens.some((w) => WANTED.has(w));
    const none = needed || /\b(recois|recoit|recevons|receive|get|gets)\b/.test(text) ? /\b(aucun|aucune)\b/ : /(?<!\b(?:plus|nomore) )\b(aucun|aucune)\b/;
    if ((/\b(sans|without|ni)\b/.test(text) || none.test(text)) && !/\b(sans (que|qu|avoir a|devoir|meme)|without (being|having|needing|me having))\b/.test(text) && !negatedFix) neg("lack");
    if (/\b(pas|no) (de|d|du|des|of|sign)\b|\bthere (is|are|s) no\b/.test(text) && !negatedFix && !/\b(pas|no) (de|d) (besoin|need|rush|hurry)\b/.test(text)) neg("lack");
    const bare = tokens.filter((w) => !FILLER.has(w));
    const lastCue = cues.lastIndexOf(true);
    if (bare.length > 0 && bare.every((w) => NO.has(w))) r.answerNo = true;
    else if (bare.length > 0 && bare.every((w) => NEGATOR.has(w) || NO.has(w))) neg("a plain no");
    else if (lastCue >= 0 && lastCue === words.length - 1) neg("a negation standing alone"); // "of course not", "it's not"
    // ("No more smell", "plus de lignes vertes": a cessation of something not needed, not a negation of the fix.)
    else if (cues[0] && !NO.has(words[0]!) && !chargeStopped && !(/^(nomore|nolonger|plus)\b/.test(text) && !needed)) neg("a negation first"); // "not what I ordered", "pas le bon"
    else if (c.afterContrast && cues.some(Boolean) && !TOOK_LONG.test(text)) neg("a negation after a contrast"); // "but it doesn't fit"
    if (NO.has(words[0]!) && !NO.has(words[1] ?? "") && words.length > 1 && !/^(no|non) (nomore|nolonger)/.test(text) && !PROBLEM.has(words[1]!)) r.answerNo = true;
    if (words.length > 1 && NO.has(words.at(-1)!) && !NO.has(words[0]!)) neg("a no at the end"); // "oui… enfin non"
  }
  // A bare thank-you, "so yes", "finally".
  if (tokens.every((w) => THANKS_FILLER.has(w)) && tokens.some((w) => THANKS.has(w))) pos("thanks", false);
  if (/\b(so|donc|alors) (yes|oui)\b/.test(text) || /\b(enfin|finally|at last)\b/.test(text)) pos("finally", false);

  // A clause with words that say nothing known is not a confirmation: "oui, la couleur est passée".
  const said = r.strongNeg.length + r.weakNeg.length + r.strongPos.length + r.weakPos.length + r.doubt.length > before;
  const politeness = THANKS.has(tokens[0]!) || /^(bonne|have a|cordialement|regards|a bientot|see you)\b/.test(text);
  const strongHere = r.strongPos.length > 0 && tokens.some((w) => resolves(w) || isWork(w) || ARRIVE.has(w) || REFUND.has(w) || w === "statusok");
  const context = TOOK_LONG.test(text) || SELF_CAUSE.test(text); // how long it took, whose slip: context, not a new fact
  if (own && !c.aside && !politeness && !strongHere && !context) {
    // Numbers and identifiers ("commande 77", "m77", "CMD-1234") are names of things, not words of a verdict.
    const unknown = tokens.filter((w) => w.length > 1 && !/\d/.test(w) && !isStopWord(w) && !known(w));
    if (unknown.length > 0 && (!said || r.weakPos.length > 0)) r.doubt.push(`unknown words (${unknown.join(" ")})`);
  }
}

/** A word that says the thing works or is fine ("marche", "nickel", "réglé"). */
const saysFine = (w: string) => isWork(w) || GOOD.has(w) || RESOLVE.has(w) || w === "statusok";

/** Something that keeps happening (read at its use in readClause). */
const RECURRING = /\b(every time|each time|a chaque fois|chaque fois|tout le temps|all the time|every (day|night|morning|evening|hour)|chaque (jour|soir|matin|nuit|heure)|tous les (jours|soirs|matins)|toutes les nuits)\b/;

/**
 * "The engineer came", "le technicien est venu": a visit, not the fix arriving. Said alone beside the fault ("the
 * engineer came and left, the boiler makes that noise every night") it was read as the thing come and the case
 * closed; what the visit did is read from the other words ("came and fixed it", "est passé, tout remarche").
 */
const VISITOR = new Set(`technician technicians engineer engineers plumber plumbers tech techs technicien technicienne techniciens
  plombier plombiers reparateur depanneur installateur electricien electrician fitter fitters monteur monteurs roofer
  couvreur chauffagiste artisan ouvrier ouvriers agent expert`.split(/\s+/));
const visited = (tokens: string[], k: number) => tokens.slice(Math.max(0, k - 4), k).some((x) => VISITOR.has(x));

/**
 * "Je dois redémarrer ou pas ?", "do I send it back or not?": the tag asks for a yes or a no; it negates nothing
 * (every such answer in the development and fresh files, 10 of 10, was a question back, and each was read as a
 * negation standing alone).
 */
function withoutQuestionTag(c: Clause): Clause {
  const n = c.words.length;
  if (!c.question || n < 3 || !/^(ou pas|or not)$/.test(c.words.slice(n - 2).join(" "))) return c;
  return { ...c, words: c.words.slice(0, n - 2), negated: c.negated.slice(0, n - 2), text: c.text.replace(/\s*\b(ou pas|or not)\W*$/, "") };
}

/**
 * "Still 28 degrees", "écran toujours noir", "vous me facturez encore": after a fix, "still" says the state it
 * names persists, whatever the words for that state (counted before writing this: of the development and fresh
 * answers with still/toujours/encore, 1,139 of 1,154 that were not confirmations were disputes). Not "pas encore" /
 * "je sais pas encore" (a test still to do), not a condition ("si ça marche encore demain"), not working, fine or
 * thanks near it ("marche toujours", "merci encore"), not a problem it negates ("still no leak"), not "comme
 * toujours", not an opinion ("I still think…"), not what is still at the repairer's or being worked on (pending, not a verdict).
 */
function stillPersists(tokens: string[], negated: boolean[]): boolean {
  if (/\b(si|if|whether|garage|sav|atelier|workshop|concessionnaire|carton|hopital|hospital|working on it|dessus)\b/.test(tokens.join(" "))) return false;
  if (tokens.some((w, k) => (PROBLEM.has(w) || DAMAGE.has(w)) && negated[k])) return false;
  return tokens.some((w, k) => {
    if (!STILL.has(w) || w === "yet") return false;
    const prev = tokens[k - 1] ?? "";
    if (NEGATOR.has(prev) || prev === "comme" || prev === "depuis" || /^(n|jsp|sais)$/.test(prev)) return false;
    if (/^(think|believe|pense|crois|trouve)$/.test(tokens[k + 1] ?? "")) return false; // an opinion held, not the fault
    // (f22) The fix holding ("still connected", "toujours en ligne"), or what the customer wanted kept still there
    // ("my saves are still there", "mes skins sont toujours là"): 6 of 6 such answers were confirmations, while
    // "still there" after a fault or a charge (54 answers) stays the fault persisting.
    if (stillKept(tokens, k)) return false;
    const near = tokens.slice(Math.max(0, k - 2), k + 4);
    if (near.some((x) => saysFine(x) || THANKS.has(x))) return false;
    return k < tokens.length - 1 || tokens.length > 2; // not a bare "encore ?"
  });
}

/** "Still" (word k) followed by the fix holding, or by what the customer wanted kept being there. */
const stillKept = (tokens: string[], k: number) => HOLDING.has(tokens[k + 1] ?? "")
  || (/^(there|la|intact|intacts|intacte|intactes|safe)$/.test(tokens[k + 1] ?? "") && tokens.slice(Math.max(0, k - 5), k).some((x) => KEPT.has(x)));

/** States that are the fix holding, after "still" / "toujours". */
const HOLDING = set(`connected connecte connectee connectes online stable synced synchronise synchronisee`);
/** What a customer wants kept through a fix: saves, history, data ("my old scores are still there"). */
const KEPT = set(`score scores save saves sauvegarde sauvegardes progress progression data donnees files fichiers photos
  contacts matches match convos conversations messages history historique points skins favoris favourites favorites
  playlists playlist settings reglages`);

/** A device or service doing its ordinary job again ("printing again", "le site répond à nouveau"): restored. */
const RUNS_AGAIN = /\b(printing|prints|imprime|loads|loading|charge|responds|responding|answers|repond|accepts|accepting|accepte|passe|passes|syncs|syncing|synchronise|opens|ouvre|connects|connecting|scans|scanning|capte|tourne|runs|running|streams|streaming|charging|boots|demarre) (\w+ )?(again|de nouveau|a nouveau)\b/;
const SENT_MISSING = /^(sent|envoye|envoyee|envoyes|envoyees)$/;
/** Being back where the problem kept the customer out ("je suis de nouveau sur mon compte", "I'm back in my account"). */
const RESTORED_PLACE = /\b(je suis|on est|i m|we re|i am|we are) (de nouveau|a nouveau|back) (sur|dans|on|in|into)\b/;

/** What the customer needs and can lose: "plus de son", "no more signal" say it is gone, not a problem gone. */
const WANTED = set(`son sound reseau network signal connexion connection internet wifi tele tv television chaines channels
  acces access image picture eau water electricite electricity courant power chauffage heating ligne line service
  tonalite data 4g 5g fibre`);

/** Word k is a negation that lib/text's scope opened ("plus" and "personne" only when negative). */
function isCue(words: string[], negated: boolean[], k: number): boolean {
  const w = words[k]!;
  if (!NEGATOR.has(w)) return false;
  if (w === "personne") return !(k > 0 && /^(la|une|cette|chaque|the|a)$/.test(words[k - 1]!));
  if (w === "plus") return isPlusNegation(words, negated, k);
  return true;
}

/** A negated checking verb: "je n'ai pas encore testé", "haven't had time to look", "pas chez moi pour vérifier". */
function VERIFY_NEGATED(words: string[], negated: boolean[]): boolean {
  return words.some((w, k) => VERIFY.has(w) && (negated[k] || words.slice(0, k).some((x) => x === "pas" || x === "not" || x === "no")));
}

/** "plus" as negation (lib/text/negation.ts decides; its scope flag is on the words after it). */
function isPlusNegation(words: string[], negated: boolean[], k: number): boolean {
  return negated[k + 1] === true || NEGATOR.has(words[k + 1] ?? "") || words[k - 1] === "ne" || (k === words.length - 1 && k > 0 && !/^(le|la|les|de|en|non|un|une)$/.test(words[k - 1]!));
}

/** A French verb with its "pas"/"plus"/"jamais" after it and no "ne" ("ça marche pas", "marche toujours pas"). */
function postNegated(tokens: string[], k: number): boolean {
  if (!FR_VERB.has(tokens[k]!)) return false;
  return tokens.slice(k + 1, k + 3).some((w) => w === "pas" || w === "plus" || w === "jamais");
}

/** "still"/"toujours"/"encore" next to word k ("still broken", "panne est toujours là"). */
function stillNear(tokens: string[], k: number): boolean {
  return tokens.slice(Math.max(0, k - 2), k + 4).some((w) => STILL.has(w));
}
