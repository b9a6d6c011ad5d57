// What a tone rule's match means in its draft (issue #19: a guard that cries wolf gets switched off). Rules match
// words; three ideas need the words around them, read on tone-text.ts's layout (folded, contractions spelled out,
// sentence ends "|", clause breaks ","):
//   - a hand-off is deflection when the CUSTOMER is sent elsewhere ("please contact them directly", "je vous invite à
//     voir avec le magasin"), not when the brand does the contacting ("I'll contact them directly", "je préviens le
//     responsable du magasin"), nor in a draft that takes the case on for the customer ("I'll contact them for
//     you", "je m'en occupe pour vous"), nor when someone of ours is to call the customer ("le responsable peut vous
//     appeler ce soir"): otherwise the nearest person before the match in its clause decides;
//   - a "resolved / terminée" claim is no false resolution when it is still to come ("dès que l'intervention est
//     terminée", "once it's closed") or says at once what remains ("l'incident principal est résolu mais certains
//     foyers restent coupés");
//   - to a customer who praises us, warm words ("this made our day!") are not sarcasm.
// Contract: pure; each predicate takes the tone text and a match's offsets in it.
import { scoreMessage } from "../scoring/score-message";

const PERSON = /\b(i|we|je|j|nous|on|you|vous|tu|te|t)\b/g;
const FIRST = new Set(["i", "we", "je", "j", "nous", "on"]);
/** The other party contacts the customer ("le responsable peut vous appeler ce soir"): nobody is sent anywhere. */
const CALLS_YOU = /^[^|]{0,80}?\b(?:(?:peut|va|pourra|doit|will|can|is going to|ll) (?:vous |te )?(?:appeler|rappeler|contacter|joindre|call you|ring you|contact you|phone you|get in touch)|(?:vous|te) (?:appellera|rappellera|contactera|recontactera|appelle|rappelle))\b/;
/** The brand takes the case on for the customer: contacting, chasing or handling it on their behalf. */
const FOR_YOU = /\b(?:i|we|je|j|nous|on) (?:[a-z]+ ){0,5}(?:for you|on your behalf|pour vous|pour toi|a votre place|a ta place)\b|\b(?:je m en|on s en|nous nous en) (?:occupe|charge|occupons|chargeons)\b|\bleave it with (?:me|us)\b|\bc est (?:nous|moi) qui (?:gerons|gere|nous occupons|m occupe|traitons|traite|faisons)\b|\bwe (?:will |ll )?(?:handle|deal with|take care of) (?:it|this|the claim|the request) (?:with|for you)\b/;

/** The clause before offset `s` (back to the last clause break or sentence end). */
function clauseBefore(text: string, s: number): string {
  const head = text.slice(Math.max(0, s - 120), s);
  const cut = Math.max(head.lastIndexOf("|"), head.lastIndexOf(","));
  return head.slice(cut + 1);
}

/** A deflection match the brand itself carries out, or in a draft that takes the case on for the customer. */
export function ownedHandOff(text: string, s: number): boolean {
  if (FOR_YOU.test(text) || CALLS_YOU.test(text.slice(s))) return true;
  const persons = [...clauseBefore(text, s).matchAll(PERSON)].map((m) => m[1]!);
  return persons.length > 0 && FIRST.has(persons.at(-1)!);
}

const TO_COME = /\b(?:des que|des qu|quand|lorsque|lorsqu|une fois que|une fois|apres que|jusqu a ce que|once|when|as soon as|after|until|till)\s+(?:[a-z0-9_]+\s+){0,4}$/;
const STILL_LEFT = /^[^|]{0,60}?\b(?:mais|but|however|cependant|toutefois|sauf que|except)\b[^|]{0,80}?\b(?:restent|reste|remain|remains|still|toujours|encore|certains|certaines|some|pas encore|not yet|en cours)\b/;

/** A resolution claim that is still to come, or that says in the same sentence what is not solved yet. */
export function honestStatus(text: string, s: number, e: number): boolean {
  return TO_COME.test(text.slice(Math.max(0, s - 60), s)) || STILL_LEFT.test(text.slice(e));
}

/** The customer's latest message is praise: warm words in answer are not sarcasm. */
export function customerPraises(customer: string | undefined): boolean {
  return !!customer && scoreMessage(customer, { model: false }).sentiment >= 40;
}
