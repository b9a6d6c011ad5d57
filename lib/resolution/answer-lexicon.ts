// Word lists of the satisfaction-answer reader (classify-answer.ts): whole folded words grouped by the idea they
// carry (fixed, works, arrived, a problem, damage, discontent, a yes, a no, a negation…) and the predicates over
// them (isWork, isYes, known). Kept apart because it is data, long by nature, and read by every other part of the
// reader (phrases, patterns, layout, clause reading, decision).

// Whole folded words. A "fix" word says the thing is done; negated it says it is not.
export const set = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
/** The problem itself was dealt with: confirms even with the problem named ("problème résolu"). */
export const RESOLVE = set(`regle reglee regles reglees resolu resolue resolus resolues repare reparee repares reparees
  depanne depannee corrige corrigee corriges arrange arrangee rectifie rectifiee fixed sorted solved resolved
  repaired done termine terminee retabli retablie restored statusok corrected rectified rebooked resilie resiliee resilies debloque debloquee deverrouille deverrouillee
  reactive reactivee unlocked unblocked reactivated`);
/** Checking it: "pas encore testé", "haven't tried yet" is not a verdict either way. */
export const VERIFY = set(`verifie verifier teste tester essaye essayer regarde regarder ouvert ouvrir installe installer
  check checked tested tried try looked look opened installed temps time chance utilise utiliser reutilise
  reutiliser use used using reessaye reessayer retried retest retested`);
/** Something unwanted went away: confirms when what went is a problem or an unwanted charge. */
export const REMOVAL = set(`annule annulee annules annulees cancelled canceled gone disparu disparue disparus removed
  supprime supprimee reversed rembourse remboursee stopped arrete arretee cesse ended fini finie`);
export const UNWANTED = set(`double doublon duplicate duplicated twice extra prelevement preleve debit debite debitee debites charge charges charging charged overcharge overcharged frais fee
  fees surfacturation`);
export const WORK = set(`fonctionne fonctionnent fonctionnel fonctionnelle marche marchent works work working worked runs
  running isback revenu revenue acces access login connecte connecter accessible utilisable usable demarre allume roule
  roulent actif active actifs actives stable stables operationnel operationnelle operational reparti repartie
  sync syncs syncing synced synchronise synchronisent synchronisee synchro online
  accepted accepte acceptee acceptes acceptees`);
/** Works again: "ça remarche", "refonctionne", "reconnecté" (a French re- before a works word). */
export const isWork = (w: string) => WORK.has(w) || (w.length > 5 && w.startsWith("re") && WORK.has(w.slice(2)));
export const ARRIVE = set(`recu recue recus recues arrive arrivee arrives arrivees livre livree livres livrees venu venue
  received arrived delivered came come landed showup got ishere recupere retrouve retrouvee retrouves retrouvees apparait apparaissent appears visible
  revenus revenues hit receive recevoir deliver livrer`);
export const REFUND = set(`rembourse remboursee rembourses remboursees refunded moneyback recredite recreditee credited credite
  creditee credites creditees`);
/** Things moving at all ("rien n'a bougé", "nothing happened"): only their negation speaks. */
export const PROGRESS = set(`bouge change changed changer happened moved avance progressed evolue passe passer`);
/** Evaluative words: a weak yes alone, the sarcasm carrier next to a complaint. */
export const GOOD = set(`bon bonne bons ok okay good fine nickel parfait parfaite parfaitement perfect perfectly impeccable impec impecc gucci
  excellent great super genial top awesome amazing intact intacte correct correcte complet complete right satisfait satisfaite
  normal normale normaux normales satisfied content contente ravi ravie happy pleased cool trobien love adore helpful serviable lifesaver lifesavers
  hero heroes heros legend legends champion champions champ chapeau bravo kudos`);
/** Having, replies, news: only their absence speaks ("je n'ai pas", "aucune nouvelle", "no reply"). */
export const HAVE = set(`ai as a avons avez ont eu avoir have has had get gotten obtenu`);
export const COMMS = set(`reponse reponses nouvelle nouvelles news reply replies answer answers retour retours rappel
  rappele rappelee callback contact contacte contactee contacted called appele appelee solution solutions sign
  signe trace update updates`);
/** A problem: asserted it disputes (weakly), negated it confirms. */
export const PROBLEM = set(`probleme problemes souci soucis panne pannes erreur erreurs bug bugs bogue beug plante plantage
  crash crashes crashing issue issues problem problems error errors fault faults glitch glitches worries worry
  cloche coince coincee bloque bloquee stuck frozen fige figee defaut defauts dysfonctionnement incident trouble
  expire expiree expired coupure coupures outage outages interruption interruptions bruit noise fuite fuites retard retards delay delays
  leak leaks leaking leaked drip dripping drips goutte gouttes moisissure moisissures mould mold damp humidite
  cafard cafards cockroach cockroaches roaches punaise punaises bedbug bedbugs nuisibles pests
  dropout dropouts decrochage decrochages microcoupure microcoupures lag lenteur lenteurs freeze freezes froze plantages plante crashed bugge bugged bugue down offline hs rade slow lent lente lents lentes complaint
  complaints plainte plaintes reproche reproches locked lockedout suspended suspendu suspendue blocked declined
  refuse refusee rejected rejete rejetee coupe coupent drop drops dropping dropped disconnects disconnect disconnected disconnection disconnections deconnecte deconnexion empty
  misspelled misspelt misprinted dead mort morte morts`);
export const PROBLEM_WORDS = [...PROBLEM].join("|");
/** Damage or a wrong item: disputes even when the thing "arrived"; negated it confirms ("nothing's broken"). */
export const DAMAGE = set(`casse cassee casses cassees fendu fendue fissure fissuree abime abimee abimes abimees raye rayee
  rayure rayures morceaux inpieces brise brisee bosse cabosse cabossee dechire dechiree tache tachee ecrase ecrasee
  rotten rotting spoiled spoilt mouldy moldy perime perimee perimes avarie avariee avaries pourris pourries tordu tordue tordus tordues plie pliee plies pliees gondole gondolee troue trouee broken broke crack cracks cracked crushed leak scratch scratched scratches damaged dented torn bent smashed shattered leaking leaks
  griffure griffures griffe griffee scratch scratches scratched dented ebreche ebrechee chipped ecaille ecaillee
  stain stained torn
  defectueux defectueuse defective faulty mouille mouillee wet moisi mauvais mauvaise mauvaises wrong incorrect
  incorrecte errone erronee insteadof perdu perdue lost egare egaree introuvable vole volee stolen pire worse
  aggrave aggravee empire faux fausse fausses false inexact inexacte`);
/** Plain discontent. */
export const BAD = set(`nul nulle pourri pourrie inadmissible inacceptable unacceptable scandale scandaleux honte honteux
  ridicule ridiculous terrible awful horrible useless worst decu decue decus decues disappointed disappointing
  unhappy mecontent mecontente furieux furieuse angry furious fedup marre lamentable incompetent incompetents
  arnaque scam wasting wasted waste gaspille pasterrible joke joking kidding blague plaisantez moquez rigolez foutez
  annoyed agace agacee enerve enervee furax frustre frustree frustrated pissed upset insulting insultant insultante
  unusable inutilisable inutilisables`);
export const WAIT = set(`attends attend attendons attente waiting pending processing encours`);
const YES = set(`oui ouii ouiii ouais ouaip yes yess yesss yep yup yeah yea ok okay daccord dac affirmatif
  absolument exactement certainly definitely indeed sure biensur`);
export const NO = set(`non no nope nan nah nop nn negative negatif`);
export const THANKS = set(`merci thanks thank thx ty cheers remercie remercions appreciated appreciate apprecie`);
export const THANKS_FILLER = set(`merci thanks thank thx ty cheers you beaucoup bcp a vous much so many lot infiniment mille
  encore bien again remercie remercions je vous`);
/** French finite verbs that take a bare "pas"/"plus" after them in speech ("ça marche pas"). */
export const FR_VERB = set(`marche marchent fonctionne fonctionnent va arrive vient bouge avance change demarre allume`);
export const NEGATOR = set(`pas plus jamais rien aucun aucune sans ni not no never without nothing nobody none neither nada zilch
  nor cannot nolonger nomore anymore personne`);
export const ABSENCE = set(`rien nothing nobody personne noone none nada zilch`);
export const STILL = set(`toujours still yet encore`);
/** Words an elliptical answer is made of besides its negation ("hélas non", "so no", "not yet I'm afraid"). */
export const FILLER = set(`alors so well bon donc ben bah euh hmm hm ce est it is that c malheureusement helas
  unfortunately sadly i am afraid ai peur je crains toujours still yet encore really vraiment du tout at all
  bonjour hello hi salut merci thanks thank you ne n oh et and du absolutely absolument certainly certainement
  surely surement evidemment obviously of course lol mdr`);

/** Emoji that say "done" or joy ("👍", "✅", "🎉"). */
export const POSITIVE_EMOJI = /👍|👌|✅|🙌|😀|😃|😄|😁|😆|😍|💯|👏|🥳|🎉|✨|😎|🤩|☀/u;
/** Emoji that say thanks or warmth rather than "done" ("merci beaucoup Sarah 🙏"): beside words of thanks, thanks. */
export const GRATITUDE_EMOJI = /🙏|😊|🙂|☺|🥰|❤|♥|💙|💚|💕|🤗/u;
export const NEGATIVE_EMOJI = /👎|😡|😠|🤬|😤|😞|😢|😭|☹|🙁|💢|❌|😩|😫|🤦|😑|😔|😟|😕|🙄|🙃|😒|🤡/u;

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

/** "oui", "ouiii", "yesss", "yeahh", "okk". */
export function isYes(w: string): boolean {
  return YES.has(w) || /^(o+u+i+|y+e+s+|y+e+a+h+|o+k+|y+e+p+|y+u+p+)$/.test(w);
}

export function known(w: string): boolean {
  return isYes(w) || [RESOLVE, REMOVAL, UNWANTED, WORK, ARRIVE, REFUND, PROGRESS, GOOD, HAVE, COMMS, PROBLEM, DAMAGE, BAD, WAIT, YES,
    NO, THANKS, THANKS_FILLER, FILLER, NEUTRAL, VOCATIVE, STILL].some((s) => s.has(w)) || /^(scarequotes|misdirected|statusok|ishere|showup|login|moneyback|inpieces|insteadof|partial|biensur|nomore|nolonger|trobien|fedup|pasterrible|encours|daccord|waitandsee|costleft|resigned|counterfactual)$/.test(w);
}
