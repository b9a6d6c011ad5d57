// The cue words score-message.ts and weigh-hits.ts read besides the lexicon: which concepts count as praise or
// as facts, how much each weighs in a question, and the small closed word classes (intent, thanks, contrast,
// concession, hypothesis, laughter…) their rules test tokens against. Word lists only, kept apart from the
// rules so the scorer reads as steps.
import type { Concept } from "./sentiment-lexicon";

export const POSITIVE: ReadonlySet<Concept> = new Set(["praise", "good", "litotes", "resolved"]);
/** Concepts that describe what happened (not a judgement): they make praise next to them sarcastic. */
export const FACTS: ReadonlySet<Concept> = new Set(["failure", "absence", "delay", "money", "mismatch", "repeat", "promise"]);
/** Weight of each concept inside an information question ("Le retour est-il gratuit ?"). */
export const IN_QUESTION: Partial<Record<Concept, number>> = {
  good: 0.5, failure: 0.4, absence: 0.6, delay: 0.3, money: 0.2, threat: 0.3, churn: 0.2, repeat: 0.5,
  promise: 0.3, mismatch: 0.3, metoo: 0.5, resolved: 0.3, help: 0.5,
};

export const INTENT = new Set(["veux", "voudrais", "souhaite", "souhaiterais", "aimerais", "peux", "puis", "peut", "pouvez",
  "pouvoir", "possible", "comment", "faut", "dois", "can", "could", "want", "wanna", "wish", "how", "able", "to", "need"]);
export const REQUEST = /^merci (?:de (?:me |m'|nous |le |la |les |bien vouloir |faire |\p{L}+(?:er|ir|re)\b)|d'(?:\p{L}+(?:er|ir|re)\b))/u;
export const HYPOTHESIS = new Set(["si", "if", "lorsque", "whether", "supposing"]);
export const HYPOTHESIS_PAIRS = new Set(["en cas", "in case", "au cas", "what if"]);
export const ACHIEVE = new Set<string>();
/** Words after which a failure is the occasion of the thanks, not its object ("merci pour le geste suite au retard"). */
export const AFTER = new Set(["apres", "after", "suite", "following", "pendant", "during", "malgre", "despite", "avec", "with"]);
export const THANKS = new Set(["merci", "mercii", "thanks", "thank", "thx", "ty", "tysm", "cheers"]);
export const CONCESSION = new Set(["malgre", "despite", "although"]);
export const CONCESSION_PAIRS = new Set(["bien que", "meme si", "even though", "even if", "in spite"]);
export const CONTRAST = new Set(["mais", "pourtant", "cependant", "toutefois", "neanmoins", "but", "however", "though", "although", "except"]);
export const CONTRAST_PAIRS = new Set(["sauf que", "par contre", "en revanche", "even so", "that said"]);
/** First words of the two-word markers above (a cheap test before building the pair). */
export const PAIR_HEADS = new Set([...CONTRAST_PAIRS, ...CONCESSION_PAIRS, ...HYPOTHESIS_PAIRS].map((p) => p.split(" ")[0]!));
export const ACRONYM = /^(SAV|UFC|DM|MP|LED|URL|CEO|DGCCRF|TGV|TER|SNCF|RER|RATP|SMS|PDF|SIM|EDF|CAF|IBAN|RIB|BBB|CFPB|FCA|FTC|USB|UK|USA|EU|OK|TV|WIFI|4G|5G|ADSL|VDSL|ASAP|FAQ|PIN|API|APP|IOS|CB)$/;
export const NEVER = new Set(["never", "jamais"]);
/** Negation cues that, right before a wait ("jamais d'attente", "no queue"), deny the wait itself (weigh-hits.ts). */
export const NO_WAIT_CUES = new Set(["jamais", "pas", "aucun", "aucune", "sans", "no", "zero", "never", "without", "not"]);
export const AS_MUCH = new Set(["this", "so", "as", "such", "aussi", "autant", "si", "tellement"]);
export const LAUGHTER = new Set(["lol", "lool", "mdr", "mdrr", "mdrrr", "ptdr", "ptdrr", "haha", "hahaha", "lmao", "xd"]);
