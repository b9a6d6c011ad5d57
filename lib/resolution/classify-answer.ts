// Reads a customer's answer to the satisfaction check ("is it fixed?"), French or English: satisfied (the case
// may close as confirmed), dissatisfied (it reopens), a 1–5 rating, or unclear (left to a person) — issue #18.
//
// Caution is asymmetric: closing a case the customer says is not fixed is the failure this product exists to
// prevent (seed 001), so an answer that says or implies it is not fixed is never a confirmation, and when in
// doubt the answer is unclear, not confirmed. The rules read ideas, not sentences:
//   - status words and their negation: a fix word asserted ("réglé", "works", "arrived") confirms, negated
//     ("pas réglé", "hasn't arrived") disputes; a problem word negated ("plus de souci", "not a problem
//     anymore", "no issues") confirms, asserted ("the problem persists") disputes;
//   - "still"/"toujours"/"yet"/"encore" with a negation ("toujours pas", "not yet"), absence ("rien",
//     "nobody", "pas de remboursement", "sans internet"), waiting ("j'attends", "pending");
//   - partial ("oui et non", "il manque", "only one of the two", one in N, a restrictive "ne … que", two
//     different amounts of money); "impossible de"/"unable to" negates what follows; another outcome asked for
//     ("I want my money back") or a wrong item named ("pas la bonne taille", "I ordered …") disputes;
//   - trouble "at first" and anger in the past ("j'étais furax") are context before a fix, not the state now;
//     wishes ("bonne année"), opening hours and "I never wrote to you" are not about the case;
//   - damage or a wrong item, even when it "arrived" ("arrivé… cassé", "la mauvaise taille");
//   - irony: praise with a complaint ("super 👍 toujours rien"), eye-roll emoji, "like last time",
//     "thanks for nothing"; a bare "non"/"no" disputes unless the rest says fixed ("Non, plus de problème");
//   - contrast: after "mais"/"but" the tail decides; a reservation with nothing after ("oui mais…") is unclear;
//   - not the customer's own word: questions, quoted text, reported speech ("on m'a dit que c'était réglé"),
//     hedges and deferrals ("je verrai", "for now"), a third person, an aside after "btw" — none confirms;
//   - ratings: 4–5 confirm, 1–2 (or below the scale) dispute, 3 is unclear, and a "yes" with a low rating
//     is unclear. Time and effort complaints ("took 3 weeks", "3rd time") yield to a clear "it's fixed".
// The confirmation is the last thing granted: a yes followed by a contrast ("merci mais…", "par contre",
// "however") with something named after it disputes, with a hedge or a softened remark it is a reservation
// (unclear), and a high rating with a reservation is unclear; a relapse ("recommence", "again", a French re- +
// problem verb), a fix that held only a while, a fix done to the wrong target ("my old card"), a question asking
// when dispute; a question asking for something else, an automatic reply, a bare "no" with only a fix word,
// stay unclear. Unclear never closes a case (read-satisfaction-answer.ts keeps the check pending and asks once).
// Words come from lib/text (folding, elisions, contractions, shorthands, negation scope), shared with every
// other text analysis. Measured on tests/text-eval/satisfaction (npm run eval:text -- --task satisfaction).
//
// The reader is split by what each part does: answer-lexicon.ts (word lists), answer-phrases.ts (multi-word
// rewrites), answer-patterns.ts (phrase-level ideas), answer-layout.ts (the message cut into clauses),
// answer-clause.ts (one clause read), answer-story.ts (the clauses in order), answer-rating.ts (ratings and
// amounts of money); the decision over all of them is here, and a learned second opinion (dispute-model.ts) may
// hold a confirmation back as unclear.
import { COMPLAINT, LEGAL, termsPattern } from "../text/signals";
import { isStopWord } from "../text/terms";
import { emptyReading, readClause, type Reading } from "./answer-clause";
import { layout, type Clause } from "./answer-layout";
import { FILLER, GRATITUDE_EMOJI, NEGATIVE_EMOJI, POSITIVE_EMOJI, REMOVAL, RESOLVE, set, THANKS, THANKS_FILLER } from "./answer-lexicon";
import { AS_ORDERED, AUTO_REPLY, NOT_WHAT_ORDERED, SOFTENER, TOOK_LONG } from "./answer-patterns";
import { amounts, ratingOf } from "./answer-rating";
import { readStoryInOrder } from "./answer-story";
import { modelConfirms, modelDoubt } from "./dispute-model";

export type { Reading };

export type Answer =
  | { verdict: "satisfied"; csat: number }
  | { verdict: "dissatisfied"; csat: number }
  | { verdict: "unclear"; csat: null };

/** A clause that sets a condition ("si le technicien passe jeudi", "if the refund shows up"): not the state now. */
const CONDITION = /^(si|if) (le|la|les|l|tu|vous|ca|on|il|elle|ils|elles|it|the|you|they|we|my|mon|ma|mes|your|votre)\b/;
/** A charge taken off ("waived", "refunded", "remboursée"). */
const TAKEN_OFF = /^(waived|waive|lifted|dropped|refunded|reimbursed|credited|rembourse\w*|recredite\w*|leve\w*|supprime\w*|retire\w*|offert\w*)$/;
const AUTO_REPLY_RECEIVED = /\b(recu|received|got|get|eu|had|only|juste|seulement|que) (\w+ ){0,2}(reponse automatique|message automatique|automatic reply|auto reply|autoreply|automated (reply|response|message))\b/;
const LEGAL_OR_COMPLAINT = termsPattern([...LEGAL, ...COMPLAINT.filter((t) => t !== "court" && t !== "opposition")]);

export function classifyAnswer(text: string): Answer {
  return readAnswer(text).answer;
}

/** The verdict with the reasons read (for tests and for showing a person why an answer was left to them). */
export function readAnswer(text: string, opts: { model?: boolean } = {}): { answer: Answer; reading: Reading } {
  const { clauses, folded, contrast } = layout(text);
  const r = emptyReading();
  const answer = decide(clauses, folded, contrast, r);
  // The last word on a confirmation goes to caution: the learned model may hold it back (dispute-model.ts).
  const doubt = answer.verdict === "satisfied" && opts.model !== false ? modelDoubt(text) : null;
  // Unclear with a yes or a fix said and only doubts the model may weigh: it may read the answer as a whole.
  if (answer.verdict === "unclear" && opts.model !== false && modelMayConfirm(r) && modelConfirms(text)) {
    r.strongPos.push("a yes or a fix, with words the rules left open, read as a confirmation by the learned model");
    return { answer: { verdict: "satisfied", csat: 5 }, reading: r };
  }
  if (!doubt) return { answer, reading: r };
  r.doubt.push(doubt);
  return { answer: { verdict: "unclear", csat: null }, reading: r };
}

function decide(clauses: Clause[], folded: string, contrast: boolean, r: Reading): Answer {
  // An automatic reply (out of office, a number that changed hands) answers nothing.
  // (An automatic reply the customer says they got from us is a complaint about it, not one.)
  const text = clauses.map((c) => c.text).join(" "); // the clauses as rewritten, also read for a rating below
  if (AUTO_REPLY.test(text) && !AUTO_REPLY_RECEIVED.test(text)) {
    r.doubt.push("an automatic reply");
    return { verdict: "unclear", csat: null };
  }
  for (const c of clauses) readClause(c, r);
  readStoryInOrder(clauses, r);
  // Only a question or an aside ("Sinon, vous recrutez ? 😄"), or a yes on a condition ("si le technicien passe bien
  // jeudi, oui"): nothing said about the case now, whatever the emoji or the yes.
  if (r.strongPos.length === 0 && clauses.length > 0 && clauses.every((c) => c.question || c.aside)) r.doubt.push("only a question or an aside");
  if (r.strongPos.length === 0 && clauses.some((c) => CONDITION.test(c.text))) r.doubt.push("a condition");
  if (NEGATIVE_EMOJI.test(folded)) r.strongNeg.push("negative or eye-roll emoji");
  if (POSITIVE_EMOJI.test(folded)) r.weakPos.push("positive emoji");
  else if (GRATITUDE_EMOJI.test(folded)) r.weakPos.push("gratitude emoji");
  if (amounts(folded) >= 2) r.strongNeg.push("part of the money");
  const all = clauses.map((c) => c.text).join(" | ");
  if (NOT_WHAT_ORDERED.test(all) && !AS_ORDERED.test(all)) r.strongNeg.push("not what was ordered");
  if (LEGAL_OR_COMPLAINT.test(folded)) r.strongNeg.push("a legal step or a formal complaint");
  // Giving up, or a wish against the facts (answer-phrases.ts): never a confirmation.
  if (clauses.some((c) => c.words.some((w) => w === "resigned" || w === "counterfactual"))) r.strongNeg.push("giving up, or a wish against the facts");
  // A cost the problem left (a fine, a late fee: answer-phrases.ts), unless negated ("no late fee in the end").
  // ("the fine is cancelled", "will the late fee be removed?": the cost taken away, or asked about, is not one left.)
  if (clauses.some((c) => c.words.some((w, k) => w === "costleft" && !c.negated[k]) && !c.words.some((w) => REMOVAL.has(w) || RESOLVE.has(w) || TAKEN_OFF.test(w)))) r.strongNeg.push("a cost the problem left");

  // Contrast: after "mais"/"but" the tail decides; a reservation with nothing after it is not a yes.
  // ("oui mais…" with nothing after is a reservation too; "though it took a while" is only context.)
  const tail = clauses.filter((c) => c.afterContrast && !c.aside);
  const contrastInAside = clauses.some((c) => c.afterContrast) && clauses.filter((c) => c.afterContrast).every((c) => c.aside);
  // Asymmetric caution: a contrast after a yes ("merci mais…", "it works, but…") is never a confirmation unless
  // what follows it is itself a yes or only how long it took. With words after it, it names what is still wrong;
  // with none ("oui mais…") or a hedge, it is a reservation.
  let reservation = false;
  if (contrast && !contrastInAside) {
    const t = emptyReading();
    for (const c of tail) readClause(c, t);
    const context = tail.some((c) => TOOK_LONG.test(c.text));
    const tailPositive = t.strongPos.length + t.weakPos.length > 0 && t.strongNeg.length + t.weakNeg.length === 0;
    reservation = !tailPositive && !context;
    const content = tail.flatMap((c) => c.text.split(" ")).filter((w) => w && !FILLER.has(w) && !THANKS_FILLER.has(w) && !isStopWord(w));
    // A softened remark ("a bit off", "un petit détail") is a reservation for a person, not a dispute.
    const hedged = t.doubt.some((d) => !d.startsWith("unknown")) || tail.some((c) => SOFTENER.test(c.text));
    const headPositive = r.strongPos.length + r.weakPos.length > t.strongPos.length + t.weakPos.length;
    if (t.strongNeg.length + t.weakNeg.length + t.strongPos.length + t.weakPos.length === 0 && !context) r.doubt.push("a reservation");
    if (reservation && headPositive && content.length > 0 && !hedged && !tail.some((c) => c.question)) r.strongNeg.push("something still wrong after a contrast");
  }

  const rating = ratingOf(folded, text);
  const said = r.strongPos.length > 0 || r.weakPos.length > 0;
  if (r.strongNeg.length > 0) return { verdict: "dissatisfied", csat: rating !== null && rating <= 2 ? Math.max(1, Math.round(rating)) : 1 };
  if (rating !== null) {
    if (rating <= 2 && said) return { verdict: "unclear", csat: null };
    return byRating(rating, reservation || r.doubt.some((d) => !d.startsWith("unknown")));
  }
  // A "no" confirms only with the problem said to be gone ("non, plus de souci", "no, all good"); "no… works"
  // is a typo or a lost negation away from a dispute, so it is left to a person.
  if (r.answerNo) {
    if (r.weakNeg.length > 0 || r.strongPos.length === 0) return { verdict: "dissatisfied", csat: 1 };
    return r.strongPos.some((p) => p === "no problem any more" || p.includes("statusok")) ? satisfiedUnlessDoubt(r) : { verdict: "unclear", csat: null };
  }
  if (r.weakNeg.length > 0) return r.strongPos.length > 0 ? satisfiedUnlessDoubt(r) : { verdict: "dissatisfied", csat: 1 };
  // A bare "ok" ("ok merci", "d'accord") or thanks with nothing said beside it but a name or another question
  // ("merci beaucoup Sarah 🙏", "cheers. quick one: …?") acknowledges our message; it does not say the problem is
  // gone. (The fresh files' writers agree on thanks alone: unclear, 13 of 13; thanks beside a state the rules do not
  // know, "le pass passe aux portiques maintenant, merci", confirms; so does a "done" emoji or a rating alone.)
  const onlyAck = r.strongPos.length === 0 && r.weakPos.includes("ok") && r.weakPos.every((p) => p === "ok" || p === "thanks");
  const bareThanks = r.strongPos.length === 0 && r.weakPos.every((p) => p === "thanks" || p === "gratitude emoji") && clauses.some((c) => c.words.some((w) => THANKS.has(w)))
    && clauses.filter((c) => !c.question && !c.aside).flatMap((c) => c.words).filter((w) => !FILLER.has(w) && !THANKS_FILLER.has(w) && !THANKS.has(w) && !TO_WHOM.has(w)).length <= 1;
  if (bareThanks) return { verdict: "unclear", csat: null };
  if (said && !onlyAck) return satisfiedUnlessDoubt(r);
  return { verdict: "unclear", csat: null };
}

/** The words around a thank-you that name whom or what for ("thank you for your help", "merci à vous"). */
const TO_WHOM = set(`the a an you your for of to le la les l de du des d pour vous votre vos ton ta te toi tu a au aux et and so
  very much beaucoup bcp all tous toutes toute help aide`);

// Doubts that leave the answer open without saying anything against the fix: words the rules do not know, a
// future or a third person beside it, a question about something else. Never a hedge ("je verrai"), a
// reservation, reported speech ("on m'a dit que c'est réglé") or an automatic reply: the rules' doubt stands.
// Measured leaving each fresh writer out in turn (f8-f15): 77 confirmations gained, no dispute or unclear answer
// confirmed at the bar the trainer chose; with reported speech too, 3 more for more risk.
const MODEL_MAY_WEIGH = ["unknown", "later", "someone else", "asks for something", "asks about something else", "not meant for us"];

/** Nothing against, something for (more than a thanks or an "ok"), and only doubts the model may weigh. */
export function modelMayConfirm(r: Reading): boolean {
  return r.strongNeg.length + r.weakNeg.length === 0 && r.doubt.length > 0 && r.doubt.every((d) => MODEL_MAY_WEIGH.some((k) => d.startsWith(k)))
    && (r.strongPos.length > 0 || r.weakPos.some((p) => p !== "thanks" && p !== "ok" && p !== "positive emoji" && p !== "gratitude emoji"));
}

function satisfiedUnlessDoubt(r: Reading): Answer {
  return r.doubt.length > 0 ? { verdict: "unclear", csat: null } : { verdict: "satisfied", csat: 5 };
}

function byRating(rating: number, doubt: boolean): Answer {
  if (rating >= 4 && !doubt) return { verdict: "satisfied", csat: Math.min(5, Math.round(rating)) };
  if (rating <= 2) return { verdict: "dissatisfied", csat: Math.max(1, Math.round(rating)) };
  return { verdict: "unclear", csat: null };
}
