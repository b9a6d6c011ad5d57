// Concepts of industries every social inbox serves beyond retail and telecoms: travel, banking, insurance,
// utilities, streaming, food and product safety (concepts.ts explains what a cue is and how it matches).
import type { ConceptCues } from "./concepts";

export const INDUSTRY_CONCEPTS = {
  TRIP: [
    "mon vol|notre vol|vol annule|vol retarde|vol reporte|vols annules|vols retardes|avion|train|trains|tgv|ter|intercites|rer|metro|tram|ferry|trajet|voyage|billet de train|billet d'avion|correspondance|embarquement|escale|quai|gare|aeroport|navette|croisiere",
    "flight|flights|plane|train|trains|coach|ferry|tram|subway|journey|trip|train ticket|plane ticket|connecting flight|boarding|layover|airport|shuttle|cruise|departure|departures",
  ],
  // "Train supprimé" is how French operators say cancelled; elsewhere "supprimé" is deleted, so it is its own cue.
  SCRAPPED: ["supprime|supprimee|supprimes|supprimees|deprogramme|deprogrammee", "scrapped|axed|called off|taken off the timetable"],
  BAGGAGE: [
    "bagage|bagages|valise|valises|sac de soute|soute|bagage en soute|tapis a bagages|tapis bagages|bagage cabine",
    "luggage|baggage|suitcase|suitcases|hold luggage|carousel|baggage claim|bag drop",
  ],
  OVERBOOKED: [
    "surbooking|surreservation|refuse a l'embarquement|refuse l'embarquement|debarque|debarques|pas de place malgre",
    "overbooked|overbooking|denied boarding|bumped|bumped off|offloaded|no seat despite",
  ],
  TRANSFER: [
    "virement|virements|virement instantane|transfert d'argent|transfert|wero|paylib|versement|mandat",
    "transfer|transfers|bank transfer|wire|wire transfer|instant transfer|instant payment|faster payment|money transfer|payment to",
  ],
  PENDING: [
    "en attente|en cours de traitement|en traitement|pas passe|pas parti|pas arrive|jamais arrive|toujours pas arrive|pas encore arrive|pas credite|pas recu|bloque|bloquee|suspendu|suspendue|gele|gelee",
    "pending|processing|not gone through|has not gone through|not arrived|never arrived|not received|not credited|not landed|on hold|held|frozen|suspended|still showing as",
  ],
  DECLINED: [
    "refusee|refuse|refusees|rejetee|rejete|decline|declinee|carte bloquee|paiement refuse|paiement rejete|ne passe pas|passe pas|passe plus|transaction refusee",
    "declined|refused|rejected|not going through|will not go through|does not go through|bounced|transaction failed|card blocked|card frozen",
  ],
  EXTRA_FEES: [
    "frais supplementaires|frais caches|frais de dossier|frais d'itinerance|hors forfait|itinerance|roaming|surfacturation|surfacture|majoration|penalite|penalites|frais bancaires|agios",
    "extra fees|extra charges|extra charge|hidden fees|hidden charges|roaming|surcharge|overcharged|penalty|penalties|bank charges|unexpected charge|additional charges|additional fees",
  ],
  CLAIM: [
    "sinistre|sinistres|declaration de sinistre|dossier sinistre|indemnisation|indemniser|expertise|assurance|assureur",
    "claim|claims|insurance claim|payout|loss adjuster|assessor|insurance|insurer",
  ],
  PLAYBACK: [
    "lecture video|erreur de lecture|lecture impossible|film|films|serie|series|episode|episodes|streaming|mise en memoire tampon|saccade|saccades|pixelise|sous titres|son decale|match en direct|replay",
    "playback|movie|movies|film|films|episode|episodes|streaming|buffering|spinning wheel|pixelated|subtitles|audio out of sync|live stream|live match|replay",
  ],
  ILLNESS: [
    "malade|malades|intoxication|intoxique|intoxiquee|intox|vomi|vomir|vomissements|diarrhee|reaction allergique|allergie|urgences|mal au ventre|maux de ventre|nausee|nausees|empoisonne",
    "sick|ill|food poisoning|poisoned|vomiting|vomit|threw up|throwing up|allergic reaction|anaphylactic|hospital|a and e|stomach ache|stomach pain|diarrhoea|diarrhea|nausea|nauseous",
  ],
  FOREIGN_BODY: [
    "corps etranger|morceau de plastique|bout de plastique|morceau de verre|bout de verre|eclat de verre|cheveu|insecte|vers|morceau de metal|caillou|trouve dans",
    "foreign object|foreign body|piece of plastic|bit of plastic|piece of glass|shard of glass|glass in|hair in|insect|bug in my|worm|piece of metal|found in|stone in",
  ],
  FOOD: [
    "repas|plat|plats|nourriture|aliment|aliments|yaourt|yaourts|pain|viande|poulet|jambon|salade|sandwich|fromage|lait|biscuit|biscuits|gateau|conserve|surgele|surgeles|pizza|burger|soupe|sauce|chocolat|cereales|boisson|jus|pot|barquette|lot|dlc|date limite|a consommer",
    "meal|meals|dish|food|yoghurt|yogurt|bread|loaf|meat|chicken|ham|salad|sandwich|cheese|milk|biscuit|biscuits|cookies|cake|tin|frozen|pizza|burger|soup|sauce|chocolate|cereal|drink|juice|tub|jar|pack|batch|use by|best before",
  ],
  OVERHEAT: [
    "surchauffe|surchauffe*|brule|brulure|brulures|fumee|prend feu|pris feu|a pris feu|incendie|explose|explosion|etincelle|etincelles|electrocute|decharge electrique",
    "overheat*|burnt|burned|burns|smoke|smoking|caught fire|on fire|exploded|explosion|sparks|sparking|electric shock|shocked me",
  ],
  METER: [
    "compteur|releve de compteur|releve compteur|index du compteur|linky|gazpar|facture estimee|estimation|kwh",
    "meter|meter reading|meter readings|smart meter|estimated bill|estimated reading|kwh",
  ],
} as const satisfies Record<string, ConceptCues>;
