// On the first answer to a complaint (R2, seeds 002 and 003): say sorry or acknowledge the problem, and
// say what happens next. Both are looked for as families of phrasings on the folded text.
import { ruleText, type Folded } from "./rule-text";

const B = (p: string) => new RegExp(`(?<![a-z0-9_])(?:${p})(?![a-z0-9_])`);

const APOLOGY = B([
  "desolee?s?", "navree?s?", "excus\\w*", "pardon", "regrett\\w*", "sorry", "apologi\\w*", "apologies",
  "vous avez (?:\\w+ )?raison", "you (?:are|re) (?:\\w+ )?right", "(?:je|nous) comprenons", "je comprends", "(?:we|i) (?:completely |fully |totally )?understand",
  "(?:frustrant|inacceptable|pas normal|pas acceptable|inadmissible|unacceptable|not acceptable|not ok|frustrating)",
  "(?:merci|thank you|thanks) (?:de nous avoir|for letting us|for flagging|for telling|for reporting|pour votre signalement|de nous le signaler|de nous avoir prevenus)",
].join("|"));

const NEXT_STEP = B([
  // We commit to something: "je regarde", "nous allons", "on revient vers vous", "I'll", "we will".
  "(?:je|nous|on) (?:vais|allons|va|regarde|regardons|verifie|verifions|contacte|contactons|transmets|transmettons|relance|relancons|reviens|revenons|rappelle|rappelons|envoie|envoyons|ecris|ecrivons|m occupe|nous occupons|s occupe|lance|lancons|ouvre|ouvrons|fais|faisons|rembourse|remboursons|renvoie|renvoyons|procede|procedons|suis|suivons|vous (?:ecris|ecrivons|envoie|envoyons|rappelle|rappelons|contacte|contactons|recontacte|recontactons|repondrai|repondrons|tiens|tiendrons|tiendrai))",
  "(?:je|nous|on) (?:vous )?(?:\\w+ )?(?:ferai|ferons|serai|serons|aurai|aurons|reviendrai|reviendrons|rappellerai|rappellerons|enverrai|enverrons|rembourserai|rembourserons)",
  "(?:i ll|i will|we ll|we will|we re going to|we are going to|i m going to|i am going to|let me|we re|we are|i m|i am) (?:\\w+ ){0,2}(?:look|check|contact|call|send|refund|replace|ship|escalat\\w*|follow|get back|sort|fix|investigat\\w*|chas\\w*|arrang\\w*|reship|resend|update|dm|message|reach)",
  "(?:pouvez vous|pourriez vous|peux tu|merci de nous (?:envoyer|transmettre|indiquer|communiquer)|envoyez nous|indiquez nous|transmettez nous|communiquez nous|could you|can you|please (?:send|dm|share|tell)|send us|dm us)",
  "(?:en message prive|en prive|par message prive|en mp|en dm|by dm|in private|via dm|private message)",
  "(?:demain|aujourd hui|d ici|avant (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce soir|demain|la fin)|sous \\d+|dans les \\d+|tomorrow|today|by (?:monday|tuesday|wednesday|thursday|friday|tonight|the end)|within \\d+)",
].join("|"));

export function hasApology(draft: string, folded: Folded = ruleText(draft)): boolean {
  return APOLOGY.test(folded.text);
}

export function hasNextStep(draft: string, folded: Folded = ruleText(draft)): boolean {
  return NEXT_STEP.test(folded.text);
}
