// The problem types incident grouping knows: service, accounts and places
// (accounts, loyalty, apps, outages, products, shops, people). taxonomy.ts explains the rule format and scoring.
// Order matters: on a tie the type listed first wins, and taxonomy.ts concatenates the lists in this order.
import type { Concept } from "./concepts";
import type { ProblemType } from "./taxonomy";

export const SERVICE_PROBLEMS: ProblemType[] = [
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
