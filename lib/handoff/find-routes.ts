// The routes a reply of ours gives a customer (R10, issue #25): phone numbers and e-mail addresses (recognised
// as the guards recognise personal data, lib/guards/check-personal-data.ts), web links, and department names
// ("le service consommateurs", "our returns team"). Each comes with a key that compares the same route however
// it is written: a phone's digits without leading zeros or country code, a lower-case e-mail, a link without
// scheme or "www.", a folded department name. Pure: the composer runs it on every keystroke.
import { findPersonalData, phoneKey } from "../guards/check-personal-data";
import { fold } from "../text/fold";

export type RouteKind = "phone" | "email" | "url" | "department";
export interface Route {
  kind: RouteKind;
  /** The comparison key (see above). */
  route: string;
  /** As written. */
  display: string;
  start: number;
  end: number;
}

const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()]+[^\s<>"'().,;:!?]/giu;
// Names of departments as replies write them; a closed list, so that "le service" alone is no route.
const DEPARTMENT = new RegExp(
  "\\b(?:(?:le |notre |au |du |our |the )?(?:service (?:client(?:s|ele)?|consommateurs?|conso|apres[- ]vente|reclamations?|litiges?|" +
    "livraisons?|comptabilite|facturation|retours?|relations? clients?)|sav|standard|" +
    "(?:customer (?:service|care|support|relations)|returns?|billing|refunds?|delivery|escalations?|complaints?|support|after[- ]sales) " +
    "(?:team|department|desk|line)|customer (?:service|care|support)))\\b",
  "g",
);

/** The routes given in a text, in order. */
export function findRoutes(text: string): Route[] {
  const out: Route[] = [];
  const add = (r: Route) => {
    if (!out.some((o) => r.start < o.end && o.start < r.end)) out.push(r);
  };
  for (const m of text.matchAll(URL)) {
    const key = m[0].toLowerCase().replace(/^https?:\/\//, "").replace(/^www\./, "").replace(/\/$/, "");
    add({ kind: "url", route: `url:${key}`, display: m[0], start: m.index, end: m.index + m[0].length });
  }
  for (const p of findPersonalData(text)) {
    const written = text.slice(p.start, p.end);
    if (p.category === "phone") add({ kind: "phone", route: `phone:${nationalDigits(written)}`, display: written, start: p.start, end: p.end });
    if (p.category === "email") add({ kind: "email", route: `email:${written.toLowerCase()}`, display: written, start: p.start, end: p.end });
  }
  // Folding keeps one character per character for these names (no ligatures in them), so offsets carry over.
  const folded = fold(text.replace(/\s/g, " "));
  if (folded.length === text.length) {
    for (const m of folded.matchAll(DEPARTMENT)) {
      const name = m[0].replace(/^(le|notre|au|du|our|the) /, "").replace(/-/g, " ");
      add({ kind: "department", route: `department:${name}`, display: text.slice(m.index, m.index + m[0].length), start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A phone's key: its digits without leading zeros, and without a country code when written internationally
 *  ("01 23 45 67 89", "+33 1 23 45 67 89" and "0033 1 23…" are one route; numbers masked with X keep their X). */
function nationalDigits(written: string): string {
  const masked = written.replace(/[^\dX]/gi, "").toUpperCase();
  if (/X/.test(masked)) return masked.replace(/^0+/, "");
  const key = phoneKey(written);
  return /^(?:\+|00)/.test(written.trim()) && key.length > 9 ? key.slice(key.length - 9) : key;
}
