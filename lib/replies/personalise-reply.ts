// A reply written for another customer, made fit for this one (issue #24 §3): the other customer's name becomes
// this one's, their order or tracking number a placeholder to fill, and a reply carrying any other personal
// data of theirs (a phone number, an address, an e-mail, bank details) is not offered at all. Any other number of
// four digits or more (a contract, a customer account, a card's last digits: "7012 4588 96", "55019-882"), or a
// code of letters and digits ("Q8LMTZ"), belongs to that customer's file too, and becomes a reference to fill.
// Pure.
import { findPersonalData } from "../guards/check-personal-data";

const PLACEHOLDER = { fr: "[n° de commande]", en: "[order number]" } as const;
const REFERENCE = { fr: "[référence]", en: "[reference]" } as const;
/** A token with digits, and the tokens with digits it is written with ("7012 4588 96", "55019-882", "TX482"). */
const NUMBERED = /(?<![\p{L}\p{N}])[\p{L}\p{N}]*\d[\p{L}\p{N}]*(?:[ .-][\p{L}\p{N}]*\d[\p{L}\p{N}]*)*(?![\p{L}\p{N}])/gu;
/** Numbers that are not about one customer: a year, a time ("14h30"), an amount ("1 500 €"). */
function isReference(token: string, after: string): boolean {
  if (/^(?:19|20)\d\d$/.test(token) || /^\d{1,2}h\d{2}$/i.test(token)) return false;
  // A code of letters and digits ("Q8LMTZ", "FCOYX48213") is a booking or file reference, whatever its digits.
  const code = /^(?=.*\p{L})[\p{L}\p{N}]{5,}$/u.test(token);
  if (!code && (token.match(/\d/g) ?? []).length < 4) return false;
  return !/^\s?(?:€|eur\b|euros?\b|\$|£)/i.test(after);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The names a reply may call the other customer by: full display name first, then each word of three letters or more. */
function namesOf(displayName: string | null): string[] {
  if (!displayName) return [];
  const words = displayName.split(/\s+/).filter((w) => /^\p{L}[\p{L}'-]{2,}$/u.test(w));
  return [displayName.trim(), ...words].filter(Boolean);
}

export function personaliseReply(text: string, from: { name: string | null }, to: { name: string | null; language: "fr" | "en" }): string | null {
  let out = text;
  const firstName = to.name?.trim().split(/\s+/)[0] ?? "";
  for (const name of namesOf(from.name)) {
    out = out.replace(new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, "gu"), firstName);
  }
  out = out.replace(/ {2,}/g, " ").replace(/ ([,.!?])/g, "$1").replace(/^(Bonjour|Hello|Hi|Salut)\s*,/u, "$1,");
  const findings = findPersonalData(out);
  // A customer, account or card number short of a whole card ("account 55019-882", "votre carte 4002 1187") is a
  // reference of that file: filled in again, not a reason to withhold the reply.
  const reference = (f: (typeof findings)[number]) => f.category === "customer_number"
    || ((f.category === "bank_account" || f.category === "payment_card") && out.slice(f.start, f.end).replace(/\D/g, "").length < 13);
  if (findings.some((f) => f.category !== "order_number" && f.category !== "tracking_number" && !reference(f))) return null;
  // Right to left, so earlier offsets stay valid.
  for (const f of [...findings].sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + (reference(f) ? REFERENCE : PLACEHOLDER)[to.language] + out.slice(f.end);
  return out.replace(NUMBERED, (token, at: number, whole: string) =>
    (isReference(token, whole.slice(at + token.length)) ? REFERENCE[to.language] : token));
}
