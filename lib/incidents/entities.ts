// What makes complaints of one problem type ONE problem (R7, issue #18 §3): the place (an outage in Lyon is not
// the one in Marseille), the carrier, the app version, the product and its symptom, the error code, the staff
// role, the app feature. Found on folded text (lib/text/fold.ts) from closed, general vocabularies (French cities
// and their suburbs, carriers, product kinds…), never from order numbers or amounts, which every complaint has
// its own of. Two complaints of one type that both name an entity of a kind that splits the type must share a
// value of it to be grouped; a complaint that names none joins either.

export type EntityKind =
  | "place" | "carrier" | "version" | "code" | "model" | "product" | "symptom" | "feature" | "role" | "aspect"
  | "paymethod" | "platform";

export type Entities = Partial<Record<EntityKind, string[]>>;

/** Vocabulary per value: folded words or phrases, matched on word boundaries. */
type Vocab = Record<string, string>;

// Cities by metropolitan area: a suburb counts as its city (an outage in Villeurbanne is Lyon's).
const CITIES: Vocab = {
  paris: "paris|boulogne billancourt|montreuil|saint denis|st denis|nanterre|vincennes|creteil|argenteuil|versailles|issy les moulineaux|levallois|neuilly|ivry|vitry|colombes|courbevoie|la defense|aubervilliers|asnieres|rueil|clichy|pantin|massy|evry|cergy|ile de france|idf",
  marseille: "marseille|aubagne|la ciotat|vitrolles|marignane|aix en provence|aix|martigues|bouches du rhone",
  lyon: "lyon|villeurbanne|venissieux|caluire|bron|vaulx en velin|saint priest|oullins|ecully|tassin",
  toulouse: "toulouse|toulousain|toulousaine|blagnac|colomiers|tournefeuille|muret|balma|labege|haute garonne",
  nice: "a nice|de nice|sur nice|in nice|at nice|nicois|nicoise|cannes|antibes|grasse|menton|cagnes|alpes maritimes",
  nantes: "nantes|nantais|saint herblain|reze|saint nazaire|loire atlantique",
  strasbourg: "strasbourg|strasbourgeois|schiltigheim|illkirch|bas rhin",
  montpellier: "montpellier|montpellierain|lattes|castelnau le lez|herault",
  bordeaux: "bordeaux|bordelais|bordelaise|merignac|pessac|talence|begles|gironde",
  lille: "lille|lillois|roubaix|tourcoing|villeneuve d'ascq|villeneuve d ascq|lens|douai|valenciennes",
  rennes: "rennes|rennais|cesson sevigne|ille et vilaine",
  reims: "reims|remois",
  toulon: "toulon|toulonnais|hyeres|la seyne",
  grenoble: "grenoble|grenoblois|echirolles|saint martin d'heres|isere",
  dijon: "dijon|dijonnais",
  angers: "angers|angevin",
  nimes: "nimes|nimois",
  clermont: "clermont ferrand|clermont",
  le_mans: "le mans|manceau",
  brest: "brest|brestois",
  tours: "a tours|de tours|sur tours|in tours|tourangeau",
  amiens: "amiens", limoges: "limoges", annecy: "annecy", perpignan: "perpignan", metz: "metz", besancon: "besancon",
  orleans: "orleans", rouen: "rouen|rouennais", mulhouse: "mulhouse", caen: "caen", nancy: "nancy", avignon: "avignon",
  poitiers: "poitiers", la_rochelle: "la rochelle", pau: "a pau|de pau|pau", bayonne: "bayonne|biarritz|anglet",
  calais: "calais|dunkerque|boulogne sur mer", le_havre: "le havre|havrais", saint_etienne: "saint etienne|st etienne|stephanois",
  ajaccio: "ajaccio|bastia|corse", lorient: "lorient|vannes", quimper: "quimper", troyes: "troyes", valence: "valence",
  chambery: "chambery", colmar: "colmar", beziers: "beziers", niort: "niort", cherbourg: "cherbourg",
  belfort: "belfort", montauban: "montauban", agen: "agen", albi: "albi", carcassonne: "carcassonne", ales: "ales",
  arras: "arras", laval: "laval", saint_malo: "saint malo|st malo", angouleme: "angouleme", chartres: "chartres",
  bruxelles: "bruxelles|brussels", geneve: "geneve|geneva", london: "london|londres", manchester: "manchester",
};

const CARRIERS: Vocab = {
  colissimo: "colissimo", chronopost: "chronopost|chrono post", la_poste: "la poste|laposte", dpd: "dpd", gls: "gls",
  ups: "ups", dhl: "dhl", fedex: "fedex|fed ex", tnt: "tnt", mondial_relay: "mondial relay|mondial relais",
  relais_colis: "relais colis|relaiscolis", colis_prive: "colis prive|colisprive", geodis: "geodis", schenker: "schenker",
  kuehne: "kuehne", amazon_logistics: "amazon logistics", evri: "evri|hermes", royal_mail: "royal mail", yodel: "yodel",
  parcelforce: "parcelforce", stuart: "stuart", cubyn: "cubyn", gefco: "gefco", heppner: "heppner", dachser: "dachser",
};

// Product kinds (what a defect or a repair is about).
const PRODUCTS: Vocab = {
  earbuds: "ecouteurs|ecouteur|oreillettes|oreillette|buds|bud|earbuds|earbud|earphones|earphone|airpods|intra",
  headphones: "casque|casque audio|headphones|headset",
  phone: "smartphone|telephone portable|portable|iphone|galaxy|pixel|phone|mobile phone|cellphone",
  tv: "tv|tele|television|televiseur|ecran plat|tele 4k|smart tv|television set|oled|qled",
  vacuum: "aspirateur|aspi|vacuum|hoover|hoovers|robot aspirateur",
  kettle: "bouilloire|kettle",
  microwave: "micro ondes|micro onde|microondes|microwave",
  fridge: "frigo|refrigerateur|congelateur|fridge|freezer",
  washer: "lave linge|machine a laver|seche linge|washing machine|washer|dryer|tumble dryer",
  dishwasher: "lave vaisselle|dishwasher",
  oven: "four|plaque|plaques|cuisiniere|oven|hob|cooker",
  coffee: "cafetiere|machine a cafe|expresso|nespresso|senseo|coffee machine|coffee maker",
  airfryer: "airfryer|air fryer|friteuse",
  blender: "blender|mixeur|robot cuiseur|robot patissier|thermomix|food processor",
  watch: "montre|montre connectee|smartwatch|watch",
  laptop: "ordinateur|ordi|pc|pc portable|laptop|notebook|macbook|computer",
  tablet: "tablette|ipad|tablet",
  console: "console|manette|ps5|xbox|switch|controller",
  charger: "chargeur|cable|cable usb|charger|charging cable|power bank|batterie externe",
  speaker: "enceinte|speaker|barre de son|soundbar",
  printer: "imprimante|printer",
  scooter: "trottinette|scooter|hoverboard",
  bike: "velo|vae|bike|e-bike|ebike",
  mattress: "matelas|mattress",
  sofa: "canape|sofa|couch",
  furniture: "meuble|armoire|commode|etagere|table|chaise|lit|bureau|wardrobe|chair|shelf|bed|desk|furniture",
  shoes: "chaussures|baskets|sneakers|bottes|shoes|trainers|boots|semelle|sole",
  clothes: "jean|jeans|pantalon|t shirt|tshirt|tee shirt|pull|sweat|veste|manteau|robe|chemise|sweater|jumper|hoodie|jacket|coat|dress|shirt|trousers|vetement|vetements|clothes",
  lamp: "lampe|ampoule|luminaire|lamp|bulb",
  toy: "jouet|jouets|toy|toys|lego",
  hairdryer: "seche cheveux|lisseur|hair dryer|hairdryer|straightener",
  toothbrush: "brosse a dents|toothbrush",
  camera: "appareil photo|camera|webcam",
  heater: "radiateur|chauffage|climatiseur|clim|heater|air conditioner|fan|ventilateur",
  tool: "perceuse|visseuse|tondeuse|drill|mower|lawnmower",
};

const SYMPTOMS: Vocab = {
  battery: "batterie|autonomie|charge plus|charge pas|recharge|tient pas la charge|battery|charging|charge|hold a charge",
  power: "s'allume plus|s allume plus|allume plus|allume pas|s'allume pas|s allume pas|s'eteint|s eteint|mort|morte|turn on|switch on|dead|dies|died|power",
  screen: "ecran|pixel|pixels|affichage|screen|display|pixel|dead pixel|tint|lines",
  sound: "gresille|gresillent|gresillement|son|bruit|bruits|crepite|crackle|crackles|crackling|buzz|buzzing|noise|noisy|sound|hiss",
  heat: "chauffe|surchauffe|brulant|brulante|fumee|overheat|overheats|overheating|hot|smoke|burning",
  leak: "fuit|fuite|goutte|leak|leaks|leaking|drips",
  breakage: "casse|cassee|fendu|fendue|fissure|fissuree|decolle|decollee|craque|lache|lachee|dechire|broke|broken|cracked|split|snapped|peeling|came apart|fell apart|torn|detached|zip",
  connection: "bluetooth|deconnecte|deconnexion|appairage|appairer|connexion|disconnect|disconnects|pairing|pair|connection|wifi",
  smell: "odeur|sent|pue|smell|smells|stinks",
  fabric: "retreci|deteint|bouloche|shrunk|shrink|faded|fades|pilling",
};

const FEATURES: Vocab = {
  cart: "panier|caddie|cart|basket|trolley",
  search: "recherche|barre de recherche|search|search bar",
  scan: "scan|scanner|scanne|code barre|barcode",
  notifications: "notification|notifications|notif|notifs|push",
  wishlist: "favoris|liste d'envies|liste d envies|liste de souhaits|wishlist|favourites|favorites|saved items",
  tracking: "suivi|suivi de commande|tracking|track my order",
  map: "carte des magasins|localisateur|store locator|map",
  chat: "chat|messagerie|chatbot",
  photos: "photo|photos|image|images|pictures",
  language: "langue|language",
};

const ROLES: Vocab = {
  guard: "vigile|vigiles|agent de securite|agents de securite|securite|gardien|security|security guard|guard|guards|bouncer",
  shop_staff: "vendeur|vendeuse|vendeurs|caissier|caissiere|caisse|employe|employee|personnel|equipe|salesman|saleswoman|sales assistant|sales guy|cashier|shop assistant|clerk",
  advisor: "conseiller|conseillere|conseillers|agence|advisor|adviser|account manager|banker|banquier|banquiere",
  reception: "accueil|hotesse|hote|receptionniste|reception|receptionist|front desk|usher|ouvreuse",
  manager: "responsable|gerant|gerante|directeur|directrice|manager|chef de rayon",
  technician: "technicien|installateur|technician|engineer|installer",
  driver: "livreur|livreuse|chauffeur|driver|delivery guy|delivery man|courier",
};

const PAYMETHODS: Vocab = {
  card: "carte|carte bancaire|cb|carte bleue|visa|mastercard|amex|card|credit card|debit card",
  paypal: "paypal", applepay: "apple pay", googlepay: "google pay", giftcard: "carte cadeau|gift card",
  debit: "prelevement automatique|prelevement sepa|direct debit", transfer: "virement|bank transfer",
};

const PLATFORMS: Vocab = {
  android: "android|samsung|pixel|xiaomi|huawei|oneplus", ios: "ios|iphone|ipad|apple", web: "site|website|navigateur|browser|chrome|firefox|safari",
};

// Every vocabulary phrase, as its words joined by one space, to the entities it names: a text is read by looking
// up its runs of 1 to MAX_WORDS words (one pass, whatever the size of the vocabularies).
const PHRASES = new Map<string, [EntityKind, string][]>();
const FIRST_WORDS = new Set<string>();
let MAX_WORDS = 1;
const splitWords = (t: string) => t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
for (const [kind, vocab] of [["place", CITIES], ["carrier", CARRIERS], ["product", PRODUCTS], ["symptom", SYMPTOMS], ["feature", FEATURES],
  ["role", ROLES], ["paymethod", PAYMETHODS], ["platform", PLATFORMS]] as [EntityKind, Vocab][]) {
  for (const [value, words] of Object.entries(vocab)) {
    for (const w of words.split("|").filter(Boolean)) {
      const ws = splitWords(w);
      MAX_WORDS = Math.max(MAX_WORDS, ws.length);
      const key = ws.join(" ");
      FIRST_WORDS.add(ws[0]!);
      const list = PHRASES.get(key) ?? [];
      if (!list.some(([k, v]) => k === kind && v === value)) list.push([kind, value]);
      PHRASES.set(key, list);
    }
  }
}

// Numbers that are units, ranks or dates, never a product model: 10h, 30min, 4g, 2e, 13e, 1er, 100go, 55cm, 2x.
const UNIT = /^\d+(?:h|min|mn|j|e|eme|er|ere|nd|st|th|rd|g|go|gb|mo|mb|to|tb|km|m|cm|mm|kg|l|ml|w|kw|v|x|s|am|pm|eur|k|hz|mah|p|mp|fps|ans|an|mois|jours)$/;
const VERSION = /(?:^|[^\p{L}\p{N}.,])(?:v|version|maj|update|mise a jour|ios|android)?\s?(\d{1,2})\.(\d{1,2})(?:\.\d{1,3})?(?![\p{N}]|[.,]\d|\s?(?:€|eur|euros?|e\b|%|go|gb))/gu;
const VERSION_WORD = /(?:\bv|\bversion\s|\bmaj\s|\bupdate\s|\bmise a jour\s)(\d{1,3})(?![\p{N}.,])/gu;
const CODE = /\b(?:erreur|error|err|code erreur|error code)\s?(?:n°|no|#|:|-)?\s?([a-z]{0,4}[- ]?\d{2,5}[a-z]?)\b/gu;
const DEVICE_VERSION = /\b(?:ios|android)\s?\d{1,2}(?:\.\d{1,2})*/gu;

/** Entities named in a folded text (see the header). */
export function findEntities(folded: string): Entities {
  const out: Entities = {};
  const add = (k: EntityKind, v: string) => {
    const list = (out[k] ??= []);
    if (!list.includes(v)) list.push(v);
  };
  const words = splitWords(folded);
  for (let i = 0; i < words.length; i++) {
    if (!FIRST_WORDS.has(words[i]!)) continue;
    let key = "";
    for (let n = 0; n < MAX_WORDS && i + n < words.length; n++) {
      key = n === 0 ? words[i]! : `${key} ${words[i + n]}`;
      for (const [k, v] of PHRASES.get(key) ?? []) add(k, v);
    }
  }
  // App versions: "5.2", "v5.2.0", "version 5.2" → 5.2 (not the phone's OS version, not an amount).
  // The patterns below are costly on every complaint: each runs only when a cheap test says it may match.
  if (/\d[.,]\d|(?:\bv|version|maj|update|mise a jour)\s?\d/.test(folded)) {
    const noOs = folded.replace(DEVICE_VERSION, " ");
    for (const m of noOs.matchAll(VERSION)) add("version", `${Number(m[1])}.${Number(m[2])}`);
    if (!out.version) for (const m of noOs.matchAll(VERSION_WORD)) add("version", `${Number(m[1])}`);
  }
  if (/err|code/.test(folded)) for (const m of folded.matchAll(CODE)) add("code", m[1]!.replace(/[- ]/g, ""));
  if (!/[a-z]-?\d|\d[a-z]/.test(folded)) return out;
  // Product models: a word mixing letters and digits ("x2", "s21", "a54", "rt-ac68u"), units aside.
  for (const m of folded.matchAll(/(?<![\p{L}\p{N}.,\-/#°])([a-z]{1,4}-?\d{1,4}[a-z]{0,3}|\d{1,3}[a-z]{1,3})(?![\p{L}\p{N}]|[.,\-/]\d)/gu)) {
    const w = m[1]!.replace(/-/g, "");
    if (UNIT.test(w) || /^(?:x|v|n|no|nr|cmd|kl|ref|ord|rdv|fr|en|mp|dm|ps|id|ip|ko|bd|pc)\d/.test(w) || /^[a-z]+\d{4,}/.test(w)) continue;
    if (/^(?:3g|4g|5g|2x|x2|x3|3x)$/.test(w) && !/\b(?:buds|galaxy|pro|max|mini|model|modele)\s/.test(folded)) continue;
    add("model", w);
  }
  return out;
}

const CITY_LABEL: Record<string, string> = {
  le_mans: "Le Mans", la_rochelle: "La Rochelle", le_havre: "Le Havre", saint_etienne: "Saint-Étienne", saint_malo: "Saint-Malo",
  nimes: "Nîmes", besancon: "Besançon", orleans: "Orléans", beziers: "Béziers", chambery: "Chambéry", angouleme: "Angoulême",
  ales: "Alès", geneve: "Genève", clermont: "Clermont-Ferrand",
};
const CARRIER_LABEL: Record<string, string> = {
  la_poste: "La Poste", dpd: "DPD", gls: "GLS", ups: "UPS", dhl: "DHL", fedex: "FedEx", tnt: "TNT", mondial_relay: "Mondial Relay",
  relais_colis: "Relais Colis", colis_prive: "Colis Privé", amazon_logistics: "Amazon Logistics", royal_mail: "Royal Mail", evri: "Evri",
};
const LABELS: Partial<Record<EntityKind, Record<string, [fr: string, en: string]>>> = {
  product: {
    earbuds: ["écouteurs", "earbuds"], headphones: ["casque", "headphones"], phone: ["smartphone", "smartphone"], tv: ["télévision", "TV"],
    vacuum: ["aspirateur", "vacuum cleaner"], kettle: ["bouilloire", "kettle"], microwave: ["micro-ondes", "microwave"], fridge: ["réfrigérateur", "fridge"],
    washer: ["lave-linge", "washing machine"], dishwasher: ["lave-vaisselle", "dishwasher"], oven: ["four", "oven"], coffee: ["machine à café", "coffee machine"],
    airfryer: ["friteuse", "air fryer"], blender: ["robot", "blender"], watch: ["montre", "watch"], laptop: ["ordinateur", "laptop"], tablet: ["tablette", "tablet"],
    console: ["console", "console"], charger: ["chargeur", "charger"], speaker: ["enceinte", "speaker"], printer: ["imprimante", "printer"],
    scooter: ["trottinette", "scooter"], bike: ["vélo", "bike"], mattress: ["matelas", "mattress"], sofa: ["canapé", "sofa"], furniture: ["meuble", "furniture"],
    shoes: ["chaussures", "shoes"], clothes: ["vêtement", "clothing"], lamp: ["lampe", "lamp"], toy: ["jouet", "toy"], hairdryer: ["sèche-cheveux", "hair dryer"],
    toothbrush: ["brosse à dents", "toothbrush"], camera: ["appareil photo", "camera"], heater: ["chauffage", "heater"], tool: ["outil", "tool"],
  },
  symptom: {
    battery: ["batterie", "battery"], power: ["ne s'allume plus", "won't turn on"], screen: ["écran", "screen"], sound: ["son", "sound"],
    heat: ["surchauffe", "overheating"], leak: ["fuite", "leak"], breakage: ["casse", "breakage"], connection: ["connexion", "connection"],
    smell: ["odeur", "smell"], fabric: ["tenue au lavage", "shrinks or fades"],
  },
  feature: {
    cart: ["panier", "cart"], search: ["recherche", "search"], scan: ["scan", "scanning"], notifications: ["notifications", "notifications"],
    wishlist: ["favoris", "wishlist"], tracking: ["suivi de commande", "order tracking"], map: ["carte des magasins", "store map"], chat: ["chat", "chat"],
    photos: ["photos", "photos"], language: ["langue", "language"],
  },
  role: {
    guard: ["agent de sécurité", "security guard"], shop_staff: ["vendeurs", "shop staff"], manager: ["responsable", "manager"],
    technician: ["technicien", "technician"], driver: ["livreur", "driver"], advisor: ["conseiller", "adviser"], reception: ["accueil", "front desk"],
  },
  aspect: { return: ["après retour", "after a return"], cancel: ["commande annulée", "cancelled order"] },
  paymethod: {
    card: ["carte bancaire", "card"], paypal: ["PayPal", "PayPal"], applepay: ["Apple Pay", "Apple Pay"], googlepay: ["Google Pay", "Google Pay"],
    giftcard: ["carte cadeau", "gift card"], debit: ["prélèvement", "direct debit"], transfer: ["virement", "bank transfer"],
  },
  platform: { android: ["Android", "Android"], ios: ["iOS", "iOS"], web: ["site web", "website"] },
};

/** An entity value in words of `lang`: "Marseille", "Relais Colis", "version 5.2", "carte bancaire" / "card". */
export function entityLabel(kind: EntityKind, value: string, lang: "fr" | "en"): string {
  const l = LABELS[kind]?.[value];
  if (l) return l[lang === "en" ? 1 : 0];
  if (kind === "place") return CITY_LABEL[value] ?? value.replace(/_/g, " ").replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase());
  if (kind === "carrier") return CARRIER_LABEL[value] ?? value.replace(/_/g, " ").replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());
  if (kind === "version") return `version ${value}`;
  if (kind === "code") return `${lang === "en" ? "error" : "erreur"} ${value.toUpperCase()}`;
  if (kind === "model") return value.toUpperCase();
  return value;
}
