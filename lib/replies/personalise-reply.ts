// A reply written for another customer, made fit for this one (issue #24 §3): the other customer's name becomes
// this one's, their order or tracking number a placeholder to fill, and a reply carrying any other personal
// data of theirs (a phone number, an address, an e-mail, bank details) is not offered at all. Pure.
import { findPersonalData } from "../guards/check-personal-data";

const PLACEHOLDER = { fr: "[n° de commande]", en: "[order number]" } as const;

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
  if (findings.some((f) => f.category !== "order_number" && f.category !== "tracking_number")) return null;
  // Right to left, so earlier offsets stay valid.
  for (const f of [...findings].sort((a, b) => b.start - a.start)) out = out.slice(0, f.start) + PLACEHOLDER[to.language] + out.slice(f.end);
  return out;
}
