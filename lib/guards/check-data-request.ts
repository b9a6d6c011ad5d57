// A public reply that ASKS the customer to post personal data where everyone can read it (issue #19, R5): "quel est
// votre numéro de portable ? Mettez-le en commentaire", "reply with the last 4 digits of your card", "postez votre
// RIB en réponse". The personal-data check finds data written in the draft; this finds the request for it, which
// a fresh check nobody had tuned on showed missing (tests/text-eval/fresh/guards-f1.tsv: 5 of 22 personal-data
// drafts were requests).
//
// Contract: pure, on the draft as typed; returns the span of each personal item asked for. Nothing when the
// draft sends the customer to a private channel ("en MP", "DM us", "message privé", a secure form): asking for
// an address there is how it should be done. `public` tells whether the draft also says where to post ("en
// commentaire", "ici", "reply with", "below"): the check's severity rises with it.
import { fold } from "../text/fold";

export interface DataRequest { start: number; end: number; public: boolean }

// Personal items, on folded text (lib/text/fold.ts). An order number alone is not among them (it identifies an
// order, not a person, and the brand asks for it all day).
const ITEM = /\b(?:(?:numero|n°|no) de (?:telephone|portable|mobile|tel|carte(?: bancaire| bleue)?|cb)|votre (?:numero|tel|telephone|portable|06|mobile)|ton (?:numero|tel|portable|06)|(?:adresse|adresses) (?:e-?mail|mail|postale|de livraison|complete)|votre (?:adresse|e-?mail|mail|iban|rib|date de naissance|mot de passe)|ton (?:adresse|e-?mail|mail|iban|rib|mot de passe)|iban|rib|coordonnees bancaires|date de naissance|mot de passe|(?:derniers|4 derniers|quatre derniers) chiffres|cryptogramme|phone number|mobile number|(?:your|ur) (?:number|phone|mobile|email|e-mail|address|iban|password|date of birth|dob|card number|bank details|sort code|account number)|email address|e-mail address|home address|postal address|full address|date of birth|bank details|sort code|account number|card number|(?:last|final) (?:4|four) digits|password)\b/g;
/** Where to post: the public thread itself. */
const POST_HERE = /\b(?:en commentaire|en commentaires|en reponse|ci-dessous|ci dessous|ici|sous ce post|sous ce commentaire|dans les commentaires|reply with|reply here|post (?:it |them )?here|here|below|in the comments|in a comment|in this thread|publicly|as a reply)\b/;
/** A private channel: the right way to ask. */
const PRIVATE = /\b(?:prive|privee|en mp|par mp|en dm|par dm|messagerie|inbox|dm|dms|direct message|private message|privately|pm us|message us|formulaire|secure form|secure link|lien securise|par e-?mail|by e-?mail|par telephone|by phone|appelez|call us|ecrivez[- ]nous|write to us|e-?mail us|mail us|courriel)\b|[\w.+-]+@[\w-]+\.\w{2,}/;
/** The draft asks: a question, or a verb of giving. */
const ASK = /\?|\b(?:indiquer|indiquez|donner|donnez|donne|envoyer|envoyez|envoie|communiquer|communiquez|mettez|mets|postez|poste|poster|ecrivez|ecris|laisser|laissez|laisse|partager|partagez|preciser|precisez|confirmer|confirmez|il nous faut|nous avons besoin|on a besoin|quel est|quelle est|reply|post|share|send|give|leave|tell us|confirm|provide|need|what is|what's|please)\b/;

export function findDataRequests(draft: string): DataRequest[] {
  const folded = fold(draft);
  // fold() keeps one character per character here except spaced-out ligatures; offsets are close enough for a
  // highlight, and exact where the draft has no œ/æ/ß.
  if (PRIVATE.test(folded) || !ASK.test(folded)) return [];
  const isPublic = POST_HERE.test(folded);
  return [...folded.matchAll(ITEM)].map((m) => ({ start: m.index, end: m.index + m[0].length, public: isPublic }));
}
