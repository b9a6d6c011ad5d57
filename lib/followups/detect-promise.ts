// Finds a promise in a brand reply (issue #18 §5), French or English, in any grammatical person and tense:
// "nous vous rappelons demain", "Votre remboursement sera effectué sous 48 h", "Un conseiller vous contactera dans
// l'heure", "The engineer will be with you in about two hours", "Expect a call tomorrow", "We ship it Thursday".
//
// How: the reply is cut into sentences and clauses (commas, "mais"/"but", "et"/"and" …); promise-time.ts finds
// the time expressions of each clause on the folded text (lib/text/fold.ts). A clause with a time ahead of the
// reply is a promise unless something says it is not one:
//   - the sentence is a question, a condition or an offer ("si vous le souhaitez", "if you'd like"), or reports
//     what the customer said ("vous dites que…", "you mentioned…", words in quotes);
//   - the clause is negated (lib/text/negation.ts on lib/text's tokens, so "won't", "can't", "ne … pas" all count;
//     "sans faute", "no later than" are not negations), in the past ("a été expédié", "we called you",
//     "hier", "vendredi dernier"), hypothetical ("devait", "would", "could"), a request to the customer
//     ("merci de…", "please…", "Rappelez-nous…"), an availability ("joignables de 9h à 18h") or a general policy
//     ("les remboursements sont effectués sous 14 jours", "généralement");
// A reply whose only commitment has no date ("dans les plus brefs délais", "dès réception", "we'll get back to
// you") gives a VAGUE promise: a follow-up without a due time, which its owner sees and closes by hand.
// The due time is resolved in the workspace's zone and business calendar (promise-time.ts), never the server's.
import { DEFAULT_SLA_POLICY } from "../sla/schemas";
import { fold, foldWithMap } from "../text/fold";
import { negationScope } from "../text/negation";
import { tokenizeFolded } from "../text/tokenize";
import { findTimes, resolveHits, type Calendar, type TimeHit } from "./promise-time";

export interface Promise_ {
  /** The sentence that made the promise, as written. */
  phrase: string;
  /** When it is due; null for a vague promise ("asap", "we'll get back to you"). */
  dueAt: Date | null;
  vague: boolean;
}

/** The workspace's calendar: its time zone and opening hours (the SLA policy's), holidays optional. */
export type PromiseCalendar = Pick<Calendar, "timeZone" | "businessHours"> & { holidays?: readonly string[] };

const DEFAULT_CALENDAR: PromiseCalendar = DEFAULT_SLA_POLICY;

// ----- what is masked before reading (replaced by spaces, so offsets stay) -----
const GREETINGS = /(?<![\p{L}])(?:bonne? (?:journee|soiree|fin de journee|fin de semaine|semaine|nuit|week-end|weekend|apres-midi|apres midi|dimanche|lundi|vacances|fetes)|have a (?:nice|good|great|lovely|wonderful) (?:day|evening|weekend|week|afternoon|night)|enjoy (?:your|the) (?:day|evening|weekend|afternoon)|good (?:morning|afternoon|evening|night)|a (?:demain|bientot|tres vite|tres bientot|plus tard|lundi|mardi|mercredi|jeudi|vendredi|la semaine prochaine)|see you (?:soon|tomorrow|later)|(?:talk|speak) (?:to you )?soon|get well soon|s'il vous plait|s'il te plait|once (?:again|more)|(?:at|for) the (?:moment|minute)|pour le moment|en ce moment|du moment|plus tard que (?:prevu)|later than (?:expected|planned))(?![\p{L}])/gu;
const NOT_NEGATION = /(?<![\p{L}])(?:sans faute|sans (?:aucun )?doute|sans tarder|sans attendre|sans delai|sans oublier|sans (?:probleme|souci)|no later than|not later than|pas plus tard que|ne manquerons pas de|ne manquerai pas de|ne manquera pas de|ne manqueront pas de|won't fail to|will not fail to|no (?:problem|worries)|not a problem|pas de (?:souci|soucis|probleme)|ne vous inquietez pas|ne t'inquiete pas|don't worry|do not worry|not to worry|no need to worry|pas d'inquietude|no doubt|not only|non seulement|without fail)(?![\p{L}])/gu;

/** "Following our call this morning", "suite à votre appel de ce matin": the time of something past. */
const PAST_REFERENCE = /(?<![\p{L}])(?:following|after|suite a|suite de|apres) (?:our|your|notre|votre|ton|ta|mon|ma|my|the|le|la|l')\s?(?:phone call|call|conversation|chat|exchange|appel|echange|message|mail|email|visit|visite|rendez vous|meeting|entretien)(?: (?:of |de )?(?:this|ce|cette|de ce|yesterday|hier) ?(?:morning|afternoon|evening|matin|apres midi|soir|matinee)?)?(?![\p{L}])/gu;
/** A duration that describes an offer or a product ("the 7-day trial", "garantie de 2 ans", "30 jours pour
 * changer d'avis"): how long something lasts, not when the brand owes anything. */
const ATTRIBUTE_SPAN = /(?<![\p{L}])(?:\d+|un|une|one|two|three|deux|trois|sept|seven|thirty|trente)[- ](?:day|days|week|weeks|month|months|year|years|jours?|semaines?|mois|ans?|annees?)[- ](?:free )?(?:trial|essai|warranty|guarantee|garantie|return|returns|retour|retours|money[- ]back|cooling[- ]off|grace)|(?:trial|essai|warranty|guarantee|garantie|periode d'essai|delai de retractation|retractation|grace period)(?: \w+){0,2} (?:de |of )?(?:\d+|un|une|one|two|deux|trois|sept|trente|thirty)[- ](?:day|days|week|weeks|month|months|year|years|jours?|semaines?|mois|ans?|annees?)(?![\p{L}])/gu;
const mask = (s: string, re: RegExp) => s.replace(re, (m) => " ".repeat(m.length));

// ----- sentence-level blockers (on the folded, spelled-out sentence) -----
const CONDITIONAL = /\b(?:si vous|si tu|si le|si la|si les|si votre|si ton|si ta|si c'est|si cela|si ca|s'il|s'ils|si besoin|si necessaire|au besoin|au cas ou|en cas de|if you|if your|if the|if it|if that|if this|if we|if needed|if necessary|if required|should you|in case|unless|a condition|a moins|provided|pourvu)\b/;
const REPORTED = /\b(?:selon (?:le|la|les|l'|son|sa|leur|notre|nos|votre)|d'apres (?:le|la|les|l'|son|sa|leur|notre|nos|votre)|according to|dans le cas ou|in the event|(?:le|la|les|l'|the|your|votre|son|sa|their|its|it|il|elle) (?:\w+ ){0,3}(?:indique|indiquent|indiquait|annonce|annoncent|annoncait|affiche|affichent|mentionne|stipule|says|said|shows|showed|states|stated|indicates|indicated|reads)|vous (?:nous )?(?:dites|indiquez|mentionnez|expliquez|precisez|ecrivez|affirmez|signalez|evoquez|pensiez|pensez|croyez)|vous (?:nous )?avez (?:dit|ecrit|indique|mentionne|precise|explique|signale|evoque|compris)|selon vous|d'apres vous|on vous a (?:dit|promis|indique|assure|annonce|affirme)|vous a t on|tu (?:dis|nous dis|as dit|nous as dit)|you (?:said|say|mention|mentioned|wrote|write|told us|tell us|were told|explain|explained|state|stated|noted|report|reported|thought|were promised|were expecting)|you have been told|according to you|as you (?:said|say|mention|mentioned))\b/;
const QUESTION_START = /^(?:est ce|pouvez|pourriez|voulez|voudriez|souhaitez|souhaiteriez|preferez|prefereriez|avez|etes|seriez|auriez|quand|quel|quelle|quels|quelles|a quelle|would|could|can|do|does|did|have you|has|is|are|shall|should|will you|when|what|which|how|may i|may we)\b/;

// ----- clause-level blockers (on the clause's spelled-out words) -----
const REQUEST = /\b(?:merci de|merci d'|veuillez|vous pouvez|vous pourrez|vous pourriez|tu peux|tu pourras|n'hesitez|n'hesite|pensez a|pense a|n'oubliez|n'oublie|vous devez|vous devrez|vous devriez|vous aurez a|tu dois|il faut|il faudra|il faudrait|il vous faut|il vous suffit|il suffit|je vous invite|nous vous invitons|on vous invite|je vous demande|nous vous demandons|je vous prie|nous vous prions|je vous conseille|nous vous conseillons|nous vous recommandons|je vous recommande|je vous propose|nous vous proposons|on vous propose|on peut vous proposer|a vous de|vous etes invite|vous avez jusqu|vous disposez|libre a vous|please|kindly|you can|you could|you may|you might|you need|you will need|you must|you have to|you should (?!receive|get|have|see|hear|be)|you would|make sure|remember to|do not forget|feel free|we ask|we would ask|i would ask|we need you|i need you|we invite|let us know|let me know|drop us|give us|send us|call us|contact us|email us|message us|text us|ring us|reply to (?:us|this)|get in touch with us|reach out to us|you are welcome to|we recommend|we suggest|i recommend|i suggest|we would recommend|we advise|we would suggest|you have until|you have \d+|we can offer|we could offer|we offer|requise?s?|necessaire que vous|need to be|will need|needs to|need your|we need|nous faut|besoin de votre|besoin de vos|besoin que vous|aurions besoin|avons besoin|whether|savoir si|know if|wondering if|demander si)\b/;
const IMPERATIVE_EN = /^(?:call|ring|phone|send|give|contact|reply|respond|email|e mail|drop|come|bring|pop|visit|try|check|fill|book|text|message|dm|pick|collect|return|post|head|go|use|click|follow|log|sign|update|confirm|share|tell|take|keep (?!an eye)|get|make|remember|pay|wait|hold|bear|allow|leave|put|have)\b/;
const IMPERATIVE_FR_OK = new Set(["attendez", "surveillez", "guettez", "sachez", "notez", "rassurez", "soyez", "comptez", "excusez", "veuillez"]);
const MODAL = /\b(?:pouvons|pouvez|peux|peut|peuvent|pourrons|pourrez|pourra|pourront|pourrait|pourrions|pourraient|pourriez|pourrais|possible de|possible d'|can|could|able to|may|might|would|happy to|glad to|ravis de|ravis d'|ravi de|ravi d'|heureux de|serions|serait|aimerions|souhaiterions|voudrions|esperons|espere|j'espere|on espere|hope|hopefully|essayer|essayons|essaierons|essaierai|tenter|tenterons|try|trying|si possible)\b/;
const AVAILABILITY = /\b(?:runs|operates|is staffed|are staffed|rouvre|rouvrent|rouvrira|reouvre|reopens|reopen|reopening|opens|ouvre|ouvrira|possible|possibles|envisageable|an option|en option|maintenance|greve|strike|indisponibles?|unavailable|down for|hors service|out of service|ferie|bank holiday|automatiquement|automatically|renouvel\w*|renew\w*|prelevement|preleve\w*|direct debit|next bill|prochaine facture|echeance|mensualite|instalment|disponibles?|dispos?|joignables?|ouverts?|ouvertes?|fermes?|fermees?|available|open|reachable|closed|close early|close at|will close|closing|horaires|opening hours|du lundi au|from monday to|monday to friday|lundi au vendredi|(?:nous sommes|nous serons|on est|on sera|sommes|serons) de retour|(?:we are|we re|we'll be|we will be) back(?! in touch| to you| with you))\b/;
const HABITUAL = /\b(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|generalement|en general|habituellement|d'habitude|en moyenne|en principe|toujours|chaque|tous les|toutes les|usually|generally|typically|in general|on average|always|every|each|as a rule|en regle generale)\b/;
const FUTURE_EN = /\b(?:will|shall|gonna|going to|is due to|are due to)\b|\b(?:am|are|is) (?:\w+ )?\w+ing\b/;
const ALLER = /\b(?:vais|vas|va|allons|allez|vont) (?:(?:vous|te|t'|le|la|les|l'|lui|leur|nous|me|m'|en|y|bien|tout|immediatement|personnellement|donc|aussi) )*\w+(?:er|ir|re|oir)\b/;
// Future tense: "rappellerons", "enverra", "viendra", "mettra", "devra", "aura"; not the present of -rer verbs
// ("livrons", "montrez", "assurons").
const FUTURE_FR_WORD = /^\p{L}{1,}(?:(?:er|ir|rr|dr)(?:ai|as|a|ons|ez|ont)|(?:tr|vr|ur)(?:ai|as|a|ont)|(?:ettr|evr|aur)(?:ons|ez))$/u;
const NOT_FUTURE = new Set(["vrai", "extra", "camera", "opera", "bras", "gras", "environs", "marrons", "citrons", "patrons", "front", "affront",
  "ultra", "sera" /* kept below */, "tiara", "sierra", "mantra", "cobra", "zebra", "algebra", "agora", "era", "para", "cara", "vera", "lara",
  "sara", "nora", "clara", "laura", "aura" /* kept below */, "chez", "perez", "hydra", "mardi", "libra", "cancer", "tora", "ira"]);
const FUTURE_FR_OK = new Set(["sera", "seront", "serons", "serez", "aura", "aurons", "aurez", "auront", "ira", "irons", "irez", "iront", "pourra", "fera", "ferons", "ferez", "feront"]);
const SECOND_PERSON = /\b(?:vous|votre|vos|tu|te|t'|toi|ton|ta|tes|vs|you|your|yours|u|ur)\b/;
// A plural noun as subject ("Les remboursements sont effectués…"); a pronoun ending in s ("nous", "vous") is a person.
const GENERIC_SUBJECT = /^(?!(?:nous|vous|ils|elles|us|its|his|yes)\b)(?:(?:les|des|nos|tous les|toutes les|tous nos|toutes nos|all|all our|our|most|many|certains|certaines|la plupart des) )?\p{L}+s\b/u;
/** Thanks and apologies say what happened, not what will: "Merci pour votre message de ce matin", "Sorry about Tuesday's delivery". */
const COURTESY = /^(?:merci|thanks|thank you|thx|ty|desole|desolee|desoles|desolees|navre|navree|navres|sorry|so sorry|apologies|our apologies|my apologies|toutes nos excuses|nos excuses|mes excuses|pardon|excusez nous|we apologise|we apologize|i apologise|i apologize|nous nous excusons|je m'excuse|encore merci|many thanks)\b/;
/** "Comme promis vendredi", "as agreed on Monday": the time is when it was said. */
const AS_AGREED = /^(?:comme|as) (?:\w+ ){0,3}(?:promis|convenu|prevu|annonce|indique|dit|evoque|promised|agreed|discussed|planned|mentioned|arranged|said)\b/;
/** Things that end or hold until a time: offers, warranties, sales. Not an act of the brand. */
const VALIDITY = /\b(?:se termine|se terminera|prend fin|prendra fin|expire|expirera|valable|valables|valide|valid|ends|expires|expire|runs until|court|courent|closes|ferme|ferment|fermera)\b/;
/** Who or what a promise is about: the customer, the brand, its people, the customer's order or money, or what
 *  the reply already named ("il", "it") or apologised for. A reply with none of these ("La nouvelle collection
 *  sortira lundi.") is news, not a promise to this customer. */
const LINK = /\b(?:il|elle|ils|elles|it|they|he|she|his|her|their|son|sa|ses|leur|leurs|desole\w*|navre\w*|sorry|apolog\w*|excuses?|dsl|sry|montant|somme|solde|amount|balance)\b/;
/** A reply that greets someone ("Hi Nora", "Bonjour Madame") speaks to this customer, whatever its nouns. */
const GREETED = /^(?:bonjour|bonsoir|hello|hi|hey|salut|coucou|dear|cher|chere|madame|monsieur|mme|mr|mrs|ms)\b/;
const FIRST_PERSON = /\b(?:je|j'|nous|on|me|m'|moi|mon|ma|mes|notre|nos|we|i|us|our|my|me)\b/;
const CASE_NOUN = /\b(?:livreur|livreuse|coursier|coursiere|transporteur|technicien|technicienne|conseiller|conseillere|expert|experte|plombier|depanneur|installateur|electricien|agent|agente|responsable|equipe|equipes|service|services|collegue|manager|superviseur|reparateur|colis|commande|commandes|remboursement|remboursements|avoir|bon|bons|code|codes|lien|cheque|virement|carte|facture|devis|piece|pieces|article|articles|produit|appareil|echange|retour|rendez vous|intervention|visite|passage|livraison|expedition|reparation|remplacement|rappel|appel|reponse|dossier|reclamation|ligne|connexion|compte|acces|geste commercial|dedommagement|credit|blocage|panne|incident|probleme|souci|bug|coupure|box|suivi|tracking|details|courier|driver|engineer|technician|advisor|adviser|agent|someone|somebody|team|parcel|package|order|refund|replacement|voucher|credit|invoice|quote|link|card|payment|part|item|visit|delivery|repair|callback|call|answer|reply|case|claim|account|line|connection|cheque|check|transfer|code|email|e mail|text|sms|message|confirmation|label|appointment|slot)s?\b/;
/** A time of the customer's own doing ("Lorsque vous installerez la box mardi", "once you've installed it tomorrow"). */
const CUSTOMER_WHEN = /^(?:lorsque|lorsqu'|quand|once|when|des que|after|apres que) (?:vous|tu|you|u)\b/;
/** Wishes for the customer's own plans ("bonne installation samedi", "enjoy your trip next week"). */
const WISH = /\b(?:(?:bonne?s?|belle|beau) (?:installation|route|voyage|vacances|demenagement|rentree|chance|continuation|reception|degustation|ceremonie|fete|anniversaire|reprise|visite|seance|soiree|journee|nuit|semaine|fin de semaine|week end|weekend|sejour)|bon (?:voyage|courage|appetit|retour|anniversaire|demenagement|week end|weekend|sejour|match|concert|spectacle|passage|rdv|rendez vous|shopping)|enjoy (?:your|the)|have (?:a|an) (?:safe|good|great|nice|lovely|wonderful|fantastic) |good luck|best of luck|happy (?:birthday|holidays|travels)|profitez bien)\b/;
/** News for everyone, not a commitment to this customer ("la nouvelle collection arrive lundi", "the sale starts Friday"). */
const NEWS = /\b(?:(?:nouvelle?s?|new|brand new|brand-new) (?:\w+ )?(?:collection|gamme|version|appli|application|app|offre|offres|boutique|magasin|store|range|line|menu|saison|season|update|programme|program|produits?|modeles?|models?)|soldes|the sales?|sales start|lancement|launch\w*|nouveautes|arrive en magasin|arrivent en magasin|lands in stores|in stores|the event|l'evenement|un evenement|notre evenement|our event|inauguration|grand opening|webinar|atelier|workshop)\b/;
const EXPECT = /\b(?:attendez vous|expect|look out|watch out|watch for|keep an eye)\b/;

// Past on the clause as written (accents tell "a été" from "à votre"), then on the spelled-out words.
const PAST_FR = /(?<![\p{L}])(?:(?:ai|as|a|avons|avez|ont|avait|avions|aviez|avaient|eu|aurait|aurions|auraient)\s+(?:(?:bien|déjà|deja|pas|jamais|toujours|tout|aussi|également|encore|été|ete)\s+)*(?:été|ete|\p{L}+(?:é|ée|és|ées)|fait|pris|mis|dit|reçu|recu|eu|vu|pu|dû|su|écrit|promis|transmis|remis|permis|repris|compris|parti|sorti|fini|choisi|offert|ouvert|rendu|vendu|répondu|repondu|perdu|attendu|entendu|tenu|obtenu|retenu|revenu|prévenu|prevenu|convenu|résolu|resolu|joint|rejoint)|(?:est|sont|suis|sommes|êtes|etes|était|etait|étaient|etaient)\s+(?:bien\s+|déjà\s+|deja\s+)?(?:passée?s?|venue?s?|arrivée?s?|partie?s?|allée?s?|intervenue?s?|revenue?s?|repassée?s?|sortie?s?|tombée?s?|restée?s?|rentrée?s?|repartie?s?|parvenue?s?)|(?:venons|vient|viens|venez|viennent)\s+d['e’]|(?:s['’]|se\s|me\s|m['’]|t['’]|te\s|nous\s|vous\s)\s*(?:est|sont|suis|es|sommes|êtes|etes)\s+\p{L}+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|t|te))(?![\p{L}])/iu;
const IMPERFECT = /(?<![\p{L}])\p{L}{2,}(?:ait|aient|rions|riez)(?![\p{L}])/giu;
const NOT_IMPERFECT = new Set(["fait", "parfait", "parfaitement", "souhait", "plait", "lait", "trait", "retrait", "extrait", "portrait", "attrait", "bienfait",
  "forfait", "abstrait", "distrait", "satisfait", "refait", "defait", "surfait", "stait"]);
const PAST_EN = /\b(?:was|were|did|had|wasn't|weren't|didn't|hadn't)\b|\b(?:have|has|'ve|’ve)\s+(?:just\s+|already\s+|now\s+|also\s+|finally\s+)?(?:been|\w+ed|sent|made|got|gotten|taken|given|done|spoken|paid|put|told|found|brought|left|kept|rung|heard|seen|arranged)\b|\b(?:we|i|they|he|she|you|nobody|somebody|someone|no one|(?:the|our|your|my|his|her|their) \w+)\s+(?:just\s+|already\s+|also\s+|then\s+|finally\s+|only\s+)?(?:\w+ed|sent|came|went|got|took|gave|made|spoke|paid|left|kept|told|rang|brought|put|wrote|forgot|saw|heard|met|found|rang|did)\b/i;

interface Clause { start: number; end: number; hits: TimeHit[] }

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?…\n])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

// Clause breaks in a folded sentence: punctuation, contrast and coordination words. "et"/"and" break only
// before what can start a clause, so "2 à 3 jours" or "rock and roll" stay whole.
const BREAKS = /\s*[,;:()]\s*|\s+[-–—]\s+|\s+(?=(?:mais|but|however|en revanche|par contre|cependant|toutefois|whereas|tandis que|alors que|while|so|donc|puis|then|ensuite|afterwards)\b)|\s+(?=(?:et|and)\s+(?:nous|on|je|j'|il|elle|ils|elles|le|la|les|l'|votre|vos|ton|ta|tes|un|une|ce|cette|notre|nos|we|i|it|the|your|our|a|an|they|he|she|will|shall|vous|you|te|t'|va|allons|vais|sera|seront|serez|come|get|let|keep|come|\p{L}{3,}ons)\b)/gu;

function clausesOf(folded: string, hits: TimeHit[]): Clause[] {
  const cuts: [number, number][] = [];
  BREAKS.lastIndex = 0;
  for (let m = BREAKS.exec(folded); m; m = BREAKS.exec(folded)) {
    if (m[0].length === 0) { BREAKS.lastIndex++; continue; }
    // A break inside a time expression ("9:30", "entre 14h et 16h", "4.30pm") is not a break.
    if (hits.some((h) => m!.index >= h.start && m!.index < h.end)) continue;
    cuts.push([m.index, m.index + m[0].length]);
  }
  const out: Clause[] = [];
  let from = 0;
  for (const [a, b] of [...cuts, [folded.length, folded.length] as [number, number]]) {
    if (a > from) out.push({ start: from, end: a, hits: hits.filter((h) => h.start >= from && h.end <= a) });
    from = b;
  }
  // A clause that is only a time ("…la semaine prochaine, mardi") belongs to the clause before it.
  const merged: Clause[] = [];
  for (const c of out) {
    const rest = [...folded.slice(c.start, c.end)].map((ch, i) => (c.hits.some((h) => c.start + i >= h.start && c.start + i < h.end) ? " " : ch)).join("");
    const words = rest.split(/[^\p{L}']+/u).filter((w) => w && !/^(et|and|on|le|la|the|at|au|ou|or|to|a|jusqu'a|until|till|plutot|rather|vers|environ|about|precisement)$/.test(w));
    const prev = merged.at(-1);
    if (prev && c.hits.length > 0 && words.length === 0) merged[merged.length - 1] = { start: prev.start, end: c.end, hits: [...prev.hits, ...c.hits] };
    else merged.push(c);
  }
  return merged;
}

/** The clause's text with its time expressions blanked: what the clause says besides when. */
function maskHits(folded: string, c: Clause): string {
  let out = folded.slice(c.start, c.end);
  for (const h of c.hits) out = out.slice(0, h.start - c.start) + " ".repeat(h.end - h.start) + out.slice(h.end - c.start);
  return out;
}

/** The clause's words, folded and spelled out by lib/text ("we'll" → "we will", "won't" → "will not"). */
function spelled(folded: string): string {
  let out = "";
  for (const t of tokenizeFolded(folded)) out += t.elided ? (out ? " " : "") + t.word : (out && !out.endsWith("'") ? " " : "") + t.word;
  return out;
}

function negated(folded: string): boolean {
  const tokens = tokenizeFolded(mask(folded, NOT_NEGATION));
  const words = tokens.map((t) => t.word);
  // "nous ne pourrons vous livrer que lundi": "ne … que" restricts, it does not negate.
  const strong = words.some((w) => ["pas", "plus", "jamais", "rien", "aucun", "aucune", "personne", "guere", "ni", "not", "no", "never", "nothing", "nobody", "none", "cannot", "without", "sans", "nor", "neither"].includes(w));
  if (!strong && words.some((w) => w === "que" || w === "qu'")) return false;
  if (/\b(?:unable|impossible|incapable|pas possible|not possible|too late|trop tard|no longer)\b/.test(folded)) return true;
  return negationScope(tokens).some((s) => s.cue);
}

function isFuture(words: string): boolean {
  if (FUTURE_EN.test(words) || ALLER.test(words)) return true;
  return words.split(" ").some((w) => FUTURE_FR_OK.has(w) || (FUTURE_FR_WORD.test(w) && !NOT_FUTURE.has(w)));
}

function isPast(original: string, words: string, future: boolean): boolean {
  if (future) return false;
  if (PAST_FR.test(original) || PAST_EN.test(words)) return true;
  for (const m of original.matchAll(IMPERFECT)) if (!NOT_IMPERFECT.has(m[0].toLowerCase().normalize("NFD").replace(/\p{M}/gu, ""))) return true;
  return false;
}

function isRequest(words: string, first: boolean): boolean {
  if (REQUEST.test(words)) return true;
  if (!first) return false;
  if (IMPERATIVE_EN.test(words)) return true;
  const [w0 = "", w1 = ""] = words.split(" ");
  if (IMPERATIVE_FR_OK.has(w0)) return false;
  // "Rappelez-nous", "Dites-nous si…", "Écris-moi": an imperative with its pronoun after it.
  return /^\p{L}{3,}ez$/u.test(w0) || (/^\p{L}{2,}(?:es|s|e)$/u.test(w0) && (w1 === "nous" || w1 === "moi") && !/^(?:vous|nous|je|tu|on|il|elle|ils|elles|les|des|ces|mes|tes|ses|nos|vos|une|ce|cette|que|comme|puis|alors|apres|depuis|toutes|tous|ensuite|encore)$/.test(w0));
}

/** The kind of communication commitment that needs no date to be a promise ("we'll get back to you"). */
const FOLLOW_UP_VERB = /\b(?:(?:revien\w*|reviendr\w*|revenons|revenir|reviens) vers (?:vous|toi|vs|v)|(?:vous|te|t'|vs) (?:re)?contact\w*|(?:vous|te|t'|vs) rappel\w*|(?:vous|te|t'|vs) appell\w*|(?:vous|te|vs) (?:informer|informerons|informerai|informera)\b|prendr\w* contact|will (?:call|ring|phone|contact|email|text|message|dm) (?:you|u)|(?:vous|te|vs) (?:tien\w*|tenir|tiendr\w*) (?:informe\w*|au courant)|(?:vous|te|vs) (?:apporter\w*|donner\w*|fournir\w*|communiquer\w*|apporter) (?:une|un|des|la|le|sa|notre) (?:reponse|retour|nouvelles|suite|precisions?|solution)|(?:vous|te|vs) (?:repondr\w*|repond\w*)|(?:vous|te|vs) fer\w* (?:un )?(?:retour|signe)|(?:nous|je|on) (?:nous |m'|me |s')?en (?:occup|charg)\w*|(?:faisons|fais|ferons|ferai|fait|va faire|allons faire|vais faire) le necessaire|(?:te|vous|vs) (?:redis|redirai|redirons|dirai|dirons|dis ca|dis quoi)|(?:serez|sera|seras|serons) (?:re)?(?:contacte|rappele|appele|informe|tenu informe|tenue informee)\w*|be (?:re)?contacted|be called back|be in contact|reach out|chase (?:it|this|that) up|chase up|do what is needed|(?:nous|je|on) (?:allons |vais |va )?(?:nous |me |se )?renseign\w*|get back to (?:you|u)|come back to (?:you|u)|let (?:you|u) know|keep (?:you|u) (?:posted|updated|informed|in the loop)|follow up|be in touch|get in touch with (?:you|u)|reach out to (?:you|u)|update (?:you|u)|contact (?:you|u)|call (?:you|u) back|ring (?:you|u) back|get back in touch|sort (?:it|this|that) out|take care of (?:it|this|that)|deal with (?:it|this|that)|(?:we are|i am) on it|(?:look|looking) into (?:it|this)(?= and)|vous recontacter|vous tenir informe\w*)\b/;
/** The customer's own plan, repeated back ("vous nous renverrez le formulaire lundi", "so you'll drop it off
 * tomorrow"): a time the brand owes nothing at. Receiving, being called and
 * other passive forms ("vous recevrez", "you'll be contacted", "tu seras livré") stay the brand's promise. */
const CUSTOMER_PLAN = /^(?:(?:donc|alors|so|then|ok|okay|bon|parfait|great|perfect|noted|note|tres bien|tout bon)\s)*(?:vous|tu|you)\s(?!(?:(?:will|are going to|allez|vas)\s)?(?:(?:nous|me|us|it|y)\s|m')?(?:recev|receive|get\b|have\b|hear|be\b|are\b|etes\b|es\b|aur|ser|obtiendr|pourr|devr|peu|can\b|may\b|should\b|etre|avoir|shall\b|going\b|trouv|find|see\b|voir|verr))\p{L}+/u;
/** Waiting for what the customer sends ("nous attendons donc votre colis la semaine prochaine"): read on the whole
 * sentence, since "donc" cuts it into clauses. */
const AWAITING_CUSTOMER = /\b(?:nous|on|we)\s(?:attendons|attend|attendrons|are waiting for|wait for|await|look forward to)\s(?:donc\s|then\s|bien\s|so\s)?(?:votre|vos|ton|tes|your)\b/u;
const BRAND_ACTION = /\b(?:je|j'|nous|on|we|i|notre|nos|our|votre|vos|your|ton|ta|tes|vous recevrez|you will (?:receive|get|have|hear))\b/;

type Reading = { due: Date } | "vague" | null;

interface SentenceContext { folded: string; all: string; original: string; map: number[]; clauses: Clause[]; event: boolean; linked: boolean }

/** What one clause promises: a due time, a vague promise, or nothing (the blockers of the header). */
function readClause(ctx: SentenceContext, i: number, writtenAt: Date, cal: Calendar): Reading {
  const { folded, all, original: sentence, map, clauses, event } = ctx;
  const c = clauses[i]!;
  const cf = folded.slice(c.start, c.end);
  const original = sentence.slice(map[c.start]!, map[c.end] ?? sentence.length);
  const words = spelled(cf);
  // "Expect a call tomorrow", "attendez-vous à…": what the brand will do, said to the customer.
  const future = isFuture(words) || EXPECT.test(words);
  const first = i === 0 || /[:;]/.test(folded.slice(clauses[i - 1]!.end, c.start));
  const bare = spelled(maskHits(folded, c));
  if (negated(cf) || (isRequest(words, first) && !EXPECT.test(words)) || AVAILABILITY.test(bare) || HABITUAL.test(bare) || VALIDITY.test(bare)) return null;
  if (WISH.test(words) || (NEWS.test(words) && !SECOND_PERSON.test(words)) || CUSTOMER_WHEN.test(words)) return null;
  // "Comme promis, je reviens vers vous : …": the promise kept now, not a new one.
  if (AS_AGREED.test(all) && !future) return null;
  if (COURTESY.test(words) || (AS_AGREED.test(words) && !future) || CUSTOMER_PLAN.test(words) || AWAITING_CUSTOMER.test(all)) return null;
  if (!future && !SECOND_PERSON.test(all) && GENERIC_SUBJECT.test(words) && !/^(?:nous|vous|les? nous)\b/.test(words)) return null;
  if (MODAL.test(words.replace(/\b(?:as soon as (?:we|i) can|as quickly as (?:we|i) can|des que (?:nous|on|je) (?:pourrons|peut|pourra|pourrai|le pourrons)|aussitot que possible)\b/g, " ")) && !/\b(?:devrait|devraient|should) (?:\w+ )?(?:recevoir|arriver|etre|avoir|receive|arrive|be|get|have|hear)\b/.test(words)) return null;
  const dated = c.hits.filter((h) => !h.vague && !h.past && !h.until && !h.attributive && (!h.span || future) && (h.day || h.part || h.clock || h.duration));
  // The tense that governs the time is the verb before it: in "nous avons pris contact aujourd'hui … qui sera
  // livrée", "aujourd'hui" goes with "avons pris", the future belongs to the relative clause after it.
  const headEnd = dated.length > 0 ? Math.max(...dated.map((h) => h.end)) : c.end;
  const head = folded.slice(c.start, headEnd);
  const headWords = spelled(head);
  const past = c.hits.some((h) => h.past) || isPast(sentence.slice(map[c.start]!, map[headEnd] ?? sentence.length), headWords, isFuture(headWords)) || (dated.length === 0 && isPast(original, words, future));
  // "Nous avons programmé le passage du technicien demain": a past verb, a day clearly ahead.
  if (past && !dated.some((h) => h.future && !h.duration)) return null;
  const commits = future || BRAND_ACTION.test(words) || EXPECT.test(words);
  if (dated.length > 0) {
    if (!ctx.linked) return null;
    const delay = dated.find((h) => h.duration || h.day?.kind === "businessDays");
    // "Les remboursements sont effectués sous 14 jours", "We answer all messages within 24 hours": a rule.
    if (delay && !delay.relative && !future && (!SECOND_PERSON.test(words) || GENERIC_SUBJECT.test(words))) return null;
    // "sous 48 h dès réception de votre retour": counted from a moment nobody knows yet.
    if (delay && event) return commits ? "vague" : null;
    const due = resolveHits(dated, writtenAt, cal);
    return due ? { due } : null;
  }
  const committed = words.replace(/\b(?:pour|placee? pour|placed to|able to|en mesure de) (?:vous|te|vs|you|u) \S+/g, " ");
  if ((c.hits.some((h) => h.vague === "soon") && commits) || FOLLOW_UP_VERB.test(committed) || (event && commits)) return "vague";
  return null;
}

export function detectPromise(text: string, writtenAt: Date, calendar: PromiseCalendar = DEFAULT_CALENDAR): Promise_ | null {
  const cal: Calendar = { timeZone: calendar.timeZone, businessHours: calendar.businessHours, holidays: [...(calendar.holidays ?? [])] };
  let best: { due: Date; phrase: string } | null = null;
  let vague: string | null = null;
  const whole = spelled(fold(text));
  const linked = SECOND_PERSON.test(whole) || FIRST_PERSON.test(whole) || CASE_NOUN.test(whole) || LINK.test(whole) || GREETED.test(whole);
  for (const sentence of sentences(text)) {
    const { text: folded0, map } = foldWithMap(sentence);
    // Quoted words are someone else's ("« on vous rappelle demain » disiez-vous").
    const folded = mask(mask(mask(folded0.replace(/"[^"]*"/g, (m) => " ".repeat(m.length)), GREETINGS), PAST_REFERENCE), ATTRIBUTE_SPAN);
    const all = spelled(folded);
    if (/\?\s*$/.test(folded0.replace(/[\p{Extended_Pictographic}\s]+$/u, "")) || QUESTION_START.test(all)) continue;
    if (CONDITIONAL.test(all) || REPORTED.test(all)) continue;
    const hits = findTimes(folded);
    const ctx: SentenceContext = { folded, all, original: sentence, map, clauses: clausesOf(folded, hits), event: hits.some((h) => h.vague === "event"), linked };
    for (let i = 0; i < ctx.clauses.length; i++) {
      const r = readClause(ctx, i, writtenAt, cal);
      if (r === "vague") vague ??= sentence;
      else if (r && (!best || r.due < best.due)) best = { due: r.due, phrase: sentence };
    }
  }
  // Several promises in one reply: the first one due is the one to watch.
  if (best) return { phrase: best.phrase.slice(0, 500), dueAt: best.due, vague: false };
  if (vague) return { phrase: vague.slice(0, 500), dueAt: null, vague: true };
  return null;
}
