// Multi-word rewrites of the satisfaction-answer reader (classify-answer.ts), applied to each clause by
// answer-layout.ts before any word rule. Kept apart because it is a long list of data, tuned on its own.
import { PROBLEM_WORDS } from "./answer-lexicon";

// Multi-word expressions rewritten to one word (on space-joined words, elided forms spelled "ne", "de", "ce"…)
// before the word rules, so that "c'est bon" is a status, "no more" a cessation, "yes or no" an echo.
export const PHRASES: [RegExp, string][] = [
  // One charge left where there were two ("only one payment showing now", "il ne reste qu'une seule ligne"): the
  // double charge undone, not a part of what was due.
  [/\b((il )?(ne )?reste (plus )?)?(only one|just one|que? une seule|que? un seul|plus que? une|plus que? un) (payment|charge|debit|transaction|ligne|prelevement|paiement|line|entry)\b/g, " one $6 "],
  // Nothing is missing ("nothing missing", "rien ne manque", "tout y est"): all came. "Sans contact" is a way to pay.
  [/\b(nothing|none) (was |is )?missing\b|\brien ne manque\b|\brien ne manquait\b|\bil ne manque rien\b|\brien de manquant\b|\btout y est\b|\ball (items |of it |of them )?(there|present)\b/g, " statusok "],
  [/\bsans contact\b/g, " contactless "],
  // Without a fault ("a tenu toute la journée sans planter", "1080p sans saccade", "ran all day without a glitch"):
  // the fault absent, not something lacking.
  [/\b(sans|without) (aucun |aucune |le moindre |la moindre |un seul |une seule |a single |any |a )?(planter|plante|plantage|plantages|bug|bugs|bugger|coupure|coupures|couper|saccade|saccades|probleme|problemes|souci|soucis|erreur|erreurs|lag|lags|latence|interruption|interruptions|panne|pannes|decrochage|decrochages|deconnexion|deconnexions|deconnecter|accroc|crash|crashes|crashing|glitch|glitches|hiccup|hiccups|issue|issues|problem|problems|error|errors|drop|drops|dropout|dropouts|freeze|freezing|stutter|stuttering|buffering)\b/g, " nomore $3 "],
  // A relapse said as a condition ("je vous en reparle si ça recommence", "I'll shout if it comes back"): nothing now.
  [/\b(si|if) (ca|ce|cela|it|the problem|le probleme|le souci|that|this) (recommence|revient|se reproduit|happens again|comes back|starts again|reoccurs|recurs)\b.*$/g, " "],
  // Swiss French "ça joue" (it works, it suits).
  [/\b(ca|cela|tout) joue\b/g, " statusok "],
  // Courtesy about the answer itself ("sorry for the late reply", "je n'avais pas vu votre message"): no verdict.
  [/\b((sorry|so sorry|desole|desolee|dsl|pardon|oops|oups|apologies) )?((for|pour|de|d) )?(the |my |ce )?(late|slow|delayed) (reply|response|answer)\b|\b(sorry|desole|desolee|dsl|pardon) (de|d|for) (repondre|replying|answering|getting back) (que |only )?(maintenant|mtn|now|si tard|so late|late)\b|\b((pardon|sorry|oops|oups|desole|dsl) )?(just|only) (seen|saw|noticed) (this|your message|your msg|it)\b|\b((pardon|sorry|oops|oups|desole|dsl) )?(je )?(ne |n )?(avais|ai) pas vu (votre|ton|le|vos) (message|msg|mp)\b/g, " "],
  [/\b(thanks|thank you|merci) (again|encore)\b|\bencore merci\b|\b(pass|passer|transmettre|transmettez|passez) (on )?(my |mes |nos |our )?(thanks|remerciements|merci)\b/g, " thanks "],
  [/\b(thanks|thank you|merci) (for|de|d) (sorting|fixing|resolving|solving)( it| this| that| everything| things)?( out)?\b|\bmerci (d avoir|de avoir) (regle|resolu|corrige|repare|arrange)\b/g, " thanks statusok "],
  // (f22) Thanks for what we spared them ("thanks for not making me fight for it", "merci de pas avoir fait traîner"):
  // gratitude (3 of 3 in the development and fresh files); "merci de ne pas clôturer" asks, it thanks for nothing done.
  [/\b(thanks|thank you|thx|merci|cheers) (for|de|d) (ne |n )?(not|pas|never|jamais) (avoir|m avoir|having|making|letting|leaving|dragging)( \w+){0,6}/g, " thanks "],
  // Nothing more is needed: the case can close ("no further help needed", "plus besoin de rien").
  [/\b(no further|nothing (else|more)) ((help|assistance|action) )?(needed|required)\b|\b(plus|pas) besoin de (rien|plus rien|quoi que ce soit)\b|\b(do not|don t) need anything (else|more)\b/g, " statusok "],
  // How much effort it took ("shouldn't have needed 5 calls"): a remark on the way there, not on the state now.
  [/\b(should not|shouldn t|n aurait pas du|n aurait jamais du) (have )?(needed|taken|take|fallu|prendre|etre)\b/g, " tooklong "],
  // Our message said to be received or read ("yes I got your message", "oui bien reçu votre mail"): an acknowledgement.
  [/\b((oui|yes|yeah|yep|yup|ouais) )*(j ai |je ai |i )?(bien )?(got|received|recu|vu|seen|saw|read|lu) (your|votre|vos|ton|tes) (message|messages|msg|mail|mails|email|emails|e mail|sms|reponse|reply|answer|note)\b/g, " ok "],
  // A bare acknowledgement of our message ("bien reçu", "noted"): it says nothing about the problem.
  [/^ ?(bien |message |msg )?(recu|received|noted|c est note|bien note|got it|copy that)( merci| thanks| thank you| thx)? ?$/g, " ok "],
  // Spoken French without "ne": "j'ai plus le message d'erreur", "y a plus de coupure" (no more).
  [/\b(j ai|je ai|y a|ya|il y a|on a|avons|ont) plus (le|la|les|l|de|d|du|des|aucun|aucune|ce|cette|ces|jamais|eu)\b/g, " $1 nomore $2 "],
  // "pas eu un seul bug", "not a single dropout": a count of none, the negation reaches the noun.
  [/\b(pas|not|no|never|jamais|aucun|nomore|n) (eu |had |vu |seen |got |recu )?(un seul|une seule|a single|one single|single)\b/g, " $1 $2 "],
  // SMS spelling of the past participle ("c regler", "c reparer"): the status, not the infinitive.
  [/\b(c|cest|ce est|est|ete) (regl|repar|corrig|arrang|debloqu)er\b/g, " $1 $2e "],
  // Being able to do it again ("my kids can do their homework again", "je peux de nouveau payer"): restored.
  [/\b(can|could|able to|peux|peut|pouvons|pouvez|peuvent|pu|reussi a|managed to|manage to) (finally |enfin |now |maintenant |at last )?((\w+ ){0,5})(again|de nouveau|a nouveau)\b/g, " $1 $2 $3 isback "],
  [/\b(yes|oui) (or|ou) (no|non)\b/g, " "], // an echo of the question's "reply yes or no"
  [/\b(wrong|mauvaise|mauvais) (person|number|account|chat|conversation|personne|numero|compte|destinataire)\b/g, " misdirected "],
  [/\b(oui|yes|yeah) (et|and) (non|no)\b/g, " partial "],
  // Far from a figure ("loin des 500 Mb/s du contrat", "far off the 300 I pay for"): only part of what is due.
  [/\b(loin|far) (des|de|du|from|off|short of) (the )?\d+/g, " partial "],
  // Seasonal wishes and pleasantries ("bonne année à toute l'équipe") say nothing about the case.
  [/\b(bonne|belle|joyeux|joyeuse|joyeuses|heureuse|happy|merry|have a (nice|good|great|lovely)) (annee|journee|soiree|fetes|fete|fin de semaine|weekend|week end|noel|new year|christmas|day|evening|holidays|paques|easter)\b/g, " "],
  // The box, not what was in it ("le carton était tout écrasé", "outer box was dented"): the wrapping said damaged is
  // no fault of the item, which the rest of the answer speaks for.
  [/\b(carton|cartons|emballage|emballages|packaging|outer box|box|boite|paquet|enveloppe|sachet)( (etait|etaient|was|were|est|sont|is|are|a ete|arrived|arrive|came|un peu|a bit|slightly|tout|all|completely|bien|tres|very|quite|assez|legerement|totalement))*? (abime|abimee|abimes|ecrase|ecrasee|dented|squashed|crushed|damaged|dechire|dechiree|torn|enfonce|enfoncee|cabosse|cabossee|mouille|mouillee|wet|battered|bashed|ripped)\b|\b(dented|squashed|crushed|damaged|battered|torn|ripped) (outer )?(box|packaging|carton)\b/g, " "],
  // How long it took, said as a reproach ("trois semaines pour ça", "you were really slow", "deux mois d'attente"): the
  // way there, not the state now.
  [/\b(you|vous) (were|are|etes|etiez|avez ete|have been) ((really|very|tres|vraiment|super|trop|so|a bit|un peu|bien) )*(slow|lents?|lentes?)\b|\b(\d+|un|une|deux|trois|quatre|cinq|six|a|one|two|three|four|five|six) (jours?|semaines?|mois|days?|weeks?|months?) (pour (ca|cela|si peu|en arriver la)|for (this|that|it)|to (fix|sort|get|do) (this|that|it)|de attente|of waiting)\b/g, " tooklong "],
  // Fine since a point in time ("since the update it's been fine", "depuis mardi c'est nickel"): the state now.
  [/\b(since|depuis) (\w+ ){0,3}(it s been|it is been|it has been|its been|has been|everything is been|all is been|have been|been|c est|ca a ete|ca est|tout est|everything s been|everything has been|all s been|all has been) (fine|ok|okay|good|great|perfect|stable|nickel|parfait|bon|impeccable|impec)\b/g, " statusok "],
  // How the courier or a neighbour did it ("déposé chez la voisine sans rien dire", "without leaving a card"): the
  // manner of a past step, not something lacking now.
  [/\b(sans (rien dire|prevenir|me prevenir|nous prevenir|laisser de (mot|carte|avis))|without (saying anything|a word|telling (me|us|anyone)|warning|leaving (a|any) (card|note)))\b/g, " "],
  // Idioms of a fix that worked ("that did the trick", "ça a fait l'affaire").
  [/\b(did|does|do|done) the (trick|job)\b|\b(a fait|fait|fera) (le affaire|la affaire|le job|le taf)\b|\bworked a treat\b/g, " statusok "],
  [/\b(went|gone|go|goes) through\b/g, " showup "],
  // Giving up ("je vais me débrouiller", "I'll just buy it somewhere else", "I'll live without the refund"): not fixed,
  // whatever "c'est bon" or "it's fine" came before it.
  [/\b(je vais me debrouiller|je me debrouillerai|on va se debrouiller|je me debrouille|i ll manage|i will manage|i ll sort it (out )?myself|(buy|get|order|find) (it|one|them) (somewhere else|elsewhere)|i ll live without|je (vais )?m en passer|je m en passerai|je vais faire sans|i ll do without|tant pis pour (le|la|les|mon|ma|mes)|je vais voir ailleurs|je vais aller ailleurs)\b/g, " resigned "],
  [/\b(never mind|nevermind|nvm|laisse tomber|laissez tomber|forget it)\b/g, " "],
  [/\b(i am|i m) telling you\b|\bje (vous|te) (le )?(dis|repete)\b/g, " "],
  [/\b(thanks|thank you|merci) (for|pour) (the|la|le|votre|your) (\w+ )?(fix|repair|reparation|solution|depannage)\b/g, " thanks statusok "],
  [/\b(i am|je suis) (back )?in\s*$/g, " login "],
  [/\b(me|se|te|nous|vous) (co|reco)\b/g, " $1 connecter "],
  // How long it took, told after the fact ("after all that waiting"): context, not waiting now.
  [/\b(after|apres) (all |tout )?(that|this|the|cette|ce|le|la|toute cette) (wait|waiting|attente)\b/g, " finally "],
  // Anger in the past ("j'étais furax", "I was annoyed at first"): what they felt, not the state now.
  [/\b(je etais|j etais|i was|we were|on etait|nous etions) (really |vraiment |tres |so |trop )?(furax|annoyed|angry|furious|enerve|enervee|frustre|frustree|frustrated|pissed|upset|fache|fachee|mad|decu|decue|disappointed|en colere)\b/g, " pastanger "],
  [/\b(take|taking|took) back what i (said|wrote)\b|\bretire (ce que je ai dit|mes propos)\b/g, " "],
  [/\b(rien|nothing|pas tout) (compris|understood)\b|\b(did not|do not) understand\b/g, " "],
  [/\bgrace a (vous|toi|votre|ton|ta)\b|\bthanks to (you|your)\b/g, " merci "],
  // "Impossible de me connecter", "unable to log in": a negation of what follows.
  [/\b(impossible|unable|incapable) (de|d|to)\b/g, " pas "],
  // Someone who never wrote to us or does not know which problem: not an answer about a case.
  [/\b(what|which|quel|quelle|quoi) (problem|probleme|souci|issue|ticket|dossier|case)\b/g, " misdirected "],
  [/\b(je (vous |te )?ai|je ne (vous |te )?ai|i have|i ve|i|we|nous (vous )?avons|on (vous )?a) (jamais|never) (\w+ )?(contacte|contacted|messaged|ecrit|wrote|written|appele|called|demande|asked)\b|^ ?(never|jamais) (\w+ )?(contacted|messaged|wrote|written|ecrit|contacte)\b/g, " misdirected "],
  // "zero issues", "0 bug": a count of none is a negation of the problem.
  [new RegExp(`\\b(zero|0) (?=(${PROBLEM_WORDS})\\b)`, "g"), " no "],
  // "j'attends de voir", "wait and see": a deferral, not waiting for something owed.
  [/\b(attends|attend|attendre|attendons|wait|waiting|waits) (de|to|and) (voir|see)\b/g, " waitandsee "],
  // Permission to close: "ticket can be closed", "ok pour clôturer".
  [/\b(ticket|case|dossier|demande|request|issue) (can|may|peut|pouvez|peux) (be |etre )?(closed|close|clos|ferme|cloture|archive)\b|\b(ok|okay|daccord|d accord|go ahead|good|bon) (pour|to|for) (close|closing|clore|cloturer|fermer|archiver)\b/g, " statusok "],
  [/\bde rien\b|\bpas de quoi\b|\bno worries\b|\bpas de souci(s)? pour\b/g, " "],
  // A wish against the facts ("ça serait parfait si j'avais reçu le colis", "it would be fine if the code worked").
  [/\b(ce serait|ca serait|serait|would be|it d be|that d be) (\w+ ){0,2}(parfait|top|bien|nickel|super|genial|fine|great|perfect|good|ok|okay) (si|if)\b/g, " counterfactual "],
  // Something not in the box ("the charger was not inside", "le câble n'était pas dans le carton").
  [/\b(was|were) not (inside|in the box|in the parcel|included)|\b(wasn t|weren t) (inside|in the box|in the parcel|included)|\b(n etait|ne etait|n etaient|ne etaient) pas (dedans|dans le carton|dans la boite|dans le colis|inclus|incluse)/g, " partial "],
  // A bare "bon." or "bonne question" answers nothing.
  [/^ ?(bon|bah|ben|bref|bonne question|good question) ?$/g, " "],
  // "je n'ai plus rien à signaler", "can't complain", "no complaints": nothing wrong left to say.
  [/\b(je |on |nous )?(ne |n )?(ai |a |avons )?plus rien (a|de) (signaler|redire|dire|ajouter|declarer)\b/g, " statusok "],
  [/\b(can not|cannot|could not|can t|couldn t) complain\b|\bno complaints?\b|\b(rien|pas|plus rien) a (me |nous )?plaindre\b/g, " statusok "],
  [/\b(aucun|aucune|pas de|pas d|no|zero) (probleme|problemes|souci|soucis|bug|bugs|incident|incidents|issue|issues|problem|problems) (a|to) (signaler|report|declarer|mention)\b|\bnothing (has |s )?(gone|went|going) wrong\b|\brien (n a|ne a|n est) (plante|bugge|deconne|foire)\b/g, " statusok "],
  // A warning light on ("voyant allumé", "warning light on", "la box clignote en rouge") is the fault itself.
  [/\b(voyant|voyants|warning light|warning lights|indicator|led)( \w+){0,2} (allume|allumes|allumee|rouge|orange|clignote|clignotant|clignotent|flashing|on)\b|\b(clignote|clignotent|flashing|blinking) (en )?(rouge|red|orange)\b/g, " erreur "],
  // What a refund was for ("les 12 € pour le plat manquant", "refund for the missing burger"): not a part missing now.
  [/\b(pour|for) (le|la|les|l|the|my|mon|ma|mes) (\w+ )?(manquant|manquante|manquants|manquantes|missing)\b|\b(pour|for) (le|la|les|l|the|my|mon|ma|mes) (missing|manquant) \w+\b/g, " "],
  // A cost the problem left ("got fined", "une amende de 35 €", "a late fee", "need that cancelled"): not fixed.
  [/\b(got|been|was|were|j ai ete|on a ete) (fined|charged a (late |overdraft )?fee)\b|\b(got|received|had|given|paid|pay|payer|paye) (a |an )?(\S+ )?fine\b|\b(une|an?|the|l|des|my|mon|ma)( \S+){0,2} (amende|amendes|penalty|penalite|penalites|late fee|late fees|overdraft fee|overdraft fees|frais de retard|agios|majoration|frais bancaires|bank charges?)\b|\bneed (that|it|this|them) (cancelled|canceled|refunded|reimbursed|waived)\b|\bvous (l |les )?(annulez|remboursez)\b/g, " costleft "],
  // "message d'erreur", "error screen": the error itself, so "pas de message d'erreur" is the problem gone.
  [/\b(message|messages|code|codes|ecran|ecrans|fenetre|popup|pop up|bandeau|notification)s? (de |d )?(erreur|error)s?\b|\berror (message|code|screen|popup|window|banner|notification)s?\b/g, " erreur "],
  // "still E-04", "toujours F21 sur l'écran": an error code still shown ("E 12", "F21", "ERR-503").
  [/\b(still|toujours|encore|again|de nouveau)( the| le| la| l| un| une| an| a| same| meme)? (?!\d+ (?:jours?|days?|h|heures?|hours?|min|minutes?|semaines?|weeks?|mois|months?|fois|times)\b)([a-z]{1,3} ?-? ?\d{1,4})\b/g, " $1 erreur "],
  // "presque / almost there", "il reste (juste) le…": part of it still to do.
  [/\b(presque|almost|nearly|quasiment|pas loin)\b(?! (parfait|perfect|instantly|instantane|immediately|tout de suite|right away|worth|vaut|valu))|\b(il )?reste (juste |encore |seulement |plus que |que )?(le|la|les|l|un|une|a|de|des|mon|ma|mes|to)\b|\b(still|yet) (has|have|needs?) to be\b/g, " partial "],
  [/\b(rien|nothing) (a|to) (signaler|report|redire|dire|add|ajouter|complain about)\b/g, " statusok "],
  [/\bras\b(?! le bol)/g, " statusok "], // "RAS": rien à signaler (not "ras le bol", fed up)
  [/\b(rien|nothing) (d autre|de autre|de plus|else|more)\b/g, " "],
  [/\b(ce|it|its|that|everything|all|tout|tous) (est |is |are |va |sont )?(bien |all |tout )?(bon|ok|okay|good|fine|nickel|parfait|impeccable|en ordre|in order|sorted|set|clear|carre)\b/g, " statusok "],
  [/\b(tout va bien|all good|all fine|all set|all ok|all okay|rentre dans le ordre|back to normal|revenu a la normale|revenue a la normale|rentree dans le ordre)\b/g, " statusok "],
  [/\b(ce est|il est|it is|is|est) (bien )?(la|here|there now)\b(?! bas)/g, " ishere "],
  [/\b(get|gets|getting|got|came|come|coming|reviens|revenir|revenu|revenue) (back )?(to|vers) (me|you|us|moi|vous|nous)\b/g, " "],
  [/\b(is|are|s|est|now|it is) (back|de retour)\b/g, " isback "],
  // "Internet's back", "le réseau est revenu" ("'s" is dropped with the possessive): the service is back.
  [/\b(internet|wifi|wi fi|connexion|connection|signal|service|network|reseau|power|electricity|electricite|courant|tv|tele|line|ligne|fibre|app|appli|site|website|account|compte|water|eau|heating|chauffage|data|4g|5g) (back|de retour)\b/g, " $1 isback "],
  // The amount is right now ("le montant est juste", "the total is correct now"): the money part is fixed.
  [/\b(montant|amount|total|facture|invoice|bill|solde|balance|prix|price|tarif) (est |is |s )?(maintenant |now |enfin |finally |bien )?(juste|correct|correcte|right|exact|exacte)\b/g, " statusok "],
  // Thanks for the follow-up itself ("merci de revenir vers moi", "thanks for checking in"): an acknowledgement.
  [/\b(merci|thanks|thank you|thx|c est gentil|ce est gentil|sympa) (de|d|for) (revenir vers moi|me recontacter|prendre des nouvelles|prendre de mes nouvelles|faire le suivi|checking in|checking back|following up|the follow ?up|getting back to me|reaching out)\b/g, " ok "],
  [/\b(you can|vous pouvez|tu peux|feel free to|free to|can) (close|clore|cloturer|fermer|archiver)\b|\b(close|clore|cloturer|fermer) (le|la|the|this|ce) (dossier|ticket|case|demande|request)\b/g, " statusok "],
  [/\b(showed|shown|show|shows|turned|turn) up\b|\b(came|come|comes) through\b/g, " showup "],
  [/\b(log|logged|sign|signed) in\b/g, " login "],
  // Where the customer is ("at work", "au boulot"), disbelief that it would work ("j'y croyais plus", "didn't think
  // you'd pull it off"), a shrug ("ni bien ni mal"): none is a verdict.
  [/\b(at|from|to|after|before|au|du|apres le|avant le) (work|boulot|taf|travail|office|bureau)\b/g, " "],
  [/\b(je |j )?(ne |n )?(y )?(croyais|croyait|pensais|pensait|esperais) (plus|pas|meme pas|vraiment pas)\b|\b(i |we )?(genuinely |honestly |really )?(did not|didn t|never) (think|thought|believe|believed|expect|expected)\b|\b(had|d) (given up|lost hope)\b/g, " "],
  [/\bni bien ni mal\b|\bneither good nor bad\b/g, " "],
  // Still off, still down ("power's still off", "toujours coupé"): the service is still out.
  [/\b(still|toujours|encore) (off|out|down|dead|coupee?s?|hs|en panne|eteinte?s?)\b/g, " still broken "],
  // "Je pense qu'on peut dire que c'est réglé", "I'd say it's fixed", "safe to say it's sorted": the customer's own
  // verdict, said with a modest frame; what follows the frame decides.
  [/\b((je pense|je crois|i think) (qu |que |that )?)?(on peut dire que|on peut dire qu|we can say|i d say|i would say|safe to say|fair to say|can safely say)( that)?\b/g, " "],
  // No fee asked ("échangés sans frais", "free of charge"): a benefit, not something lacking.
  [/\b(sans|without) (aucun |any )?(frais|supplement|surcout|extra (cost|charge|fee)s?|fee|fees|charge|charges|cost)( supplementaires?| additionnels?| extra)?\b|\b(free of charge|at no (extra |additional )?cost|for free|gratuitement)\b/g, " "],
  // "C'est nickel", "c'est impec": the state is right (a status, as "c'est bon").
  [/\b(c|cest|ce est|tout est|everything s|it s) (nickel|impec|impeccable|nikel)\b/g, " statusok "],
  // What the customer believed or expected ("j'ai cru que ça marchait pas", "je m'attendais au pire", "I thought it
  // was still broken"): not a fact about now, up to the turn that tells what happened ("mais en fait", "and it's").
  // A belief that it was fixed leaves nothing either: what follows ("but no", "then it crashed") decides.
  [/(\b(j ai cru|je ai cru|on a cru|je croyais|on croyait|je pensais|on pensait|j etais sur|je etais sur|je m attendais|je me attendais|on s attendait|on se attendait|i thought|we thought|i was sure|i (was )?expected|we (were )?expected|i was expecting)|^ thought)\b.*?(?=\b(mais|but|then|puis|en fait|actually|turns out|statusok|et (c est|ce est|ca|tout)|and (it|now|everything))\b|$)/g, " "],
  // Money that left the account ("another £9.99 left my account", "encore 12 € prélevés sur mon compte"): a charge.
  [/\b(left|taken from|out of|went out of) my account\b|\b(sorti|sortis|partis?|preleves?|debites?) (de|sur) mon compte\b/g, " charged "],
  [/\b(turn|turns|turned|switch|switches|switched|power|powers|powered) on\b/g, " allume "],
  [/\b(my )?money back\b|\bgot (it|my \w+) back\b/g, " moneyback "],
  [/\b(en|in|into) (morceaux|miettes|pieces|bits)\b/g, " inpieces "],
  [/\bau lieu (de|du|des)\b|\binstead of\b/g, " insteadof "],
  [/\bpas terrible\b/g, " pasterrible "],
  [/\b(pas|not|n est pas|is not|isn t) (en ordre|in order)\b/g, " pas regle "],
  [/\bfed up\b|\ben ai marre\b/g, " fedup "],
  // "J'en peux plus", "je supporte plus", "can't take it anymore": exasperation, whose "plus" is not the problem's end.
  [/\b(n )?en (peux|peut|pouvons|pouvez|peuvent) plus\b|\b(ne )?(supporte|supportons|supportez) plus\b|\bcan not (take|stand) (it|this) (any ?more|no more)\b/g, " fedup "],
  [/\btrop bien\b/g, " trobien "],
  [/\ben cours\b/g, " encours "],
  [/\b(pas mal|not bad)\b/g, " good "],
  [/\b(pas trop tot|about time)\b/g, " "],
  [/\bbien sur\b|\bof course\b/g, " biensur "],
  [/\bno (longer)\b/g, " nolonger "],
  [/\b(no|any) more\b/g, " nomore "],
  [/\bd accord\b/g, " daccord "],
  // Instructions followed ("comme vous l'avez dit", "like you said"): not a verdict reported by someone else.
  [/\b(comme|like|as) (vous|tu|you|u) (me |le )?(l )?(avez |as |aviez |had |have )?(dit|said|suggested|told me|indique|conseille|explained|explique)\b/g, " "],
  // "fonctionne normalement": how it works, not the hedge "normalement" (in principle).
  [/\b(fonctionne|fonctionnent|marche|marchent|refonctionne|remarche|roule) normalement\b/g, " $1 "],

];
