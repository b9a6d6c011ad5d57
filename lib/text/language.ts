// French or English? (issue #18) Through eld (Efficient Language Detector, n-gram model, offline, maintained),
// restricted to French and English, with a word-cue fallback for the very short messages an n-gram model
// cannot judge ("merci", "jsp", "ok thx").
//
// Contract: detectLanguage(text) → "fr" | "en" | null (null: nothing to go on — emoji, a number, "ok").
//   1. eld on the text without its URLs, e-mails and @mentions (eld's own clean-up drops numbers and
//      domains too); a reliable answer wins.
//   2. Otherwise, word cues (function words and texting words of each language, folded): the side with more.
//   3. Otherwise eld's unreliable guess if the text holds at least MIN_LETTERS letters, else an accented
//      French letter says French, else null.
// Cost (tests/bench/detect-language-bench.ts): eld/extrasmall, the smallest database (~1 MB of JS, ~70 MB
// resident once loaded, ~0.4 s to load on first use), ~20 µs per short message. Server only: never import
// this file from code that ships to the browser.
import { eld } from "eld/extrasmall";
import { fold } from "./fold";
import { words } from "./tokenize";

eld.setLanguageSubset(["fr", "en"]);
eld.enableTextCleanup(true);

const MIN_LETTERS = 12;
const FR = new Set(("le la les un une des et est pas je ai vous nous mon ma mes votre vos pour avec sur dans que qui ne " +
  "toujours rien commande merci bonjour depuis meme tres encore suis sais pourquoi parce oui non svp stp bonsoir " +
  "salut nul grave trop").split(" "));
const EN = new Set(("the a an and is not i my you your we our for with on in that who still nothing order thanks " +
  "thank hello since very again have has was it am are please because yes no hi thx ty lol").split(" "));

function cues(text: string): "fr" | "en" | null {
  let fr = 0;
  let en = 0;
  for (const w of words(text)) {
    if (FR.has(w)) fr++;
    if (EN.has(w)) en++;
  }
  return fr === en ? null : fr > en ? "fr" : "en";
}

// Addresses say nothing of the language they are quoted in ("https://a.com/b" has an English-looking "a").
const NOISE = /\bhttps?:\/\/\S+|\bwww\.\S+|\S+@\S+\.\S+|(?:^|\s)@\S+/giu;

export function detectLanguage(input: string): "fr" | "en" | null {
  const text = input.replace(NOISE, " ");
  const r = eld.detect(text);
  const guess = r.language === "fr" || r.language === "en" ? r.language : null;
  if (guess && r.isReliable()) return guess;
  const byCue = cues(text);
  if (byCue) return byCue;
  if (guess && (fold(text).match(/\p{L}/gu) ?? []).length >= MIN_LETTERS) return guess;
  return /[àâçéèêëîïôûùüÿœ]/i.test(text) ? "fr" : null;
}
