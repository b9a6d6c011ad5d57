// Offline sentiment and urgency of one inbound message, French and English (R9, issue #18 §6).
//
// Sentiment reads CONCEPTS (lib/scoring/sentiment-lexicon.ts), not single words, and weighs them the way a
// complaint is written:
//   - judgements (praise, "nul", "useless"), accusations ("voleurs", "scam"), threats (lawyers, consumer bodies,
//     chargebacks, the press), leaving, mockery, "it used to be better";
//   - FACTS that describe a failure even when worded calmly: something broke or was refused, something never
//     came ("toujours rien", "no signal"), a wait measured in days ("depuis jeudi", "day 6", "3 weeks later"),
//     money taken, a broken promise, the wrong item, the company's own words in quotes, "again";
//   - negation (lib/text/negation.ts scope): a negated praise is a complaint ("pas content"), a negated
//     criticism is praise ("pas déçu", "can't complain"), a negated expected event is an absence ("pas reçue",
//     "hasn't updated"), and a negation that flips nothing in a statement is a mild complaint ("n'y sont pas");
//   - sarcasm: praise next to a described failure or an irony marker (🙃, "merci hein", "just kidding") counts
//     against ("Top le service, trois semaines sans colis"), unless the praise comes after a contrast ("mais",
//     "but") or the failure was put right ("réglé en 10 minutes, merci");
//   - contrast: the clause after "mais/but/sauf que" weighs more than the one before; an expectation frame
//     ("je m'attendais au pire") cancels the fear it introduces;
//   - questions: an information question ("Le retour est-il gratuit ?") counts its fact words little, while
//     accusations, mockery, "??" and helplessness ("on fait comment ?") still count;
//   - emoji polarity, shouting (capitals, "!!") and intensifiers ("très", "so") amplify.
// The total maps to -100…100 through tanh; labels: negative ≤ -20, positive ≥ 20 (the radar counts ≤ -20).
// Measured on tests/text-eval/sentiment (dev half; the test half is sealed) and tests/scoring/sentiment-set.tsv.
// The steps live in: match-lexicon.ts (lexicon lookup), weigh-hits.ts (negation and intensity of each hit),
// sentiment-patterns.ts (regular expressions on the folded text), split-sentences.ts (questions),
// sentiment-cues.ts (word lists); this file runs them in order and turns the totals into a score.
import { fold } from "../text/fold";
import { detectLanguage } from "../text/language";
import { negationScope } from "../text/negation";
import { tokenizeFolded, type Lang } from "../text/tokenize";
import { URGENCY } from "./lexicon";
import { matchAt, type Hit } from "./match-lexicon";
import {
  ACHIEVE, ACRONYM, AFTER, CONCESSION, CONCESSION_PAIRS, CONTRAST, CONTRAST_PAIRS, FACTS, HYPOTHESIS, HYPOTHESIS_PAIRS,
  IN_QUESTION, LAUGHTER, PAIR_HEADS, POSITIVE,
} from "./sentiment-cues";
import { EMOJI, type Concept } from "./sentiment-lexicon";
import { modelPolarity } from "./sentiment-model";
import { AMOUNT, SLOW_QUICK, addPatternConcepts } from "./sentiment-patterns";
import { endsRecommending, TEARS } from "./sentiment-verdict";
import { sentencesOf } from "./split-sentences";
import { weighHits } from "./weigh-hits";

export type SentimentLabel = "negative" | "neutral" | "positive";

export interface MessageScore {
  /** -100 (angry) … 100 (delighted). */
  sentiment: number;
  label: SentimentLabel;
  /** 0 … 100; "urgent" from 50. */
  urgency: number;
}

export interface ScoreOptions {
  /** The message's language when the caller knows it (ingestion detects it anyway); detected otherwise. */
  lang?: Lang | null;
  /** Receives one line per concept read, for debugging a score. */
  trace?: string[];
  /** false: the rules alone, without the learned second opinion of sentiment-model.ts (to train and compare it). */
  model?: boolean;
}

export function scoreMessage(text: string, options: ScoreOptions = {}): MessageScore {
  const trace = options.trace;
  const lang = options.lang !== undefined ? options.lang : detectLanguage(text);
  const f = fold(text);
  const tokens = tokenizeFolded(f, lang);
  const scope = negationScope(tokens);
  const sentences = sentencesOf(f);
  const sentenceOf = (offset: number) => sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.at(-1);
  const infoQuestion = (offset: number) => {
    const s = sentenceOf(offset);
    return !!s && s.question && !s.rhetorical;
  };

  const amounts = f.match(AMOUNT) ?? [];
  const hasAmount = amounts.length > 0;
  // 1. Lexicon hits, longest phrase first.
  const hits: Hit[] = [];
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < tokens.length; ) {
    const h = matchAt(tokens, i, lang);
    if (h) {
      hits.push(h);
      for (let k = h.start; k < h.end; k++) covered[k] = true;
      i = h.end;
    } else i++;
  }

  // Clause number of each token (a clause ends at punctuation or an emoji).
  const clause: number[] = [];
  tokens.forEach((t, i) => clause.push(i === 0 ? 0 : clause[i - 1]! + (t.breakBefore ? 1 : 0)));

  // 1b. Words in quotation marks are someone else's (the company's "not a defect", "votre avis compte"): the
  // quoting counts (section 5), not what is quoted.
  const quotedTok = new Array<boolean>(tokens.length).fill(false);
  for (const m of f.matchAll(/"[^"]{2,}"/g)) {
    tokens.forEach((t, i) => {
      if (t.start > m.index && t.end < m.index + m[0].length) quotedTok[i] = true;
    });
  }

  // 2. Contrast: the part after the last "mais/but" weighs more.
  let lastContrast = -1;
  tokens.forEach((t, i) => {
    if (CONTRAST.has(t.word) || (PAIR_HEADS.has(t.word) && CONTRAST_PAIRS.has(`${t.word} ${tokens[i + 1]?.word ?? ""}`))) lastContrast = i;
  });
  const contrastWeight = (i: number) => (lastContrast < 0 ? 1 : i > lastContrast ? 1.4 : 0.6);

  // 3. Expectation frames: the rest of their clause is what was feared, not what happened.
  const feared = new Array<boolean>(tokens.length).fill(false);
  for (const h of hits) {
    if (h.concept !== "expect") continue;
    for (let k = h.end; k < tokens.length && !tokens[k]!.breakBefore && !CONTRAST.has(tokens[k]!.word); k++) feared[k] = true;
  }

  // 3a. Hypotheses ("que faire si mon colis arrive abîmé ?", "in case of delay"): what might happen has not.
  tokens.forEach((t, i) => {
    if (!HYPOTHESIS.has(t.word) && !(PAIR_HEADS.has(t.word) && HYPOTHESIS_PAIRS.has(`${t.word} ${tokens[i + 1]?.word ?? ""}`))) return;
    for (let k = i + 1; k < tokens.length && !tokens[k]!.breakBefore; k++) feared[k] = true;
  });

  // 3b. Concessions ("malgré le retard", "despite the strike"): when the message praises and shows no irony, the
  // failure it concedes is not what it says.
  const ironyAhead = hits.some((h) => h.concept === "sarcasm") || /[🙄😒🙃]/u.test(text) || SLOW_QUICK.test(f);
  const praiseAhead = hits.some((h) => POSITIVE.has(h.concept)) || /[👍👏🙌👌😍🥰😊🙂❤♥🙏]/u.test(text);
  const conceded = new Array<boolean>(tokens.length).fill(false);
  if (praiseAhead && !ironyAhead) {
    tokens.forEach((t, i) => {
      if (!CONCESSION.has(t.word) && !(PAIR_HEADS.has(t.word) && CONCESSION_PAIRS.has(`${t.word} ${tokens[i + 1]?.word ?? ""}`))) return;
      for (let k = i + 1; k < tokens.length && !tokens[k]!.breakBefore; k++) conceded[k] = true;
    });
  }

  // 4. Values: negation, intensifiers, questions, contrast.
  let pos = 0; // praise and good qualities
  let neg = 0; // everything against (a negative number)
  let facts = 0; // how much failure is described (for sarcasm)
  const factList: { at: number; v: number; weight: number }[] = [];
  let irony = 0; // irony markers
  let laughter = 0; // mockery that is only laughter ("mdr", "lol"): a negative number
  let judged = 0; // judgements against, accusations, mockery (for sarcasm)
  let praiseAfterContrastOnly = true;
  let praiseBeforeContrast = false;
  const add = (concept: Concept, value: number, at: number, offset: number) => {
    if (feared[at] && value < 0) return;
    if (conceded[at] && value < 0 && FACTS.has(concept)) value *= 0.3;
    // (A message that opens with a how-to question tells its facts as context: "Can I transfer my ticket? I don't see the option".)
    const q = value < 0 && sentenceOf(offset)?.procedure ? 0.1 : value < 0 && sentences[0]?.procedure && FACTS.has(concept) ? 0.3 : infoQuestion(offset) && !(concept === "money" && hasAmount) ? (IN_QUESTION[concept] ?? 1) : 1;
    const v = value * q * contrastWeight(at);
    if (v > 0) {
      pos += v;
      if (concept === "praise" || concept === "good") {
        if (at <= lastContrast || lastContrast < 0) praiseAfterContrastOnly = false;
        if (at < lastContrast) praiseBeforeContrast = true;
      }
    } else neg += v;
    trace?.push(`${concept} ${v.toFixed(2)} @${tokens[at]?.word ?? "end"}`);
    if (FACTS.has(concept) && v < 0) factList.push({ at, v: -v, weight: -v / Math.max(q, 0.5) });
    if ((concept === "bad" || concept === "insult" || concept === "mock" || concept === "nostalgia") && v < 0) judged += -v;
    if (concept === "mock" && v < 0 && LAUGHTER.has(tokens[at]?.word ?? "")) laughter += v;
    if (concept === "sarcasm") irony += 1;
  };

  const { hitValue, resolved, lastResolved, lastResolvedAt } = weighHits(tokens, scope, covered, hits, feared, quotedTok, sentences, f, clause, add);

  // 5. Patterns on the folded text.
  addPatternConcepts(text, f, tokens, hits, sentences, amounts, factList, add, () => {
    irony += 1;
  });

  // 6. Emoji.
  let emojiPos = 0;
  for (const [re, value, concept] of EMOJI) {
    const n = Math.min(2, (text.match(re) ?? []).length);
    if (!n) continue;
    if (concept === "sarcasm") irony += n;
    if (value > 0) emojiPos += value * (n === 1 ? 1 : 1.5);
    // Tears beside praise and nothing against ("INCREDIBLE, thank you 😭") are joy.
    else if (!(TEARS.test(text) && re.source.includes("😭") && pos > 0 && neg === 0 && facts === 0)) add(concept, value * (n === 1 ? 1 : 1.5), tokens.length, f.length);
  }
  pos += emojiPos;

  // 6b. Thanking for a failure ("merci pour ce retard", "thanks for the 3 hour wait") or praising an achievement
  // that is one ("vous avez réussi à perdre ma valise", "managed to lose my parcel") is irony.
  hits.forEach((h, n) => {
    const thanks = h.concept === "praise" || ACHIEVE.has(tokens[h.start]!.word);
    if (!thanks) return;
    for (let m = n + 1; m < hits.length; m++) {
      const o = hits[m]!;
      if (o.start - h.end > 5 || clause[o.start] !== clause[h.start]) break;
      if (o.concept === "resolved" || o.concept === "good" || o.concept === "praise") break;
      if (tokens.slice(h.end, o.start).some((x) => AFTER.has(x.word))) break;
      if (FACTS.has(o.concept) && o.concept !== "promise" && hitValue[m]! < 0) {
        irony += 1;
        break;
      }
    }
  });
  for (const m of f.matchAll(/\b(?:managed to|reussi a|reussi l'exploit de)\s+(?:\S+\s+){0,2}?(?:lose|losing|lost|break|broke|perdre|perdu|casser|casse|oublier|forget|forgot|annuler|cancel|facturer|charge)\b/g)) {
    irony += 1;
    trace?.push(`irony @${m[0]}`);
  }

  // 7. Sarcasm: praise beside a described failure, a judgement against or an irony marker is not praise.
  const opening = hits.length > 0 && hits[0]!.start === 0 && hits[0]!.concept === "praise" && tokens[hits[0]!.end]?.breakBefore === true;
  // The failure a message says was put right is not a complaint ("problème résolu par le technicien"); one told
  // after the fix still is ("cancelled, replaced, cancelled again").
  // Praise as a hashtag beside a failure ("4e colis perdu #bravo #champions") is irony.
  if (factList.some((x) => x.v > 0) && /#(?:bravo|champions?|merci|thanks|greatjob|welldone|top|genial|super|chapeau|respect|winning)\b/iu.test(text)) irony += 1;
  // A story told in order ("bug for 2 months, the adviser fixed it in one call. Chapeau.") is judged by what came
  // after the fix: only failures told after it can make the praise ironic.
  let factsAfterFix = 0;
  for (const x of factList) {
    if (resolved && irony === 0 && (clause[x.at] ?? Infinity) <= lastResolved) {
      neg += 0.6 * x.v;
      facts += 0.4 * x.weight;
    } else facts += x.weight;
    // ("Rebooked me on a flight 2 days later": a failure in the fix's own clause, told after it, counts.)
    if (!resolved || x.at > lastResolvedAt) factsAfterFix += x.weight;
  }
  // Laughter ("mdr", "lol") beside praise with no failure told is joy, not mockery.
  if (laughter < 0 && pos > 0 && facts === 0 && irony === 0 && judged + laughter <= 0) {
    neg -= laughter;
    judged += laughter;
  }
  // A message that ends recommending us ("…no fuss. Legends.", "Would fly with you again") praises, whatever came first.
  const lastFactAt = Math.max(-1, ...factList.map((x) => tokens[x.at]?.end ?? f.length));
  const recommends = irony === 0 && endsRecommending(f, sentences, lastFactAt);
  if (recommends) pos += 2;
  const genuine = (resolved && irony === 0 && factsAfterFix < 2) || (praiseAfterContrastOnly && !praiseBeforeContrast && lastContrast >= 0 && irony === 0) || recommends;
  let total: number;
  if (pos > 0 && !genuine && (irony > 0 || facts >= 2 || judged >= 2 || facts + judged >= 3 || (opening && facts >= 1))) total = neg - 0.5 * pos - 1;
  else total = pos + neg - (irony > 0 ? 1.5 * irony : 0);

  // 8. Shouting amplifies a complaint.
  const shouting = (text.match(/\b[A-ZÀ-Ý]{3,}\b/g) ?? []).filter((w) => !ACRONYM.test(w)).length;
  const bangs = (text.match(/!{2,}|\?{2,}/g) ?? []).length;
  if (shouting + bangs >= 1 && total <= 0 && (neg < 0 || shouting + bangs >= 2)) total -= 1;
  if (total < 0) total *= 1 + 0.15 * Math.min(4, shouting + bangs);

  trace?.push(`pos ${pos.toFixed(2)} neg ${neg.toFixed(2)} facts ${facts.toFixed(2)} judged ${judged.toFixed(2)} irony ${irony} genuine ${genuine} total ${total.toFixed(2)}`);
  let sentiment = Math.round(100 * Math.tanh(total / 4));
  // The rules read nothing either way: the learned models may still tell a complaint or a compliment.
  if (Math.abs(sentiment) < 20 && options.model !== false) {
    const side = modelPolarity(text);
    if (side !== 0) sentiment = side * Math.max(25, Math.abs(sentiment));
    trace?.push(`learned second opinion ${side}`);
  }
  const label: SentimentLabel = sentiment <= -20 ? "negative" : sentiment >= 20 ? "positive" : "neutral";

  let urgency = 0;
  for (const [re, w] of URGENCY) if (re.test(f)) urgency = Math.max(urgency, w) + (urgency > 0 ? 10 : 0);
  urgency += Math.min(30, 10 * (shouting + bangs));
  if (label === "negative") urgency += 10;
  return { sentiment, label, urgency: Math.min(100, urgency) };
}
