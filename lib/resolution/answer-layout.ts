// How a customer's answer is laid out for the satisfaction-answer reader (classify-answer.ts): folded, its
// signature and quoted text dropped, cut into clauses at punctuation and contrast words, each clause rewritten
// (answer-phrases.ts, a typo of a fix word, a French "bien" + participle) and given its negation scope, and marked
// as a question, an aside, reported speech or after a contrast. Kept apart because it decides what a clause is;
// reading a clause (answer-clause.ts) never changes it.
import { fold } from "../text/fold";
import { negationScope } from "../text/negation";
import { isStopWord } from "../text/terms";
import { elidedBase, tokenizeFolded } from "../text/tokenize";
import { BAD, DAMAGE, isWork, known, NEGATOR, PROBLEM, RESOLVE, set, UNWANTED, VERIFY, WORK } from "./answer-lexicon";
import { ASIDE, CONTRAST, CONTRAST_PHRASE, REPORTED, SUGGESTION } from "./answer-patterns";
import { PHRASES } from "./answer-phrases";

export interface Clause {
  words: string[];
  /** Per word: inside a negation's scope (lib/text/negation.ts, double "not not" cancelled). */
  negated: boolean[];
  text: string;
  question: boolean;
  /** Follows a contrast word ("mais", "but") in the message. */
  afterContrast: boolean;
  /** Part of an aside ("btw", "au fait") that is not about the case. */
  aside: boolean;
  /** In reported speech or a condition: its fix words are not the customer's observation. */
  notOwn: boolean;
  /** A question followed by an answer in the same message (our question quoted back). */
  echo?: boolean;
}

// A dash with a space beside it separates; inside a word ("heads-up", "re-bug") it does not.
const BREAK = /[.!?;:,…|()[\]{}—–•/"]|\p{Extended_Pictographic}|\s-|-\s|(?:^|\s)>/u;
const SENTENCE_END = /[.!?;…|]|\p{Extended_Pictographic}/u;

const STILL_SHOWS = /\b((?:still|toujours|encore) (?:affiche|shows|says|displays|indique|marque|reads|showing|saying)|(?:affiche|shows|says|displays|indique|marque|reads) (?:toujours|encore|still)) "[^"]*"/g;

export function layout(text: string): { clauses: Clause[]; folded: string; contrast: boolean } {
  // Lines are sentences; quoted text (an echoed question, something we said) is not the customer's word.
  // A closing formula and what follows it (a signature, a name) are not part of the answer.
  const lines = withoutSignature(text).split(/\r?\n/).map(fold).filter(Boolean).join(" | ")
    .replace(/\b(cordialement|bien cordialement|bien a vous|sinceres salutations|salutations distinguees|best regards|kind regards|regards|sincerely|bisous)\b(?=[^\p{L}]*(\p{L}+[^\p{L}]*){0,4}$)[^]*$/u, " ");
  // A status word in quotes is irony ("you \"resolved\" it"); other quoted text is an echo, dropped.
  const scare = [...lines.matchAll(/"([^"?]*)"/g)].some((m) => m[1]!.trim().split(/\s+/).length <= 3 && m[1]!.split(/[^\p{L}]+/u).some((w) => RESOLVE.has(w) || isWork(w)));
  // Contrast phrases read as the contrast word they mean, wherever they stand in the clause.
  // ("re-facturé", "re-bug": the prefix is part of the word, not a dash between two clauses.)
  // (What a screen or a bill still shows, quoted, is the customer's observation: "affiche toujours « aucun service »".)
  const folded = lines.replace(/\bre-(?=\p{L})/gu, "re").replace(STILL_SHOWS, "$1 error").replace(/"[^"]*"/g, " | ").replace(/\b(par contre|en revanche|sauf que|except that|only thing is|dommage (que|qu|pour)|(it s a |its a |what a |such a |a )?(shame|pity)(?! on)|too bad (that|about)|ah non|oh non|oh wait|wait no|en fait non|actually no|scratch that)\b/g, " mais ")
    + (scare ? " | scarequotes" : "");
  const tokens = tokenizeFolded(folded);
  const clauses: Clause[] = [];
  let words: string[] = [];
  let afterContrast = false;
  const sentenceStart: number[] = [];
  const flush = (question: boolean | null) => {
    if (words.length) {
      clauses.push({ words, negated: [], text: "", question: false, afterContrast, aside: false, notOwn: false });
      if (question) sentenceStart.push(clauses.length);
    }
    words = [];
  };
  const markQuestion = (gap: string, upTo: number) => {
    // The clauses of the sentence that ends here are a question.
    if (!gap.includes("?")) return;
    let from = sentenceStart.length >= 2 ? sentenceStart[sentenceStart.length - 2]! : 0;
    // "yes sorted, btw can I order another one?": the question starts with the aside, not before it.
    for (let k = upTo - 1; k > from; k--) if (ASIDE.test(clauses[k]!.words.join(" "))) { from = k; break; }
    for (let k = from; k < upTo; k++) clauses[k]!.question = true;
  };
  tokens.forEach((t, i) => {
    const gap = i === 0 ? folded.slice(0, t.start) : folded.slice(tokens[i - 1]!.end, t.start);
    const inNumber = /^[.,]$/.test(gap) && /^\d/.test(t.word) && /\d$/.test(tokens[i - 1]?.word ?? ""); // "9.99", "12,50"
    if (i > 0 && t.start !== tokens[i - 1]!.start && BREAK.test(gap) && !inNumber) {
      const sentenceEnds = SENTENCE_END.test(gap);
      flush(sentenceEnds);
      if (sentenceEnds) markQuestion(gap, clauses.length);
    }
    const word = t.elided ? elidedBase(t.word)! : t.word;
    if (CONTRAST.has(word)) {
      flush(null);
      afterContrast = true;
      return;
    }
    words.push(word);
  });
  flush(true);
  markQuestion(folded.slice(tokens.at(-1)?.end ?? 0), clauses.length);
  for (const c of clauses) {
    let s = ` ${c.words.join(" ")} `;
    for (const [re, to] of PHRASES) s = s.replace(re, to);
    // "I'll ask mum when she's back", "quand il rentre": a condition, not something observed (a question with
    // "when" is read by WHEN_QUESTION instead).
    // ("charged only once", "une fois" are counts.)
    // ("no error when I pay now": an observation in the present, not a condition; "quand même" is "all the same".)
    if (!c.question && !/\b(now|maintenant|desormais|these days|nowadays)\b/.test(s)) s = s.replace(/\b(when|quand(?! meme\b| bien meme\b)|lorsque|lorsqu)\b.*$|(?<!\b(only|just|charged|paid|debited|billed|at|more|than|all at) )\bonce\b.*$/, " later ");
    c.text = doneAsAsked(s.replace(/\s+/g, " ").trim().split(" ").map(typoOfFix)).join(" ");
    // The words and their negation scope as rewritten (lib/text/negation.ts; the clause holds no break).
    const tokens = tokenizeFolded(c.text);
    c.words = tokens.map((t) => t.word);
    c.negated = negationScope(tokens, 3).map((n) => n.negated && !n.cue);
    // "not not": a double negation cancels ("it doesn't not work").
    if (/\bnot not\b/.test(c.text)) c.negated = c.negated.map(() => false);
  }
  // Asides run to the end of the message; reported speech and conditions to the end of their clause chain.
  let inAside = false;
  for (const c of clauses) {
    // "Also cracked", "aussi abîmé": a second fault of the case, not an aside about something else.
    const alsoFault = /^(also|aussi)\b/.test(c.text) && c.words.some((w) => DAMAGE.has(w) || PROBLEM.has(w) || BAD.has(w));
    if (ASIDE.test(c.text) && !alsoFault) inAside = true;
    if (SUGGESTION.test(c.text) && !/\b(rembours\w*|refund\w*|moneyback|argent|money|frais|fees?|geste|compensation|dedommag\w*)\b/.test(c.text)) inAside = true;
    c.aside = inAside;
    if (CONTRAST_PHRASE.test(c.text)) c.afterContrast = true;
    if (REPORTED.test(c.text) || /^(if|si|when|quand|once)\b/.test(c.text)) c.notOwn = true;
  }
  // "who's running this account", "pourquoi vous demandez": a question, with or without its mark.
  for (const c of clauses) if (/^(lol |mdr |haha |ptdr )?(who|whos|why|where|which|qui|pourquoi|est ce que|c est qui|ce est qui)\b/.test(c.text)) c.question = true;
  clauses.forEach((c, k) => { c.echo = c.question && clauses.slice(k + 1).some((d) => !d.question); });
  return { clauses, folded, contrast: afterContrast || clauses.some((c) => c.afterContrast) };
}

/** A name signed at the end ("… Bonne journée. Sylvie D.", "Thanks, Tom (account ending 4412)") is not part of
 * the answer: capitalised words the reader does not know, after a sentence's end or a thank-you's comma. */
function withoutSignature(text: string): string {
  const m = /([.!?\n]|\p{Extended_Pictographic}|\b(?:thanks|thank you|merci|cheers|regards|cordialement),)\s*[-–—^]?\s*(\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*(\([^)]*\))?\s*[.!]?\s*$/iu.exec(text);
  if (!m || !/^\p{Lu}/u.test(m[2]!)) return text;
  const names = fold(m[2]!).split(/[^\p{L}]+/u).filter(Boolean);
  const unknownName = names.every((w) => w.length <= 1 || (!known(w) && !isStopWord(w) && !NEGATOR.has(w) && !RESOLVE.has(w)));
  return unknownName ? text.slice(0, m.index + m[1]!.length) : text;
}

/** French "bien" between an auxiliary and a participle says it was done as asked ("le rdv est bien décalé", "les
 * points ont bien été crédités"): the participle reads as a status, unless it names something unwanted. */
const AUX = set(`est sont ete a ont ai avons avez as etait etaient`);
function doneAsAsked(words: string[]): string[] {
  return words.map((w, k) => {
    const i = words[k - 1] === "ete" ? k - 2 : k - 1; // "ont bien été crédités"
    if (words[i] !== "bien" || !AUX.has(words[i - 1] ?? "")) return w;
    const participle = /(e|ee|es|ees|i|ie|is|ies|u|ue|us|ues)$/.test(w) && w.length > 3;
    const unwanted = UNWANTED.has(w) || PROBLEM.has(w) || DAMAGE.has(w) || BAD.has(w) || VERIFY.has(w) || /^(compris|recu|recue|note|vu|lu)$/.test(w);
    return participle && !unwanted ? "statusok" : w;
  });
}

/** A fix word typed with one letter missing ("fixd", "fonctione", "march" for "marche"), spelled out. */
const FIX_WORDS = [...RESOLVE, ...WORK].filter((w) => w.length >= 5);
/** French words one letter from an English fix word: "le fixe" is the landline, "prix fixe" a set price. */
const NOT_A_TYPO = new Set(["fixe", "fixes"]);

function typoOfFix(w: string): string {
  if (w.length < 4 || /\d/.test(w) || known(w) || isStopWord(w) || NOT_A_TYPO.has(w)) return w;
  return FIX_WORDS.find((f) => f.length === w.length + 1 && [...f].some((_, i) => f.slice(0, i) + f.slice(i + 1) === w)) ?? w;
}
