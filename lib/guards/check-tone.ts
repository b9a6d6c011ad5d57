// R4 tone check (issue #19). Reads the draft through the shared text module (tone-text.ts: folding,
// contractions and shorthands spelled out, negation scope), then:
//   1. the category rules of tone-rules.ts, each match dropped when a negation's scope covers it (unless the
//      rule's words hold the negation: "pas un défouloir"), when an allowed phrasing overlaps it ("ce n'est pas
//      de votre faute"), or when it rests on quoted words (« … », "…", "> …", or copied from the customer's
//      message: the customer speaking, not the brand);
//   2. false resolution: a "solved / closed / all in order" claim while the customer's latest message says it is
//      NOT (negation scope over their words: "It is NOT fixed", "toujours rien reçu", "still broken"); without
//      the customer's words, a claim that says nothing concrete;
//   3. "noted" and nothing else, in answer to a customer who reports a failure or asks what happens next; a
//      quip: an opening question thrown back with a laugh (mocking-question.ts);
//   4. the workspace's own phrases (matched on stems);
//   5. when nothing above was found, the learned model (tone-model.ts) may add a `warning` on the sentence it
//      scores worst: a statistical guess never blocks.
// `high` comes only from the rules marked high in tone-rules.ts (unambiguous hostility).
import { stemsOf } from "../text/stem";
import { modelFinding } from "./tone-model";
import { ALLOW_PATTERNS, SUBSTANCE_PATTERN, TONE_RULES, type Severity, type ToneCategory } from "./tone-rules";
import { FIRST_TONE_RULES } from "./tone-rules-first";
import { draftSpan, toneText, wordsIn, type ToneText } from "./tone-text";
import { negationScope } from "../text/negation";
import { tokenize } from "../text/tokenize";
import { readAnswer } from "../resolution/classify-answer";
import { customerPraises, honestStatus, ownedHandOff } from "./tone-context";
import { mockingQuestion } from "./mocking-question";

export interface ToneFinding {
  category: ToneCategory;
  severity: Severity;
  /** Offsets in the draft as typed. */
  start: number;
  end: number;
  /** The phrase of a workspace list that matched (custom findings only). */
  phrase?: string;
  /** Where the finding comes from: a rule, or the learned model (always a warning). */
  source?: "rule" | "model";
}

export interface ToneLists {
  /** Workspace phrases to flag (category "custom", severity warning). */
  flag?: string[];
  /** Workspace phrases that are fine here: findings overlapping them are dropped. */
  allow?: string[];
  /** false: rules only, without the learned fallback of tone-model.ts (used to train and to compare it). */
  model?: boolean;
  /** The customer's latest messages, newest first (quotes, false resolution). */
  customerMessages?: string[];
}

const B = (p: string) => `(?<![a-z0-9_])(?:${p})(?![a-z0-9_])`;
const COMPILED = [...TONE_RULES, ...FIRST_TONE_RULES].map((r) => ({ ...r, re: new RegExp(B(r.pattern), "g") }));
/** True when the rule's own words name this negation cue ("pas un défouloir", "we do not comment"). */
const saysCue = (pattern: string, cue: string) => new RegExp(`(?:^|[^a-z])${cue}(?:[^a-z]|$)`).test(pattern);
const ALLOW = ALLOW_PATTERNS.map((p) => new RegExp(B(p), "g"));
const SUBSTANCE = new RegExp(B(SUBSTANCE_PATTERN));

// — False resolution: what counts as a claim that it is over.
const CLAIM = new RegExp(B([
  // Closing it ourselves ("Je clôture donc votre demande", "on clôture la discussion", "the job is closed on our side").
  "(?:je|nous|on|we|i) (?:vais |allons |va |will |am |are |ll )?(?:donc )?(?:cloture\\w*|clos|ferme\\w*|close|closing|classe\\w*|archive\\w*) (?:donc )?(?:votre|la|le|cette|ce|this|the|your) (?:demande|ticket|dossier|discussion|conversation|case|request|chat|echange|signalement|reclamation|report|complaint|incident)",
  "(?:the|this|your) (?:job|repair|work|case|ticket) (?:is|has been) (?:now )?(?:closed|signed off) on our side",
  "(?:le|la|l|votre|ton|ta|ce|cette|the|your|this) (?:[a-z0-9_]+ )?(?:probleme|souci|dossier|demande|cas|litige|commande|situation|reclamation|sujet|issue|problem|case|request|matter|order|ticket|complaint|topic|incident|echange|exchange|remboursement|refund) (?:[a-z0-9_]+ ){0,4}(?:est|a ete|a bien ete|ete|ont ete|sont|has been|have been|is|was|been|are|now) (?:[a-z0-9_]+ ){0,3}(?:regle|reglee|resolue?s?|clos|close|clot|cloture\\w*|termine\\w*|finalise\\w*|classe\\w*|traitee?s?|reparee?s?|retablie?s?|handled|solved|resolved|closed|settled|sorted|fixed|repaired|restored|complete|completed|dealt with|taken care of|marked as \\w+|considere\\w* comme \\w+)",
  // "Everything's been settled", "tout a été réglé": all of it said to be over.
  "(?:everything|all|tout) (?:has been|s been|have been|a ete|a bien ete|est) (?:now |bien |donc )?(?:settled|sorted|fixed|resolved|regle|resolu|solde)",
  "(?:tout est|everything is|all is|all|c est|ce soit|it is|that is|everything|tout) (?:[a-z0-9_]+ ){0,2}(?:en ordre|in order|regle|resolu|sorted|fixed|resolved|back on track|rentre dans l ordre|bon maintenant|good now|ok de notre cote|good on our end|in order on our side|ok on our side)",
  "(?:ravis|ravie|heureux|heureuse|contents?|glad|happy|pleased|delighted) (?:[a-z0-9_]+ ){0,4}(?:aider|aide|help|helped|regle|resolu|sorted|fixed|resolved|rentre dans l ordre|back on track|en ordre)",
  "(?:considerons|considere\\w*|consider|considered|classe\\w*|marked) (?:[a-z0-9_]+ ){0,4}(?:terminee?|resolue?|clos\\w*|complete|resolved|closed|done|traitee?|solved|reglee?)",
  "(?:forcement|definitely|surely|certainly|sans doute) (?:[a-z0-9_]+ ){0,2}(?:recu|received|recieved)",
  "(?:closing|close|clore|cloturons|cloture|fermons|fermer|closed) (?:the|this|ce|le|votre|your|cette) (?:ticket|case|dossier|topic|sujet|demande|request|discussion)",
  "(?:confirmons|confirm|confirmer) (?:[a-z0-9_]+ ){0,7}(?:resolu|resolved|regle|reglee|settled|solved)",
  "(?:situation|probleme|issue|matter) (?:[a-z0-9_]+ ){0,2}(?:est|is) (?:reglee?|resolue?|settled|resolved)",
  "(?:une|la|a|the) solution (?:vous )?(?:a ete|a bien ete|vous a ete|has been|was) (?:[a-z0-9_]+ )?(?:donnee|apportee|proposee|trouvee|provided|given|found|offered)",
  "(?:le|votre|ce) (?:probleme|souci) est (?:regle|resolu)",
  // The thing owed said to be done ("your parcel has been delivered", "la réparation est terminée",
  // "le suivi confirme la livraison") while the customer says it is not.
  "(?:le|la|l|votre|ton|ta|the|your) (?:[a-z0-9_]+ )?(?:colis|parcel|package|commande|order|remboursement|refund|reparation|repair|intervention|livraison|delivery) (?:[a-z0-9_]+ ){0,3}(?:est|a ete|a bien ete|has been|have been|is|was) (?:bien |now |fully |entierement )?(?:livree?|delivered|effectuee?|finalisee?|completed?|terminee?|done)",
  "(?:suivi|tracking|transporteur|carrier|system|systeme) (?:[a-z0-9_]+ ){0,2}(?:confirme|confirms|shows|montre|indique) (?:[a-z0-9_]+ ){0,3}(?:livraison|delivery|delivered|livre|complete|effectue)",
  "(?:tout est donc|everything is therefore|so everything is|so all is) (?:ok|okay|bon|en ordre|fine|good)",
  // The case put in a closed state ("on passe ton signalement en résolu", "we'll mark this case as resolved"), and
  // a fix said to have solved it ("le correctif règle bien le problème", "the update has fixed the issue").
  "(?:passe\\w*|passons|mets|mettons|mettre|mark|marking|set|setting|switch\\w*|flag\\w*) (?:[a-z0-9_]+ ){1,3}(?:en|as|to|comme) (?:resolue?|clos|cloture\\w*|terminee?|resolved|closed|complete|completed|done|solved)",
  "(?:correctif|fix|patch|mise a jour|update|intervention|reparation|repair|redemarrage|reboot|reset) (?:[a-z0-9_]+ ){0,2}(?:(?:regle|resout|corrige|repare) bien|a (?:bien )?(?:regle|resolu|corrige|repare)|(?:has |have )?(?:fixed|solved|resolved|sorted)|(?:definitely|really) (?:fixes|solves|resolves)) (?:definitivement |fully |completely )?(?:le|la|ce|votre|ton|the|this|your) (?:probleme|souci|bug|panne|dysfonctionnement|problem|issue|fault)",
].join("|")), "g");
/** An outage or a fault said to be over ("the outage has been fixed", "la panne a été réparée"): a false resolution
 *  only against a customer who says it is not (a status update to one who has not said is news, not a brush-off). */
const OUTAGE_CLAIM = new RegExp(B("(?:le|la|l|votre|ton|ta|ce|cette|the|your|this) (?:[a-z0-9_]+ )?(?:panne|outage|coupure|fault|defaut|dysfonctionnement|breakdown) (?:[a-z0-9_]+ ){0,4}(?:est|a ete|a bien ete|has been|have been|is|was|now) (?:[a-z0-9_]+ ){0,3}(?:regle|reglee|resolue?s?|reparee?s?|retablie?s?|terminee?s?|clos|solved|resolved|fixed|repaired|restored|over|closed)"), "g");
/** What the customer's latest message says of the problem, read once by the one reader of customers' verdicts
 *  (lib/resolution/classify-answer.ts, asymmetric: contrast, irony, partial, "still", absence): unsolved; solved
 *  ("colis reçu ce matin", "all working now", a thank-you or a fix word, even one too unclear to close a case on,
 *  tells the draft it is not contradicting them); or neither. */
function customerVerdict(message: string | undefined): "unsolved" | "solved" | "neither" {
  if (message === undefined) return "neither";
  const { answer, reading } = readAnswer(message);
  if (answer.verdict === "dissatisfied") return "unsolved";
  return reading.strongPos.length + reading.weakPos.length > 0 ? "solved" : "neither";
}

// — "Noted" and nothing else.
const NOTED = new RegExp(B("(?:note|notee|noted|pris note|prenons note|prend note|bien recu|message recu|message received|received your message|message bien recu)"));
const ACTION = new RegExp(B("(?:nous allons|on va|je vais|on vous|nous vous|we will|we ll|i will|i ll|we are|regard\\w*|look\\w*|check\\w*|verifi\\w*|transmet\\w*|transmis|pass\\w*|shar\\w*|partag\\w*|escalat\\w*|remont\\w*|rembours\\w*|refund\\w*|envoy\\w*|send\\w*|sent|appel\\w*|call\\w*|dm|mp|prive|private|demain|tomorrow|aujourd hui|today|\\d)"));
const ASKS_OR_FAILS = (m: string) => /\?/.test(m) || negationScope(tokenize(m)).some((s) => s.cue);

function phraseStems(phrase: string): string[][] {
  return toneText(phrase).words.map((w) => stemsOf(w.word));
}

/** Spans (laid-out offsets) where a phrase occurs, compared word by word on stems. */
function findPhrase(t: ToneText, phrase: string[][]): [number, number][] {
  const out: [number, number][] = [];
  if (phrase.length === 0) return out;
  outer: for (let i = 0; i + phrase.length <= t.words.length; i++) {
    for (let j = 0; j < phrase.length; j++) {
      const [f, e] = stemsOf(t.words[i + j]!.word);
      if (f !== phrase[j]![0] && e !== phrase[j]![1]) continue outer;
    }
    out.push([t.words[i]!.s, t.words[i + phrase.length - 1]!.e]);
  }
  return out;
}

interface Raw { category: ToneCategory; severity: Severity; s: number; e: number; phrase?: string; source: "rule" | "model" }

/** Sentence spans of the laid-out text (between " | "). */
function sentences(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[^|]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push([m.index + lead, m.index + lead + body.length]);
  }
  return out;
}

export function checkTone(draft: string, lists: ToneLists = {}): ToneFinding[] {
  const customer = (lists.customerMessages ?? []).filter((m) => m.trim() !== "");
  const t = toneText(draft, customer);
  const text = t.text;
  const raw: Raw[] = [];
  // Rule matches a negation cancelled ("we will never ban you"): the rules read those words and cleared them.
  const cleared: [number, number][] = [];
  const quotedSpan = (s: number, e: number) => {
    const ws = wordsIn(t, s, e);
    return ws.length > 0 && ws.filter((w) => w.quoted).length * 2 >= ws.length;
  };
  for (const r of COMPILED) {
    r.re.lastIndex = 0;
    for (const m of text.matchAll(r.re)) {
      const s = m.index;
      const e = s + m[0].trimEnd().length;
      if (e <= s) continue;
      // A negation over the match cancels it, unless the negation is part of what the rule names.
      const ws = wordsIn(t, s, e);
      if (r.negation !== "ignore" && ws.some((w) => w.negated) && !ws.some((w) => w.cue && saysCue(r.pattern, w.word))) {
        cleared.push([s, e]);
        continue;
      }
      raw.push({ category: r.category, severity: r.severity, s, e, source: "rule" });
    }
  }

  // False resolution.
  const claims = [...text.matchAll(CLAIM)].map((m) => [m.index, m.index + m[0].length] as [number, number])
    .filter(([s, e]) => !wordsIn(t, s, e).some((w) => w.negated))
    // Work in progress or to come ("is being handled", "est en cours de traitement", "will be closed") is not a claim.
    .filter(([s, e]) => !/\b(being|en cours|will be|going to be|va etre|sera|seront|vont etre)\b/.test(text.slice(s, e)));
  const outages = [...text.matchAll(OUTAGE_CLAIM)].map((m) => [m.index, m.index + m[0].length] as [number, number]);
  // The customer's verdict, read once and only when a claim (the rule's or the model's) needs it.
  let verdict: ReturnType<typeof customerVerdict> | undefined;
  const customerSays = () => (verdict ??= customerVerdict(customer[0]));
  // A claim of resolution is false when the customer says it is not solved, or when it says nothing concrete and the
  // customer has not said it is solved either.
  const resolutionDisputed = () => customerSays() === "unsolved" || (customerSays() === "neither" && !SUBSTANCE.test(text));
  if (outages.length > 0 && customerSays() === "unsolved") claims.push(...outages);
  if (claims.length > 0 && resolutionDisputed()) for (const [s, e] of claims) raw.push({ category: "false-resolution", severity: "warning", s, e, source: "rule" });

  // "Noted", and nothing else, to a customer who reports a failure or asks what happens next.
  if (customer.length > 0 && NOTED.test(text) && !ACTION.test(text) && t.words.length <= 25 && ASKS_OR_FAILS(customer[0]!)) {
    const m = NOTED.exec(text)!;
    const sen = sentences(text).find(([s, e]) => m.index >= s && m.index < e) ?? [m.index, m.index + m[0].length];
    raw.push({ category: "dismissal", severity: "warning", s: sen[0], e: sen[1], source: "rule" });
  }

  const quip = mockingQuestion(draft, t);
  if (quip) raw.push({ category: "sarcasm", severity: "warning", s: quip[0], e: quip[1], source: "rule" });

  for (const phrase of lists.flag ?? []) {
    for (const [s, e] of findPhrase(t, phraseStems(phrase))) raw.push({ category: "custom", severity: "warning", s, e, phrase, source: "rule" });
  }
  const allowed: [number, number][] = [];
  for (const re of ALLOW) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) allowed.push([m.index, m.index + m[0].length]);
  }
  for (const phrase of lists.allow ?? []) allowed.push(...findPhrase(t, phraseStems(phrase)));

  // What the words around a match say (tone-context.ts): the brand doing the hand-off, a status still to come, praise.
  let praised: boolean | undefined; // scored only when a sarcasm finding asks
  const inContext = (f: Raw) => (f.category === "deflection" && f.severity !== "high" && ownedHandOff(text, f.s))
    || (f.category === "false-resolution" && honestStatus(text, f.s, f.e))
    || (f.category === "sarcasm" && f.severity !== "high" && (praised ??= customerPraises(customer[0])));
  const kept = raw.filter((f) => !quotedSpan(f.s, f.e) && !inContext(f) && (f.category === "custom" || !allowed.some(([a, b]) => f.s < b && a < f.e)));
  // Nothing for the rules: the learned model may still find a sentence with one of the intents, in words no
  // rule names. Only ever a `warning`, never over quoted or allowed words, nor over words a negation cleared.
  if (lists.model !== false && kept.length === 0) {
    const m = modelFinding(t);
    // A guessed false resolution needs what the rule needs: the customer saying it is not solved, or a claim with
    // nothing concrete in it and no word from the customer either way ("delivered to the pickup point, here is the
    // code" to nobody who disputed it is a status).
    const unsupported = m?.category === "false-resolution" && !resolutionDisputed();
    if (m && !unsupported && !quotedSpan(m.s, m.e) && ![...allowed, ...cleared].some(([a, b]) => m.s < b && a < m.e)) {
      kept.push({ category: m.category, severity: "warning", s: m.s, e: m.e, source: "model" });
    }
  }
  return mergeOverlaps(kept).map((f) => ({
    category: f.category,
    severity: f.severity,
    ...draftSpan(t, f.s, f.e),
    ...(f.phrase ? { phrase: f.phrase } : {}),
    source: f.source,
  }));
}

const RANK: Record<Severity, number> = { info: 0, warning: 1, high: 2 };

/** One finding per category and overlapping region: the union of the spans at the highest severity. */
function mergeOverlaps(items: Raw[]): Raw[] {
  const sorted = [...items].sort((a, b) => a.s - b.s || b.e - a.e);
  const out: Raw[] = [];
  for (const f of sorted) {
    const prev = out.findLast((o) => o.category === f.category && f.s < o.e);
    if (prev) {
      prev.e = Math.max(prev.e, f.e);
      if (RANK[f.severity] > RANK[prev.severity]) prev.severity = f.severity;
    } else out.push({ ...f });
  }
  return out.sort((a, b) => a.s - b.s);
}
