// R5 personal data: phone numbers (French and international), e-mail addresses, IBANs, order numbers (the
// workspace's pattern) and postal addresses. Used on public drafts (switch to a private reply) and on a
// customer's public comments (hide for privacy / continue in private). Offline, no network.
import { findIdentityData, type IdentityCategory } from "./find-identity-data";
import { findPhoneNumbersInText } from "libphonenumber-js/min";
import { electronicFormatIBAN, isValidIBAN } from "ibantools";
import { fold, foldWithMap, originalSpan } from "../text/fold";

export type PersonalDataCategory = "phone" | "email" | "iban" | "order_number" | "tracking_number" | "address" | IdentityCategory;
export interface PersonalDataFinding {
  category: PersonalDataCategory;
  start: number;
  end: number;
}

/** Default order-number pattern: "commande n°123456", "order #A12345", "CMD-123456", and the other references
 *  that name one customer's file: a booking, a claim, a "dossier" ("booking ref KX72PL", "dossier SIN-448201"),
 *  a code with at least two digits. */
export const DEFAULT_ORDER_PATTERN =
  "(?:commande|cde|cmd|order|booking|r[ée]servation|dossier|sinistre|claim|réf(?:érence)?|ref(?:erence)?)\\s*(?:n°|nº|no\\.?|num(?:é|e)ro|number|#)?\\s*:?\\s*#?(?:[A-Z0-9][A-Z0-9-]{4,}\\d|(?=[A-Z-]*\\d[A-Z-]*\\d)[A-Z0-9][A-Z0-9-]{4,}[A-Z]\\b)|\\b(?:CMD|ORD)-?\\d{5,}\\b";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}/gu;
// libphonenumber misses dotted French numbers and numbers masked with X as in screenshots: a second net.
// National numbers elsewhere (UK "07700 900123"): 10–11 digits from a leading 0, in a few groups.
const NATIONAL_PHONE = /(?<![\w+#°-])0\d{2,4}(?:[ .-]\d{2,6}){1,4}(?![\w-])/g;
const INTL_PHONE = /(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\d{1,5}){2,6}(?![\w-])/g;
const FR_PHONE = /(?<![\dA-Za-z])(?:\+33\s?|0033\s?|0)[1-9](?:[ .-]?[\dX]{2}){4}(?![\dA-Za-z])/g;
// A parcel's tracking number opens the carrier's page on the customer's delivery: a long code with six digits in a
// row, a few words after a parcel or carrier word ("colis 6A12345678901", "Chronopost XY123456789FR").
const TRACKING = /(?:colis|parcel|package|suivi|tracking|colissimo|chronopost|\bups\b|\bdhl\b|\bdpd\b|\bgls\b|fedex|royal mail|\bevri\b|hermes|mondial relay|la poste)[^.\n]{0,30}?\b((?=[A-Z0-9]*\d{6})[A-Z0-9]{10,34}|\d{4}(?: \d{4}){3,5}(?: \d{2})?)\b/giu;
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g;
const STREET = "rue|avenue|av\\.?|boulevard|bd|place|chemin|all[ée]e|impasse|route|quai|cours|square|r[ée]sidence|lotissement|lieu[- ]dit|faubourg";
const FR_ADDRESS = new RegExp(`\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(${STREET})\\s+([^\\n,.;!?()]{2,40})`, "giu");
/**
 * Street types that are also everyday nouns ("les 3 cours seront rattrapés" counts lessons, "3 square metres")
 * make an address only with a name after them: a capital ("cours Mirabeau") or a linking word ("place du
 * Marché", "cours de la République", typed in lower case too). Every address in the development and fresh
 * drafts (60 of 60) had one or the other; the two counts of lessons had neither. "12 rue victor hugo" needs none.
 */
const EVERYDAY_NOUN = /^(cours|square|place|route)$/i;
const NAMES_A_STREET = /^(?:\p{Lu}|(?:d[eu]s?|de la|d['’]|l['’]|la|le|les|saint|sainte|st|ste)(?:\s|$|(?<=['’])))/u;
const FR_POSTCODE_CITY = /(?<![\d°#-])\b(?:0[1-9]|[1-8]\d|9[0-8])\d{3}\s+[A-ZÉÈ][\p{L}'’-]{2,}(?:[ -][A-ZÉÈ][\p{L}'’-]+)*/gu;
const EN_ADDRESS = /\b\d{1,5}\s+(?:[A-Z][a-z]+\s){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Court|Ct|Place|Terrace|Close|Crescent|Square)\b\.?/g;
const UK_POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b/g;

const orderCache = new Map<string, RegExp | null>();
function orderRegex(pattern: string): RegExp | null {
  if (!orderCache.has(pattern)) {
    let re: RegExp | null = null;
    try {
      re = new RegExp(pattern, "giu");
    } catch {
      re = null;
    }
    orderCache.set(pattern, re);
  }
  return orderCache.get(pattern)!;
}

/** Whether a workspace's order-number pattern compiles (used by the settings form). */
export function isValidOrderPattern(pattern: string): boolean {
  return orderRegex(pattern) !== null;
}

/** A phone's digits as compared: the national significant number, leading zeros dropped ("09 70 80 90 10" and
 *  "+33 9 70 80 90 10" → "970809010" and "33970809010"; see samePhone). */
export function phoneKey(s: string): string {
  return s.replace(/\D/g, "").replace(/^0+/, "");
}
/** Same number written nationally or internationally: one key ends with the other, the difference being at
 *  most a country code (1–3 digits), and at least 6 digits in common (short hotline codes compare whole). */
function samePhone(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return false;
  if (short.length < 6) return short === long;
  return long.length - short.length <= 3 && long.endsWith(short);
}

export interface PublicContacts {
  phones: string[];
  emails: Set<string>;
  /** Folded texts (web and postal addresses, and each comma-separated part of a postal address). */
  texts: string[];
}

/** The workspace's own public contact details, compiled once: a phone by its digits (national or international
 *  form), an e-mail case-insensitively, a web or postal address (and each of its parts) by its folded text. */
export function compilePublicContacts(contacts: readonly string[] = []): PublicContacts {
  const out: PublicContacts = { phones: [], emails: new Set(), texts: [] };
  for (const raw of contacts) {
    const c = raw.trim();
    if (!c) continue;
    if (/^[^\s@]+@[^\s@]+$/.test(c)) {
      out.emails.add(c.toLowerCase());
      continue;
    }
    const digits = c.replace(/\D/g, "");
    if (/^[+\d\s().\/-]+$/.test(c) && digits.length >= 3) {
      out.phones.push(phoneKey(c));
      continue;
    }
    const parts = [c, ...c.split(/[,\n;]/)].map((p) => fold(p).replace(/^https?:\/\/(?:www\.)?/, "").replace(/\/$/, "")).filter((p) => p.length >= 4);
    out.texts.push(...new Set(parts));
  }
  return out;
}

const contactCache = new Map<string, PublicContacts>();
function compiled(contacts: readonly string[]): PublicContacts {
  const key = contacts.join("\u0000");
  let c = contactCache.get(key);
  if (!c) {
    if (contactCache.size > 50) contactCache.clear();
    c = compilePublicContacts(contacts);
    contactCache.set(key, c);
  }
  return c;
}

/** Spans of the text where one of the workspace's own addresses (web or postal, or a part of one) is written. */
function publicTextSpans(text: string, pc: PublicContacts): { start: number; end: number }[] {
  if (pc.texts.length === 0) return [];
  const f = foldWithMap(text);
  const spans: { start: number; end: number }[] = [];
  for (const t of pc.texts) {
    for (let i = f.text.indexOf(t); i >= 0; i = f.text.indexOf(t, i + 1)) spans.push(originalSpan(f, i, i + t.length, text));
  }
  return spans;
}

function isPublic(text: string, p: PersonalDataFinding, pc: PublicContacts, spans: { start: number; end: number }[]): boolean {
  const written = text.slice(p.start, p.end);
  if (p.category === "email") return pc.emails.has(written.toLowerCase());
  if (p.category === "phone") {
    const key = phoneKey(written);
    if (pc.phones.some((k) => samePhone(k, key))) return true;
  }
  // An address (or a phone inside one of the brand's addresses) within the brand's own written address.
  return spans.some((s) => s.start <= p.start && p.end <= s.end) || (p.category === "address" && spans.some((s) => p.start < s.end && s.start < p.end && covered(p, s)));
}

/** Most of the finding lies in the span (an address regex may run a word or two past the brand's address). */
function covered(p: PersonalDataFinding, s: { start: number; end: number }): boolean {
  const overlap = Math.min(p.end, s.end) - Math.max(p.start, s.start);
  return overlap >= 0.6 * (p.end - p.start);
}

/** Personal data in a text, leaving out the workspace's own public contact details (issue #19). */
export function findPersonalData(text: string, orderPattern: string = DEFAULT_ORDER_PATTERN, publicContacts: readonly string[] = []): PersonalDataFinding[] {
  const found = findAllPersonalData(text, orderPattern);
  if (publicContacts.length === 0 || found.length === 0) return found;
  const pc = compiled(publicContacts);
  const spans = publicTextSpans(text, pc);
  return found.filter((p) => !isPublic(text, p, pc, spans));
}

function findAllPersonalData(text: string, orderPattern: string): PersonalDataFinding[] {
  const out: PersonalDataFinding[] = [];
  const add = (category: PersonalDataCategory, start: number, end: number) => {
    if (!out.some((f) => start < f.end && f.start < end)) out.push({ category, start, end });
  };
  for (const m of text.matchAll(EMAIL)) add("email", m.index, m.index + m[0].length);
  for (const m of text.matchAll(IBAN_CANDIDATE)) {
    if (isValidIBAN(electronicFormatIBAN(m[0]) ?? "")) add("iban", m.index, m.index + m[0].length);
  }
  for (const p of findPhoneNumbersInText(text, "FR")) {
    // Only what is written as a phone number: "commande n°123456789" would otherwise be one.
    const written = text.slice(p.startsAt, p.endsAt);
    if (/^(?:0|\+|00)/.test(written)) add("phone", p.startsAt, p.endsAt);
  }
  for (const m of text.matchAll(FR_PHONE)) add("phone", m.index, m.index + m[0].length);
  for (const re of [INTL_PHONE, NATIONAL_PHONE]) {
    for (const m of text.matchAll(re)) {
      const digits = m[0].replace(/\D/g, "").length;
      if (digits >= 10 && digits <= 15) add("phone", m.index, m.index + m[0].length);
    }
  }
  for (const m of text.matchAll(TRACKING)) {
    const start = m.index + m[0].lastIndexOf(m[1]!);
    add("tracking_number", start, start + m[1]!.length);
  }
  const order = orderRegex(orderPattern);
  if (order) {
    order.lastIndex = 0;
    for (const m of text.matchAll(order)) if (m[0].length > 0) add("order_number", m.index, m.index + m[0].length);
  }
  for (const re of [FR_ADDRESS, FR_POSTCODE_CITY, EN_ADDRESS, UK_POSTCODE]) {
    for (const m of text.matchAll(re)) {
      if (re === FR_ADDRESS && EVERYDAY_NOUN.test(m[1]!) && !NAMES_A_STREET.test(m[2]!)) continue;
      add("address", m.index, m.index + m[0].trimEnd().length);
    }
  }
  for (const f of findIdentityData(text)) add(f.category, f.start, f.end);
  return out.sort((a, b) => a.start - b.start);
}
