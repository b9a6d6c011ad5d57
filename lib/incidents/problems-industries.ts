// The problem types incident grouping knows: industries beyond retail and telecoms
// (travel, banking, insurance, utilities, streaming, safety). taxonomy.ts explains the rule format and scoring.
// Order matters: on a tie the type listed first wins, and taxonomy.ts concatenates the lists in this order.
import type { Concept } from "./concepts";
import type { ProblemType } from "./taxonomy";

export const INDUSTRY_PROBLEMS: ProblemType[] = [
  // ---- travel ----
  {
    key: "travel.cancelled", fr: "Trajet annulé", en: "Cancelled journey",
    need: [["TRIP", "CANCELLED"], ["TRIP", "SCRAPPED"]], boost: ["PLACE_HINT"], unless: ["SUBSCRIPTION", "PARCEL", "VOUCHER"],
  },
  {
    key: "travel.delayed", fr: "Trajet en retard", en: "Delayed journey",
    need: [["TRIP", "LATE"], ["TRIP", "STUCK"]], boost: ["PLACE_HINT"], unless: ["PARCEL", "BAGGAGE", "REFUND"],
  },
  {
    key: "travel.baggage", fr: "Bagages perdus ou abîmés", en: "Lost or damaged luggage",
    need: [["BAGGAGE", "LOST"], ["BAGGAGE", "NOT_RECEIVED"], ["BAGGAGE", "NEVER"], ["BAGGAGE", "NOT_READY"], ["BAGGAGE", "DAMAGED"], ["BAGGAGE", "LATE"], ["BAGGAGE", "STILL"]], boost: ["TRIP"], unless: ["STAFF", "RUDE"], bias: 1,
  },
  {
    key: "travel.denied_boarding", fr: "Refus d'embarquement", en: "Denied boarding",
    need: [["OVERBOOKED"]], boost: ["TRIP"], bias: 2,
  },
  // ---- banking, insurance, utilities ----
  {
    key: "payment.transfer_pending", fr: "Virement bloqué ou jamais arrivé", en: "Transfer stuck or never arrived",
    need: [["TRANSFER", "PENDING"], ["TRANSFER", "NOT_RECEIVED"], ["TRANSFER", "LATE"]], boost: ["ACCOUNT", "BALANCE"], unless: ["REFUND", "CRASH"], bias: 1,
  },
  {
    key: "payment.card_declined", fr: "Carte refusée", en: "Card declined",
    need: [["PAYMENT", "DECLINED"]], boost: ["STORE", "STILL"], unless: ["PROMO", "TWICE", "REFUND"],
  },
  {
    key: "billing.extra_fees", fr: "Frais inattendus facturés", en: "Unexpected fees charged",
    need: [["EXTRA_FEES", "CHARGE"], ["EXTRA_FEES", "BILL"]], boost: ["NEVER_ORDERED", "MOBILE"], unless: ["TWICE", "INCREASE"],
  },
  {
    key: "insurance.claim", fr: "Sinistre non traité", en: "Claim not handled",
    need: [["CLAIM", "LATE"], ["CLAIM", "NO_REPLY"], ["CLAIM", "STILL"], ["CLAIM", "UNABLE"], ["CLAIM", "NEVER"]], bias: -1,
  },
  {
    key: "billing.meter", fr: "Relevé de compteur erroné", en: "Wrong meter reading",
    need: [["METER", "DIFFERENT"], ["METER", "BILL"], ["METER", "BUG"], ["METER", "INCREASE"]], boost: ["CHARGE"], bias: 1,
  },
  // ---- media ----
  {
    key: "app.playback", fr: "Lecture des vidéos impossible", en: "Videos will not play",
    need: [["PLAYBACK", "BUG"], ["PLAYBACK", "DOWN"], ["PLAYBACK", "UNABLE"], ["PLAYBACK", "CRASH"]], boost: ["APP", "STILL"], unless: ["CHARGE", "SUBSCRIPTION", "PAYMENT", "TRANSFER", "BALANCE", "LOYALTY"],
    split: ["code", "platform"],
  },
  // ---- safety ----
  {
    key: "product.contaminated", fr: "Aliment contaminé ou rendant malade", en: "Contaminated food or illness",
    need: [["ILLNESS", "FOOD"], ["ILLNESS", "SPOILED"], ["FOREIGN_BODY", "FOOD"]], boost: ["SPOILED", "STORE"], bias: 2,
    split: ["place"],
  },
  {
    key: "product.unsafe", fr: "Produit dangereux", en: "Unsafe product",
    need: [["OVERHEAT", "PRODUCT" as Concept], ["OVERHEAT", "DEFECT"]], boost: ["STILL"], bias: 1,
    split: ["model", "product"],
  },
];
