// R5 personal data: phone numbers (French and international), e-mail addresses, IBANs, order numbers (the
// workspace's pattern) and postal addresses. Used on public drafts (switch to a private reply) and on a
// customer's public comments (hide for privacy / continue in private). Offline, no network.
import { findPhoneNumbersInText } from "libphonenumber-js/min";
import { electronicFormatIBAN, isValidIBAN } from "ibantools";

export type PersonalDataCategory = "phone" | "email" | "iban" | "order_number" | "address";
export interface PersonalDataFinding {
  category: PersonalDataCategory;
  start: number;
  end: number;
}

/** Default order-number pattern: "commande n°123456", "order #A12345", "CMD-123456". */
export const DEFAULT_ORDER_PATTERN =
  "(?:commande|cde|cmd|order|réf(?:érence)?|ref(?:erence)?)\\s*(?:n°|nº|no\\.?|num(?:é|e)ro|number|#)?\\s*:?\\s*#?[A-Z0-9][A-Z0-9-]{4,}\\d|\\b(?:CMD|ORD)-?\\d{5,}\\b";

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}/gu;
// libphonenumber misses dotted French numbers and numbers masked with X as in screenshots: a second net.
// National numbers elsewhere (UK "07700 900123"): 10–11 digits from a leading 0, in a few groups.
const NATIONAL_PHONE = /(?<![\w+#°-])0\d{2,4}(?:[ .-]\d{2,6}){1,4}(?![\w-])/g;
const INTL_PHONE = /(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?\d{1,5}){2,6}(?![\w-])/g;
const FR_PHONE = /(?<![\dA-Za-z])(?:\+33\s?|0033\s?|0)[1-9](?:[ .-]?[\dX]{2}){4}(?![\dA-Za-z])/g;
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?\b/g;
const STREET = "rue|avenue|av\\.?|boulevard|bd|place|chemin|all[ée]e|impasse|route|quai|cours|square|r[ée]sidence|lotissement|lieu[- ]dit|faubourg";
const FR_ADDRESS = new RegExp(`\\b\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s+(?:${STREET})\\s+[^\\n,.;!?()]{2,40}`, "giu");
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

export function findPersonalData(text: string, orderPattern: string = DEFAULT_ORDER_PATTERN): PersonalDataFinding[] {
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
  const order = orderRegex(orderPattern);
  if (order) {
    order.lastIndex = 0;
    for (const m of text.matchAll(order)) if (m[0].length > 0) add("order_number", m.index, m.index + m[0].length);
  }
  for (const re of [FR_ADDRESS, FR_POSTCODE_CITY, EN_ADDRESS, UK_POSTCODE]) {
    for (const m of text.matchAll(re)) add("address", m.index, m.index + m[0].trimEnd().length);
  }
  return out.sort((a, b) => a.start - b.start);
}
