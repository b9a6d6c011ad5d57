// Whether a phone number or e-mail address in a reply draft is the brand's own contact, when the workspace has
// not listed it in the guards settings (issue #19: "the brand's own contact details are never personal data").
// A draft that gives a customer the support line in public must not be blocked; a draft that repeats the
// customer's own number must be. Read from how the draft introduces it, never from the number alone:
//   - phone: a free or business-rate number (FR 080x, UK 0800/0808/03xx/084x/087x, North American 8xx toll-free)
//     is nobody's personal line; any other number is ours when the nearest person named before it, in its
//     sentence, is us ("notre ligne", "nos conseillers sont au", "call us on", "our helpline") rather than the
//     customer ("votre portable", "we'll call you on", "the number on your account"), or when the sentence goes on
//     with a service's opening hours ("…, disponible 24h/24", "lines open 8am–8pm") and names nothing of the
//     customer's before it; a mobile number (FR 06/07, UK 07 and their +33/+44 forms) is never inferred to be ours;
//   - e-mail: a consumer mailbox (gmail, orange.fr, icloud…) is never ours; a role address (support@, sav@,
//     claims@, billing-…@) or one on a web domain the draft also names ("brightcart.com/claims") is ours, and so is
//     one the sentence gives as where to write to us ("écrivez-nous à", "email … and our team") rather than the
//     customer's ("votre adresse", "your email");
//   - a postal address: ours when the sentence names one of our places before it ("notre boutique du …", "our
//     depot, Unit 4 …", "our Customer Relations team at …") or says where to send or bring something back
//     ("renvoyez-le à ModeCity Retours, …", "return it to …") or gives the nearest one ("le plus proche est au …",
//     "the nearest branch is at …"), and nothing of the customer's comes nearer
//     ("votre adresse", "to your home"); "our courier will come to 12 rue …" stays the customer's;
//   - a reference: one the sentence says we opened ("we've opened a claim with our courier, ref …", "on a ouvert une
//     enquête (réf …)") is our file's number, and one a part or product carries is a catalogue number; neither is
//     the customer's order.
// Contract: true means "introduced as the brand's own"; check-guards.ts then warns (asking to list it in the guards
// settings) instead of blocking, whether or not the workspace lists contacts (a brand has more lines than it lists).
// Everything else stays personal data (high severity in public).
import { fold } from "../text/fold";

const FREE_OR_BUSINESS = /^(?:\+?33|0033|0)8[0-9]|^(?:\+?44|0044|0)(?:80[08]|3[0-7]\d|84[345]|87[01])|^(?:\+?1[ -]?)?\(?8(?:00|33|44|55|66|77|88)\)?/;
const MOBILE = /^(?:\+?33|0033|0)\s?[67]|^(?:\+?44|0044|0)\s?7/;
const OURS = /\b(notre|nos|nous|our|us|joignable|joignables|ligne|line|helpline|hotline|standard|service client|customer service|customer care|sav|conseillers|conseilleres|advisers|advisors|equipe|team|support|centre|center|desk)\b/g;
const YOURS = /\b(votre|vos|vous|ton|ta|tes|te|toi|tu|your|you|portable|mobile|cell)\b/g;
const CONSUMER_MAIL = /@(?:gmail|googlemail|hotmail|outlook|live|msn|yahoo|ymail|icloud|me|mac|aol|gmx|proton|protonmail|orange|wanadoo|free|sfr|laposte|bbox|neuf|numericable|btinternet|sky|virginmedia|talktalk|mail|yandex)\.[a-z.]+$/i;
const ROLE_MAIL = /^(?:[a-z0-9-]*[._-])?(?:support|help|aide|service|services|serviceclient|client|clients|customer|customers|care|claims|claim|billing|facturation|contact|contacts|sav|info|infos|hello|bonjour|team|equipe|escalations?|refunds?|remboursements?|reclamations?|orders?|commandes?|returns?|retours?|press|presse|dpo|privacy|noreply|no-reply|admin|compta|accounts|sales|ventes|booking|reservations?)(?:[._-][a-z0-9-]*)?@/i;
/** Where to write to: the address after it is a mailbox to contact, ours unless the sentence says it is yours. */
const WRITE_TO = /\b(ecrivez|ecrire|ecris|envoyez|envoyer|envoie|transferez|mail|email|e mail|courriel|write|send|forward|drop|contact|contactez|joindre|reach|ici ou|here or|aupres|adressez|adresser|deposer|deposez|submit|apply|claim)\b/g;
/** A service's opening hours after a number: a line people call, not a person's phone. */
const HOURS_AFTER = /^[^.!?\n]{0,40}?\b(24\s?h\s?\/\s?24|24\s?\/\s?7|7\s?j\s?\/\s?7|7\s?days|du lundi|lundi au|de \d{1,2}\s?h|open|opens|ouvert|ouverte|disponible|available|lines? (?:are )?open|mon(?:day)?\s?[-–]\s?(?:fri|sat)|lun(?:di)?\s?[-–]\s?(?:ven|sam)|\d{1,2}\s?h\s?[-–]\s?\d{1,2}\s?h|weekdays)\b/;
/** The customer's own, nearer than anything of ours: a possessive or a place of theirs. */
const THEIRS = /\b(votre|vos|ton|ta|tes|your|chez vous|at home|a domicile|domicile|home)\b/g;
/** One of our places or teams, named with "our": an address after it is where the brand is. */
const OUR_PLACE = /\b(notre|nos|our)\s+(?:[\w-]+\s+){0,3}?(boutique|boutiques|magasin|magasins|agence|agences|depot|entrepot|siege|bureau|bureaux|adresse|service|equipe|store|stores|shop|shops|warehouse|office|offices|branch|branches|team|address|centre|center|site|relations|hub|atelier|workshop|showroom|showrooms|outlet|outlets|flagship|salon|studio|clinique|clinic|pharmacie|pharmacy|garage|restaurant|hotel)\b|\b(le plus proche|la plus proche|le plus pres|the nearest|nearest|closest|the next nearest)\b/g;
/** A place named by its kind, where the customer is sent ("passez à la boutique du …", "pop into …"). */
const A_PLACE = /\b(?:(?:la|le|l|a la|au|the) (?:[\w-]+ )?(?:boutique|magasin|agence|depot|atelier|point de vente|guichet|accueil|store|shop|branch|desk|counter|office)\b|pop (?:in|into|by|over)|drop (?:in|by)|come (?:in|by|to)|visit us|passez (?:a|au|nous voir)|venez (?:a|au|nous voir)|rendez vous (?:a|au)|it s at|it is at|c est au|c est a|we re at|we are at|nous sommes au|on est au)\b/g;
/** Directions to a place ("entrée par la galerie", "next to the bakery"). */
const DIRECTIONS = /^[^.!?\n]{0,40}?\b(?:entree par|entree cote|a cote de|a cote du|en face de|en face du|next to|opposite|across from|behind the|derriere|au fond de|near the|pres de la|pres du|facing)\b/;
/** A call to us: "call us on", "vous pouvez le faire au", "appelez le", "Tél." — the number after it is where to call. */
const CALL_US = /(?:\b(?:call|ring|phone|dial|text)(?: us)?(?: on| at)?|\b(?:appelez|appeler|composez|joignez|contactez)(?: nous| le| au)*|\b(?:le faire|nous joindre|nous appeler|reach us|get us|repond|repondent|answers|is reachable|are reachable|est joignable|sont joignables) (?:au|on|at)|\bt[ée]l|\bphone ?:|☎|📞)\s*[:.]?\s*$/;
/** A call to someone of ours by name or role ("call Karim at the workshop on", "appelez le cabinet au", "appelez-moi
 *  au", "when you book on"): the number after it is ours, unless the words between name the customer ("call you
 *  back on", "vous rappeler au"). */
const CALL_SOMEONE = /\b(?:call|ring|phone|dial|book|booking|reach|contact|ask|request|report|appelez|appeler|appelle|composez|joignez|joindre|contactez|reservez|reservant|reserver|demandez|demander|signalez|signaler|inscrire|inscrit|inscrite)\b((?:[\s,-]+[\w./-]+){0,6}?)[\s,]+(?:on|at|au|sur le)\s*[:.]?\s*$/;
const NAMES_CUSTOMER = /(?<!-)\b(?:you|vous|te|toi|your|votre|vos|back|rappel\w*)\b/;
/** Written to us ("envoyez-nous … à", "email me at", "write to us at"): the mailbox after it is ours. */
const WRITE_US = /\b(?:envoyez|ecrivez|ecrire|transferez|write|send|email|mail|forward|drop)(?:[\s-]+(?:a|to))?[\s-]+(?:nous|us|me|moi)\b/;

/** Where to send or bring something back (or write to): the address after it is ours. */
const SEND_BACK = /\b(renvoyer|renvoyez|renvoie|retourner|retournez|retourne|rapporter|rapportez|deposer|deposez|echanger|echangez|return it|return them|returns? to|send it back|send them back|post it back|bring it|bring them|drop it off|write to|ecrire a|ecrivez a|ecrivez nous a|par courrier|by post|by mail to|adresse postale|postal address|a l adresse)\b/g;

/** We opened it: the reference is our file's, not the customer's order. */
const WE_OPENED = /\b(we ve|we have|we|nous avons|on a|j ai|i ve|i have)\b.*\b(opened|open|ouvert|created|cree|creee|logged|raised|lodged|filed|enregistre|lance|launched|started)\b/;
/** A part or product carries it ("la vis porte la référence PR-0042"): a catalogue number, the same for everyone. */
const CATALOGUE = /\b(porte|portent|carries|carry|bears|piece|pieces|part|parts|produit|product|modele|model|article|item|vis|screw|spare)\b(?!.*\b(votre|your|vos)\b)/;
const FILE_REF = /^\s*(ref|reference|claim|dossier|ticket|enquete|case)\b/;
const WEB_DOMAIN = /\b(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:\/\S*)?/gi;

/** The text of the sentence before `start` (up to 80 characters), folded. */
function before(text: string, start: number, span = 80): string {
  const head = text.slice(Math.max(0, start - span), start).replace(/\b(t[ée]l|tel|no|n°|num)\. /gi, "$1  ");
  // (A semicolon ends the clause too: "…à votre médecin ; sinon, le laboratoire répond au …".)
  const cut = Math.max(head.lastIndexOf(". "), head.lastIndexOf("! "), head.lastIndexOf("? "), head.lastIndexOf("; "), head.lastIndexOf("\n"));
  // (Elisions spaced out, as the patterns above write them: "d'appeler l'atelier au" → "d appeler l atelier au".)
  return fold(cut >= 0 ? head.slice(cut + 1) : head).replace(/['’]/g, " ");
}

function lastIndex(re: RegExp, s: string): number {
  let last = -1;
  for (const m of s.matchAll(re)) last = m.index;
  return last;
}

export function isOwnContact(text: string, category: string, start: number, end: number): boolean {
  const written = text.slice(start, end).trim();
  if (category === "phone") {
    const compact = written.replace(/[\s.()-]/g, "");
    if (FREE_OR_BUSINESS.test(compact)) return true;
    if (MOBILE.test(compact)) return false;
    const head = before(text, start);
    // "call us on", or one of our places named before it ("reach the Kingsway store directly on …").
    if (CALL_US.test(head) || Math.max(lastIndex(OUR_PLACE, head), lastIndex(A_PLACE, head)) > lastIndex(THEIRS, head)) return true;
    const call = CALL_SOMEONE.exec(head);
    if (call && !NAMES_CUSTOMER.test(call[1]!)) return true;
    const ours = lastIndex(OURS, head);
    if (ours >= 0 && ours > lastIndex(YOURS, head)) return true;
    return HOURS_AFTER.test(fold(text.slice(end, end + 60))) && lastIndex(THEIRS, head) < 0;
  }
  if (category === "address") {
    const head = before(text, start);
    if (Math.max(lastIndex(OUR_PLACE, head), lastIndex(SEND_BACK, head), lastIndex(A_PLACE, head)) > lastIndex(THEIRS, head)) return true;
    // "8 Briggate, Leeds – open 9am–6pm", "4 place de la Gare, ouverte dès 7 h", "entrée par la galerie": a place
    // people come to, unless the sentence names something of the customer's.
    const after = fold(text.slice(end, end + 80));
    return (HOURS_AFTER.test(after) || DIRECTIONS.test(after)) && lastIndex(THEIRS, head) < 0;
  }
  if (category === "email") {
    if (CONSUMER_MAIL.test(written)) return false;
    if (ROLE_MAIL.test(written)) return true;
    const domain = written.split("@")[1]!.toLowerCase();
    const rest = text.slice(0, start) + " " + text.slice(end);
    if ([...rest.matchAll(WEB_DOMAIN)].some((m) => m[1]!.toLowerCase() === domain || domain.endsWith(`.${m[1]!.toLowerCase()}`))) return true;
    // From the sentence, only a mailbox shaped like a service's (one word, no digits: "resiliation@"), never a
    // person's ("paul.martin@", "jdupont75@"), and not one written "from" ("depuis paul@…").
    const head = before(text, start, 200);
    if (!/^[a-z]+(?:-[a-z]+)*@/i.test(written) || /\b(depuis|from|de|avec|with)\s*$/.test(head)) return false;
    if (WRITE_US.test(head)) return true;
    return Math.max(lastIndex(WRITE_TO, head), lastIndex(OURS, head)) > lastIndex(YOURS, head);
  }
  if (category === "order_number") {
    const head = before(text, start);
    return FILE_REF.test(fold(written)) && (WE_OPENED.test(head) || CATALOGUE.test(head));
  }
  return false;
}
