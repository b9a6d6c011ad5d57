// Identity data a public reply must not show (issue #19, R5), beside the phones, e-mails, IBANs, order numbers and
// addresses of check-personal-data.ts: a date of birth, an identity document's number (ID card, passport, driving
// licence, social security or National Insurance number), UK bank details (sort code, account number) and a
// payment card's number, last digits or expiry, a card or account named with its digits, and a customer's health
// (a diagnosis, a treatment, a drug and its dose, a pregnancy, an operation: special-category data). Read on
// the text as typed, each only next to the words that say what it is ("né le 05/09/1962", "passport 19FV24871",
// "sort code 20-00-00"), so a delivery date or a reference is not one.
export type IdentityCategory = "birth_date" | "id_document" | "bank_account" | "payment_card" | "customer_number" | "health";
export interface IdentityFinding { category: IdentityCategory; start: number; end: number }

const MONTHS = "janv(?:ier)?|f[ée]vr(?:ier)?|mars|avr(?:il)?|mai|juin|juil(?:let)?|ao[uû]t|sept(?:embre)?|oct(?:obre)?|nov(?:embre)?|d[ée]c(?:embre)?|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:tember)?|october|november|december";
const DATE = `(\\d{1,2}[/.-]\\d{1,2}[/.-](?:19|20)?\\d{2}|\\d{1,2}(?:er|st|nd|rd|th)?\\s+(?:${MONTHS})\\.?\\s+(?:19|20)\\d{2})`;
const BIRTH = new RegExp(`(?:date de naissance|n[ée]e? le|born(?: on)?|\\bDOB\\b|date of birth|birthday)[^.\\n\\d]{0,30}?${DATE}`, "giu");
const DOCUMENT = /(?:\bCNI\b|carte d'identit[ée]|passeport|passport|permis(?: de conduire)?|driving licen[cs]e|\blicen[cs]e\b|NI number|national insurance(?: number)?|s[ée]curit[ée] sociale|\bNIR\b|\bSSN\b)\s*(?:n[°o]\.?|num[ée]ro|number|no\.?)?\s*[:#]?\s*([A-Z0-9][A-Z0-9 ]{4,22}[A-Z0-9])/giu;
// The number a few words after the document's name ("le numéro de passeport saisi (19AB45872)"): a token
// with a digit among its first four characters.
const DOCUMENT_FAR = /(?:carte d'identit[ée]|passeport|passport|permis de conduire|driving licen[cs]e)[^.\n\d]{1,30}?\b([A-Z]{0,3}\d[A-Z0-9]{4,20})\b/giu;
// A payment card by its last digits or its expiry ("Visa ending 4421", "carte se terminant par 1234",
// "expiry 08/27").
const CARD_END = /(?:visa|mastercard|master card|amex|american express|\bcb\b|carte(?: bancaire| bleue)?|card|account|compte|iban)[^.\n\d]{0,25}?(?:ending(?: in| with)?|ends? (?:in|with)|finissant par|se terminant par|terminant par|qui finit par|qui se termine par|[*x•]{3,}\s?)\s*(\d{4})\b/giu;
const CARD_EXPIRY = /(?:expiry|expiration|exp\.|expires?|expire le|valable jusqu'(?:au|en)|date d'expiration)\s*(?:date)?\s*:?\s*(\d{2}\s?\/\s?\d{2,4})/giu;
// A whole card number: four groups of four digits ("4970 1012 3456 7890"), or 13 to 19 digits that pass the Luhn
// check (the checksum every card number carries).
const CARD_NUMBER = /\b\d{4}([ -]?)\d{4}\1\d{4}\1\d{1,7}\b/g;
function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}
const FR_SOCIAL_SECURITY = /\b[12] ?\d{2} ?(?:0[1-9]|1[0-2]) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}\b/g;
// An IBAN written with some digits hidden ("FR76 3000 **** 1234"): still the customer's account.
const MASKED_IBAN = /\b[A-Z]{2}\d{2}(?:[ ]?[\dA-Z*•x]{4}){2,7}(?:[ ]?[\dA-Z*•x]{1,4})?/g;
const SORT_CODE = /sort code\s*[:#]?\s*(\d{2}-\d{2}-\d{2})/gi;
const ACCOUNT = /account(?: number| no\.?)?\s*[:#]?\s*(\d{8})\b/gi;
// The customer's own number with the brand (f5: "votre numéro client 7012458963 est actif"): it opens their account
// at the hotline, so it is theirs to keep out of a public thread. Only a token with at least five digits.
const CUSTOMER_NUMBER = /(?:num[ée]ro (?:client|d'abonn[ée]|de contrat|d'adh[ée]rent|de membre|de carte fid[ée]lit[ée])|n[°o]\.? ?(?:client|de contrat|d'abonn[ée]|d'adh[ée]rent)|customer (?:number|no\.?|id)|client (?:number|id)|contract (?:number|no\.?)|subscriber (?:number|id)|member(?:ship)? (?:number|no\.?)|loyalty card number)\s*[:#]?\s*([A-Z]{0,4}[-]?\d[A-Z0-9-]{4,19})\b/giu;

// A card or an account named with its digits in groups ("votre carte 4002 1187", "your card 6342 1190 0075",
// "votre compte n°30004 01234 56789012"): eight digits or more.
const NAMED_DIGITS = /\b(carte|card|compte|account)(?: bancaire| bleue| de fid[ée]lit[ée]| loyalty| client| customer)?\s*(?:n[°o]\.?|num[ée]ro|number|no\.?)?\s*[:#]?\s*(\d{4,5}(?:[ -]?\d{2,11}){1,4})\b/giu;
// Health, said of the customer or someone of theirs ("vos résultats de biopsie", "your mother's hip replacement",
// "your sertraline 100mg prescription"); the words are strictly medical (not "surgery", said back in empathy: "after
// your dog's surgery"), never "traitement de votre dossier" or
// "diagnostic de votre box".
const HEALTH_TERMS = String.raw`biopsie|biopsy|oncolog\p{L}*|chimioth[ée]rapie|chimio|chemotherapy|chemo|radioth[ée]rapie|radiotherapy|dialyse|dialysis|prise de sang|blood (?:results|test)|r[ée]sultats? (?:d'analyses?|sanguins?|de biopsie|d'examens?)|ordonnance|prescription|grossesse|pregnan\p{L}*|enceinte|accouchement|hip replacement|knee replacement|proth[èe]se de (?:hanche|genou)|bilan (?:thyro\p{L}*|sanguin|hormonal|de sant[ée])|thyro\p{L}*|IRM|MRI|antid[ée]presseurs?|antidepressants?|insuline|insulin|VIH|HIV|cancer|tumeur|tumour|tumor|sant[ée] mentale|mental health|psychiatr\p{L}*|fausse couche|miscarriage|insuffisance \p{L}+|varicelle|chickenpox|rougeole|measles|allergie|allergy|allergic|asthme|asthma|[ée]pilep\p{L}*|diab[eè]te|diabet\p{L}*|fracture|commotion|concussion|analyses (?:de sang|sanguines|m[ée]dicales)|\p{L}{4,} \d{2,4} ?mg`;
const HEALTH = new RegExp(String.raw`\b(?:votre|vos|ta|ton|tes|your|yours|sa|son|ses|his|her)\b[^.!?\n]{0,45}?\b(${HEALTH_TERMS})\b`, "giu");
// Said of someone by their first name ("Max's biopsy", "les analyses de Mimi"): case matters for the name.
const HEALTH_NAMED = new RegExp(String.raw`(?:\b\p{Lu}\p{Ll}+['’]s\b|\b(?:de|d['’])\s?\p{Lu}\p{Ll}+\b)[^.!?\n]{0,45}?\b(${HEALTH_TERMS}|analyses)\b`, "gu");

export function findIdentityData(text: string): IdentityFinding[] {
  const out: IdentityFinding[] = [];
  const group = (m: RegExpMatchArray, category: IdentityCategory) => {
    const value = m[1]!;
    const start = m.index! + m[0].lastIndexOf(value);
    out.push({ category, start, end: start + value.length });
  };
  for (const m of text.matchAll(BIRTH)) group(m, "birth_date");
  // A document number has digits ("passport 19FV24871"), not just the words after it ("passport office").
  for (const m of text.matchAll(DOCUMENT)) if ((m[1]!.match(/\d/g) ?? []).length >= 4) group(m, "id_document");
  for (const m of text.matchAll(DOCUMENT_FAR)) if ((m[1]!.match(/\d/g) ?? []).length >= 4 && !out.some((f) => f.category === "id_document")) group(m, "id_document");
  for (const m of text.matchAll(CARD_END)) group(m, "payment_card");
  for (const m of text.matchAll(CARD_EXPIRY)) group(m, "payment_card");
  for (const m of text.matchAll(CARD_NUMBER)) {
    const digits = m[0].replace(/\D/g, "");
    const grouped = m[1] !== "" && digits.length === 16;
    if (digits.length >= 13 && digits.length <= 19 && (grouped || luhn(digits))) out.push({ category: "payment_card", start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(FR_SOCIAL_SECURITY)) out.push({ category: "id_document", start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(SORT_CODE)) group(m, "bank_account");
  for (const m of text.matchAll(MASKED_IBAN)) if (/[*•x]/.test(m[0]) && (m[0].match(/\d/g) ?? []).length >= 6) out.push({ category: "bank_account", start: m.index!, end: m.index! + m[0].length });
  for (const m of text.matchAll(ACCOUNT)) group(m, "bank_account");
  for (const m of text.matchAll(NAMED_DIGITS)) {
    const digits = m[2]!.replace(/\D/g, "");
    if (digits.length < 8 || out.some((f) => f.start <= m.index! + m[0].length && m.index! <= f.end)) continue;
    const start = m.index! + m[0].lastIndexOf(m[2]!);
    out.push({ category: /^(carte|card)$/i.test(m[1]!) ? "payment_card" : "bank_account", start, end: start + m[2]!.length });
  }
  for (const m of text.matchAll(HEALTH)) group(m, "health");
  for (const m of text.matchAll(HEALTH_NAMED)) if (!out.some((f) => f.category === "health")) group(m, "health");
  for (const m of text.matchAll(CUSTOMER_NUMBER)) if ((m[1]!.match(/\d/g) ?? []).length >= 5) group(m, "customer_number");
  return out;
}
