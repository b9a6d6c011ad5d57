// Concepts of service, accounts and places: apps, accounts, loyalty, outages, people, shops, products (concepts.ts
// explains what a cue is and how it matches).
import type { ConceptCues } from "./concepts";

export const SERVICE_CONCEPTS = {
  // ---- apps and sites ----
  CRASH: [
    "plante|plant*|crash*|ferme|referme|se ferme|quitte|coupe|s'eteint|fige|freeze|gele|ecran noir|ecran blanc|ouvre pas|ouvre plus|s'ouvre pas|s'ouvre plus|lance pas|lance plus|demarre pas|demarre plus|impossible d'ouvrir|impossible a ouvrir|inutilisable|inaccessible|boucle|beug*|bug*|bugue|marche plus|fonctionne plus|ferme toute seule",
    "crash*|closes|closing|closed|shuts|shut down|freezes|frozen|black screen|white screen|blank screen|will not open|does not open|won't open|not open|can not open|cannot open|will not launch|won't launch|unusable|force close|force closes|quits|dies|kicks me out|keeps closing|loop|stuck on",
  ],
  LAUNCH: [
    "ouverture|ouvrir|ouvre|lancement|lancer|lance|demarrage|demarrer|demarre|logo|ecran de chargement|accueil|des que",
    "launch|launching|open|opening|opens|startup|start up|start|starting|splash|splash screen|loading screen|tap it|as soon as",
  ],
  UPDATE: [
    "mise a jour|mise à jour|mises a jour|maj|mj|nouvelle version|derniere version|version|update|mise a niveau|v5|v4|v6",
    "update|updated|updating|new version|latest version|version|upgrade|upgraded|patch|release",
  ],
  BUG: [
    "bug|bugs|beug|beugue|bugue|bogue|bug*|beug*|marche pas|marche plus|fonctionne pas|fonctionne plus|ne marche|ne fonctionne|dysfonctionnement|probleme|souci|erreur|plante|se vide|vide|vider|vidé|disparait|disparaissent|efface|effacé|reinitialise|remis a zero|remet a zero|perdu|perd|garde rien|garde pas|charge pas|charge plus|s'affiche pas|affiche rien|page blanche|rame|inutilisable|hs|impossible",
    "bug|bugs|buggy|bugged|glitch|glitchy|not working|does not work|stopped working|broken|broke|error|issue|problem|empties|emptying|empty|emptied|vanish|vanishes|disappear|disappears|wiped|wipes|resets|reset|deletes|deleted|lost|loses|keeps nothing|will not load|does not load|not loading|blank|unusable|fails|failing|failed",
  ],
  CART: ["panier|paniers|caddie", "cart|basket|shopping cart|shopping basket|trolley"],
  SLOW: ["lent|lente|lenteur|lenteurs|rame|ramer|met des heures|mets des heures|interminable|ultra lent|charge lentement", "slow|slowly|sluggish|takes ages|takes forever|lagging|lag|laggy|loads slowly"],
  DOWN: [
    "panne|en panne|coupure|coupe|coupee|hs|down|plus de|plus d'internet|plus d'eau|plus d'electricite|plus aucun|plus aucune|pas de|aucun|aucune|rien ne marche|marche plus|fonctionne plus|ne marche|ne fonctionne|inaccessible|indisponible|ko|mort|morte|plus rien|zero|sans|zone blanche|clignote|redemarre|perturbation|perturbations|incident|interruption|hors service|en carafe",
    "outage|outages|down|dead|offline|no|not working|nothing works|does not work|stopped working|cut|cut off|unavailable|unreachable|not available|without|zero|blackout|disruption|interrupted|keeps dropping|dropped|failure|failing|rebooting|blinking|flashing|no service|out of order|out of service",
  ],

  // ---- accounts and security ----
  LOGIN: [
    "connexion|connecter|connecte|reconnecter|deconnecte|deconnecter|me connecter|se connecter|identifier|identification|identifiant|identifiants|mot de passe|mdp|login|log in|authentification|acceder a mon compte|acces a mon compte|acceder|acces",
    "login|log in|log into|logging in|logging into|log on|sign in|sign into|signing in|signin|sign on|password|credentials|authenticate|authentication|access my account|get into my account|access",
  ],
  UNABLE: [
    "impossible|pas possible|accepte pas|accepte plus|n'accepte|expire|expiree|perime|plus valide|non valable|non valide|deconnecte tout seul|arrive pas|arrive plus|peux pas|peux plus|peut pas|peut plus|n'arrive|echec|echoue|refuse|refusee|erreur|bloque|marche pas|marche plus|fonctionne pas|fonctionne plus|invalide|incorrect|incorrecte|rejete",
    "can not|cannot|unable|could not|will not accept|does not accept|not accepted|not accept|expired|not valid|no longer valid|logs me out|kicks me out|fails|failed|failing|failure|error|refused|rejected|denied|invalid|incorrect|wrong|not working|does not work|will not let|won't let|keeps saying|says my",
  ],
  LOCKED: [
    "bloque|bloquee|verrouille|verrouillee|suspendu|suspendue|desactive|desactivee|ferme|fermee|gele|gelee|bride|banni|restreint",
    "locked|locked out|blocked|suspended|disabled|deactivated|closed|frozen|banned|restricted",
  ],
  HACKED: [
    "pirate|piratee|piratage|hacke|hacker|usurpe|usurpation|quelqu'un s'est connecte|connexion suspecte|commandes que je n'ai pas|pas passe ces commandes|compromis|fraude|frauduleux|frauduleuse|vol d'identite|volé mes points",
    "hacked|hacker|compromised|breached|someone logged|someone else logged|unauthorised|unauthorized|orders i did not|did not place|suspicious login|fraudulent|identity theft|taken over",
  ],
  PASSWORD_RESET: [
    "reinitialiser mon mot de passe|reinitialisation du mot de passe|reinitialisation de mot de passe|reinitialiser le mot de passe|lien de reinitialisation|mail de reinitialisation|mot de passe oublie|mdp oublie|nouveau mot de passe|changer mon mot de passe|recuperer mon compte",
    "password reset|reset my password|reset the password|reset link|reset email|forgot password|forgot my password|forgotten password|new password|change my password|recover my account|account recovery",
  ],
  VERIFY_CODE: [
    "code de verification|code de confirmation|code sms|code par sms|code de validation|code d'activation|code a usage unique|double authentification|code 3d secure|code de securite|otp|code de connexion|code a 6 chiffres|code a six chiffres|sms de confirmation|sms de verification|texto de confirmation|code par texto",
    "verification code|confirmation code|sms code|text code|one time code|one-time code|security code|otp|2fa|two factor|two-factor|authentication code|activation code|login code|6 digit code|six digit code|verification text|confirmation text|verification sms|code by text",
  ],
  PHISHING: [
    "phishing|hameconnage|arnaque|arnaques|escroquerie|faux sms|faux mail|faux message|faux email|lien suspect|lien bizarre|frauduleux|se fait passer|se faisant passer|usurpe|usurpant|faux site|faux conseiller|faux compte|smishing|piege",
    "phishing|scam|scams|scammer|scammers|fake text|fake sms|fake email|fake message|fake site|fake website|fake account|suspicious link|dodgy link|pretending to be|impersonat*|fraudulent|smishing|spoof*",
  ],
  DATA_LEAK: ["fuite de donnees|fuite des donnees|fuite|donnees personnelles|donnees volees|cyberattaque", "data leak|data breach|leak|leaked|breach|personal data|stolen data|cyberattack"],

  // What an account shows: a bank or wallet balance, the total on an account page.
  // (Phrases in French: "les soldes" are the sales, and a "montant" is any amount.)
  BALANCE: [
    "mon solde|le solde|votre solde|ton solde|solde du compte|solde de mon compte|solde bancaire|solde disponible|total des comptes|total de mes comptes|montant sur mes comptes|montant des comptes",
    "balance|balances|account total|available funds|available balance",
  ],

  // ---- loyalty ----
  LOYALTY: [
    "points|point fidelite|points fidelite|fidelite|carte fidelite|carte de fidelite|cagnotte|programme de fidelite|club|recompense|recompenses|euros fidelite",
    "points|loyalty|loyalty card|loyalty points|rewards|reward points|reward|club card|clubcard|card points|cashback|points balance",
  ],
  NOT_CREDITED: [
    "pas credite|pas credites|pas applique|pas appliquee|non applique|non appliquee|pas deduit|pas deduite|n'apparaissent pas|pas apparus|jamais credite|non credite|pas pris en compte|pas comptabilise|pas ajoute|pas ajoutes|pas cumule|pas enregistre|rien cumule|zero point|aucun point|manquent|manquant",
    "not credited|never credited|not applied|did not apply|was not applied|not deducted|never showed up|not showing up|never appeared|not added|not counted|not recorded|did not get my points|no points|missing points|not showing|not applied",
  ],
  RESET_ZERO: [
    "disparu|disparus|disparues|perdu|perdus|a 0|affiche 0|indique 0|0 euro|0 euros|solde nul|0 point|0 points|zero|remis a zero|remise a zero|a zero|envoles|envole|expire|expires|effaces|supprimes|vole|voles|vide|videe|plus rien",
    "disappeared|vanished|gone|lost|reset|zero|wiped|expired|deleted|removed|stolen|emptied|shows 0|showing 0|at 0",
  ],

  // ---- outages ----
  INTERNET: [
    "internet|fibre|box|adsl|wifi|wi-fi|connexion|co|livebox|freebox|bbox|modem|routeur|ligne fixe|ligne|fixe|debit|tv|tele|television|decodeur|net|reseau fixe",
    "internet|fibre|fiber|broadband|wifi|wi-fi|box|router|modem|connection|connexion|landline|line|home internet|tv|net|dsl|adsl|online|network",
  ],
  MOBILE: [
    "reseau mobile|reseau|4g|5g|3g|signal|barre|barres|capte|capter|capte plus|sms|appels|appeler|data|donnees mobiles|portable|mobile|forfait|sim|carte sim|urgence uniquement|appels d'urgence|telephone",
    "mobile network|mobile|network|4g|5g|3g|signal|bars|reception|coverage|sms|texts|text|calls|call|data|mobile data|cell|phone|sim|no service|emergency calls only|emergency only|sos only",
  ],
  POWER: ["electricite|coupure de courant|pas de courant|coupure d'electricite|plus de courant|plus d'electricite|compteur|linky", "electricity|power|power cut|power outage|no power|blackout|meter|smart meter"],
  WATER: ["eau|coupure d'eau|plus d'eau|robinet|eau courante", "water|no water|water cut|tap water|water supply"],
  /** Left where anyone can take it or the rain gets it: the carrier's way of delivering, not a loss in transit. */
  LEFT_OUTSIDE: [
    "devant la porte|devant le portail|devant l'immeuble|devant chez moi|sur le trottoir|dans la rue|par terre|dehors|sous la pluie|a cote des poubelles|pres des poubelles|balance|balancent|jete|jetes|abandonne|pose devant|depose devant|laisse devant|laisse dehors|laisse dans la rue|par dessus le portail|par dessus la cloture",
    "left outside|left it outside|outside the door|outside the building|outside my door|on the doorstep|on the pavement|on the sidewalk|in the street|on the street|on the road|in the rain|next to the bins|by the bins|dumped|thrown over|over the fence|over the gate|left unattended|lying in|on the ground|left on the porch",
  ],
  PLACE_HINT: ["quartier|ville|secteur|region|zone|rue|immeuble|voisins|voisin|tout le|toute la|departement|village", "area|neighbourhood|neighborhood|city|town|region|street|building|neighbours|neighbors|whole|district|village"],

  // ---- service and people ----
  RUDE: [
    "impoli|impolie|impolitesse|desagreable|agressif|agressive|agressivite|meprisant|meprisante|mepris|arrogant|arrogante|insultant|insultante|insulte|insultes|hautain|hautaine|condescendant|condescendante|mal parle|mal reçu|mal recu|mal accueilli|mal accueillie|malpoli|malpolie|grossier|grossiere|irrespectueux|humiliant|humilie|humiliee|crie|hurle|gueule|engueule|rabroue|ri au nez|leve les yeux|comme un chien|comme a un chien|comme un voleur|comme une voleuse|comme a un voleur|tutoye|suspicieux|mepris*|odieux|odieuse|infect|infecte|aimable comme|sec|seche|sechement|accueil deplorable|deplorable|lamentable|honteux|inadmissible|inacceptable|fouille|fouiller|suivi dans|mal traite|maltraite",
    "rude|rudely|impolite|disrespectful|aggressive|arrogant|condescending|patronising|patronizing|insulting|insulted|insult|shouted|yelled|screamed|snapped|sneered|laughed at|mocked|treated me like|like a thief|like an idiot|like dirt|unprofessional|hostile|nasty|dismissive|unwelcome|humiliat*|searched my bag|grabbed|followed me|manners|attitude|unpleasant|abrupt|racist|sexist",
  ],
  UNREACHABLE: [
    "injoignable|injoignables|personne ne repond|personne repond|jamais personne|personne ne decroche|personne decroche|decrochez jamais|decroche jamais|repond jamais|sonne dans le vide|dans le vide|musique d'attente|en attente|attente|tous nos conseillers sont occupes|conseillers sont occupes|occupe|impossible de joindre|impossible de vous joindre|pas moyen de joindre|joindre personne|ligne coupe|ca coupe|raccroche tout seul|temps d'attente|minutes d'attente|heure d'attente|heures d'attente|menu vocal|serveur vocal|sature",
    "unreachable|cannot reach|can not reach|could not reach|no one answers|nobody answers|nobody picks up|no one picks up|never picks up|never answers|rings and rings|just rings|on hold|hold music|waiting on hold|all our agents are busy|agents are busy|busy|drops the call|line disconnects|disconnects|cuts off|no answer|no one to talk|talk to someone|human|wait time|waiting time|queue",
  ],
  HANG_UP: [
    "raccroche|raccrocher|raccrochent|raccrochez|raccroche au nez|raccroche*|coupe l'appel|coupe la communication|met fin a l'appel|mis fin a l'appel|fin a l'appel|ligne est coupee|tonalite|je vous transfere",
    "hung up|hang up|hangs up|hanging up|hung up on|cut off|cut me off|got cut off|ended the call|call ended|call gets ended|put the phone down|disconnected me|transfer me",
  ],
  NO_REPLY: [
    "aucune reponse|pas de reponse|jamais de reponse|sans reponse|repond pas|repondez pas|repondez jamais|repond jamais|ignore|ignores|ignoree|reste sans|toujours pas de reponse|silence|lettre morte|pas repondu",
    "no reply|no response|no answer|never replied|never answered|not replied|not answered|ignored|ignoring|ignore|unanswered|radio silence|never heard back|no one replies|nobody replies",
  ],
  CALLBACK: ["rappel|rappeler|rappele|rappelle|rappelez|me rappeler|recontacter|recontacte", "call back|callback|call me back|ring me back|get back to me|contact me back"],
  NEVER: ["jamais|toujours pas|toujours rien|aucun|aucune|attends encore|personne", "never|still no|still not|nobody|no one|not once|yet to"],

  // ---- shops ----
  CLICK_COLLECT: [
    "click and collect|click & collect|click collect|click&collect|retrait en magasin|retrait magasin|retrait|a retirer|retirer ma commande|retirer|drive|commande en ligne a recuperer|recuperer ma commande|casier|consigne",
    "click and collect|click & collect|click collect|click&collect|collect in store|store pickup|in-store pickup|pick up in store|pickup|pick up|collection|collect my order|curbside|locker",
  ],
  NOT_READY: ["pas prete|pas pret|pas la|n'est pas la|trouve pas|trouvent pas|retrouve pas|retrouvent pas|pas disponible|introuvable|pas encore prete|jamais prete|personne ne trouvait|pas trouve|attendre|attente|toujours pas|jamais|perdue", "not ready|never ready|not there|is not there|not available|could not find|cannot find|can not find|wait|waited|waiting|still not|lost|no record"],
  // Food gone bad before its date: a product-quality problem of its own (a batch, a shop's cold chain).
  SPOILED: [
    // (Prefixes, not words: the stems of "moisi" and "pourri" are those of "mois" and "pourrait".)
    "moisi*|pourri*|avari*|perime*|rance|rances|taches vertes|odeur bizarre|sent mauvais|asticot*",
    "mould|mold|mouldy|moldy|rotten|spoiled|spoilt|gone off|going off|went off|rancid|stale|sour|curdled|green spots|smells off|maggots",
  ],
  CLOSED: ["ferme|fermee|fermes|porte close|rideau baisse|rideau|closed|horaires|pas ouvert|pas ouverte|ouvert", "closed|shut|not open|locked|opening hours|opening times|hours"],
  QUEUE: ["queue|file d'attente|file|attente|une seule caisse|2 caisses|deux caisses|caisses fermees|caisse ouverte|caisses ouvertes|attendu", "queue|queues|line|wait|waited|waiting|one till|one checkout|tills open|checkouts open|only one"],
  OUT_OF_STOCK: ["rupture|en rupture|rupture de stock|plus de stock|pas de stock|indisponible|introuvable|rayon vide|rayons vides|jamais en stock|epuise", "out of stock|sold out|no stock|never in stock|unavailable|empty shelves|empty shelf|not available"],
  TERMINAL: [
    "tpe|terminal de paiement|terminal|lecteur de carte|caisse automatique|caisses automatiques|caisse libre service|caisses libre service|borne|bornes|sans contact|paiement sans contact",
    "card machine|card reader|payment terminal|terminal|self checkout|self-checkout|self service|self-service|kiosk|contactless|card terminal|pos",
  ],

  // ---- products ----
  DEFECT: [
    "plus de son|plus aucun son|aucun son|pas de son|sans son|muet|muette|silencieux|silencieuse|defectueux|defectueuse|defaut|defaillant|panne|en panne|casse|cassee|lache|lachee|hs|marche plus|marche pas|fonctionne plus|fonctionne pas|s'allume plus|s'allume pas|allume plus|charge plus|charge pas|chauffe|surchauffe|fuit|fuite|grésille|gresille|gresillent|gresillement|gonfle|gonflee|fissure|fissuree|fendu|fendue|decolle|decollee|dechire|dechiree|bruit|grille|mort|morte|eteint|s'eteint|ecran|batterie|autonomie|tient pas|tient plus|rouille|deteint|retreci|bouloche|craque|craquee|pixel|defaut de fabrication|qualite|nul|nulle|camelote|pourri",
    "no sound|no audio|silent|went silent|gone silent|plays nothing|sound cuts out|audio cuts out|defective|faulty|fault|broken|broke|stopped working|not working|does not work|will not turn on|won't turn on|does not turn on|dead|died|will not charge|won't charge|does not charge|overheat*|hot|leak*|crackl*|buzz*|swollen|swelling|cracked|split|peeling|came apart|fell apart|torn|noise|noisy|screen|battery|pixel|shrunk|faded|rust|quality|rubbish|junk|flimsy|disconnect*|falls apart|smell|smells|stinks",
  ],
  REPAIR: ["reparation|reparer|repare|sav|atelier|garantie|echange|remplacement|renvoye en reparation|prise en charge|expertise|diagnostic", "repair|repaired|repairs|warranty|guarantee|replacement|replace|exchange|service centre|service center|fixed|fix"],
  WARRANTY: ["garantie|sous garantie|extension de garantie", "warranty|guarantee|under warranty"],
  INSTALL: [
    "installation|installer|installe|raccordement|raccorder|mise en service|activation|technicien|intervention|rdv technicien|rendez-vous|pose|poseur",
    "installation|install|installed|installer|engineer|technician|appointment|activation|activate|connection date|hook up|set up|setup|visit",
  ],
  POSTPONED: [
    "reporte|reportee|report|decale|decalee|annule|annulee|jamais venu|pas venu|lapin|repousse|repoussee|toujours pas|attends|attente|retard|pas passe|toujours en attente",
    "postponed|rescheduled|cancelled|canceled|no show|no-show|never came|did not show|delayed|delay|pushed back|still waiting|waiting|missed|stood up",
  ],
  SIM: ["sim|carte sim|esim|portabilite|numero|ligne|rio|activation", "sim|sim card|esim|port|porting|number|line|activation"],
  NOT_ACTIVE: ["pas active|pas activee|jamais activee|non active|non activee|toujours pas active|desactive|desactivee|pas fonctionnelle|bloque|bloquee", "not activated|never activated|not active|inactive|still not working|deactivated|not working|blocked"],
  MARKETING: [
    "pub|pubs|publicite|publicites|publicitaire|publicitaires|newsletter|newsletters|mails publicitaires|sms publicitaires|sms promotionnels|promos|spam|spams|demarchage|demarcheur|prospection|notifications|notif|notifs|harcelement|harcele|harcelee|sollicitation|sollicitations|appels commerciaux",
    "spam|spamming|spammed|marketing|newsletter|newsletters|promotional|promo emails|promo texts|adverts|ads|advertising|notifications|notification|notifs|push|cold call*|telemarketing|sales calls|harass*",
  ],
  TOO_MANY: ["trop|tous les jours|chaque jour|par jour|plusieurs fois|sans arret|sans cesse|en boucle|h24|toutes les heures|encore|toujours|malgre", "too many|every day|daily|a day|per day|several|constant|constantly|nonstop|non-stop|all the time|every hour|again|still|despite|even after"],
  UNSUBSCRIBE: ["desinscri*|desabonne*|desinscription|desabonnement|opposition|retirer de la liste|ne plus recevoir", "unsubscrib*|opted out|opt out|opt-out|remove me|taken off"],
  NEVER_ORDERED: ["jamais demande|jamais demandee|pas demande|pas demandee|jamais souscrit|pas souscrit|sans mon accord|sans mon consentement|sans me demander|jamais commande|pas commande|a mon insu|jamais accepte|sans autorisation|sans prevenir", "never asked|never asked for|did not ask|never ordered|did not order|never signed up|did not sign up|without my consent|without asking|without permission|never agreed|without authori*|without warning|without notice"],
  RENEWED: ["renouvele|renouvellement|reconduit|reconduction|tacite|automatiquement|auto", "renewed|renewal|auto-renew*|auto renew*|automatically|rolled over"],
} as const satisfies Record<string, ConceptCues>;
