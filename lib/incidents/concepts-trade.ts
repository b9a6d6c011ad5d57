// Concepts of money, orders and deliveries: objects of a complaint, money, subscriptions, delivery states
// (concepts.ts explains what a cue is and how it matches).
import type { ConceptCues } from "./concepts";

export const TRADE_CONCEPTS = {
  // ---- objects of a complaint ----
  PARCEL: [
    "colis|paquet|carton|envoi|commande|livraison|article|achat|cmd|coli",
    "parcel|package|order|delivery|shipment|item|purchase|pkg|parcels|packages",
  ],
  CARRIER: [
    "transporteur|livreur|livreuse|point relais|relais|facteur|factrice|la poste|poste|coursier|messagerie|depot|centre de tri|plateforme logistique|hub",
    "carrier|courier|driver|delivery guy|delivery man|pickup point|relay point|collection point|postman|post office|depot|sorting centre|sorting center|hub|warehouse",
  ],
  TRACKING: ["suivi|tracking|statut|numero de suivi|traçage", "tracking|tracker|status|track|tracking number"],
  APP: ["appli|application|app|applis|l'appli|apk|l'application", "app|application|apps|mobile app"],
  SITE: ["site|site web|site internet|page|web|en ligne|internet site", "website|site|web site|webpage|web page|online|web"],
  ACCOUNT: ["compte|espace client|espace perso|profil|identifiant|compte client", "account|profile|customer area|my account|login details"],
  STORE: [
    "magasin|boutique|agence|enseigne|supermarche|hypermarche|succursale|point de vente|rayon|caisse|caisses|accueil",
    "store|shop|branch|supermarket|outlet|checkout|till|tills|counter|aisle",
  ],
  STAFF: [
    "vendeur|vendeuse|livreur|livreuse|chauffeur|conseiller|conseillere|employe|employee|personnel|equipe|caissier|caissiere|vigile|agent|agents|agent de securite|securite|gerant|gerante|responsable|manager|directeur|directrice|hotesse|technicien|mec|dame|monsieur|type|salarie|salaries",
    "staff|employee|employees|driver|delivery guy|delivery driver|courier|salesman|saleswoman|sales guy|sales assistant|assistant|cashier|guard|security|security guard|bouncer|manager|worker|clerk|advisor|adviser|agent|rep|guy|lady|woman|man|team|personnel|technician|engineer",
  ],
  HOTLINE: [
    "service client|hotline|telephone|tel|appel|appels|appeler|appele|numero|standard|serveur vocal|sav|ligne|joindre|repondeur|conseiller|3900|support",
    "customer service|hotline|phone|call|calls|calling|called|number|helpline|support|line|switchboard|customer line|phone line|advisor|agent|rep",
  ],
  MESSAGES: ["mail|mails|email|emails|envoyer des mails|courriel|message|messages|mp|chat|formulaire|reclamation|ticket|dm", "email|emails|emailing|mail|message|messages|dm|dms|chat|form|ticket|complaint"],

  // ---- money ----
  PAYMENT: [
    "paiement|payer|paye|carte|cb|carte bancaire|carte bleue|visa|mastercard|paypal|apple pay|google pay|virement|transaction|reglement|regler",
    "payment|pay|paid|paying|card|credit card|debit card|visa|mastercard|paypal|apple pay|google pay|transaction|checkout",
  ],
  CHARGE: [
    "debite|debiter|debit|preleve|prelever|prelevement|prelevements|facture|facturer|facturation|encaisse|encaisser|paye|payer|preleve*|debit*|ponctionne|pompe|pomper|retire|pris|prend|argent",
    "charged|charge|charges|charging|billed|bill|billing|debited|debit|taken|took|deducted|payment|payments|paid|money|fee|fees",
  ],
  TWICE: [
    "deux fois|2 fois|double|doublon|en double|doubles|2x|x2|deux prelevements|2 prelevements|deux debits|2 debits|trois fois|3 fois|deux paiements|2 paiements|debite deux|preleve deux|dedouble|plusieurs fois",
    "twice|two times|2 times|double|doubled|duplicate|duplicated|2x|x2|two charges|2 charges|two payments|2 payments|three times|3 times|charged two|multiple times|double charged|double charge|double billed",
  ],
  REFUND: [
    "rembours*|remboursement|rembourser|rembourse|argent|recredite|recredit*|mon fric|mes sous",
    "refund*|reimburs*|money back|my money|credited back|my cash",
  ],
  RETURN: [
    "retour|retourne|retourner|renvoye|renvoyer|renvoi|rapporte|rapporter|retours|renvoie|renvoyee|retournee",
    "return|returned|returning|sent back|send back|returns|took back|brought back",
  ],
  VOUCHER: [
    "bon d'achat|bon d achat|bon achat|avoir|avoirs|carte cadeau|bon de reduction|credit boutique|bon",
    "voucher|vouchers|store credit|credit note|gift card|coupon instead|account credit|credit on my account",
  ],
  PROMO: [
    "code promo|code de reduction|code reduc|code remise|promo|promotion|promos|reduction|reduc|remise|coupon|soldes|offre|bon plan|ristourne|pourcent|pourcentage|moitie prix|deuxieme a|2e a|1 achete|offert",
    "promo code|promo|promotion|discount|discount code|coupon|voucher code|welcome code|code|offer|deal|sale|sales|percent off|off|bogo|buy one|half price",
  ],
  PRICE: [
    "prix|tarif|tarifs|etiquette|etiquettes|affiche|affichage|cout|montant|ticket de caisse|rayon|etiquete",
    "price|prices|pricing|priced|label|tag|price tag|shelf|shelf price|ticket price|receipt|sticker|displayed|advertised",
  ],
  DIFFERENT: [
    "different|differente|on me compte|on m'a compte|passe a|passe en caisse|sonne a|pas le meme|pas le bon|plus cher|plus elevee|plus eleve|au lieu de|ecart|difference|faux|fausse|erreur de prix|mauvais prix|pas le prix|autre prix|majore",
    "different|rang up|rings up|came up at|scanned at|not the same|more expensive|higher|instead of|mismatch|wrong price|charged more|difference|does not match|not match|incorrect price|overcharged|dearer",
  ],
  INCREASE: [
    "augmentation|augmente|augmenter|hausse|augmentations|passe de|passer de|plus cher|flambee|explose|revalorisation|augmentee",
    "increase|increased|increases|raised|raise|went up|gone up|price hike|hike|hiked|more expensive|jumped|going up",
  ],
  BILL: ["facture|factures|facturation|releve|releve bancaire|note", "bill|bills|invoice|invoices|billing|statement"],

  // ---- subscriptions ----
  SUBSCRIPTION: [
    "abonnement|abo|forfait|contrat|souscription|adhesion|offre|option|carte premium|abonne|mensualite",
    "subscription|membership|plan|contract|sub|package|option|premium|tariff|monthly fee",
  ],
  CANCELLED: [
    "resilie|resiliation|resilier|annule|annulation|annuler|desabonne|desabonnement|desinscrit|arrete|mis fin|mettre fin|stoppe|clos|cloture|termine|resiliee|annulee|resilie*",
    "cancelled|canceled|cancel|cancellation|cancelling|canceling|unsubscribed|terminated|ended|stopped|closed|quit|cancelation",
  ],
  STILL: [
    "toujours|encore|continue|continuez|continuent|tjrs|tjs|quand meme|malgre|pourtant|depuis|chaque mois|tous les mois|a nouveau|de nouveau|re",
    "still|again|keep|keeps|kept|continue|continues|yet|every month|each month|monthly|anyway|since",
  ],

  // ---- delivery states ----
  LATE: [
    "retard|en retard|retarde|retardee|toujours pas livre|pas encore livre|toujours pas recu|toujours rien|attends toujours|j'attends|attend|attente|date depassee|delai depasse|delai|delais|toujours en attente|report|reporte|decale",
    "late|delay|delayed|delays|still not delivered|not delivered yet|still waiting|still not arrived|not arrived yet|overdue|past the date|missed the date|waiting|still nothing|postponed|pushed back",
  ],
  STUCK: [
    "bloque|bloquee|coince|coincee|immobile|bouge plus|bouge pas|bouge toujours pas|n'avance pas|avance pas|avance plus|en transit|en cours d'acheminement|en cours d acheminement|acheminement|centre de tri|site de tri|hub|fige|figee|plante|evolue pas|pas evolue|pas mis a jour|dort|stagne|en attente",
    "stuck|frozen|tracking frozen|not moving|hasn't moved|has not moved|not moved|hasn't updated|has not updated|not updated|no update|stopped updating|in transit|sitting|sorting hub|sorting centre|sorting center|depot|on hold|stalled|same status|not budged",
  ],
  LOST: [
    "perdu|perdue|perdus|egare|egaree|disparu|disparue|volatilise|volatilisee|evapore|evaporee|introuvable|trou noir|nulle part|envole|envolee|vole|perte|perdent|disparait|disparaissent|disparition|nature",
    "lost|lose|losing|loses|missing|vanished|vanish|disappeared|disappear|cannot find|can not find|nowhere|black hole|stolen|gone",
  ],
  DELIVERED: [
    "marque livre|marquee livree|indique livre|indique livree|affiche livre|dit livre|statut livre|apparait livre|apparait livree|annonce livre|soi disant livre|soi disant remis|soi-disant|livre selon|remis en main propre|remise en main propre|livraison effectuee|preuve de livraison|signature|signe|livre mon oeil|livre chez|a ete livre|a ete livree|est livre|est livree",
    "marked delivered|marked as delivered|shows delivered|shows as delivered|says delivered|status delivered|apparently delivered|supposedly delivered|tracking says|proof of delivery|signed for|signature|was delivered|been delivered|is delivered|delivered to|delivered yesterday|delivered on|delivered at|handed to",
  ],
  NOT_RECEIVED: [
    "pas recu|rien recu|jamais recu|recu rien|pas eu|jamais eu|jamais vu|rien eu|pas vu|rien du tout|pas arrive|jamais arrive|toujours rien|boite aux lettres vide|boite vide|rien devant|rien dans|j'ai rien|ai rien|ai toujours rien|pas chez moi",
    "not received|never received|did not receive|never got|did not get|have not received|have not got|nothing arrived|never arrived|not arrived|not here|nothing at|do not have it|never came|no parcel|nothing on|not there|empty mailbox|still nothing|never showed up|never turned up",
  ],
  DAMAGED: [
    "abime|abimee|abimes|endommage|endommagee|casse|cassee|casses|ecrase|ecrasee|cabosse|defonce|eventre|dechire|dechiree|mouille|trempe|brise|brisee|fele|felee|ebreche|raye|rayee|en miettes|en morceaux|enfonce",
    "damaged|broken|crushed|smashed|dented|torn|ripped|wet|soaked|cracked|shattered|scratched|squashed|destroyed|in pieces|battered|caved in|bent",
  ],
  ARRIVED: [
    "arrive|arrivee|recu|recue|livre|livree|reception|a l'ouverture|en ouvrant|carton|deballage|deballe|emballage|colis",
    "arrived|arrives|received|delivered|came|turned up|showed up|on arrival|opened|opening|unboxing|unboxed|box|packaging|parcel|package",
  ],
  WRONG_ITEM: [
    "mauvais article|mauvaise taille|mauvaise couleur|mauvais produit|pas le bon|pas la bonne|pas ce que j'ai commande|autre chose|erreur de commande|article different|produit different|au lieu du|au lieu de la|pas celui",
    "wrong item|wrong size|wrong colour|wrong color|wrong product|wrong one|not what i ordered|different item|different product|instead of the|wrong order|someone else's",
  ],
  MISSING_ITEM: [
    "il manque|manque|manquant|manquante|manquants|incomplet|incomplete|pas dans le colis|absent du colis|oublie|oublies",
    "missing from|item missing|items missing|was missing|is missing|not in the box|not in the parcel|incomplete|left out|short",
  ],
  NO_SHOW: [
    "personne n'est venu|personne est venu|jamais venu|jamais passe|pas venu|pas passe|avis de passage|pas sonne|sans sonner|sonne pas|absent alors|j'etais la|j'etais chez moi|etais present|etais presente|lapin|jamais vu le livreur|pose ma matinee|pose ma journee|destinataire absent|marque absent|indique absent|tentative de livraison|ni sonne|pas monte|glisse le papier|papier dans la boite",
    "nobody came|no one came|never came|never showed|did not show|no show|no-show|did not ring|never rang|nobody rang|missed delivery|card through|i was home|i was in|was at home|waited all day|took the day off|stood up|not home|did not knock|did not even knock|we missed you|delivery attempted|attempted delivery|no ring|left a card|left a slip|slip in the mailbox",
  ],

} as const satisfies Record<string, ConceptCues>;
