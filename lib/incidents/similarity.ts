// Language-aware similarity of complaints (R7), offline: folded, stop-worded, Snowball-stemmed terms (lib/text/
// terms.ts), French and English brought together by a small bilingual concept map (a French "colis pas livré"
// and an English "parcel not delivered" share DELIVER and PARCEL), weighted by TF-IDF and compared by cosine.
import { fold } from "../text/fold";
import { stemsOf } from "../text/stem";
import { contentTerms } from "../text/terms";

const CONCEPTS: Record<string, string[]> = {
  DELIVER: ["livraison", "livraisons", "livrer", "livre", "livree", "livrees", "delivery", "deliver", "delivered", "shipping", "shipped", "expedition", "expedie", "transporteur", "courier", "carrier", "livreur", "driver"],
  PARCEL: ["colis", "parcel", "package", "paquet"],
  ORDER: ["commande", "commandes", "commander", "commande", "order", "ordered", "orders"],
  RECEIVE: ["recu", "recue", "recevoir", "received", "receive", "arrive", "arrivee", "arrived", "arrival"],
  UNABLE: ["impossible", "unable", "impossibl"],
  UPDATE: ["update", "updated", "updates", "maj", "miseajour"],
  LOGIN: ["login", "log", "connexion", "connecter", "connect", "password", "motdepasse", "identifiant", "signin"],
  WRONG: ["incorrect", "wrong", "invalide", "invalid", "refuse", "refused", "rejected"],
  ERROR: ["bug", "crash", "erreur", "error", "broken", "plante", "beugue", "fails", "failing"],
  LATE: ["retard", "retards", "late", "delay", "delayed", "attente", "attendre", "attends", "wait", "waiting", "waited"],
  TRACKING: ["suivi", "tracking", "track"],
  REFUND: ["remboursement", "rembourser", "rembourse", "refund", "refunded", "reimburse"],
  BROKEN: ["casse", "cassee", "abime", "abimee", "endommage", "broken", "damaged", "broke"],
  CHARGE: ["debite", "preleve", "charged", "billed", "facture", "invoice", "prelevement"],
  SITE: ["site", "website", "app", "application", "appli"],
  CART: ["panier", "cart", "checkout", "basket"],
  PAYMENT: ["paiement", "payer", "payment", "pay", "carte", "card"],
  PHONE: ["telephone", "phone", "appel", "appeler", "call", "called", "joindre", "reach"],
  EMAIL: ["mail", "mails", "email", "emails"],
  NOTHING: ["rien", "nothing", "toujours", "still", "jamais", "never"],
  WEEK: ["semaine", "semaines", "week", "weeks", "jours", "days", "jour", "day"],
};

const CONCEPT_OF = new Map<string, string>();
for (const [concept, words] of Object.entries(CONCEPTS)) {
  for (const w of words) for (const s of [w, ...stemsOf(w)]) CONCEPT_OF.set(s, concept);
}

/** "Me too" under someone else's complaint: its meaning is the complaint it answers (seed 004). */
export const ME_TOO = /(^|[\s.,!…])(pareil|moi aussi|moi de meme|idem|\+1|meme chose|meme probleme|meme souci|same here|same for me|same problem|same issue|me too|me neither|ditto)([\s.,!…]|$)/;

export function isMeToo(text: string): boolean {
  return ME_TOO.test(fold(text));
}

// Multi-word expressions that mean one thing, rewritten before tokenising (on folded text).
const EXPRESSIONS: [RegExp, string][] = [
  [/\bmises? a jour\b/g, " miseajour "],
  [/\bmots? de passe\b/g, " motdepasse "],
  [/\b(log|sign)(ged)? ?in\b/g, " login "],
  [/\b(can'?t|cannot|could ?n'?t)\b/g, " unable "],
  [/\bn'?(arrive|arrivons|reussis) (pas|plus) a\b/g, " impossible "],
];

/** Terms of a text: concepts where the map knows the stem, the stem itself otherwise. */
export function terms(text: string, lang: "fr" | "en" | null): string[] {
  let f = fold(text);
  for (const [re, to] of EXPRESSIONS) f = f.replace(re, to);
  return contentTerms(f, lang).map((s) => CONCEPT_OF.get(s) ?? s);
}

export type Vector = Map<string, number>;

export function termFrequencies(ts: string[]): Vector {
  const v: Vector = new Map();
  for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
  return v;
}

/** TF-IDF vectors for a set of documents (term lists), IDF smoothed over that set. */
export function tfidf(docs: string[][]): Vector[] {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = docs.length;
  return docs.map((d) => {
    const v: Vector = new Map();
    for (const [t, f] of termFrequencies(d)) v.set(t, (1 + Math.log(f)) * Math.log(1 + n / (df.get(t) ?? 1)));
    return v;
  });
}

/** Σ x² of a vector (its squared length). */
export function squaredNorm(v: Vector): number {
  let n = 0;
  for (const x of v.values()) n += x * x;
  return n;
}

/** a·b, walking a only: pass the smaller vector (a document) first, the larger (a centroid) second. */
export function dot(a: Vector, b: Vector): number {
  let d = 0;
  for (const [t, x] of a) {
    const y = b.get(t);
    if (y) d += x * y;
  }
  return d;
}
