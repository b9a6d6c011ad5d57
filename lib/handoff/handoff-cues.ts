// The ways a hand-off route fails, as cues over a laid-out reply (detect-failed-handoff.ts: folded words,
// contractions spelled out — "can't" reads "can not", "website's" reads "website" — clause breaks as " | ").
// One cue per idea, written for the idea rather than for a sentence, so that new wordings of the same failure are
// read too (the held-out set is in other words). A cue may require a second signal (a route named) or be vetoed.
export interface Cue {
  idea: string;
  test: (line: string, negatedWords: Set<string>) => boolean;
}

const W = "(?:[\\w']+ ){0,3}"; // up to three words in between
const rx = (s: string) => new RegExp(s);
/** The routes we give: a number, a line, an address, a department, a shop, a link, a form, a chat. */
const ROUTE = rx(`\\b(numero|numeros|number|tel|telephone|phone|ligne|line|hotline|helpline|standard|switchboard|service|services|department|departement|dept|team|equipe|sav|support|lien|link|url|adresse|address|mail|email|mails|emails|mailbox|inbox|boite|formulaire|form|chat|tchat|bot|chatbot|robot|magasin|boutique|store|shop|branch|agence|site|website|web|online|internet|appli|app|transporteur|courier|livreur|siege|office|conseiller|conseillere|agent|rep|plateforme|platform|compta|billing|rubrique|menu|section|option|bouton|button|page)\\b`);
/** A route named, or the customer using one ("j'ai appelé 10 fois, personne ne décroche"). */
const ROUTE_OR_USE = new RegExp(`${ROUTE.source}|\\b(appel\\w*|call\\w*|rang|ring|rings|sonne|phoned|dial\\w*|essaye|tried)\\b`);
/** A first-person subject just before, or none ("can't see the page"): the customer speaking, not the route. */
const SELF_BEFORE = /(\b(je|j'|i|moi|me|we|nous)\s+(ne\s+|n'\s+)?|^\s*|\|\s*)$/;

function cue(idea: string, pattern: string, opts: { needs?: RegExp; unless?: RegExp; notSelf?: boolean } = {}): Cue {
  const re = new RegExp(pattern, "g");
  return {
    idea,
    test: (line) => {
      if (opts.needs && !opts.needs.test(line)) return false;
      if (opts.unless && opts.unless.test(line)) return false;
      for (const m of line.matchAll(re)) {
        if (!opts.notSelf || !SELF_BEFORE.test(line.slice(Math.max(0, m.index - 12), m.index + 1).replace(/\s+$/, " "))) return true;
      }
      return false;
    },
  };
}

const HELP = "(aider|gerer|traiter|faire|regler|toucher|voir|decider|rembourser|echanger|acceder|help|handle|deal|do|process|sort|touch|override|see|look|fix|refund|resolve|assist|access)";
const NOT_WORK = "((ne |n' )?(marche|marchent|fonctionne|fonctionnent|charge|ouvre|mene) (pas|plus|jamais|a rien)|(does|do|did|will|is|are) not (work|working|load|loading|open|go anywhere)|not working|broken|dead|mort|morte|morts|erreur|error|errors|404|500|blanche|blank|introuvable|not found|bug|bugge|plante|spins)";

export const HANDOFF_CUES: Cue[] = [
  // The route could not help.
  cue("could not help", ` (peut|peuvent|pouvait|pouvaient|pourra|pourront|sait|savent) (pas|rien|plus|jamais) ${W}${HELP}\\b`, { notSelf: true }),
  cue("could not help", ` (peut|peuvent) rien\\b| rien (pu )?faire\\b| (ne |n' )?(traite|traitent|gere|gerent|s' occupe|s' occupent) (pas|plus|jamais|que)\\b`, { notSelf: true }),
  cue("could not help", ` cannot ${HELP}\\b| (can|could|are|is|was|were|do|does|did) not (really |even )?${HELP}\\b| (not|un)able to ${HELP}\\b| no way to | nothing (they|he|she|anyone|the \\w+) (can|could) do| hands are tied| not allowed to| only (handle|deal|do)s? `, { notSelf: true }),
  cue("could not help", ` (pas|plus) (le droit|la main|habilite|habilitee|autorise|autorisee)\\b| not (authorised|authorized|habilitated)| (sert|servi|servait|sert a) a rien| goes nowhere| go nowhere`),
  cue("not their job", ` (pas|not) (de |d' )?(leur|their|son|his|her) (ressort|service|job|area|department|departement|probleme|problem|role|boulot|domaine|responsabilite|responsibility|thing)| (ne |n' )?(les|le|la|me) concerne(nt)? pas| (is|are) not theirs| pas le bon (service|numero|interlocuteur)| wrong (department|team|number|person|people)| not the right (department|team|number|person)`),
  cue("no access, no idea", ` (pas|no|not have|aucun) (d' )?(acces|access)\\b| (ne |n' )?(voit|voient) pas (ma|mon|le|la|les|mes)\\b| (can|could) not (see|look up|find) (anything|my|the|it)| aucune idee| no idea| (have|had) a clue| sai(t|ent|vent) pas de quoi| (ne )?comprend(s|re)? rien| never heard of| (ne |n' )?(sait|savent) (pas )?(ce qu' est|ce que c' est|ce que sont|what (it|that) is)| ne (connait|connaissent) pas| no such | there is not one`, { notSelf: true }),
  // The route sent the customer on.
  cue("sent on", ` (me|m' a|m' ont|nous|m' avait|m' avaient) (renvoi|renvoy|redirig|balad|orient|transfer)\\w*| (renvoi|renvoy|redirig)\\w* ${W}vers\\b| (sends|sent|send|sending|transferred|transferring|transfers|passed|passing|bounced|bouncing|pushed|pointed|pointing|directed|redirected) me (back |again |on )?(to|around|between|from|off|elsewhere)\\b| keep (transferring|sending|passing|bouncing) me| (de|d') (service|services|departement) en (service|departement)| d' un (service|bureau|numero) a l' autre| from (department|team|person|one \\w+|service) to | between ${W}(teams|departments|services|people)| tourn\\w* en rond| (round|around) in circles| case (de )?depart| square one| la balle| the buck| each (one|of them) says| it is the other| on you\\b`),
  cue("sent on", ` (told|tell|telling|tells|says|said|asked|advised) (me |us )?(to|i should|i have to|i need to|i must) (call|contact|message|email|write|go|use|return|ring|phone|visit|try|get in touch|ask|speak)\\b| (dit|dis|disent|demande|conseille|conseillent|explique) ${W}(de |d' )(vous|passer|voir|appeler|contacter|retourner|faire|ecrire|aller|utiliser|m' adresser|revenir|repasser|me rapprocher)| c' (est|etait) (a|au|aux) (vous|eux|lui|magasin|site|transporteur|vendeur|siege|la plateforme) (de|d')\\b| (says|said|dit|disent|told me|m' a dit|m' ont dit|repond|repondent) (que )?(non|no) ?(\\||$)| (said|says|told me|dit|disent|m' a dit|m' ont dit) (contact|call|ring|email|message|write|go|contactez|appelez|ecrivez|voyez|allez|passez)\\b| (that is|c' est) (you|vous)\\b`),
  cue("sent on", ` (probleme|problem|issue|faute|fault) (du|de la|des|of the|with the|of|with)? ?(site|website|magasin|store|shop|transporteur|courier|carrier|livreur|vendeur|seller|web)\\b| (site|website|magasin|store|shop|transporteur|courier|carrier|web) (is )?(problem|probleme|issue|fault)\\b| (only|seul|seule|seuls) (the |le |la |l' )?(sender|siege|head office|website|site|store|magasin|retailer|vendeur|transporteur|online)\\b| (handled|dealt with|done|geres|gerees|traites|traitees|se fait|se font) (only |que |uniquement )?(by|par|through|via|en|sur) (the |le |la )?(website|store|site|ligne|online|internet)| (tout|everything) (is |se )?(done|fait|passe|happens) (online|en ligne|sur le site|par internet)`),
  // The route is not there.
  cue("nobody answers", ` (personne|nobody|no one|noone) (ne |n' )?(repond|decroche|answers|answer|picks|pick|ever answers|ever picks|replies|reply)| (sonne|rings|ringing) (dans le vide|and rings|out|and then nothing|et puis rien)| jamais (eu|reussi a avoir) (personne|quelqu' un|un humain|d' humain|un conseiller)| never (got|get|reached|spoke to|speak to) (anyone|a human|a person|through|someone)| (repond|repondent|answers|answer|replies) (jamais|never)| (ne |n' )?(repond|repondent) (jamais|pas|plus)\\b| (occupe|occupee|busy|engaged)\\b (tone|signal)?`, { needs: ROUTE_OR_USE }),
  cue("nobody answers", ` (toujours |always |constant |every (single )?time )?(occupe|occupee|busy|engaged) (tone|signal|du matin|toute)| (ligne|line|numero|number) ${W}(toujours |always )?(occupe|occupee|busy|engaged)\\b| busy signal| engaged tone`),
  cue("no reply in writing", ` (aucune|zero|0|pas de|no|never a|without) (reponse|reponses|reply|replies|response|answer|retour)\\b| never heard back| radio silence| nothing back| (toujours|still) rien (en retour|back)?| black hole| trou noir| never (replied|answered|got back)`, { needs: /\b(mail|mails|email|emails|emailed|ecrit|ecrire|envoye|envoyer|wrote|written|sent|adresse|address|inbox|courrier|letter|formulaire|form)\b/, unless: / (ici|here|sur facebook|on facebook|on twitter)\b/ }),
  cue("on hold for ever", ` on hold\\b| hold music| musique d' attente| attente (interminable|infinie|sans fin)| (\\d+|une|deux) ?(minutes?|mins?|heures?|hours?|h) d' attente| attendu (\\d+ ?h|\\d+ (minutes?|mins?)|une heure|des heures) (au|a|sur)`),
  cue("hung up", ` raccroch\\w*| hung up| hang up| hangs up| cut (me )?off| got cut| coupe (l' appel|la ligne|au moment)| a coupe l| ends the call| ended the call`),
  cue("a robot, no person", ` (serveur vocal|robot|bot|chatbot|chat|tchat|live chat|automated|automatiques?|assistant virtuel|voix automatique|repondeur|answering machine|menu)\\b`, { needs: / (boucle|loops?|looping|jamais|never|no option|impossible|rien|nothing|comprend|understand|faq|aide|renvoie|sends|back to|plus tard|ends the call|can not|not live|retour au menu|humain|human|conseiller|person|que des|only|just|a cote)\b/, unless: /\b(merci|thanks|regle|sorted|fixed)\b/ }),
  cue("closed", ` (ferme|fermes|fermee|fermees|closed)\\b`, { needs: /\b(appel\w*|call\w*|ligne|line|numero|number|bureaux|office|try|essaye)\b/ }),
  cue("the route does not exist", ` (n' )?(existe|existent) (pas|plus)\\b| (does|do) not exist| not in service| (pas|plus|n' est plus) attribue| hors service| disconnected| (invalide|invalid|inexistant|inexistante|inconnu|inconnue|unknown)\\b| is not there| not there\\b| is not in my| introuvable| not found| no longer (exists|used|in use|monitored)| not monitored| plus utilise\\w*| tombe sur| random person`, { needs: ROUTE, unless: / (commande|order|colis|parcel)s? (introuvable|not found|unknown)/ }),
  cue("the route does not exist", ` (numero|number|adresse|address|email|mail|lien|link|url) ${W}(faux|fausse|wrong|pas bon|pas la bonne|incorrect|incorrecte|invalide|invalid|errone|erronee)\\b| (faux|wrong|mauvais) (numero|number|adresse|address|email)\\b`),
  cue("the link or form is broken", ` (lien|link|links|liens|url|formulaire|form|page) ${W}${W}${NOT_WORK}| ${NOT_WORK} ${W}(lien|link|url|formulaire|form)\\b| (lien|link) (mort|dead)| (formulaire|form) ${W}(invalide|invalid|won't|will not|rien|nothing)| (impossible|unable) d' envoyer le formulaire| (goes|go|mene|renvoie) (to|sur|vers) (the |la )?(homepage|home page|page d' accueil)`),
  cue("bounced", ` (revenu|revenue|bounced|bounce|bounces|undeliverable|non distribue|non delivre|delivery failure|mailer|daemon|rejected|came back|comes back|back to me|return to sender|retour a l' expediteur|destinataire inconnu|n' est jamais arrive)\\b`, { needs: /\b(mail|mails|email|emails|adresse|address|message|courrier|letter|lettre|colis|return|retour|parcel)\b/ }),
  cue("bounced", ` (boite|mailbox|inbox)( mail| aux lettres)? (est )?(pleine|full)| (mailbox|boite) ${W}(pleine|full)| (reponse|reply|replies) (auto|automatique|automatic)\\b| auto reply| (auto|automatic) (reply|response)`),
  cue("callback never came", ` (rappel\\w*|call (me )?back|callback|get back to (you|me)|recontact\\w*|gets back)`, { needs: / (jamais|never|toujours rien|still waiting|nobody ever|0 rappel|days later|last week|aucun rappel|jamais eu|no one ever|pas eu d' appel|toujours pas|still nothing|still not)\b/ }),
  cue("same route again", ` (meme|same) (numero|number|adresse|address|email|mail|lien|link|\\d+)| (numero|number|adresse|address|email|lien|link|one) ${W}(deja|already) ${W}(appele|called|tried|essaye|told|dit|donne|given|gave)`),
];
