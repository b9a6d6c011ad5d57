// The problem types incident grouping knows: money, orders and deliveries
// (payment, promotions, subscriptions and bills, delivery, refunds). taxonomy.ts explains the rule format and scoring.
// Order matters: on a tie the type listed first wins, and taxonomy.ts concatenates the lists in this order.
import type { ProblemType } from "./taxonomy";

export const TRADE_PROBLEMS: ProblemType[] = [
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
];
