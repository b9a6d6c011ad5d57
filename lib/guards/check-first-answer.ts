// On the first answer to a complaint (R2, seeds 002 and 003): say sorry or acknowledge the problem, and
// say what happens next. Both are looked for as families of phrasings on the folded text.
import { detectPromise } from "../followups/detect-promise";
import { fold } from "../text/fold";
import { ruleText, type Folded } from "./rule-text";

const B = (p: string) => new RegExp(`(?<![a-z0-9_])(?:${p})(?![a-z0-9_])`);

const APOLOGY = B([
  "desolee?s?", "navree?s?", "excus\\w*", "pardon", "regrett\\w*", "sorry", "apologi\\w*", "apologies",
  "vous avez (?:\\w+ )?raison", "you (?:are|re) (?:\\w+ )?right", "(?:je|nous) comprenons", "je comprends", "(?:we|i) (?:completely |fully |totally )?understand",
  "(?:frustrant|inacceptable|pas normal|pas acceptable|inadmissible|unacceptable|not acceptable|not ok|frustrating)",
  "(?:merci|thank you|thanks) (?:de nous avoir|for letting us|for flagging|for telling|for reporting|pour votre signalement|de nous le signaler|de nous avoir prevenus)",
].join("|"));

// A next step is a commitment in any person or tense, a question to the customer, an instruction or an offer —
// not a list of first-person verbs ("Je suis désolé." is no next step, "un conseiller vous rappelle" is one).
// 1. A promise, dated or vague, as the follow-ups read it (lib/followups/detect-promise.ts).
// 2. Per sentence, on the folded text: a question; an instruction to the customer (imperative, "vous pouvez",
//    "let us know", "DM us"); an offer ("on peut vous…", "we can…"); a future or "aller" + infinitive; a brand
//    action in the present ("on transmet", "I'm checking") — each unless the sentence is negated ("nous ne
//    pouvons rien faire", "there's nothing we can do") or only says how the customer should have done.
const PRIVATE = B("(?:dmed|dm ed|messaged|pinged|texted) you|sent you (?:a |an )?(?:dm|message|private message|email|mail)|(?:vous|t) (?:a|avons) (?:ecrit|envoye un (?:mp|message prive|dm))|en message prive|en prive|par message prive|en mp|en dm|by dm|in private|via dm|private message|par mp|en messagerie privee");
const INSTRUCTION = B([
  // French imperatives of what a customer does next, with or without their pronoun.
  "(?:dites|ecrivez|envoyez|indiquez|transmettez|communiquez|contactez|appelez|composez|rapprochez|choisissez|apportez|renvoyez|retournez|deposez|imprimez|telechargez|passez|suivez|consultez|signalez|precisez|confirmez|repondez|joignez|essayez|tentez|maintenez|redemarrez|verifiez|allez|rendez|gardez|conservez|prenez|notez|utilisez|connectez|cliquez|remplissez|faites|pensez|mettez|glissez|laissez|tenez)(?:[- ](?:nous|moi|le|la|les|vous|lui|leur|y|en))?",
  "(?:dis|ecris|envoie|indique|contacte|appelle|choisis|apporte|renvoie|depose|imprime|passe|suis|confirme|reponds|essaie|essaye|tape|compose|fais|garde|mets|glisse|laisse|tiens)[- ](?:nous|moi|le|la|les|y|en)",
  "tu nous dis|vous nous dites|tu me dis|vous me dites",
  "vous pouvez|vous pourrez|tu peux|tu pourras|n hesitez pas|n hesite pas|il vous suffit|il suffit de|merci de (?:(?:nous|le|la|les|lui|leur|me|bien) )*(?!avoir)[a-z]+(?:er|ir|re)",
  "please|let us know|let me know|tell us|tell me|dm us|message us|email us|e mail us|contact us|contact them|call us|ring us|give us a|drop us|send us|reach us|shout (?:here|us)|feel free|you can|you could|get in touch|reach out|just (?:pick|choose|message|dm|reply|send|bring|print|drop|call|tell|let|pop|head|use)",
  "(?:^|[.!:;,] |(?:hi|hello|hey|bonjour|salut|sorry|oh)\\b[^a-z]*)(?:write to us|call|dial|ring|phone|send|contact|reply|email|drop|bring|pop|visit|try|check|fill|book|text|message|dm|pick|choose|head|follow|log in|sign in|confirm|share|print|go to|tell|take it|take them)",
].join("|"));
const OFFER = B("(?:nous|on) (?:pouvons|peut|pourrons|pourra|pourrions|pourrait)|(?:we|i) (?:can|could) (?:also |always |still )?[a-z]+ (?:you|your|it|the|a|an|them|one|this|that|up|back|over|out|in|to|for)|(?:happy|glad) to (?:help|assist|sort|look|check|arrange|send|refund|replace)|shall we|shall i|want us to|would you like|voulez vous|souhaitez vous|preferez vous|tu veux|tu prefere");
const FUTURE = B("will|ll|shall|going to|gonna|should (?:arrive|be|reach|get|land)|devrait|devraient|arrive par|coming your way|(?:is|are|s) (?:going|heading|leaving|coming|being sent|being shipped) (?:out|back|to you|your way|today|tomorrow|tonight)|on (?:its|the) way|en route|en chemin|(?:vais|vas|va|allons|allez|vont) (?:(?:vous|te|t|le|la|les|l|lui|leur|nous|en|y|bien|tout|personnellement|aussi) )*[a-z]+(?:er|ir|re|oir)|[a-z]{2,}(?:erai|eras|era|erons|erez|eront|irai|iras|ira|irons|irez|iront|drai|dras|dra|drons|drez|dront|trai|tra|tront|vrai|vra|vront|urai|ura|urez|uront|urons)|sera|seront|serai|serons|aura|aurez|ferai|fera|ferons|ferez|feront|recevrez|recevras|recevra|enverr[a-z]+|verr[a-z]+|pourr[a-z]+");
const NOT_FUTURE = B("vrai|vraiment|extra|camera|opera|entra|entre|autre|notre|votre|vitre|lettre|centre|ventre|titre|filtre|montre|encontre|contre|litre|mitra|ultra|futura|aura t il|plutra");
// What we have already set going ("we've flagged it to the warehouse", "on a transmis au transporteur"): the case
// is moving, which is what the customer needs to hear.
const SET_GOING = B("(?:we ve|we have|i ve|i have|on a|nous avons|j ai) (?:\\w+ )?(?:flagged|passed|escalated|reported|forwarded|raised|logged|opened|transmis|remonte|signale|escalade|ouvert|lance)");
const PRESENT_ACTION = B([
  "(?<!(?:de|d|a|pour|par|avec|chez|sans|entre|que|qu) )(?:je|j|on|nous) (?:vous |te |t |le |la |les |l |lui |leur |en |y |bien |deja |tout de suite |immediatement |personnellement )*(?!(?:vous|te|le|la|les|lui|leur|nous|en|y) )(?!suis|sommes|est|es|comprend|comprends|comprenons|entend|entends|entendons|regrett|excus|remerci|prends note|prenons note|prend note|note|notons|sais|savons|sait|ai |avons|a |avait|avions|etais|etions|etait|pense|pensons|crois|croyons|espere|esperons|souhait|gere|gerons|commente|commentons|communique|communiquons|comprends|suspend|partage|partageons|accus|prends|prenons|prend|entend|compatis|compatissons|imagin|mesur|constat|confirm|reconnai)[a-z]{3,}(?:e|es|ons|ent|s|t|d)\\b(?! (?:votre|ta|ton|vos|tes) (?:frustration|deception|agacement|colere|mecontentement|inquietude|avis|ressenti|point de vue|desarroi|impatience|enervement))",
  "(?:i m|i am|we re|we are) (?:\\w+ )?(?!putting)[a-z]{3,}ing",
].join("|"));
const NEGATED = B("ne|n|pas|plus rien|rien|jamais|aucun|aucune|not|nothing|never|no longer|unable|can t|cannot|won t|don t|doesn t|isn t|aren t|only|uniquement|seulement|que revendeur");
const SHOULD_HAVE = B("auriez du|aurais du|il fallait|should have|should ve|needed to|had to|would ve|would have");
// Courtesy that only sounds like an instruction ("Please know that we value you", "thank you for taking the time to
// tell us") asks nothing of the customer.
const NOT_COMMITMENT = B("please (?:know|note|be assured|accept|rest assured)|rest assured|(?:for|pour) (?:taking the time to |prenant le temps de )?(?:tell|telling|let|letting) us(?: know)?|you ll (?:just )?have to|il faut (?:etre|etre) patient|vous devrez patienter|have a (?:nice|good|great|lovely) \\w+|bonne journee|belle journee|bonne soiree");

const QUESTION_TO_THEM = B("vous|tu|te|t|toi|votre|vos|ton|ta|tes|you|your|we|us|nous|on|lequel|laquelle|lesquels|which|what|when|quand|quel|quelle|anything|something|quelque chose");
const TAG_QUESTION = /(?:,? (?:non|hein|pas vrai|n est ce pas|isn t it|right|no|eh|don t you think|tu trouves pas|vous ne trouvez pas))\s*\?/;
const CLAUSE = /\s*(?:[,;:]|\s(?:mais|et|ou|but|and|or|so|donc|puis|then)\s)\s*/;

const foldForRules = (s: string) => fold(s).replace(/['’-]/g, " ").replace(/ {2,}/g, " ").trim();
function sentencesOf(draft: string): string[] {
  // (An emoji before a capital ends a sentence too: "that's not okay 😟 We're opening a claim".)
  return draft.split(/(?<=[.!?…])\s+|(?<=\p{Extended_Pictographic}[\u{FE0F}\u{200D}]*)\s+(?=\p{Lu})|\n+|\s[—–-]\s|\s\^/u).map((x) => x.trim()).filter(Boolean);
}

/** Does this draft tell the customer what happens next (issue #19 §3)? */
function nextStepIn(draft: string): boolean {
  if (PRIVATE.test(foldForRules(draft))) return true;
  for (const original of sentencesOf(draft)) {
    const sentence = foldForRules(original).replace(NOT_COMMITMENT, " ");
    if (/\?[\s\p{Extended_Pictographic}]*$/u.test(sentence) && QUESTION_TO_THEM.test(sentence) && !TAG_QUESTION.test(sentence)) return true;
    if (SHOULD_HAVE.test(sentence)) continue;
    if (detectPromise(original, PROMISE_CLOCK)) return true;
    for (const clause of sentence.split(CLAUSE)) {
      if (!clause || NEGATED.test(clause) || SHOULD_HAVE.test(clause)) continue;
      if (INSTRUCTION.test(clause) || OFFER.test(clause) || SET_GOING.test(clause) || FUTURE.test(clause.replace(NOT_FUTURE, " ")) || PRESENT_ACTION.test(clause)) return true;
    }
  }
  return false;
}
// detectPromise needs the moment of writing only to resolve due dates; whether there is a promise does not
// depend on it.
const PROMISE_CLOCK = new Date("2026-01-05T09:00:00Z");

export function hasApology(draft: string, folded: Folded = ruleText(draft)): boolean {
  return APOLOGY.test(folded.text);
}

export function hasNextStep(draft: string, folded: Folded = ruleText(draft)): boolean {
  void folded;
  return nextStepIn(draft);
}
