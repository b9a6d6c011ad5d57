// The customer-service problems incident grouping knows (R7, issue #18 §3). A complaint is read as ONE problem
// type — the type whose rule it meets best — and only complaints of the same type (and, when both name one, the
// same entity: place, carrier, app version, product…) are grouped. A message that meets no rule (a question, a
// thanks, praise) is not a complaint for grouping, whatever its sentiment.
//
// A rule `need` lists alternatives; each alternative is a set of concepts (concepts.ts) that must all be present.
// Score of a type = 2 × the size of the largest alternative met, + 1 per `boost` concept present that the
// alternative did not already count, − 3 per `unless` concept present, + `bias`. The best score wins (ties: the
// type listed first); a score under 2 is no problem at all.
// Types of one category are deliberately fine-grained (a parcel lost / stuck / marked delivered / damaged) so two
// problems of one category do not merge; `aspects` (entities.ts) refine a type further without separating a
// complaint that does not say.
import type { Concept } from "./concepts";
import type { EntityKind } from "./entities";

export interface ProblemType {
  key: string;
  /** Short names of the problem, shown as the incident's title: French, English. */
  fr: string;
  en: string;
  need: Concept[][];
  boost?: Concept[];
  unless?: Concept[];
  bias?: number;
  /** Entities that tell two problems of this type apart (both named and different → not one incident). */
  split?: EntityKind[];
  /** Entities worth naming in the title, without splitting on them. */
  describe?: EntityKind[];
}

export const PROBLEMS: ProblemType[] = [
  // ---- payment ----
  {
    key: "payment.double_charge", fr: "Double prélèvement", en: "Charged twice",
    need: [["CHARGE", "TWICE"], ["PAYMENT", "TWICE"], ["BILL", "TWICE"]], boost: ["PAYMENT", "PARCEL"], unless: ["LOYALTY"],
    split: ["code"], describe: ["paymethod"],
  },
  {
    key: "payment.checkout_failed", fr: "Paiement refusé à la commande", en: "Payment failing at checkout",
    need: [["PAYMENT", "UNABLE"], ["PAYMENT", "BUG"]], boost: ["SITE", "APP", "PARCEL", "VERIFY_CODE"], unless: ["PROMO", "TERMINAL", "TWICE", "REFUND", "CART", "CRASH"],
    split: ["code"], describe: ["paymethod"],
  },
  {
    key: "payment.charged_no_order", fr: "Débité sans commande validée", en: "Charged but no order",
    need: [["CHARGE", "PARCEL", "NOT_RECEIVED"], ["CHARGE", "PARCEL", "CANCELLED"]], boost: ["PAYMENT"], unless: ["RETURN", "SUBSCRIPTION", "TWICE", "REFUND"], bias: -1,
    describe: ["paymethod"],
  },
  // ---- promotions and prices ----
  {
    key: "promo.code_refused", fr: "Code promo refusé", en: "Promo code not working",
    need: [["PROMO", "UNABLE"], ["PROMO", "BUG"]], boost: ["SITE", "APP", "PAYMENT"], unless: ["MARKETING"],
    split: ["code"],
  },
  {
    key: "promo.not_applied", fr: "Promotion non appliquée", en: "Promotion not applied",
    need: [["PROMO", "NOT_CREDITED"], ["PROMO", "PRICE", "DIFFERENT"], ["PROMO", "STORE", "DIFFERENT"]], boost: ["STORE", "PRICE"], unless: ["MARKETING"], bias: 1,
    split: ["place"],
  },
  {
    key: "price.mismatch", fr: "Prix différent de celui affiché", en: "Price mismatch",
    need: [["PRICE", "DIFFERENT"], ["PRICE", "STORE", "CHARGE"]], boost: ["STORE", "SITE"], unless: ["INCREASE", "SUBSCRIPTION"],
    split: ["place"],
  },
  {
    key: "price.increase", fr: "Hausse de prix", en: "Price increase",
    need: [["INCREASE", "PRICE"], ["INCREASE", "SUBSCRIPTION"], ["INCREASE", "BILL"]], boost: ["SUBSCRIPTION", "NEVER_ORDERED"],
  },
  // ---- subscriptions and bills ----
  {
    key: "subscription.charged_after_cancel", fr: "Prélevé après résiliation", en: "Charged after cancelling",
    need: [["CANCELLED", "CHARGE"], ["CANCELLED", "SUBSCRIPTION", "STILL"]], boost: ["SUBSCRIPTION", "STILL"], unless: ["PARCEL", "RETURN"],
  },
  {
    key: "subscription.cannot_cancel", fr: "Résiliation impossible", en: "Cannot cancel",
    need: [["CANCELLED", "SUBSCRIPTION", "UNABLE"]], unless: ["CHARGE"], bias: -1,
  },
  {
    key: "subscription.unrequested", fr: "Option facturée sans accord", en: "Charged for something never ordered",
    need: [["NEVER_ORDERED", "CHARGE"], ["NEVER_ORDERED", "SUBSCRIPTION"], ["NEVER_ORDERED", "BILL"]], unless: ["HACKED"],
  },
  {
    key: "subscription.auto_renewed", fr: "Renouvelé sans prévenir", en: "Renewed without notice",
    need: [["RENEWED", "SUBSCRIPTION"], ["RENEWED", "CHARGE"]], bias: -1,
  },
  {
    key: "billing.wrong_bill", fr: "Facture erronée", en: "Wrong bill",
    need: [["BILL", "DIFFERENT"], ["BILL", "UNABLE"]], unless: ["INCREASE", "PRICE"], bias: -1,
  },
  // ---- delivery ----
  {
    key: "delivery.marked_not_received", fr: "Colis indiqué livré mais pas reçu", en: "Marked delivered, not received",
    need: [["DELIVERED", "NOT_RECEIVED"]], boost: ["PARCEL", "TRACKING"], unless: ["REFUND", "RETURN"],
    split: ["carrier"],
  },
  {
    key: "delivery.lost", fr: "Colis perdu", en: "Parcel lost",
    need: [["PARCEL", "LOST"], ["CARRIER", "LOST"]], boost: ["CARRIER", "TRACKING", "NOT_RECEIVED"], unless: ["REFUND", "RETURN", "LOYALTY", "CART", "MISSING_ITEM"],
    split: ["carrier"],
  },
  {
    key: "delivery.stuck", fr: "Colis bloqué en transit", en: "Parcel stuck in transit",
    need: [["PARCEL", "STUCK"], ["TRACKING", "STUCK"]], boost: ["CARRIER", "TRACKING"], unless: ["REFUND", "RETURN", "APP"],
    split: ["carrier"],
  },
  {
    key: "delivery.late", fr: "Livraison en retard", en: "Late delivery",
    need: [["PARCEL", "LATE"], ["PARCEL", "NOT_RECEIVED"]], boost: ["CARRIER", "TRACKING"], unless: ["REFUND", "RETURN", "LOST", "STUCK", "INSTALL"], bias: -1,
    split: ["carrier"],
  },
  {
    key: "delivery.damaged", fr: "Colis arrivé abîmé", en: "Arrived damaged",
    need: [["ARRIVED", "DAMAGED"], ["PARCEL", "DAMAGED"]], boost: ["CARRIER", "PARCEL"], unless: ["REFUND", "RETURN"],
    split: ["carrier"],
  },
  {
    key: "delivery.wrong_item", fr: "Mauvais article livré", en: "Wrong item delivered",
    need: [["WRONG_ITEM"]], boost: ["PARCEL", "ARRIVED"],
  },
  {
    key: "delivery.missing_item", fr: "Article manquant dans le colis", en: "Item missing from the parcel",
    need: [["MISSING_ITEM", "PARCEL"], ["MISSING_ITEM", "ARRIVED"]], unless: ["LOYALTY"],
  },
  {
    key: "delivery.left_outside", fr: "Colis laissé dehors", en: "Parcels left outside",
    need: [["LEFT_OUTSIDE", "PARCEL"], ["LEFT_OUTSIDE", "CARRIER"]], boost: ["CARRIER", "DELIVERED", "NO_SHOW"], unless: ["REFUND", "RETURN"], bias: 1,
    split: ["carrier"],
  },
  {
    key: "delivery.pickup_closed", fr: "Point relais fermé", en: "Pickup point closed",
    need: [["CARRIER", "CLOSED", "PARCEL"]], boost: ["TRACKING", "STILL", "CLICK_COLLECT"], bias: 1,
    split: ["place", "carrier"],
  },
  {
    key: "delivery.no_show", fr: "Livreur jamais passé", en: "Delivery never attempted",
    need: [["NO_SHOW", "PARCEL"], ["NO_SHOW", "CARRIER"]], unless: ["INSTALL"],
    split: ["carrier"],
  },
  {
    key: "store.click_collect", fr: "Click & collect", en: "Click & collect",
    need: [["CLICK_COLLECT", "NOT_READY"], ["CLICK_COLLECT", "LATE"], ["CLICK_COLLECT", "UNABLE"]], boost: ["STORE", "PARCEL"], bias: 1,
    split: ["place"],
  },
  // ---- refunds ----
  {
    key: "refund.voucher", fr: "Avoir imposé au lieu d'un remboursement", en: "Voucher instead of a refund",
    need: [["VOUCHER", "REFUND"]], boost: ["NEVER_ORDERED"], bias: 1,
  },
  {
    key: "refund.delay", fr: "Remboursement non reçu", en: "Refund not received",
    need: [["REFUND", "STILL"], ["REFUND", "NOT_RECEIVED"], ["REFUND", "LATE"], ["REFUND", "NEVER"], ["REFUND", "RETURN"]],
    boost: ["RETURN", "PARCEL"], unless: ["VOUCHER", "LOST", "STUCK"],
    split: ["aspect"],
  },
  // ---- accounts and security ----
  {
    key: "account.hacked", fr: "Compte piraté", en: "Account hacked",
    need: [["HACKED"]], boost: ["ACCOUNT", "LOGIN"], bias: 2,
  },
  {
    key: "security.phishing", fr: "Hameçonnage au nom de la marque", en: "Phishing in the brand's name",
    need: [["PHISHING"]], boost: ["MESSAGES", "MOBILE"], bias: 3,
  },
  {
    key: "security.data_leak", fr: "Fuite de données", en: "Data leak",
    need: [["DATA_LEAK", "ACCOUNT"], ["DATA_LEAK", "HACKED"], ["DATA_LEAK", "PHISHING"]], bias: 1,
  },
  {
    key: "account.verify_code", fr: "Code de vérification non reçu", en: "Verification code not received",
    need: [["VERIFY_CODE", "NOT_RECEIVED"], ["VERIFY_CODE", "UNABLE"], ["VERIFY_CODE", "BUG"]], boost: ["LOGIN", "PAYMENT"], bias: 1,
  },
  {
    key: "account.password_reset", fr: "Réinitialisation du mot de passe impossible", en: "Password reset not working",
    need: [["PASSWORD_RESET", "UNABLE"], ["PASSWORD_RESET", "NOT_RECEIVED"], ["PASSWORD_RESET", "BUG"]], boost: ["LOGIN", "MESSAGES"],
  },
  {
    key: "account.locked", fr: "Compte bloqué", en: "Account locked",
    need: [["ACCOUNT", "LOCKED"]], boost: ["LOGIN"], unless: ["TRACKING"],
  },
  {
    key: "account.login", fr: "Connexion impossible", en: "Cannot log in",
    need: [["LOGIN", "UNABLE"], ["LOGIN", "BUG"]], boost: ["APP", "SITE", "ACCOUNT", "UPDATE"], unless: ["PAYMENT", "PROMO", "HOTLINE"],
    split: ["version", "code"], describe: ["platform"],
  },
  // ---- loyalty ----
  {
    key: "loyalty.points_lost", fr: "Points fidélité disparus", en: "Loyalty points gone",
    need: [["LOYALTY", "RESET_ZERO"]], boost: ["ACCOUNT"], unless: ["NOT_CREDITED"],
  },
  {
    key: "loyalty.not_credited", fr: "Points fidélité non crédités", en: "Loyalty points not credited",
    need: [["LOYALTY", "NOT_CREDITED"], ["LOYALTY", "UNABLE"], ["LOYALTY", "BUG"]], boost: ["STORE", "PARCEL"],
  },
  // ---- apps and websites ----
  {
    key: "app.crash", fr: "L'application plante", en: "App crashes",
    need: [["APP", "CRASH"], ["UPDATE", "CRASH"]], boost: ["UPDATE", "LAUNCH"], unless: ["LOGIN", "CART"],
    split: ["version", "feature"], describe: ["platform"],
  },
  {
    key: "app.feature_broken", fr: "Fonction de l'application en panne", en: "App feature broken",
    need: [["APP", "BUG"], ["CART", "BUG"], ["APP", "BALANCE", "RESET_ZERO"], ["ACCOUNT", "BALANCE", "RESET_ZERO"]], boost: ["UPDATE", "CART", "BALANCE"], unless: ["LOGIN", "PAYMENT", "PROMO", "LOYALTY", "DELIVERED"], bias: -1,
    split: ["feature", "version"],
  },
  {
    key: "site.down", fr: "Site inaccessible", en: "Website down",
    need: [["SITE", "DOWN"], ["SITE", "CRASH"], ["SITE", "BUG"]], boost: ["UNABLE"], unless: ["LOGIN", "PAYMENT", "PROMO", "LOYALTY", "INTERNET", "SLOW", "CART", "PARCEL", "TRACKING"], bias: -1,
    split: ["code"],
  },
  {
    key: "site.slow", fr: "Site très lent", en: "Website very slow",
    need: [["SITE", "SLOW"], ["APP", "SLOW"]], bias: -1,
  },
  // ---- outages ----
  {
    key: "outage.internet", fr: "Panne internet", en: "Internet outage",
    need: [["INTERNET", "DOWN"]], boost: ["PLACE_HINT"], unless: ["ACCOUNT", "APP"],
    split: ["place"],
  },
  {
    key: "outage.mobile", fr: "Panne du réseau mobile", en: "Mobile network outage",
    need: [["MOBILE", "DOWN"], ["MOBILE", "UNABLE"]], boost: ["PLACE_HINT"], unless: ["STAFF"],
    split: ["place"],
  },
  {
    key: "outage.power", fr: "Coupure d'électricité", en: "Power cut",
    // A technician who did not come for a meter is an appointment missed, not a power cut.
    need: [["POWER", "DOWN"]], unless: ["INSTALL", "NO_SHOW"], bias: 1, split: ["place"],
  },
  {
    key: "outage.water", fr: "Coupure d'eau", en: "Water cut",
    need: [["WATER", "DOWN"]], split: ["place"],
  },
  {
    key: "install.delayed", fr: "Installation reportée ou technicien absent", en: "Installation delayed or technician no-show",
    need: [["INSTALL", "POSTPONED"], ["INSTALL", "NO_SHOW"]], boost: ["INTERNET"],
    split: ["place"],
  },
  {
    key: "telecom.sim", fr: "Carte SIM non activée", en: "SIM not activated",
    need: [["SIM", "NOT_ACTIVE"]], bias: -1,
  },
  // ---- products ----
  {
    key: "product.spoiled", fr: "Produit avarié avant la date", en: "Food spoiled before its date",
    need: [["SPOILED"]], boost: ["STORE", "TOO_MANY", "STILL"], bias: 1,
    split: ["place", "product"],
  },
  {
    key: "product.defective", fr: "Produit défectueux", en: "Defective product",
    need: [["PRODUCT" as Concept, "DEFECT"]], boost: ["REPAIR"],
    split: ["model", "product"], describe: ["symptom"],
  },
  {
    key: "after_sales.repair", fr: "Réparation SAV interminable", en: "Repair taking too long",
    need: [["REPAIR", "LATE"], ["REPAIR", "STILL"], ["REPAIR", "NEVER"]], boost: ["PRODUCT" as Concept], unless: ["REFUND"], bias: -1,
    split: ["product"],
  },
  {
    key: "after_sales.warranty_refused", fr: "Garantie refusée", en: "Warranty refused",
    need: [["WARRANTY", "UNABLE"]], bias: 1, split: ["product"],
  },
  // ---- shops ----
  {
    key: "store.payment_terminal", fr: "Paiement par carte impossible en magasin", en: "Card payment down in store",
    need: [["TERMINAL", "DOWN"], ["TERMINAL", "UNABLE"], ["TERMINAL", "BUG"]], boost: ["STORE", "PAYMENT"], bias: 1,
    split: ["place"],
  },
  {
    key: "store.closed", fr: "Magasin fermé aux heures d'ouverture", en: "Store closed during opening hours",
    need: [["STORE", "CLOSED"]], boost: ["DIFFERENT"], unless: ["ACCOUNT", "SUBSCRIPTION"], bias: -1,
    split: ["place"],
  },
  {
    key: "store.queue", fr: "Attente interminable en caisse", en: "Long queues at the tills",
    need: [["STORE", "QUEUE"]], unless: ["HOTLINE"], bias: -1,
    split: ["place"],
  },
  {
    key: "store.out_of_stock", fr: "Produit en rupture", en: "Out of stock",
    need: [["OUT_OF_STOCK"]], boost: ["STORE", "PROMO"], bias: -1,
    split: ["place", "product"],
  },
  // ---- people and contact ----
  {
    key: "staff.rude", fr: "Personnel désagréable", en: "Rude staff",
    need: [["STAFF", "RUDE"], ["STORE", "RUDE"]], boost: ["STORE"], unless: ["HANG_UP"],
    split: ["place", "role"], describe: ["role"],
  },
  {
    key: "hotline.hang_up", fr: "Le service client raccroche", en: "Customer service hangs up",
    need: [["HANG_UP"]], boost: ["HOTLINE", "STAFF"], bias: 1,
  },
  {
    key: "hotline.unreachable", fr: "Service client injoignable", en: "Customer service unreachable",
    need: [["HOTLINE", "UNREACHABLE"]], boost: ["NEVER"],
  },
  {
    key: "service.no_reply", fr: "Aucune réponse aux messages", en: "Messages left unanswered",
    need: [["MESSAGES", "NO_REPLY"]], bias: -2,
  },
  {
    key: "service.no_callback", fr: "Rappel promis jamais fait", en: "Promised call-back never came",
    need: [["CALLBACK", "NEVER"], ["CALLBACK", "STILL"]], boost: ["HOTLINE"], bias: -1,
  },
  {
    key: "marketing.spam", fr: "Sollicitations commerciales abusives", en: "Marketing spam",
    need: [["MARKETING", "TOO_MANY"], ["MARKETING", "UNSUBSCRIBE"], ["MESSAGES", "UNSUBSCRIBE"], ["MARKETING", "NEVER_ORDERED"]], bias: -1,
  },
];

export const PROBLEM_BY_KEY = new Map(PROBLEMS.map((p) => [p.key, p]));
