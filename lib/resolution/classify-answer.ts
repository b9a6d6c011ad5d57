// Reads a customer's answer to the satisfaction check ("is it fixed?"), French or English: satisfied (the case
// may close as confirmed), dissatisfied (it reopens), a 1–5 rating, or unclear (left to a person) — issue #18.
//
// Caution is asymmetric: closing a case the customer says is not fixed is the failure this product exists to
// prevent (seed 001), so an answer that says or implies it is not fixed is never a confirmation, and when in
// doubt the answer is unclear, not confirmed. The rules read ideas, not sentences:
//   - status words and their negation: a fix word asserted ("réglé", "works", "arrived") confirms, negated
//     ("pas réglé", "hasn't arrived") disputes; a problem word negated ("plus de souci", "not a problem
//     anymore", "no issues") confirms, asserted ("the problem persists") disputes;
//   - "still"/"toujours"/"yet"/"encore" with a negation ("toujours pas", "not yet"), absence ("rien",
//     "nobody", "pas de remboursement", "sans internet"), waiting ("j'attends", "pending");
//   - partial ("oui et non", "il manque", "only one of the two", one in N, a restrictive "ne … que", two
//     different amounts of money); "impossible de"/"unable to" negates what follows; another outcome asked for
//     ("I want my money back") or a wrong item named ("pas la bonne taille", "I ordered …") disputes;
//   - trouble "at first" and anger in the past ("j'étais furax") are context before a fix, not the state now;
//     wishes ("bonne année"), opening hours and "I never wrote to you" are not about the case;
//   - damage or a wrong item, even when it "arrived" ("arrivé… cassé", "la mauvaise taille");
//   - irony: praise with a complaint ("super 👍 toujours rien"), eye-roll emoji, "like last time",
//     "thanks for nothing"; a bare "non"/"no" disputes unless the rest says fixed ("Non, plus de problème");
//   - contrast: after "mais"/"but" the tail decides; a reservation with nothing after ("oui mais…") is unclear;
//   - not the customer's own word: questions, quoted text, reported speech ("on m'a dit que c'était réglé"),
//     hedges and deferrals ("je verrai", "for now"), a third person, an aside after "btw" — none confirms;
//   - ratings: 4–5 confirm, 1–2 (or below the scale) dispute, 3 is unclear, and a "yes" with a low rating
//     is unclear. Time and effort complaints ("took 3 weeks", "3rd time") yield to a clear "it's fixed".
// The confirmation is the last thing granted: a yes followed by a contrast ("merci mais…", "par contre",
// "however") with something named after it disputes, with a hedge or a softened remark it is a reservation
// (unclear), and a high rating with a reservation is unclear; a relapse ("recommence", "again", a French re- +
// problem verb), a fix that held only a while, a fix done to the wrong target ("my old card"), a question asking
// when dispute; a question asking for something else, an automatic reply, a bare "no" with only a fix word,
// stay unclear. Unclear never closes a case (read-satisfaction-answer.ts keeps the check pending and asks once).
// Words come from lib/text (folding, elisions, contractions, shorthands, negation scope), shared with every
// other text analysis. Measured on tests/text-eval/satisfaction (npm run eval:text -- --task satisfaction).
import { fold } from "../text/fold";
import { negationScope } from "../text/negation";
import { COMPLAINT, LEGAL, termsPattern } from "../text/signals";
import { isStopWord } from "../text/terms";
import { elidedBase, tokenizeFolded } from "../text/tokenize";

export type Answer =
  | { verdict: "satisfied"; csat: number }
  | { verdict: "dissatisfied"; csat: number }
  | { verdict: "unclear"; csat: null };

// ---------------------------------------------------------------------------------------------- lexicon
// Whole folded words. A "fix" word says the thing is done; negated it says it is not.
const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
/** The problem itself was dealt with: confirms even with the problem named ("problème résolu"). */
const RESOLVE = set(`regle reglee regles reglees resolu resolue resolus resolues repare reparee repares reparees
  depanne depannee corrige corrigee corriges arrange arrangee rectifie rectifiee fixed sorted solved resolved
  repaired done termine terminee retabli retablie restored statusok corrected rectified rebooked resilie resiliee resilies debloque debloquee deverrouille deverrouillee
  reactive reactivee unlocked unblocked reactivated`);
/** Checking it: "pas encore testé", "haven't tried yet" is not a verdict either way. */
const VERIFY = set(`verifie verifier teste tester essaye essayer regarde regarder ouvert ouvrir installe installer
  check checked tested tried try looked look opened installed temps time chance utilise utiliser reutilise
  reutiliser use used using reessaye reessayer retried retest retested`);
/** Something unwanted went away: confirms when what went is a problem or an unwanted charge. */
const REMOVAL = set(`annule annulee annules annulees cancelled canceled gone disparu disparue disparus removed
  supprime supprimee reversed rembourse remboursee stopped arrete arretee cesse ended fini finie`);
const UNWANTED = set(`double doublon duplicate duplicated twice extra prelevement preleve debit debite debitee debites charge charged overcharge overcharged frais fee
  fees surfacturation`);
const WORK = set(`fonctionne fonctionnent fonctionnel fonctionnelle marche marchent works work working worked runs
  running isback revenu revenue acces access login connecte connecter accessible utilisable usable demarre allume roule
  roulent actif active actifs actives stable stables operationnel operationnelle operational reparti repartie`);
/** Works again: "ça remarche", "refonctionne", "reconnecté" (a French re- before a works word). */
const isWork = (w: string) => WORK.has(w) || (w.length > 5 && w.startsWith("re") && WORK.has(w.slice(2)));
const ARRIVE = set(`recu recue recus recues arrive arrivee arrives arrivees livre livree livres livrees venu venue
  received arrived delivered came come landed showup got ishere recupere retrouve retrouvee retrouves retrouvees apparait apparaissent appears visible
  revenus revenues hit receive recevoir deliver livrer`);
const REFUND = set(`rembourse remboursee rembourses remboursees refunded moneyback recredite recreditee credited credite
  creditee credites creditees`);
/** Things moving at all ("rien n'a bougé", "nothing happened"): only their negation speaks. */
const PROGRESS = set(`bouge change changed changer happened moved avance progressed evolue passe passer`);
/** Evaluative words: a weak yes alone, the sarcasm carrier next to a complaint. */
const GOOD = set(`bon bonne bons ok okay good fine nickel parfait parfaite parfaitement perfect perfectly impeccable
  excellent great super genial top awesome amazing intact intacte correct correcte complet complete right satisfait satisfaite
  satisfied content contente ravi ravie happy pleased cool trobien love adore helpful serviable lifesaver lifesavers
  hero heroes heros legend legends champion champions champ chapeau bravo kudos`);
/** Having, replies, news: only their absence speaks ("je n'ai pas", "aucune nouvelle", "no reply"). */
const HAVE = set(`ai as a avons avez ont eu avoir have has had get gotten obtenu`);
const COMMS = set(`reponse reponses nouvelle nouvelles news reply replies answer answers retour retours rappel
  rappele rappelee callback contact contacte contactee contacted called appele appelee solution solutions sign
  signe trace update updates`);
/** A problem: asserted it disputes (weakly), negated it confirms. */
const PROBLEM = set(`probleme problemes souci soucis panne pannes erreur erreurs bug bugs bogue beug plante plantage
  crash crashes crashing issue issues problem problems error errors fault faults glitch glitches worries worry
  cloche coince coincee bloque bloquee stuck frozen fige figee defaut defauts dysfonctionnement incident trouble
  expire expiree expired coupure coupures outage outages interruption interruptions bruit noise fuite fuites retard retards delay delays
  dropout dropouts decrochage decrochages microcoupure microcoupures lag lenteur lenteurs freeze freezes froze plantages plante crashed bugge bugged bugue down offline hs rade slow lent lente lents lentes complaint
  complaints plainte plaintes reproche reproches locked lockedout suspended suspendu suspendue blocked declined
  refuse refusee rejected rejete rejetee coupe coupent drop drops dropping dropped disconnects deconnecte deconnexion`);
const PROBLEM_WORDS = [...PROBLEM].join("|");
/** Damage or a wrong item: disputes even when the thing "arrived"; negated it confirms ("nothing's broken"). */
const DAMAGE = set(`casse cassee casses cassees fendu fendue fissure fissuree abime abimee abimes abimees raye rayee
  rayure rayures morceaux inpieces brise brisee bosse cabosse cabossee dechire dechiree tache tachee ecrase ecrasee
  broken broke crack cracks cracked crushed leak scratch scratched scratches damaged dented torn bent smashed shattered leaking leaks
  defectueux defectueuse defective faulty mouille mouillee wet moisi mauvais mauvaise mauvaises wrong incorrect
  incorrecte errone erronee insteadof perdu perdue lost egare egaree introuvable vole volee stolen pire worse
  aggrave aggravee empire faux fausse fausses false inexact inexacte`);
/** Plain discontent. */
const BAD = set(`nul nulle pourri pourrie inadmissible inacceptable unacceptable scandale scandaleux honte honteux
  ridicule ridiculous terrible awful horrible useless worst decu decue decus decues disappointed disappointing
  unhappy mecontent mecontente furieux furieuse angry furious fedup marre lamentable incompetent incompetents
  arnaque scam wasting wasted waste gaspille pasterrible joke joking kidding blague plaisantez moquez rigolez foutez
  annoyed agace agacee enerve enervee furax frustre frustree frustrated pissed upset`);
const WAIT = set(`attends attend attendons attente waiting pending processing encours`);
const YES = set(`oui ouii ouiii ouais ouaip yes yess yesss yep yup yeah yea ok okay daccord dac affirmatif
  absolument exactement certainly definitely indeed sure biensur`);
const NO = set(`non no nope nan nah nop negative negatif`);
const THANKS = set(`merci thanks thank thx ty cheers remercie remercions appreciated appreciate apprecie`);
const THANKS_FILLER = set(`merci thanks thank thx ty cheers you beaucoup bcp a vous much so many lot infiniment mille
  encore bien again remercie remercions je vous`);
/** French finite verbs that take a bare "pas"/"plus" after them in speech ("ça marche pas"). */
const FR_VERB = set(`marche marchent fonctionne fonctionnent va arrive vient bouge avance change demarre allume`);
const NEGATOR = set(`pas plus jamais rien aucun aucune sans ni not no never without nothing nobody none neither nada zilch
  nor cannot nolonger nomore anymore personne`);
const ABSENCE = set(`rien nothing nobody personne noone none nada zilch`);
const STILL = set(`toujours still yet encore`);
/** Words an elliptical answer is made of besides its negation ("hélas non", "so no", "not yet I'm afraid"). */
const FILLER = set(`alors so well bon donc ben bah euh hmm hm ce est it is that c malheureusement helas
  unfortunately sadly i am afraid ai peur je crains toujours still yet encore really vraiment du tout at all
  bonjour hello hi salut merci thanks thank you ne n oh et and du absolutely absolument certainly certainement
  surely surement evidemment obviously of course lol mdr`);

const POSITIVE_EMOJI = /👍|👌|✅|🙌|🙏|😊|🙂|😀|😃|😄|😁|😆|☺|🥰|😍|❤|♥|💙|💚|💯|👏|🥳|🎉|✨|😎|🤩|☀/u;
const NEGATIVE_EMOJI = /👎|😡|😠|🤬|😤|😞|😢|😭|☹|🙁|💢|❌|😩|😫|🤦|😑|😔|😟|😕|🙄|🙃|😒|🤡/u;

// ------------------------------------------------------------------------------------------- phrases
// Multi-word expressions rewritten to one word (on space-joined words, elided forms spelled "ne", "de", "ce"…)
// before the word rules, so that "c'est bon" is a status, "no more" a cessation, "yes or no" an echo.
const PHRASES: [RegExp, string][] = [
  // Courtesy about the answer itself ("sorry for the late reply", "je n'avais pas vu votre message"): no verdict.
  [/\b((sorry|so sorry|desole|desolee|dsl|pardon|oops|oups|apologies) )?((for|pour|de|d) )?(the |my |ce )?(late|slow|delayed) (reply|response|answer)\b|\b(sorry|desole|desolee|dsl|pardon) (de|d|for) (repondre|replying|answering|getting back) (que |only )?(maintenant|mtn|now|si tard|so late|late)\b|\b((pardon|sorry|oops|oups|desole|dsl) )?(just|only) (seen|saw|noticed) (this|your message|your msg|it)\b|\b((pardon|sorry|oops|oups|desole|dsl) )?(je )?(ne |n )?(avais|ai) pas vu (votre|ton|le|vos) (message|msg|mp)\b/g, " "],
  [/\b(thanks|thank you|merci) (again|encore)\b|\bencore merci\b|\b(pass|passer|transmettre|transmettez|passez) (on )?(my |mes |nos |our )?(thanks|remerciements|merci)\b/g, " thanks "],
  [/\b(thanks|thank you|merci) (for|de|d) (sorting|fixing|resolving|solving)( it| this| that| everything| things)?( out)?\b|\bmerci (d avoir|de avoir) (regle|resolu|corrige|repare|arrange)\b/g, " thanks statusok "],
  // Nothing more is needed: the case can close ("no further help needed", "plus besoin de rien").
  [/\b(no further|nothing (else|more)) ((help|assistance|action) )?(needed|required)\b|\b(plus|pas) besoin de (rien|plus rien|quoi que ce soit)\b|\b(do not|don t) need anything (else|more)\b/g, " statusok "],
  // How much effort it took ("shouldn't have needed 5 calls"): a remark on the way there, not on the state now.
  [/\b(should not|shouldn t|n aurait pas du|n aurait jamais du) (have )?(needed|taken|take|fallu|prendre|etre)\b/g, " tooklong "],
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
  // Seasonal wishes and pleasantries ("bonne année à toute l'équipe") say nothing about the case.
  [/\b(bonne|belle|joyeux|joyeuse|joyeuses|heureuse|happy|merry|have a (nice|good|great|lovely)) (annee|journee|soiree|fetes|fete|fin de semaine|weekend|week end|noel|new year|christmas|day|evening|holidays|paques|easter)\b/g, " "],
  // Idioms of a fix that worked ("that did the trick", "ça a fait l'affaire").
  [/\b(did|does|do|done) the (trick|job)\b|\b(a fait|fait|fera) (le affaire|la affaire|le job|le taf)\b|\bworked a treat\b/g, " statusok "],
  [/\b(went|gone|go|goes) through\b/g, " showup "],
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
  [/\b(rien|nothing) (a|to) (signaler|report|redire|dire|add|ajouter|complain about)\b/g, " statusok "],
  [/\bras\b(?! le bol)/g, " statusok "], // "RAS": rien à signaler (not "ras le bol", fed up)
  [/\b(rien|nothing) (d autre|de autre|de plus|else|more)\b/g, " "],
  [/\b(ce|it|its|that|everything|all|tout|tous) (est |is |are |va |sont )?(bien |all |tout )?(bon|ok|okay|good|fine|nickel|parfait|impeccable|en ordre|in order|sorted|set|clear|carre)\b/g, " statusok "],
  [/\b(tout va bien|all good|all fine|all set|all ok|all okay|rentre dans le ordre|back to normal|revenu a la normale|revenue a la normale|rentree dans le ordre)\b/g, " statusok "],
  [/\b(ce est|il est|it is|is|est) (bien )?(la|here|there now)\b(?! bas)/g, " ishere "],
  [/\b(get|gets|getting|got|came|come|coming|reviens|revenir|revenu|revenue) (back )?(to|vers) (me|you|us|moi|vous|nous)\b/g, " "],
  [/\b(is|are|s|est|now|it is) (back|de retour)\b/g, " isback "],
  [/\b(you can|vous pouvez|tu peux|feel free to|free to|can) (close|clore|cloturer|fermer|archiver)\b|\b(close|clore|cloturer|fermer) (le|la|the|this|ce) (dossier|ticket|case|demande|request)\b/g, " statusok "],
  [/\b(showed|shown|show|shows|turned|turn) up\b|\b(came|come|comes) through\b/g, " showup "],
  [/\b(log|logged|sign|signed) in\b/g, " login "],
  // Where the customer is ("at work", "au boulot"), disbelief that it would work ("j'y croyais plus", "didn't think
  // you'd pull it off"), a shrug ("ni bien ni mal"): none is a verdict.
  [/\b(at|from|to|after|before|au|du|apres le|avant le) (work|boulot|taf|travail|office|bureau)\b/g, " "],
  [/\b(je |j )?(ne |n )?(y )?(croyais|croyait|pensais|pensait|esperais) (plus|pas|meme pas|vraiment pas)\b|\b(i |we )?(genuinely |honestly |really )?(did not|didn t|never) (think|thought|believe|believed|expect|expected)\b|\b(had|d) (given up|lost hope)\b/g, " "],
  [/\bni bien ni mal\b|\bneither good nor bad\b/g, " "],
  // Money that left the account ("another £9.99 left my account", "encore 12 € prélevés sur mon compte"): a charge.
  [/\b(left|taken from|out of|went out of) my account\b|\b(sorti|sortis|partis?|preleves?|debites?) (de|sur) mon compte\b/g, " charged "],
  [/\b(turn|turns|turned|switch|switches|switched|power|powers|powered) on\b/g, " allume "],
  [/\b(my )?money back\b|\bgot (it|my \w+) back\b/g, " moneyback "],
  [/\b(en|in|into) (morceaux|miettes|pieces|bits)\b/g, " inpieces "],
  [/\bau lieu (de|du|des)\b|\binstead of\b/g, " insteadof "],
  [/\bpas terrible\b/g, " pasterrible "],
  [/\b(pas|not|n est pas|is not|isn t) (en ordre|in order)\b/g, " pas regle "],
  [/\bfed up\b|\ben ai marre\b/g, " fedup "],
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

/** Each of these sets a flag on the clause it occurs in (before or after the phrases above). */
const PARTIAL = /\b(partial|a moitie|la moitie|half|partly|partially|en partie|partiellement|sort of|kind of|plus ou moins|more or less|pas tout|not all|not everything|pas completement|pas entierement|not completely|not fully|not entirely|not quite|pas tout a fait|pas vraiment|not really|only (one|two|\d+|some|part|half|a few|a part)|seulement (un|une|\d+|la moitie|une partie|quelques|en partie)|\d+ (of|sur|out of) (the |les )?(?!(5|10)\b)\d+|(one|un|une|l un|l une) (of the|des) (two|three|deux|trois|\d+)|manque|manquent|manquant|manquante|manquants|manquantes|missing|incomplet|incomplete|incomplete|pas tout le temps|not always|not all the time|sometimes|parfois|de temps en temps|from time to time|on and off|par moments|intermittent|except|sauf|(une|un|one) (\w+ )?(sur|out of|in) (deux|trois|two|three|\d+)|(?<!plus )que (un|une) (seul|seule|des|de|sur)|que (la moitie|une partie|\d+ (sur|des|of))|(un|une) seule? (des|de|sur) (deux|trois|\d+)|ne (ai|a|avons|avez|ont) (\w+ )?que|manqu\w*|every other|(only|seulement|que) (\w+ )?(part|partie|half|moitie|some|quelques)|part of|une partie (de|du|des))\b/;
const SARCASM = /\b(yeah right|ouais ce est ca|comme la derniere fois|comme les autres fois|(just )?like (the )?last (time|\d+ times|few times)|if by|si par|et moi je suis (le|la|ne)|and i am the|merci pour rien|thanks for nothing|thank you for nothing|no thanks to you|pas grace a vous|sans votre aide|without your help|(by|did it|fixed it|sorted it|solved it) myself|moi meme|on my own|tout seul|toute seule)\b/;
/** What was missing has come ("la pièce manquante est arrivée", "reçu le pied qui manquait"): not a partial fix. */
const MISSING_WORD = /\b(that (was|were) missing|qui manquai(en)?t|missing|manquante?s?|manquants)\b/g;
const MISSING_CAME = /\b(missing|manquante?s?|manquants)\b( \w+){0,4} (arrived|came|recu|recue|recus|arrive|arrivee|arrives|arrivees|showup|delivered|livre|livree|received)\b|\b(that (was|were) missing|qui manquai(en)?t)\b/;
/** What came is not what was asked: "un bon d'achat c'est pas un remboursement", "that's not a refund". */
const NOT_THE_OUTCOME = /\b(ce est pas|ce ne est pas|is not|isn t|not) (un|une|a|an) (remboursement|refund|reparation|repair|echange|exchange|solution|fix)\b/;
/** Someone or something says otherwise ("my bank says otherwise", "le suivi dit le contraire"). */
const CONTRADICTED = /\b(says|say|said|dit|disent|shows|montre) (otherwise|the opposite|something else|le contraire|autre chose)\b/;
/** An error the customer sees ("gives me a 404", "erreur E-12"). */
const ERROR_CODE = /\b(404|403|500|502|503)\b|\b(error|erreur|err|code) ?[a-z]?\d{2,}\b/;
const PERSIST = /\b(persiste|persistent|persists|persisting|continue|continues|recommence|started again|isback|came back|back again|est revenu|est revenue|same (problem|issue|thing)|meme (probleme|souci|chose)|le meme|toujours la|still there|still here)\b/;
const TEMPORARY = /\b(a marche|a fonctionne|worked|marchait|fonctionnait|ran|a tenu|tenu|lasted|held) (\w+ )?(\d+|une|un|a|one|two|three|deux|trois|quelques|few|a few) (\w+ )?(jours?|journee|heures?|h|semaines?|days?|hours?|weeks?|minutes?|min)\b|\b(worked|a marche|a fonctionne|marchait|fonctionnait|was working) (for|pendant|durant|at first|au debut|un moment|a while)\b|\b(a tenu|tenu|held|lasted|lasted for|held for|was fine for|was ok for|etait ok|etait bon) (\w+ )?(une|un|a|one|two|three|deux|trois|quelques|few|\d+) (\w+ )?(jour|jours|journee|heure|heures|semaine|semaines|day|days|hour|hours|week|weeks|minutes)\b|\b(a tenu|tenu|held|lasted|lasted for|held for) (\w+ )?\d+ ?(h|hrs?|j|min)\b/;
/** The problem came back: "ça recommence", "rebelote", "back to square one", a French re- verb of a problem ("ça replante"). */
const RELAPSE = /\b(re ?factur\w*|re ?debit\w*|re ?preleve\w*|recharged|(charged|billed|debited|preleve|debite|facture) (me |moi )?(again|de nouveau|a nouveau)|recommence|recommencer|recommencee|recommencent|rebelote|de plus belle|started again|starting again|starts again|back to square one|case depart|back to how it was|comme avant|reparti|repartie|repartis|reparties|re parti|re partie|(gone|went (down|off|out)|died|dropped|stopped|cut out|off|down|broke|broken) again|(est|sont) (de nouveau|a nouveau) (hs|en panne|down|coupe|coupee|bloque|bloquee))\b/;
/** Re- and a problem verb: "replante", "rebugge", "recrash". */
const isRelapseWord = (w: string) => w.length > 4 && /^re/.test(w) && (PROBLEM.has(w.slice(2)) || DAMAGE.has(w.slice(2)));
/** The fix went to the wrong place: "not mine", "my old card", "to the old address". */
const WRONG_TARGET = /\b(pas (le|la|les) (mien|mienne|miens|miennes)|not mine|someone else|somebody else|quelqu un d autre|pas (a|pour) moi|not for me|(my|mon|ma|the|le|la|l) (old|ancien|ancienne|previous|former|closed) (card|carte|address|adresse|account|compte|number|numero|bank|banque)|(a|to) (le |la |l |the )?(ancienne|ancien|old one|previous one))\b/;
/** A remark made small: after a contrast it is a reservation, not a dispute. */
const SOFTENER = /\b(a bit|a little|slightly|somewhat|minor|small thing|tiny|un peu|legerement|un petit|une petite|petit detail|detail|juste un|just a)\b/;
/** An automatic reply or a number that changed hands: not the customer's answer at all. */
const AUTO_REPLY = /\b(out of (the )?office|(absent|absente|away|out) (jusqu|until|till|from)|acces limite|limited access|de retour le|back on (the )?\d|absent du bureau|absente du bureau|automatic reply|auto reply|autoreply|reponse automatique|message automatique|en conges|on annual leave|limited access to (my )?email|plus attribue|no longer (in use|monitored|assigned)|do not reply|ne pas repondre|noreply)\b/;
/** A question asking when or how long: what was owed has not come ("when will the refund arrive?"). */
const WHEN_QUESTION = /\b(quand|when|when s|how (much )?long|how much longer|combien de temps|d ici quand|by when|a quelle (heure|date)|what time)\b/;
/** A question asking for something (a request, a next step): not a plain confirmation. */
const REQUEST_QUESTION = /\b(quand|when|combien|how|pourquoi|why|comment|est ce que|can i|can you|could you|pouvez|peux|pourriez|do i|dois|faut il|need|where|ou est|which|quel|quelle|quels|quelles|what|should i)\b/;
const STILL_SAME = /\b(same (thing|result|error|message|screen|again|charge|bill|amount|fault|bug)|meme (resultat|erreur|message|ecran|montant|facture|prelevement|debit|bug)|still the same|toujours pareil|toujours la meme chose|pareil|idem|same as before|comme avant|comme (le |l |la )?(ancien|ancienne|precedent|precedente|premier|premiere|autre)|(just )?like the (old|first|previous|last|other) one|same as the (old|first|previous|other) one|no change|no difference|aucun changement|aucune difference|rien de neuf|nothing new|retour a le expediteur|returned to sender|back to the sender|worse|pire)\b/;
const AGAIN = /\b(again|de nouveau|a nouveau)\b/;
const WAIT_SPAN = /\b(has|have|is|it is|its) been (\w+ )?(\d+|a|one|two|three|few) (\w+ )?(days|weeks|months|hours)\b|\b(ce fait|cela fait|ca fait|voila|depuis|for|only|seulement|encore|another|de plus|and counting) (\w+ )?(\d+|une|un|a|one|two|deux|trois|quelques|few) (\w+ )?(jours|jour|semaines|semaine|mois|heures|days|day|weeks|week|months|hours)\b|\band counting\b|\b(\d+|une|un|a|one|two|deux|trois) (jours|semaines|mois|days|weeks|months) (de plus|sans|without|now|maintenant)\b/;
const REPEAT = /\b(\d+(e|eme|th|rd|nd|st)|deuxieme|troisieme|quatrieme|cinquieme|second|third|fourth|fifth|nth|enieme) (fois|time|times|chat|call|appel|relance|message|mail|email|essai|try|attempt)\b|\b(encore une fois|once again|yet again|again and again|(every|each) time|a chaque fois|chaque fois)\b/;
/** Leaving: a customer who cancels or swears never to come back is not satisfied. */
const LEAVE = /\b((je|vais|veux|va|je vais|je veux) resilier|je resilie|resilier (mon|ma|mes|le|l|votre)|resilie (mon|ma|mes)|cancel(ling|ing|led)? my (subscription|contract|account|plan|membership)|changer de (operateur|fournisseur|banque|magasin)|change (de )?(operateur|fournisseur)|switch(ing)? to|going elsewhere|aller ailleurs|vais ailleurs|never (again|buying|ordering|shopping)|(contacting|contact|call|calling|appeler|contacter|contacte) (my|ma|mon) (bank|banque|avocat|lawyer|solicitor)|plus jamais|last time i (buy|order|shop))\b/;
/** Time and effort it took: context, not a verdict ("yes, though it took a while"). */
const TOOK_LONG = /\b(mis le temps|mis du temps|pris (le|votre|son|leur) temps|took (your|their|its) (sweet )?time|took ages|took forever|took|taken|a pris|ca a pris|a while|longtemps|too long|trop long|long|lent|slow|relances?|relancer|fallu|fallait|tooklong|after \d+|apres \d+|delai|finally|enfin|eventually|dommage que|dommage qu|passer par (les )?(reseaux|twitter|facebook)|\d+ (calls|appels|relances|mails|emails|messages))\b/;
const REGRET = /\b(malheureusement|helas|unfortunately|sadly|i am afraid|je crains|j ai peur)\b/;
/** A promise reported, expected to have happened ("on devait me rappeler", "you said", "I was told"). */
const PROMISED = /\b(on devait|devait|devaient|etait cense|etait censee|supposed to|was meant to|should have|aurait du|promised|promis|promise)\b/;
const REPORTED = /\b(on me a dit|me a dit|you said|i was told|they told me|was told|says|said|say|dit|disant|dise|told|selon|according to|apparently|apparemment|paraît|parait|indique|shows|affiche)\b/;
/** Not (yet) the customer's own verdict. */
const DOUBT = /\b(waitandsee|pas sur(?! (mon|ma|mes|le|la|les|l|un|une|son|sa|ses|ton|ta|notre|votre|leur|ce|cet|cette)\b)|tiens au courant|tiendrai au courant|keep you posted|keep you updated|verrai|verra|verrons|we will see|will see|time will tell|a voir|dirai|dirais|let you know|tell you|ask me|demandez moi|redemandez|get back to you|reviens vers vous|trop tot pour|too (early|soon) to|wait and see|je sais pas|je ne sais pas|sais pas|do not know|dunno|not sure|pas certain|pas certaine|no idea|aucune idee|je pense|je crois|i think|i guess|maybe|peut etre|probably|probablement|seems|semble|a priori|normalement|in theory|en theorie|hopefully|j espere|i hope|fingers crossed|croise les doigts|pour le instant|pour le moment|for now|so far|jusque ici|until now|for the moment|depend|depends|dependra)\b/;
const THIRD_PARTY = /\b(mon|ma|my) (mari|femme|epouse|fils|fille|pere|mere|conjoint|conjointe|compagnon|compagne|copain|copine|frere|soeur|husband|wife|son|daughter|partner|father|mother|dad|mum|mom|brother|sister|boyfriend|girlfriend|collegue|colleague|assistant|assistante)\b/;
/** What went wrong at first, before the fix ("ça a rien fait au début"): context, not the state now. */
const AT_FIRST = /\b(au debut|at first|initially|au depart|in the beginning|to begin with|d abord)\b/;
/** Asking for another outcome ("I want my money back", "je veux un remboursement"): this one is refused. */
const WANTS_OTHER = /\b(i|je) (\w+ )?(want|veux|voudrais|need|exige|demande|asked for|had asked for|ai demande|avais demande|demandais|wanted)\b.*\b(moneyback|refund|rembourse|remboursement|remplacement|replacement|echange|exchange|argent|money)\b/;
/** What the customer wanted and did not get ("je voulais juste mon colis", "I asked for the 21st"); wanting to
 * say or thank is courtesy, and "as I said" is instructions. */
const OTHER_WISH = /(?<!\b(comme|like|as|just as) )\b(je voulais|j voulais|moi je voulais|je voulais juste|j aurais voulu|je aurais voulu|i wanted|i just wanted|all i wanted|i would have liked|i d have liked|i had asked for|i asked for|i requested|i said|i had said|j avais dit|je avais dit|j avais demande|je avais demande|j avais precise|je avais precise)\b(?! (juste |just |simplement )?(vous |you |te |to )?(dire|remercier|say|thank|tell|let you know|informer|signaler|confirmer|confirm|say thanks))/;
/** The customer's own slip was the cause ("my bad", "j'avais pas redémarré"): context before the fix, not a dispute. */
const SELF_CAUSE = /\b(my bad|my fault|my mistake|ma faute|mon erreur|de ma faute|ma bourde|c etait moi|ce etait moi|it was me|it was my|on my side|on my end|de mon cote|turns out i|en fait (c etait|ce etait|j avais|je avais)|j avais (pas|mal|oublie)|je avais (pas|mal|oublie)|i had (not|forgotten|the wrong|the old)|i hadn t|i d forgotten)\b/;
/** Advice for next time ("une petite suggestion", "a heads-up next time would be nice"): feedback beside the
 * verdict, not a reservation about it — unless it is about money, which is a claim. */
const SUGGESTION = /\b(suggestion|suggest|next time|la prochaine fois|would be (nice|good|great|helpful|appreciated)|serait (bien|top|sympa|utile|mieux|appreciable)|it d be (nice|good|great)|maybe (make|add|send|put|show)|peut etre (mettre|ajouter|envoyer|afficher|prevenir)|pourrait (prevenir|afficher|envoyer|etre plus)|affichez|ajoutez|pensez a)\b/;
/** What names an item's identity: a wrong one is named by negating it or calling it another. */
const ITEM_NOUN = "(modele|model|taille|size|couleur|colour|color|article|produit|item|product|reference|pointure|version)";
/** A wrong item by name ("pas le bon modèle", "not the right size", "une autre taille"). */
const WRONG_ITEM = new RegExp(`\\b(pas|not) (le |la |les |the |my |mon |ma |du )?(bon |bonne |right |correct |meme |same )?${ITEM_NOUN}\\b|\\b(different|autre|another) (\\w+ )?${ITEM_NOUN}\\b`);
/** "Received a size M, I ordered XL": what came, then what was ordered (unless it is what was ordered). */
const ORDERED = "(i ordered|i had ordered|j ai commande|je ai commande|je avais commande|j avais commande)";
const NOT_WHAT_ORDERED = new RegExp(`\\b(received|recu|recue|got|sent|envoye|livre|livree)\\b.*\\b${ORDERED}\\b`);
const AS_ORDERED = new RegExp(`\\b(what|ce que|exactly|exactement|as|comme) ${ORDERED}\\b`);
/** Opening hours and the like: a question about something else, not about what is owed. */
const OTHER_TOPIC = /\b(ouvrez|ouvre|ouverts?|open|opens|close|closes|closing|fermez|ferme|fermeture|horaires|hours)\b/;
const ASIDE = /^(different thing|other thing|separate (issue|thing|question)|rien a voir|hors sujet|off topic|sans rapport|btw|by the way|unrelated|au fait|sinon|et sinon|petite remarque|remarque|ps|p s|autre chose|autre question|other question|another question|also|aussi|question|d ailleurs|side note)\b/;
const CONTRAST = set(`mais but however cependant pourtant toutefois neanmoins though although`);
const CONTRAST_PHRASE = /^(par contre|en revanche|sauf que|except that|seul (souci|probleme|truc)|only thing)\b/;
const FUTURE = /\b(demain|tomorrow|prochain|prochaine|next|ce soir|tonight|plus tard|bientot|soon|dans \d+|in \d+ (days|weeks))\b|(?<!\d+ \w+ )\blater\b/;
const PENDING_EVENT = /\b(passe|passera|vient|viendra|arrive|arrivera|livre|livrera|coming|arriving|will (come|arrive|be)|doit (passer|arriver|venir)|should (arrive|come)|due|expected|prevu|prevue|scheduled|attendu)\b|\b(seulement|only|not until|pas avant|que)\b/;

// ------------------------------------------------------------------------------------------- layout
interface Clause {
  words: string[];
  /** Per word: inside a negation's scope (lib/text/negation.ts, double "not not" cancelled). */
  negated: boolean[];
  text: string;
  question: boolean;
  /** Follows a contrast word ("mais", "but") in the message. */
  afterContrast: boolean;
  /** Part of an aside ("btw", "au fait") that is not about the case. */
  aside: boolean;
  /** In reported speech or a condition: its fix words are not the customer's observation. */
  notOwn: boolean;
  /** A question followed by an answer in the same message (our question quoted back). */
  echo?: boolean;
}

// A dash with a space beside it separates; inside a word ("heads-up", "re-bug") it does not.
const BREAK = /[.!?;:,…|()[\]{}—–•/"]|\p{Extended_Pictographic}|\s-|-\s|(?:^|\s)>/u;
const SENTENCE_END = /[.!?;…|]|\p{Extended_Pictographic}/u;

function layout(text: string): { clauses: Clause[]; folded: string; contrast: boolean } {
  // Lines are sentences; quoted text (an echoed question, something we said) is not the customer's word.
  // A closing formula and what follows it (a signature, a name) are not part of the answer.
  const lines = withoutSignature(text).split(/\r?\n/).map(fold).filter(Boolean).join(" | ")
    .replace(/\b(cordialement|bien cordialement|bien a vous|sinceres salutations|salutations distinguees|best regards|kind regards|regards|sincerely|bisous)\b(?=[^\p{L}]*(\p{L}+[^\p{L}]*){0,4}$)[^]*$/u, " ");
  // A status word in quotes is irony ("you \"resolved\" it"); other quoted text is an echo, dropped.
  const scare = [...lines.matchAll(/"([^"?]*)"/g)].some((m) => m[1]!.trim().split(/\s+/).length <= 3 && m[1]!.split(/[^\p{L}]+/u).some((w) => RESOLVE.has(w) || isWork(w)));
  // Contrast phrases read as the contrast word they mean, wherever they stand in the clause.
  // ("re-facturé", "re-bug": the prefix is part of the word, not a dash between two clauses.)
  const folded = lines.replace(/\bre-(?=\p{L})/gu, "re").replace(/"[^"]*"/g, " | ").replace(/\b(par contre|en revanche|sauf que|except that|only thing is|dommage (que|qu|pour)|(it s a |its a |what a |such a |a )?(shame|pity)(?! on)|too bad (that|about))\b/g, " mais ")
    + (scare ? " | scarequotes" : "");
  const tokens = tokenizeFolded(folded);
  const clauses: Clause[] = [];
  let words: string[] = [];
  let afterContrast = false;
  const sentenceStart: number[] = [];
  const flush = (question: boolean | null) => {
    if (words.length) {
      clauses.push({ words, negated: [], text: "", question: false, afterContrast, aside: false, notOwn: false });
      if (question) sentenceStart.push(clauses.length);
    }
    words = [];
  };
  const markQuestion = (gap: string, upTo: number) => {
    // The clauses of the sentence that ends here are a question.
    if (!gap.includes("?")) return;
    let from = sentenceStart.length >= 2 ? sentenceStart[sentenceStart.length - 2]! : 0;
    // "yes sorted, btw can I order another one?": the question starts with the aside, not before it.
    for (let k = upTo - 1; k > from; k--) if (ASIDE.test(clauses[k]!.words.join(" "))) { from = k; break; }
    for (let k = from; k < upTo; k++) clauses[k]!.question = true;
  };
  tokens.forEach((t, i) => {
    const gap = i === 0 ? folded.slice(0, t.start) : folded.slice(tokens[i - 1]!.end, t.start);
    const inNumber = /^[.,]$/.test(gap) && /^\d/.test(t.word) && /\d$/.test(tokens[i - 1]?.word ?? ""); // "9.99", "12,50"
    if (i > 0 && t.start !== tokens[i - 1]!.start && BREAK.test(gap) && !inNumber) {
      const sentenceEnds = SENTENCE_END.test(gap);
      flush(sentenceEnds);
      if (sentenceEnds) markQuestion(gap, clauses.length);
    }
    const word = t.elided ? elidedBase(t.word)! : t.word;
    if (CONTRAST.has(word)) {
      flush(null);
      afterContrast = true;
      return;
    }
    words.push(word);
  });
  flush(true);
  markQuestion(folded.slice(tokens.at(-1)?.end ?? 0), clauses.length);
  for (const c of clauses) {
    let s = ` ${c.words.join(" ")} `;
    for (const [re, to] of PHRASES) s = s.replace(re, to);
    // "I'll ask mum when she's back", "quand il rentre": a condition, not something observed (a question with
    // "when" is read by WHEN_QUESTION instead).
    // ("charged only once", "une fois" are counts.)
    if (!c.question) s = s.replace(/\b(when|quand|lorsque|lorsqu)\b.*$|(?<!\b(only|just|charged|paid|debited|billed|at|more|than|all at) )\bonce\b.*$/, " later ");
    c.text = doneAsAsked(s.replace(/\s+/g, " ").trim().split(" ").map(typoOfFix)).join(" ");
    // The words and their negation scope as rewritten (lib/text/negation.ts; the clause holds no break).
    const tokens = tokenizeFolded(c.text);
    c.words = tokens.map((t) => t.word);
    c.negated = negationScope(tokens, 3).map((n) => n.negated && !n.cue);
    // "not not": a double negation cancels ("it doesn't not work").
    if (/\bnot not\b/.test(c.text)) c.negated = c.negated.map(() => false);
  }
  // Asides run to the end of the message; reported speech and conditions to the end of their clause chain.
  let inAside = false;
  for (const c of clauses) {
    if (ASIDE.test(c.text)) inAside = true;
    if (SUGGESTION.test(c.text) && !/\b(rembours\w*|refund\w*|moneyback|argent|money|frais|fees?|geste|compensation|dedommag\w*)\b/.test(c.text)) inAside = true;
    c.aside = inAside;
    if (CONTRAST_PHRASE.test(c.text)) c.afterContrast = true;
    if (REPORTED.test(c.text) || /^(if|si|when|quand|once)\b/.test(c.text)) c.notOwn = true;
  }
  // "who's running this account", "pourquoi vous demandez": a question, with or without its mark.
  for (const c of clauses) if (/^(lol |mdr |haha |ptdr )?(who|whos|why|where|which|qui|pourquoi|est ce que|c est qui|ce est qui)\b/.test(c.text)) c.question = true;
  clauses.forEach((c, k) => { c.echo = c.question && clauses.slice(k + 1).some((d) => !d.question); });
  return { clauses, folded, contrast: afterContrast || clauses.some((c) => c.afterContrast) };
}

// ------------------------------------------------------------------------------------------- ratings
const NUMBER_WORDS: Record<string, number> = {
  zero: 0, un: 1, une: 1, one: 1, deux: 2, two: 2, trois: 3, three: 3, quatre: 4, four: 4, cinq: 5, five: 5,
  six: 6, sept: 7, seven: 7, huit: 8, eight: 8, neuf: 9, nine: 9, dix: 10, ten: 10,
};
const NUM = `(-?\\d+|${Object.keys(NUMBER_WORDS).join("|")})`;
const num = (s: string) => (/^-?\d+$/.test(s) ? Number(s) : NUMBER_WORDS[s]!);

/** A rating on a scale of 5 (may be below 1 or fractional from a scale of 10), or null. */
function ratingOf(folded: string, words: string): number | null {
  const filled = (folded.match(/⭐|★|🌟/gu) ?? []).length;
  if (filled >= 1 && filled <= 5) return filled;
  let m = new RegExp(`\\b${NUM} ?(?:/|sur|out of|on) ?(5|10|cinq|five|dix|ten)\\b`).exec(folded.replace(/\s+/g, " "))
    ?? new RegExp(`\\b${NUM} (?:sur|out of|on) (5|10|cinq|five|dix|ten)\\b`).exec(words);
  if (m) {
    const scale = num(m[2]!);
    const r = num(m[1]!);
    return r <= scale ? (r * 5) / scale : null;
  }
  if (/\b(minus|moins) \d+\b/.test(words)) return 0;
  m = new RegExp(`\\b${NUM} (etoiles?|stars?)\\b`).exec(words);
  if (m) return num(m[1]!);
  m = new RegExp(`\\b(note|rating|mets|donne|give|gives|rate|rated)( you| it| them| vous| le| la)?( an?| un| une)? ${NUM}\\b`).exec(words);
  if (m) return num(m[4]!);
  // A bare number, alone or next to a yes/no or a hedge: "5", "a 3 I guess", "yes / 2", "zéro pointé".
  const rest = words.replace(/\b(oui|yes|yeah|non|no|ok|note|a|un|une|i guess|je pense|pointe|et|and|ce est|that is|being|genereux|genereuse|generous|if i could|si je pouvais)\b/g, " ").trim();
  m = new RegExp(`^${NUM}$`).exec(rest.replace(/\s+/g, " "));
  if (m && num(m[1]!) <= 5) return num(m[1]!);
  m = new RegExp(`^(?:an? |un |une )?${NUM}\\b(?! (of|sur|de|des|x|items?|articles?|fois|times?|jours?|days?|semaines?|weeks?|mois|months?|heures?|hours?|h|min|e|eme|calls?|appels?|chats?|euros?|eur|€|£))`).exec(words);
  if (m && num(m[1]!) <= 5 && words.split(" ").length <= 6) return num(m[1]!);
  return null;
}

/** Distinct amounts of money: a refund compared with what was paid ("20€ sur 45", "£15 back, the order was £60"). */
function amounts(folded: string): number {
  const found = new Set<string>();
  for (const m of folded.matchAll(/(\d+(?:[.,]\d+)?) ?(?:€|eur\b|euros?\b|£|\$|dollars?\b)|(?:€|£|\$) ?(\d+(?:[.,]\d+)?)/gu)) found.add(m[1] ?? m[2]!);
  for (const m of folded.matchAll(/(?:€|£|\$) ?\d+(?:[.,]\d+)? ?(?:sur|of|out of|instead of|au lieu de) ?(\d+)/gu)) found.add(m[1]!);
  for (const m of folded.matchAll(/\d+ ?(?:€|eur\b|euros?\b) (?:sur|of) (\d+)/gu)) found.add(m[1]!);
  return found.size;
}

// ------------------------------------------------------------------------------------------- reading
export interface Reading {
  /** Says or implies it is not fixed. */
  strongNeg: string[];
  /** Time, effort or repetition complaints; a problem named: yield to a clear "it's fixed". */
  weakNeg: string[];
  /** Says it is fixed, in the customer's own words. */
  strongPos: string[];
  /** A yes, praise, a thank-you, a positive emoji. */
  weakPos: string[];
  /** Not (yet) a verdict: reservation, hedge, reported, third person, aside with a complaint, unknown words. */
  doubt: string[];
  /** A bare "non"/"no" as the answer. */
  answerNo: boolean;
}

const emptyReading = (): Reading => ({ strongNeg: [], weakNeg: [], strongPos: [], weakPos: [], doubt: [], answerNo: false });
const LEGAL_OR_COMPLAINT = termsPattern([...LEGAL, ...COMPLAINT.filter((t) => t !== "court" && t !== "opposition")]);
/** Words that carry no verdict: the things and times a customer names around one ("le colis", "ce matin"). */
const NEUTRAL = set(`colis parcel package paquet commande order article item produit product remboursement refund
  virement transfer carte card compte account releve statement banque bank argent money box internet wifi ligne
  ecran screen telephone phone appli app application site technicien technician tech livreur courier conseiller
  conseillere agent equipe team service support dossier ticket case nouveau nouvelle new remplacement replacement
  matin morning hier yesterday aujourdhui today maintenant now soir evening semaine semaines week weeks jour jours
  day days mois month months heure heures hour hours cette fois time temps lol mdr haha ptdr xd enfin finally eventually
  pris took attendu waited relance relancer appels calls chats mails message messages aime devoir voila vous tous bonjour
  hello hi salut bonsoir cordialement regards journee day bonne nice have a great weekend equipe yep midi apres
  madame monsieur informe confirme confirm just side cote quick rapide rapidement vite fast redemarrage redemarre
  reboot rebooted restart restarted min mins minute minutes sec secondes seconds truc thing chose distance
  remote remotely condition etat state updated update maj installe reinstalle reinstalled
  unplugged plugged debranche rebranche reset reinitialise reinitialisation lien link mot passe password code
  modele model taille size couleur colour color pointure version visited visite chasing pastanger
  facture factures invoice invoices bill bills credit avoir compensation dedommagement engineer ingenieur booking booked
  reservation vol flight embarquement boarding cache procedure steps etapes instructions tooklong contrat contract
  abonnement subscription`);
/** Who the customer speaks to ("sorted, mate", "merci chef"): carries no verdict. */
const VOCATIVE = set(`mate mates legend buddy dude man chef boss guys gars folks pal`);

function readClause(c: Clause, r: Reading) {
  const { words, negated, text } = c;
  const own = !c.question && !c.notOwn;
  const before = r.strongNeg.length + r.weakNeg.length + r.strongPos.length + r.weakPos.length + r.doubt.length;
  const atFirst = AT_FIRST.test(c.text) || SELF_CAUSE.test(c.text);
  const neg = (why: string, strong = true) => (c.aside ? r.doubt : strong && !atFirst ? r.strongNeg : r.weakNeg).push(why);
  const pos = (why: string, strong = true) => {
    if (own && !c.aside) (strong ? r.strongPos : r.weakPos).push(why);
  };
  const tokens = text.split(" ");
  // Our own question echoed back before the answer ("est-ce que mon pb est réglé ? bah oui"): not theirs.
  if (c.echo && tokens.some((w) => RESOLVE.has(w))) return;
  /** A verdict word in the clause: only then does who says it (someone else, reported) matter. */
  const statusWords = tokens.some((w) => RESOLVE.has(w) || isWork(w) || ARRIVE.has(w) || REFUND.has(w) || GOOD.has(w) || PROBLEM.has(w) || DAMAGE.has(w) || w === "statusok");
  const unsure = DOUBT.test(text) || (VERIFY_NEGATED(words, negated));
  // Phrase-level ideas.
  const missingCame = MISSING_CAME.test(text) && words.some((w, k) => (ARRIVE.has(w) || w === "showup") && !negated[k]);
  if (PARTIAL.test(missingCame ? text.replace(MISSING_WORD, " ") : text)) neg("partial");
  if (SARCASM.test(text) || /\bscarequotes\b/.test(text)) neg("irony");
  if (REGRET.test(text)) neg("regret", false);
  if (WAIT_SPAN.test(text)) neg("waiting for so long", false);
  if (REPEAT.test(text)) neg("asked again and again", false);
  if (TEMPORARY.test(text)) neg("worked only for a while");
  if (PROMISED.test(text) && !c.question) neg("a promise reported", false);
  // "plus jamais" / "never again" said of a problem is its end ("plus jamais eu le bug"), not a customer leaving.
  if (LEAVE.test(text) && !tokens.some((w) => PROBLEM.has(w) || DAMAGE.has(w))) neg("leaving");
  if (STILL_SAME.test(text)) neg("nothing changed");
  if (NOT_THE_OUTCOME.test(text)) neg("not the outcome asked for");
  if (CONTRADICTED.test(text)) neg("contradicted");
  if (ERROR_CODE.test(c.text)) neg("an error code");
  // After "but": what is "still there", a charge asserted, or "still" anything but working disputes the head.
  if (c.afterContrast && PERSIST.test(text)) neg("still there after a contrast");
  if (c.afterContrast && tokens.some((w, k) => UNWANTED.has(w) && !negated[k]) && !tokens.some((w) => REMOVAL.has(w) || RESOLVE.has(w))) neg("a new charge after a contrast");
  if (c.afterContrast && !unsure && tokens.some((w) => STILL.has(w)) && !tokens.some((w) => isWork(w) || RESOLVE.has(w) || GOOD.has(w) || w === "statusok")) neg("still, after a contrast");
  if (RELAPSE.test(text) || tokens.some(isRelapseWord)) neg("the problem came back");
  if (WRONG_TARGET.test(text)) neg("done to the wrong thing");
  if ((WANTS_OTHER.test(text) || OTHER_WISH.test(text)) && !c.question) neg("asks for another outcome");
  // The same fault on the replacement: "the same leak", "avec le même défaut", "has the same …".
  if (tokens.some((w, k) => (w === "same" || w === "meme") && (tokens.slice(k + 1, k + 3).some((x) => PROBLEM.has(x) || DAMAGE.has(x))
    || /^(with|avec|has|have|had|a|ont|got)$/.test(tokens[k - 1] === "the" || tokens[k - 1] === "le" || tokens[k - 1] === "la" ? tokens[k - 2] ?? "" : tokens[k - 1] ?? "")))) neg("the same fault");
  if (WRONG_ITEM.test(text)) neg("wrong item");
  if (c.question && !c.aside && WHEN_QUESTION.test(text) && OTHER_TOPIC.test(text)) r.doubt.push("asks about something else");
  else if (c.question && !c.aside && WHEN_QUESTION.test(text)) neg("asks when it will come");
  else if (c.question && !c.aside && REQUEST_QUESTION.test(text)) r.doubt.push("asks for something");
  if (unsure) r.doubt.push("hedge, deferral or not checked yet");
  if (THIRD_PARTY.test(text) && statusWords) r.doubt.push("someone else");
  if (/\bmisdirected\b/.test(text)) r.doubt.push("not meant for us");
  if (tokens.some((w) => UNWANTED.has(w)) && !tokens.some((w) => REMOVAL.has(w) || RESOLVE.has(w)) && /\b(still|toujours|encore|again|every|chaque|de nouveau|another|un autre|une autre)\b/.test(text)) neg("still charged");
  // "J'ai encore été prélevé alors que j'ai résilié": the charge itself comes again, whatever was cancelled.
  else if (tokens.some((w, k) => UNWANTED.has(w) && !negated[k] && tokens.slice(Math.max(0, k - 3), k + 3).some((x) => /^(still|toujours|encore|again|another)$/.test(x)))) neg("charged again");
  // Reported speech with a verdict in it ("on m'a dit que c'était réglé"); instructions reported ("I did what
  // he said") carry none.
  if (c.notOwn && !c.question && statusWords) r.doubt.push("reported");
  if (FUTURE.test(text) && PENDING_EVENT.test(text) && !unsure) neg("still to come");
  else if (FUTURE.test(text) && !c.aside) r.doubt.push("later");

  // Word-level: status words and the negation over them (lib/text's scope, on the words before the phrase
  // rewrite; phrase words such as "statusok" or "nomore" are read from the rewritten text).
  const scoped = (w: string) => {
    const k = words.indexOf(w);
    return k >= 0 && negated[k]!;
  };
  const hasCessation = /\b(nomore|nolonger|anymore)\b/.test(text) || words.some((w, k) => w === "plus" && isPlusNegation(words, negated, k));
  const hasProblem = tokens.some((w) => PROBLEM.has(w) || DAMAGE.has(w));
  const hasUnwanted = tokens.some((w) => UNWANTED.has(w));
  const resolves = (w: string) => RESOLVE.has(w) || (REMOVAL.has(w) && (hasProblem || hasUnwanted));
  const hasResolve = tokens.some((w) => resolves(w) && !scoped(w));
  let negatedFix = false;
  let negatedProblem = false;
  tokens.forEach((w, k) => {
    const isNeg = scoped(w) || postNegated(tokens, k);
    const fix = resolves(w) || isWork(w) || ARRIVE.has(w) || REFUND.has(w) || GOOD.has(w) || PROGRESS.has(w) || COMMS.has(w) || HAVE.has(w);
    if (PROBLEM.has(w) || DAMAGE.has(w)) {
      if (isNeg || hasCessation) negatedProblem = true;
      else if (DAMAGE.has(w)) neg("damaged, lost or wrong");
      else if (stillNear(tokens, k)) neg("the problem persists");
      else if (c.afterContrast && !c.question) neg("a problem after a contrast");
      else if (!hasResolve && !c.question) neg("a problem named", false);
    } else if (fix && isNeg) {
      // "je n'ai pas de problème": the negation is the problem's, not the verb's.
      if (!HAVE.has(w) || !tokens.slice(k + 1, k + 4).some((x) => PROBLEM.has(x) || DAMAGE.has(x))) negatedFix = true;
    } else if (!isNeg) {
      if (resolves(w)) pos(`fixed (${w})`);
      else if ((isWork(w) || ARRIVE.has(w) || REFUND.has(w)) && !hasProblem) pos(`works or arrived (${w})`);
      else if (GOOD.has(w) && !hasProblem) pos(/^(ok|okay)$/.test(w) ? "ok" : `praise (${w})`, false);
      else if (BAD.has(w)) neg(`discontent (${w})`);
      else if (WAIT.has(w)) neg("waiting");
      else if (isYes(w)) pos(/^(o+k+|okay|daccord|dac)$/.test(w) ? "ok" : "yes", false);
    }
  });
  if (negatedFix && !(hasCessation && hasProblem) && !unsure) neg("not fixed");
  if (negatedProblem && (!negatedFix || hasCessation)) pos("no problem any more");
  // "No more duplicate payment", "plus de prélèvement": the unwanted charge stopped.
  const chargeStopped = hasCessation && hasUnwanted && !hasProblem && !negatedFix;
  if (chargeStopped) pos("no unwanted charge any more");
  // The first word after "no more" that is not an article or a verb of having: the thing gone.
  const gone = (k: number) => tokens.slice(k + 1, k + 4).find((x) => !/^(de|d|du|des|le|la|les|l|any|my|mon|ma|mes|the|have|had|got|get|aucun|aucune|tout)$/.test(x));
  const lost = tokens.some((w, k) => (w === "nomore" || w === "nolonger") && WANTED.has(gone(k) ?? ""));
  if (lost && !hasProblem) neg("lost what they need");
  if (hasProblem && !negatedProblem && PERSIST.test(text)) neg("the problem persists");
  if (!hasProblem && AGAIN.test(text) && !tokens.some((w) => isWork(w) || ARRIVE.has(w) || RESOLVE.has(w))) neg("again", false);

  // Negations that consume no status word: absence, lack, "still not", a negation standing alone.
  if (!unsure && !negatedProblem) {
    const still = tokens.some((w) => STILL.has(w));
    const cues = words.map((w, k) => isCue(words, negated, k));
    words.forEach((w, k) => {
      if (!cues[k]) return;
      if (ABSENCE.has(w) && !tokens.includes("statusok")) neg(`absence (${w})`);
      if (still) neg("still not");
    });
    if (/\b(sans|without|aucun|aucune|ni)\b/.test(text) && !negatedFix) neg("lack");
    if (/\b(pas|no) (de|d|du|des|of|sign)\b|\bthere (is|are|s) no\b/.test(text) && !negatedFix && !/\b(pas|no) (de|d) (besoin|need|rush|hurry)\b/.test(text)) neg("lack");
    const bare = tokens.filter((w) => !FILLER.has(w));
    const lastCue = cues.lastIndexOf(true);
    if (bare.length > 0 && bare.every((w) => NO.has(w))) r.answerNo = true;
    else if (bare.length > 0 && bare.every((w) => NEGATOR.has(w) || NO.has(w))) neg("a plain no");
    else if (lastCue >= 0 && lastCue === words.length - 1) neg("a negation standing alone"); // "of course not", "it's not"
    else if (cues[0] && !NO.has(words[0]!) && !chargeStopped) neg("a negation first"); // "not what I ordered", "pas le bon"
    else if (c.afterContrast && cues.some(Boolean)) neg("a negation after a contrast"); // "but it doesn't fit"
    if (NO.has(words[0]!) && !NO.has(words[1] ?? "") && words.length > 1 && !/^(no|non) (nomore|nolonger)/.test(text) && !PROBLEM.has(words[1]!)) r.answerNo = true;
    if (words.length > 1 && NO.has(words.at(-1)!) && !NO.has(words[0]!)) neg("a no at the end"); // "oui… enfin non"
  }
  // A bare thank-you, "so yes", "finally".
  if (tokens.every((w) => THANKS_FILLER.has(w)) && tokens.some((w) => THANKS.has(w))) pos("thanks", false);
  if (/\b(so|donc|alors) (yes|oui)\b/.test(text) || /\b(enfin|finally|at last)\b/.test(text)) pos("finally", false);

  // A clause with words that say nothing known is not a confirmation: "oui, la couleur est passée".
  const said = r.strongNeg.length + r.weakNeg.length + r.strongPos.length + r.weakPos.length + r.doubt.length > before;
  const politeness = THANKS.has(tokens[0]!) || /^(bonne|have a|cordialement|regards|a bientot|see you)\b/.test(text);
  const strongHere = r.strongPos.length > 0 && tokens.some((w) => resolves(w) || isWork(w) || ARRIVE.has(w) || REFUND.has(w) || w === "statusok");
  const context = TOOK_LONG.test(text) || SELF_CAUSE.test(text); // how long it took, whose slip: context, not a new fact
  if (own && !c.aside && !politeness && !strongHere && !context) {
    // Numbers and identifiers ("commande 77", "m77", "CMD-1234") are names of things, not words of a verdict.
    const unknown = tokens.filter((w) => w.length > 1 && !/\d/.test(w) && !isStopWord(w) && !known(w));
    if (unknown.length > 0 && (!said || r.weakPos.length > 0)) r.doubt.push(`unknown words (${unknown.join(" ")})`);
  }
}

/** A name signed at the end ("… Bonne journée. Sylvie D.", "Thanks, Tom (account ending 4412)") is not part of
 * the answer: capitalised words the reader does not know, after a sentence's end or a thank-you's comma. */
function withoutSignature(text: string): string {
  const m = /([.!?\n]|\p{Extended_Pictographic}|\b(?:thanks|thank you|merci|cheers|regards|cordialement),)\s*[-–—^]?\s*(\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*(\([^)]*\))?\s*[.!]?\s*$/iu.exec(text);
  if (!m || !/^\p{Lu}/u.test(m[2]!)) return text;
  const names = fold(m[2]!).split(/[^\p{L}]+/u).filter(Boolean);
  const unknownName = names.every((w) => w.length <= 1 || (!known(w) && !isStopWord(w) && !NEGATOR.has(w) && !RESOLVE.has(w)));
  return unknownName ? text.slice(0, m.index + m[1]!.length) : text;
}

/** French "bien" between an auxiliary and a participle says it was done as asked ("le rdv est bien décalé", "les
 * points ont bien été crédités"): the participle reads as a status, unless it names something unwanted. */
const AUX = set(`est sont ete a ont ai avons avez as etait etaient`);
function doneAsAsked(words: string[]): string[] {
  return words.map((w, k) => {
    const i = words[k - 1] === "ete" ? k - 2 : k - 1; // "ont bien été crédités"
    if (words[i] !== "bien" || !AUX.has(words[i - 1] ?? "")) return w;
    const participle = /(e|ee|es|ees|i|ie|is|ies|u|ue|us|ues)$/.test(w) && w.length > 3;
    const unwanted = UNWANTED.has(w) || PROBLEM.has(w) || DAMAGE.has(w) || BAD.has(w) || VERIFY.has(w) || /^(compris|recu|recue|note|vu|lu)$/.test(w);
    return participle && !unwanted ? "statusok" : w;
  });
}

/** What the customer needs and can lose: "plus de son", "no more signal" say it is gone, not a problem gone. */
const WANTED = set(`son sound reseau network signal connexion connection internet wifi tele tv television chaines channels
  acces access image picture eau water electricite electricity courant power chauffage heating ligne line service
  tonalite data 4g 5g fibre`);

/** "oui", "ouiii", "yesss", "yeahh", "okk". */
function isYes(w: string): boolean {
  return YES.has(w) || /^(o+u+i+|y+e+s+|y+e+a+h+|o+k+|y+e+p+|y+u+p+)$/.test(w);
}

function known(w: string): boolean {
  return isYes(w) || [RESOLVE, REMOVAL, UNWANTED, WORK, ARRIVE, REFUND, PROGRESS, GOOD, HAVE, COMMS, PROBLEM, DAMAGE, BAD, WAIT, YES,
    NO, THANKS, THANKS_FILLER, FILLER, NEUTRAL, VOCATIVE, STILL].some((s) => s.has(w)) || /^(scarequotes|misdirected|statusok|ishere|showup|login|moneyback|inpieces|insteadof|partial|biensur|nomore|nolonger|trobien|fedup|pasterrible|encours|daccord|waitandsee)$/.test(w);
}

/** Word k is a negation that lib/text's scope opened ("plus" and "personne" only when negative). */
function isCue(words: string[], negated: boolean[], k: number): boolean {
  const w = words[k]!;
  if (!NEGATOR.has(w)) return false;
  if (w === "personne") return !(k > 0 && /^(la|une|cette|chaque|the|a)$/.test(words[k - 1]!));
  if (w === "plus") return isPlusNegation(words, negated, k);
  return true;
}

/** A negated checking verb: "je n'ai pas encore testé", "haven't had time to look", "pas chez moi pour vérifier". */
function VERIFY_NEGATED(words: string[], negated: boolean[]): boolean {
  return words.some((w, k) => VERIFY.has(w) && (negated[k] || words.slice(0, k).some((x) => x === "pas" || x === "not" || x === "no")));
}

/** A fix word typed with one letter missing ("fixd", "fonctione", "march" for "marche"), spelled out. */
const FIX_WORDS = [...RESOLVE, ...WORK].filter((w) => w.length >= 5);
function typoOfFix(w: string): string {
  if (w.length < 4 || /\d/.test(w) || known(w) || isStopWord(w)) return w;
  return FIX_WORDS.find((f) => f.length === w.length + 1 && [...f].some((_, i) => f.slice(0, i) + f.slice(i + 1) === w)) ?? w;
}

/** "plus" as negation (lib/text/negation.ts decides; its scope flag is on the words after it). */
function isPlusNegation(words: string[], negated: boolean[], k: number): boolean {
  return negated[k + 1] === true || NEGATOR.has(words[k + 1] ?? "") || words[k - 1] === "ne" || (k === words.length - 1 && k > 0 && !/^(le|la|les|de|en|non|un|une)$/.test(words[k - 1]!));
}

/** A French verb with its "pas"/"plus"/"jamais" after it and no "ne" ("ça marche pas", "marche toujours pas"). */
function postNegated(tokens: string[], k: number): boolean {
  if (!FR_VERB.has(tokens[k]!)) return false;
  return tokens.slice(k + 1, k + 3).some((w) => w === "pas" || w === "plus" || w === "jamais");
}

/** "still"/"toujours"/"encore" next to word k ("still broken", "panne est toujours là"). */
function stillNear(tokens: string[], k: number): boolean {
  return tokens.slice(Math.max(0, k - 2), k + 4).some((w) => STILL.has(w));
}

export function classifyAnswer(text: string): Answer {
  return readAnswer(text).answer;
}

/** The verdict with the reasons read (for tests and for showing a person why an answer was left to them). */
export function readAnswer(text: string): { answer: Answer; reading: Reading } {
  const { clauses, folded, contrast } = layout(text);
  const r = emptyReading();
  return { answer: decide(clauses, folded, contrast, r), reading: r };
}

function decide(clauses: Clause[], folded: string, contrast: boolean, r: Reading): Answer {
  // An automatic reply (out of office, a number that changed hands) answers nothing.
  if (AUTO_REPLY.test(clauses.map((c) => c.text).join(" "))) {
    r.doubt.push("an automatic reply");
    return { verdict: "unclear", csat: null };
  }
  for (const c of clauses) readClause(c, r);
  readStoryInOrder(clauses, r);
  if (NEGATIVE_EMOJI.test(folded)) r.strongNeg.push("negative or eye-roll emoji");
  if (POSITIVE_EMOJI.test(folded)) r.weakPos.push("positive emoji");
  if (amounts(folded) >= 2) r.strongNeg.push("part of the money");
  const all = clauses.map((c) => c.text).join(" | ");
  if (NOT_WHAT_ORDERED.test(all) && !AS_ORDERED.test(all)) r.strongNeg.push("not what was ordered");
  if (LEGAL_OR_COMPLAINT.test(folded)) r.strongNeg.push("a legal step or a formal complaint");

  // Contrast: after "mais"/"but" the tail decides; a reservation with nothing after it is not a yes.
  // ("oui mais…" with nothing after is a reservation too; "though it took a while" is only context.)
  const tail = clauses.filter((c) => c.afterContrast && !c.aside);
  const contrastInAside = clauses.some((c) => c.afterContrast) && clauses.filter((c) => c.afterContrast).every((c) => c.aside);
  // Asymmetric caution: a contrast after a yes ("merci mais…", "it works, but…") is never a confirmation unless
  // what follows it is itself a yes or only how long it took. With words after it, it names what is still wrong;
  // with none ("oui mais…") or a hedge, it is a reservation.
  let reservation = false;
  if (contrast && !contrastInAside) {
    const t = emptyReading();
    for (const c of tail) readClause(c, t);
    const context = tail.some((c) => TOOK_LONG.test(c.text));
    const tailPositive = t.strongPos.length + t.weakPos.length > 0 && t.strongNeg.length + t.weakNeg.length === 0;
    reservation = !tailPositive && !context;
    const content = tail.flatMap((c) => c.text.split(" ")).filter((w) => w && !FILLER.has(w) && !THANKS_FILLER.has(w) && !isStopWord(w));
    // A softened remark ("a bit off", "un petit détail") is a reservation for a person, not a dispute.
    const hedged = t.doubt.some((d) => !d.startsWith("unknown")) || tail.some((c) => SOFTENER.test(c.text));
    const headPositive = r.strongPos.length + r.weakPos.length > t.strongPos.length + t.weakPos.length;
    if (t.strongNeg.length + t.weakNeg.length + t.strongPos.length + t.weakPos.length === 0 && !context) r.doubt.push("a reservation");
    if (reservation && headPositive && content.length > 0 && !hedged && !tail.some((c) => c.question)) r.strongNeg.push("something still wrong after a contrast");
  }

  const words = clauses.map((c) => c.text).join(" ");
  const rating = ratingOf(folded, words);
  const said = r.strongPos.length > 0 || r.weakPos.length > 0;
  if (r.strongNeg.length > 0) return { verdict: "dissatisfied", csat: rating !== null && rating <= 2 ? Math.max(1, Math.round(rating)) : 1 };
  if (rating !== null) {
    if (rating <= 2 && said) return { verdict: "unclear", csat: null };
    return byRating(rating, reservation || r.doubt.some((d) => !d.startsWith("unknown")));
  }
  // A "no" confirms only with the problem said to be gone ("non, plus de souci", "no, all good"); "no… works"
  // is a typo or a lost negation away from a dispute, so it is left to a person.
  if (r.answerNo) {
    if (r.weakNeg.length > 0 || r.strongPos.length === 0) return { verdict: "dissatisfied", csat: 1 };
    return r.strongPos.some((p) => p === "no problem any more" || p.includes("statusok")) ? satisfiedUnlessDoubt(r) : { verdict: "unclear", csat: null };
  }
  if (r.weakNeg.length > 0) return r.strongPos.length > 0 ? satisfiedUnlessDoubt(r) : { verdict: "dissatisfied", csat: 1 };
  // A bare "ok" ("ok merci", "d'accord") acknowledges our message; it does not say the problem is gone.
  const onlyAck = r.strongPos.length === 0 && r.weakPos.includes("ok") && r.weakPos.every((p) => p === "ok" || p === "thanks");
  if (said && !onlyAck) return satisfiedUnlessDoubt(r);
  return { verdict: "unclear", csat: null };
}

/** A turn in the story: a contrast, or a conclusion or a change of time ("so yes", "enfin", "depuis hier"). */
const CONCLUSION = /^(so|donc|du coup|bref|long story short|anyway|anyways|en tout cas|bottom line|au final|finalement|finally|enfin|now|maintenant|aujourd hui|today|depuis|since)\b/;
/** The state changed since the trouble: the story's tail says now, at last, since. */
const TIME_SHIFT = /\b(enfin|finally|at last|now|maintenant|depuis|since|today|aujourd hui|ce matin|ce midi|ce soir|hier soir|this morning|last night|so yes|donc oui|alors oui|so|donc|du coup)\b/;
/** What went wrong on the way, told before the fix: context once the story ends fixed. */
const NARRATIVE = /^(discontent|damaged, lost or wrong|waiting|waiting for so long|asked again and again|lack|absence|wrong item|a problem named)\b/;
/** A negated status word before the fix ("pas reçu… mais enfin arrivé") may be a second thing still owed. */
const OPEN_BEFORE = /^(not fixed|a negation first)\b/;

/**
 * A story told in order — what went wrong, then the turn, then "it works now" — ends where the customer is now.
 * When the clauses after the last turn say it is fixed (with a change of time: "enfin", "since", "so yes") and
 * nothing against it, what went wrong before is context (weak); a negated status word before it is left to a
 * person (doubt), never dropped. And words the reader does not know, in clauses before the last verdict when that
 * verdict is positive, are the story's details ("le technicien est passé à l'heure pile, tout est réparé").
 */
function readStoryInOrder(clauses: Clause[], r: Reading) {
  const per = clauses.map((c) => {
    const x = emptyReading();
    readClause(c, x);
    return x;
  });
  const negs = (x: Reading) => x.strongNeg.length + x.weakNeg.length;
  const poss = (x: Reading) => x.strongPos.length + x.weakPos.length;
  const firm = (x: Reading) => x.doubt.filter((d) => !d.startsWith("unknown")).length;
  const remove = (list: string[], item: string) => {
    const i = list.indexOf(item);
    if (i >= 0) list.splice(i, 1);
    return i >= 0;
  };
  let turn = -1;
  clauses.forEach((c, k) => {
    if (k > 0 && ((c.afterContrast && !clauses[k - 1]!.afterContrast) || CONCLUSION.test(c.text))) turn = k;
  });
  if (turn > 0) {
    const tail = per.slice(turn);
    const head = per.slice(0, turn);
    const fixedNow = tail.some((x) => x.strongPos.length > 0) && tail.every((x) => negs(x) === 0 && firm(x) === 0)
      && TIME_SHIFT.test(clauses.slice(turn).map((c) => c.text).join(" "));
    const headNegs = head.flatMap((x) => x.strongNeg);
    if (fixedNow && headNegs.every((n) => NARRATIVE.test(n) || OPEN_BEFORE.test(n))) {
      for (const n of headNegs) if (remove(r.strongNeg, n)) (OPEN_BEFORE.test(n) ? r.doubt : r.weakNeg).push(`before the fix: ${n}`);
    }
  }
  let last = -1;
  per.forEach((x, k) => { if (poss(x) + negs(x) + firm(x) > 0) last = k; });
  if (last > 0 && poss(per[last]!) > 0 && negs(per[last]!) === 0 && firm(per[last]!) === 0) {
    for (const x of per.slice(0, last)) for (const d of x.doubt) if (d.startsWith("unknown")) remove(r.doubt, d);
  }
}

function satisfiedUnlessDoubt(r: Reading): Answer {
  return r.doubt.length > 0 ? { verdict: "unclear", csat: null } : { verdict: "satisfied", csat: 5 };
}

function byRating(rating: number, doubt: boolean): Answer {
  if (rating >= 4 && !doubt) return { verdict: "satisfied", csat: Math.min(5, Math.round(rating)) };
  if (rating <= 2) return { verdict: "dissatisfied", csat: Math.max(1, Math.round(rating)) };
  return { verdict: "unclear", csat: null };
}
