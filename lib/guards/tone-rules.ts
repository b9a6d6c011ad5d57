// The tone rules (R4, issue #19), French and English, written against the layout of tone-text.ts: folded,
// contractions spelled out ("is not", "do not", "can not", "we are", "it is"), elisions without apostrophe
// ("n est", "qu on", "l avis"), sentence ends "|", clause breaks ",". Each rule is an IDEA with its families of
// wordings (verbs and nouns as alternations), never one sentence: they were written from the ideas of the
// development half of tests/text-eval/guards and the old development sets (tests/guards/drafts-*.txt).
//
// Severity: `high` (blocks a send until overridden or approved) only for unambiguous hostility: retaliation for
// complaining, threats to ban/sue/block, insults and "this page is not a punching bag"; their precision on the
// development half is checked by tests/unit/guards-tone.test.ts. Everything else is a `warning`.
// Negation: a match is cancelled when one of its words lies in a negation's scope (lib/text/negation.ts: "nous
// ne vous bloquerons pas"), unless the rule's own words say the negation ("pas un défouloir", "not our job").

export type ToneCategory =
  | "deflection" | "dismissal" | "sarcasm" | "blame" | "threat" | "minimising" | "false-resolution" | "custom";
export type Severity = "info" | "warning" | "high";

export interface ToneRule {
  category: ToneCategory;
  severity: Severity;
  pattern: string;
  /** "ignore": a negation does not cancel it (sarcasm says its jokes in the negative too: "we don't have a
   *  magic wand"). */
  negation?: "ignore";
}

const MACROS: Record<string, string> = {
  // A gap of up to n words inside one clause.
  G1: "(?:[a-z0-9_]+ ){0,1}", G2: "(?:[a-z0-9_]+ ){0,2}", G3: "(?:[a-z0-9_]+ ){0,3}", G5: "(?:[a-z0-9_]+ ){0,5}",
  // A gap of up to 8 words that may cross a clause break (not a sentence end).
  C8: "(?:(?:[a-z0-9_]+|,) ){0,8}", C12: "(?:(?:[a-z0-9_]+|,) ){0,12}",
  VOUS: "(?:vous|tu|you|t|te)", NOUS: "(?:nous|on|we|i|je|(?:our|notre|l) (?:[a-z]+ )?(?:team|equipe|service))",
  HANDLE_EN: "(?:handle|deal with|deal in|manage|look into|look at|access|have (?:any )?(?:control|access)|control|see|intervene|help with|process|discuss)",
  HANDLE_FR: "(?:traite\\w*|gere\\w*|gerer|intervenir|intervenons|occupe\\w*|occuper|la main|acces|avons la main|a la main|avons acces|a acces)",
  S: "(?:c est|ce est|cest|ca|cela|c etait|that is|this is|it is|that was|it was)",
  NEG: "(?:ne |n )?(?:[a-z]+ )?(?:pas|not|no|never|jamais|rien|aucun|aucune|cannot)",
  THIRD: "(?:fabricant|constructeur|marque|vendeur|vendeurs|marchand|transporteur|livreur|poste|banque|organisme|prestataire|magasin|magasins|boutique|boutiques|manufacturer|brand|seller|sellers|merchant|carrier|courier|bank|card issuer|provider|store|stores|shop|shops|partner|partenaire|third party|tiers)",
  US: "(?:nous|lumio|notre equipe|notre service|us|our team|we|the social media team|l equipe community)",
  POST: "(?:publication|publications|commentaire|commentaires|avis|post|posts|message public|plainte|plaintes|review|reviews|comment|comments|tweet|tweets)",
};
const x = (s: string) => s.replace(/\{(\w+)\}/g, (_m, k: string) => MACROS[k] ?? `{${k}}`);
const R = (category: ToneCategory, severity: Severity, patterns: string[]): ToneRule[] =>
  patterns.map((p) => ({ category, severity, pattern: x(p).trimEnd(), ...(category === "sarcasm" ? { negation: "ignore" as const } : {}) }));

export const TONE_RULES: ToneRule[] = [
  // — Threat / retaliation: a consequence tied to complaining, posting or a review; bans, blocks, lawyers.
  ...R("threat", "high", [
    // "because you complained publicly / following your post …" then a refusal, a suspension, a lower priority.
    "(?:comme|puisque|parce que|vu que|etant donne que|du fait que|suite a|compte tenu de|en raison de|a cause de|since|because|as|following|given|in light of|due to|after) {G5}(?:{VOUS} {G3}(?:plaint|plaindre|plainte|poste|publie|critique|denigre|complained|complain|posted|went public|wrote|left|chose to)|(?:votre|vos|ton|tes|your|the|l) {G1}{POST}) {C12}(?:ne sera pas|ne seront pas|ne sera plus|ni rembourse|suspend\\w*|annul\\w*|bloqu\\w*|pas prioritaire\\w*|will not be|won t be|will be neither|neither refunded|on hold|not a priority|cancel\\w*|withdraw\\w*|revoked|refus\\w*)",
    "(?:ni (?:\\w+ )?rembourse\\w* ni|neither refunded nor|neither (?:\\w+ )?refunded)",
    "(?:clients|customers|people) (?:qui|who) (?:denigrent|critiquent|se plaignent|badmouth|complain|criticise|criticize|post|leave) {C8}(?:pas prioritaires|not a priority|no priority|last in line|derniers)",
    // "delete your review first, then the refund" / "it will move once your comment is gone".
    "(?:supprimez|supprimer|retirez|retirer|modifiez|modifier|effacez|delete|remove|take down|edit|change) {G2}(?:votre|vos|ton|tes|your|this|the) {G1}{POST} {C8}(?:ensuite|puis|apres|et on|et nous|then|and we|and then|before|avant|sinon|or|otherwise) {C8}(?:rembours\\w*|refund\\w*|geste|bon|voucher|compensation|dedommag\\w*|remise|discount|traite\\w*|process\\w*)",
    "(?:quand|une fois que|des que|tant que|once|when|as soon as|until) (?:votre|ton|your|ce|cette|this|the) {G3}{POST} {G3}(?:has been (?:removed|deleted|taken down|edited|changed)|a ete (?:retire|supprime|modifie)e?|aura disparu|sera retire\\w*|sera supprime\\w*|est supprime\\w*|reste|restera|is gone|is removed|is deleted|is down|comes down|stays|has gone|has been removed)",
    "(?:pas d|pas de|no) (?:[a-z]+ ){0,2}{POST}(?: [a-z]+)? , (?:pas de|pas d|no)",
    // "if you keep complaining, the voucher goes" / "cancelled if this post stays up".
    "(?:si (?:vous|tu) (?:continuez|continues|persistez|persistes|insistez|recommencez)|if you (?:keep|continue|carry on|persist)|si cette {POST} reste|if this {POST} stays) {C12}(?:retire\\w*|annule\\w*|sauter|supprime\\w*|perdre|withdrawn|revoked|cancelled|canceled|removed|lose|bloque\\w*|banni\\w*|blocked|banned)",
    "(?:retire\\w*|annule\\w*|sauter|withdrawn|revoked|cancelled|canceled|removed) {C8}(?:si (?:vous|tu) (?:continuez|continues|persistez)|si cette {POST} (?:reste|restera)|if you (?:keep|continue|carry on)|if (?:this|your) {POST} (?:stays|remains))",
    // bans, blocks, lawyers, blacklist.
    // (The customer named as the one blocked: "we'll block and investigate" the harasser they reported is help.)
    "{NOUS} (?:allons|va|vais|pourrions|pourrons|sommes en droit de|will|are going to|may|might|can|could|ll) {G1}(?:vous |te )(?:bloquer|bannir|exclure|blacklister|poursuivre) ",
    "{NOUS} (?:allons|va|vais|pourrions|pourrons|sommes en droit de|will|are going to|may|might|can|could|ll) {G1}(?:bloquer|bannir|exclure|blacklister|poursuivre|suspendre|fermer) (?:votre|ton|vos) (?:compte|acces|profil|abonnement)",
    "{NOUS} (?:will|are going to|may|might|can|could|ll|would) {G1}(?:ban|block|blacklist|sue|bar|take legal action against) (?:you|your)\\b",
    "{NOUS} (?:vous|te) (?:bloquons|bannissons|excluons|blacklistons|bloque|bannit|exclut)",
    "{VOUS} (?:serez|seras|allez etre|vas etre|risquez d etre|will be|will get|could be|may be|might be) {G1}(?:bloquee?|bannie?|exclue?|blacklistee?|poursuivie?|banned|blocked|blacklisted|sued|barred)",
    "(?:poursuites? judiciaires?|action en justice|nos avocats|notre service juridique|porter plainte contre vous|plainte pour diffamation|legal action|our lawyers|our legal (?:team|department)|take you to court|liste noire|blacklist)",
    "(?:vos|tes|ces|your|these|further) (?:messages|commentaires|publications|posts|comments) (?:seront|vont etre|will be|are going to be) {G1}(?:supprime\\w*|efface\\w*|masque\\w*|deleted|removed|hidden)",
  ]),
  ...R("threat", "warning", [
    // The customer's account, debt or comments put at stake ("accounts with excessive returns can be suspended",
    // "transmis à notre service de recouvrement", "ce commentaire sera supprimé s'il n'est pas modifié").
    "(?:accounts?|comptes?|your (?:[a-z]+ )?account|votre compte) {G5}(?:can|may|could|will|might|peuvent|peut|pourront|pourrait|seront|sera|risque|risquent) (?:be |etre |get |getting )?(?:suspended|closed|blocked|terminated|deactivated|banned|suspendu\\w*|ferme\\w*|cloture\\w*|bloque\\w*|desactive\\w*)",
    "(?:could|may|might|will|would) get (?:your|you) (?:[a-z]+ ){0,2}(?:account )?(?:closed|suspended|blocked|banned)",
    // What the customer does "may result in" losing their account, membership or line ("can result in your membership
    // being terminated", "peut entraîner la suspension définitive de vos comptes": 10 of 10 such drafts, seven writers).
    "(?:can|may|might|could|will|would) (?:result|lead) in (?:the |your |a )?(?:[a-z]+ ){0,3}?(?:being )?(?:termination|terminated|suspension|suspended|closure|closed|cancellation|cancelled|ban|banned|removal|exclusion)",
    "(?:peut|peuvent|pourrait|pourra|pourraient) (?:entrainer|conduire a|mener a|aboutir a) (?:la |l |une |votre )?(?:resiliation|suspension|fermeture|exclusion|radiation|annulation|bannissement|cloture)",
    "(?:recouvrement|collections? (?:agency|department|team)|debt collect\\w*|huissier|bailiff)",
    // The brand reporting the customer: to the police, a platform, a recovery firm ("we'll be reporting this to the
    // police", "nous le signalerons à Google", "pass the file to our recovery partner"), or legal exposure.
    // "Nous pourrions déposer plainte pour fausse déclaration", "we may press charges": a complaint against the customer.
    "{NOUS} (?:allons|vais|va|will|are going to|ll|shall|would|may|might|could|pourrions|pourrons|devrons|will have to|ll have to|have no choice but to|serons contraints de|serons obliges de) {G2}(?:deposer plainte|porter plainte|press charges|file a (?:police )?(?:report|complaint))",
    "{NOUS} (?:allons|vais|va|will|are going to|ll|shall|would|may|might|could|pourrions|pourrons|devrons|will have to|ll have to|have no choice but to|serons contraints de|serons obliges de) {G2}(?:be )?(?:signaler|report|reporting|porter plainte|file|filing|transmettre|pass|passing|hand|handing|refer|referring|involve|involving|alerter|saisir) {G5}(?:police|gendarmerie|authorities|autorites|justice|tribunal|court|courts|google|trustpilot|recovery|recouvrement|debt|huissier|bailiff|avocat|avocats|lawyer|lawyers|solicitor|solicitors)",
    "{NOUS} (?:le |les |la |l |vous )?(?:signalerons|signalera|transmettrons|transmettra|saisirons|alerterons|porterons plainte|portera plainte) {G5}(?:police|gendarmerie|autorites|justice|tribunal|google|plateforme|recouvrement|huissier|avocat|avocats|juridique)",
    "recovery (?:partner|partners|agency|team|department|company|firm)",
    // A complaint, a file or a sanction held over the customer ("fera l'objet d'un dépôt de plainte", "transmission au
    // service contentieux", "referred to the disciplinary panel", "votre carte pourra être désactivée").
    "(?:fera|feront|pourra faire|pourrait faire|fait) l objet d (?:un |une )?(?:depot de plainte|plainte|poursuites)|(?:service|pole) contentieux|fichier (?:des incidents|central des)|disciplinary (?:panel|committee|action|procedure|board)|conseil de discipline|transmis\\w* a (?:la )?securite|(?:carte|compte|acces|abonnement) {G3}(?:pourra|pourrait|sera|peut|risque d) (?:etre )?desactive\\w*",
    "(?:could|may|might|would|will|can) expose you to|vous (?:expose|exposerait|exposera|exposer) {G2}(?:a|au|aux) {G3}(?:poursuites|plainte|plaintes|sanctions)",
    "(?:a defaut|faute de quoi|failing which|failing that) ,? {G2}{NOUS} ",
    "(?:sera|seront|will be|is going to be) {G1}(?:supprime\\w*|efface\\w*|masque\\w*|deleted|removed|hidden|taken down) {C8}(?:s il n est pas|s ils ne sont pas|si vous ne|si tu ne|unless|if (?:it is not|you do not|it isn t|you don t))",
    "(?:choose|watch|mind) your (?:words|language|tone)|(?:mesurez|surveillez|pesez) vos (?:propos|mots|paroles)|(?:careful|attention) (?:with |to |a )?(?:what you (?:say|write)|ce que vous ecrivez|vos propos)",
    "(?:dans ce cas|in that case|alors|then) {G3}(?:on|nous|we) (?:peut|pouvons|can|could) (?:aussi |simply |just |also |tout simplement )?(?:le |la |les |it |that )?(?:retirer|annuler|supprimer|withdraw|cancel|revoke|take (?:it|that) back)",
    "(?:ne vous etonnez pas|don t be surprised|do not be surprised) {C8}(?:geste|bon|voucher|goodwill|gesture|rembours\\w*|refund\\w*|plus d actualite|off the table|no longer)",
    // (f13) The customer's future advantages put at stake ("can affect eligibility for future promotions").
    "(?:can|may|could|might|will|peut|pourrait|peuvent|pourraient|risque de|risquent de) {G3}(?:affect|impact|affecter|impacter|compromettre|jeopardi[sz]e|limit|limiter) {G3}(?:eligibility|eligibilite|promotions|offres|avantages|benefits|upgrades|status|statut)",
  ]),
  // — Dismissal: a closed door, "nothing we can do", "it is what it is", annoyance, "noted" and nothing else.
  ...R("dismissal", "high", [
    "(?:pas un|plus un|not a) {G1}(?:defouloir|punching ball|punching bag|bureau des pleurs|mur des lamentations|exutoire|dumping ground|place to vent)",
    "defouloir",
    "(?:arretez|cessez|arrete|stop) (?:de (?:vous plaindre|raler|pleurnicher|nous harceler)|complaining|whining|moaning|crying)",
    "{VOUS} (?:etes|es|are|are being) {G2}(?:ridicule|ridicules|pathetique|pathetiques|penible|penibles|insupportable|insupportables|de mauvaise foi|ridiculous|pathetic|unbearable|annoying|a pain|hysterique|hysterical|idiot|idiots|stupide|stupides|stupid|abruti|abrutis|cretin|cretins|imbecile|imbeciles|debile|debiles|clown|clowns|morons?|fools?|clowns|a joke)",
  ]),
  ...R("dismissal", "warning", [
    // (f19) The rule as the whole answer: "Ce sont nos procédures.", "This is the option available for your booking."
    "(?:ce sont|c est|that is|those are|these are|it is|this is) (?:nos|notre|la|le|our|the) (?:procedures?|regles?|politique|process|rules|policy|reglement)",
    "(?:is|est) (?:the|la|l) (?:only )?(?:seule )?(?:option|solution|possibilite) (?:available|disponible|possible|offerte|proposee)",
    // "Nobody is forcing you to buy from us", "d'autres options existent": showing the customer the door.
    "(?:no one|nobody) (?:is |s )?(?:obliged|forced|forcing you|obligated|making you)|personne ne vous (?:oblige|force)|(?:there are|plenty of) other (?:options|shops|providers|companies) (?:out there|available)|d autres (?:options|enseignes|fournisseurs|operateurs|marques) (?:existent|sont disponibles)|libre a vous (?:d aller|de partir|de resilier|de choisir)|(?:you are|you re) free to (?:go|leave|shop|take your business) elsewhere",
    // Showing the door politely: "you're of course free to cancel at any time", "libre à vous de résilier".
    "(?:you are|you re|vous etes|tu es) (?:of course |bien sur |tout a fait |entirely |totally |always |toujours )?(?:free|libre|welcome) (?:to|de|d) (?:cancel|leave|go elsewhere|switch|take your business|resilier|partir|aller voir ailleurs|changer de)|libre a (?:vous|toi) de (?:resilier|partir|aller voir ailleurs|changer)",
    // "Non-negotiable", "merci de te référer à notre précédent message": nothing more to say.
    "non (?:negotiable|negociable)|(?:refer|referer|reporter) (?:to |a |au )?(?:our|notre|nos|mon|my) (?:previous|earlier|last|precedent|dernier|message precedent)",
    // The decision is closed to discussion (f5): "c'est notre politique, point final", "no exceptions", "we will not be reconsidering".
    "(?:point final|full stop|no exceptions|sans (?:aucune )?exception|aucune exception)|(?:will not|ne) (?:be )?reconsider\\w*|ne (?:reviendrons|revenons|reviendra) pas sur",
    "(?:policy is policy|rules are rules|la regle c est la regle|les regles sont les regles|la loi c est la loi)|(?:does not|doesn t|ne) (?:change|changent|change rien a) (?:the rules|les regles|la regle)|(?:the answer|la reponse) (?:is|est|reste|remains) (?:still )?(?:no|non)\\b",
    "(?:exceptions?|d exception) (?:for anyone|pour personne|pour qui que ce soit)",
    // Nothing we can do.
    "{NOUS} (?:ne |n )(?:pouvons|peut|peux|pourrons|pourra) (?:rien|plus rien|pas grand chose) {G2}(?:faire|y faire|pour vous|de plus)",
    "{NOUS} (?:can not|cannot|could not|are not able to|am not able to|are unable to) (?:do )?(?:anything|much|more|nothing)",
    "(?:not much|nothing (?:more|else)?|little|pas grand chose) (?:that )?(?:we|on|nous) (?:can|could|pouvons|peut) (?:do|faire)",
    "{NOUS} (?:ne )?(?:pouvons|peut|peux|can) rien (?:y )?faire",
    "(?:il n y a|il y a|there is|there s) (?:rien|nothing|not much|pas grand chose) (?:que|qu|de plus que|more|else)? ?{G2}(?:puisse|pouvons|peut|can|could) (?:faire|do)",
    "(?:nos mains sont liees|our hands are tied|on a les mains liees|nous avons les mains liees)",
    // The decision is final, it will not change, no further discussion.
    "(?:decision|reponse|position|answer|outcome|process|regles|rules) {G3}(?:est definitive|definitive|is final|final|ne changera pas|won t change|will not change|n a pas change|has not changed|hasn t changed)",
    "(?:ne reviendrons pas|ne reviendra pas|pas lieu de revenir|won t be reviewing|will not be reviewing|no further discussion|pas d autre discussion|nous maintenons notre position|we stand by (?:our|the) decision|the answer is no|la reponse est non)",
    "(?:inutile d insister|pointless to insist|no point insisting|no point in insisting|repeating the request won t|repeter la demande ne)",
    // Just wait / nothing to tell you.
    "(?:il faut|il faudra|faudra|faut|you will|you ll|you have to|you will have to) (?:just |juste |simplement |simply )?(?:have to |need to )?(?:etre patient\\w*|be patient|attendre comme tout le monde|wait like everyone)",
    "(?:il|elle|it|he|she|they|ca) (?:arrivera|will get there|will arrive|ll get there|gets there) quand (?:il|elle|ca) (?:arrivera|sera la)",
    "it (?:will|ll) (?:get there|arrive|come) when it (?:gets there|arrives|comes)",
    "(?:rien de plus a vous dire|nothing more to tell you|nothing else to tell you|rien d autre a vous dire|aucune idee|no idea)",
    // No comment, no explanation owed.
    "{NOUS} (?:ne )?(?:commentons|communiquons|comment|disclose|discuss|justifions) (?:pas|not) {G2}(?:sur |on )?(?:les |the |des )?(?:situations|cas|raisons|reasons|individual|decisions|details)",
    "{NOUS} do not (?:comment|disclose|discuss) ",
    "(?:pas d autre commentaire|no further comment|aucun autre commentaire|rien a ajouter|nothing (?:more|further) to add|no comment)",
    "(?:pas tenus de|not obliged to|under no obligation to|not required to) (?:justifier|expliquer|explain|justify)",
    // That's how it is.
    "(?:c est comme ca|c est ainsi|that is how it is|it is what it is|that is just how it (?:is|works)|that is how it works|rules are rules|la regle c est la regle|c est le principe|c est le fonctionnement|normal ou pas)",
    "(?:c est|that is|this is) (?:simplement |just |simply )?(?:notre|our) (?:politique|policy|regle|rule|process)(?: , c est comme ca| , period|$| \\|)",
    "(?:regles|conditions|rules|terms) (?:sont|are) (?:les memes|the same) (?:pour tout le monde|for (?:every|all|each)\\w*)",
    "(?:on ne va pas|nous n allons pas|we are not going to|we will not|we won t) {G2}(?:changer|change|faire une exception|make an exception) {G2}(?:pour vous|for you)",
    // Noted, and nothing else (the whole draft acknowledges without any action): checked in check-tone.ts.
    // Annoyance: "as we already said", "calm down", "how many times".
    "(?:comme|ainsi que|as|like) (?:nous|on|je|we|i) (?:vous |you )?(?:l )?(?:avons|a|ai|have|ve)? ?(?:deja |already |previously )?(?:dit|ecrit|explique|repete|said|told you|explained|stated|mentioned)",
    "(?:calmez vous|on se calme|du calme|calm down|settle down|chill out)",
    // (f13) Keeping calm asked of the customer, chasing called useless, an answer "in due course" when they get to it.
    "(?:garder|gardez|garde|rester|restez) (?:votre |ton |son )?calme",
    "(?:chasing|chase|relancer|relances?|insister|getting worked up|vous enerver|s enerver|getting angry|posting here|writing here) {G3}(?:won t|will not|ne va pas|ne fera pas|ne changera|n accelerera|ne accelerera|doesn t|does not|n y changera) {G2}(?:change|speed|accelerer|avancer|changer|faster|quicker|rien|anything)",
    "(?:no need to|pas besoin de|inutile de) (?:nous )?(?:chase|chasing|relancer|repost|reposter|follow up here)",
    "(?:get|gets|got) to (?:it|you|your [a-z]+) when (?:they|we|he|she) (?:get|gets) to it|(?:hear back|hear from us|be contacted|aurez (?:des nouvelles|une reponse)|serez recontacte\\w*) (?:in due course|en temps (?:voulu|utile))",
    "(?:how many (?:more )?times|combien de fois faut il)",
    "(?:nous avons|on a|we have|we ve) (?:mieux|autre chose|d autres choses|better things) (?:a faire|to do)",
    // Sorry you feel that way; go elsewhere; nobody forces you; we did all we could; we are very busy.
    "(?:sorry|desole\\w*|dommage) (?:that |que )?(?:you feel|vous le (?:preniez|voyiez|ressentiez)|you see it|you are unhappy|vous soyez mecontent\\w*)",
    "(?:allez voir ailleurs|aller voir ailleurs|shop elsewhere|go elsewhere|take your business elsewhere|libre a vous d aller)",
    "(?:personne ne vous (?:oblige|force)|nobody (?:is forcing|forces|forced) you|no one (?:is forcing|forces|forced) you)",
    "(?:nous avons|on a|we have) (?:fait|done) (?:tout ce qu|tout ce que|everything|all) (?:we could|on pouvait|nous pouvions|that we could|possible)",
    "(?:nous recevons|on recoit|we receive|we get) (?:beaucoup|enormement|des centaines|a lot|hundreds|thousands|lots) (?:de |of )?(?:messages|demandes|requests|complaints|reclamations)",
    "(?:patience is a virtue|la patience est une vertu|good things come to those who wait|tout vient a point a qui sait attendre)",
  ]),
  // — Sarcasm and mockery.
  ...R("sarcasm", "warning", [
    // Ironic praise of the customer's message; patronising patience ("let's go super slowly then").
    "(?:retour|feedback|commentaire|message|avis) (?:[a-z]+ ){0,3}(?:tout en nuance|si nuance|tres nuance|so balanced|very balanced|so nuanced|very nuanced)",
    "(?:on va|nous allons|let s|let us) (?:tout )?(?:reprendre |go |take it )?(?:tout )?(?:tres |super |really |very )?(?:doucement|lentement|slowly) {C8}(?:(?:etape|step) (?:par|by) (?:etape|step)|plus facile a suivre pour vous|easier for you|is it plugged|est ce branche|c est branche)",
    // Congratulations for reading / finding / finally noticing.
    "(?:bravo|felicitations|congratulations|congrats|well done|good job) {C8}(?:trouve|lu|lire|lecture|decouvert|finding|found|reading|read|noticing|spotted|discovering)",
    "(?:mieux vaut tard que jamais|better late than never)",
    "(?:enfin|finally) {G2}(?:decouvr\\w*|lu|lire|read|had a look|noticed|found)",
    "(?:decouvr\\w*|lu|lisez|read|looked|noticed|found) (?:enfin|finally)",
    "(?:qui lit|who reads|qui lit encore|nobody reads) {G3}(?:de nos jours|anyway|these days|nowadays|vraiment|really)",
    // Miracles, magic wands, teleportation.
    "(?:baguette magique|magic wand|teleportation|teleport|traineau|sleigh|gros bouton rouge|big red {G2}button|boule de cristal|crystal ball)",
    "(?:ne fai\\w+|only do|do not do) {G1}(?:des )?miracles? (?:que|on|le)",
    "(?:des qu on aura|as soon as we) (?:invente|invent)",
    // Enjoy the wait, the parcel on holiday.
    "(?:suspense|fait du tourisme|sightseeing|a bien droit a des vacances|deserves a holiday|fait partie du plaisir|half the fun|part of the fun|plus voyage que|travelled more than|traveled more than|experience lumio|lumio experience)",
    // No need to shout / caps lock / ears ringing.
    "(?:pas besoin de crier|inutile de crier|no need to shout|no need to yell|no need for caps)",
    "(?:touche majuscule|caps lock|capital letters|les majuscules|lowercase|minuscules|nos oreilles|our ears)",
    "(?:respirez un (?:bon )?coup|deep breaths?|take a breath|prenez une grande respiration)",
    // Laughing at, eye-rolls.
    "(?:lol|mdr|ptdr|lmao|rofl|haha\\w*|ahah\\w*|emo_eyeroll|emo_smirk|emo_clown|emo_yawn|emo_askgrin)",
    "(?:poor (?:you|thing|baby)|boo hoo|cry me a river|first world problems?|nice try|good luck with that|pauvre (?:petite?|chou|cherie?)|ouin ouin|quelle tragedie|quel drame|la fin du monde|drama queen)",
    "(?:{VOUS} savez lire|can you (?:even )?read|apprenez a lire|learn to read)",
    "(?:sans blague|no kidding|you do not say|captain obvious|sherlock)",
    "(?:merci|thanks|thank you) (?:pour|for) (?:votre|your) (?:patience|comprehension|understanding) (?:legendaire|infinie|exemplaire|legendary|infinite)",
    "(?:quelle surprise|what a surprise|surprise surprise|comme par hasard)",
  ]),
  // — Blame: the customer should have, it is their doing, they were not there.
  ...R("blame", "warning", [
    // "Puisque l'erreur vient de votre saisie…", "as the mistake was yours": the fault laid on the customer.
    // The cause put on the customer's side ("proviennent très probablement de votre lieu de stockage", "vous aviez la
    // possibilité de vérifier", "il appartenait à chaque étudiant de…").
    "(?:proviennent|provient|vient|viennent|comes?|came|stems?) (?:donc )?(?:tres |most |very )?(?:probablement |surement |certainement |likely |probably |certainly )?(?:de votre|de chez vous|from your)|vous aviez (?:la possibilite|tout loisir|le temps) de|you had (?:the|every|plenty of) (?:option|chance|opportunity|time) to|il (?:vous )?appartenait|il appartient (?:a chaque|au client|a vous)|it was (?:your|the customer s) responsibility",
    "(?:puisque|comme|vu que|since|as) {G3}(?:l erreur|la faute|the (?:error|mistake|fault)) (?:vient|provient|venait|came|comes|was|is|est|etait) {G2}(?:de votre|de ta|de vous|your|yours|from your|on your)",
    // The fault named as theirs, and what they "should have" done said as a counterfactual (f5): "c'est de votre fait",
    // "that's on you", "if you'd turned on backup you wouldn't have lost anything", "si vous nous aviez prévenus…".
    "{S} (?:really |entirely |all |squarely |clearly |vraiment |entierement |bien )?(?:de votre (?:fait|faute|responsabilite|cote)|de ton cote|on you|on your (?:side|end)|your (?:own )?(?:fault|doing|responsibility))\\b",
    "(?:if you (?:would|had) |si (?:vous|tu) (?:nous |me )?(?:aviez|avais) ){C8}(?:you would not have|you would have|n aurait pas|n auriez pas|ne aurait pas|ne auriez pas|n aurais pas|aurait pu|auriez pu|(?:tu|vous) (?:aurais|auriez))",
    // The cause given as the customer's doing ("that's because you typed the address wrong", "c'est parce que tu as
    // oublié…"), what they "should always" do, and the box that said so.
    "(?:c est|that s|that is|it s|it is|ca vient du fait) (?:parce que|because|since|que) (?:vous|tu|you) (?:\\w+ )?(?:typed|entered|wrote|put|forgot|missed|chose|picked|selected|ordered|used|left|didn t|did not|never|n avez|n as|ne avez|ne as|avez oublie|as oublie|avez mis|as mis|avez choisi|as choisi|avez saisi|as saisi|avez entre|as entre|avez commande|as commande|n etiez|n etais)",
    "(?:you should always|you must always|il faut toujours|always (?:patch test|check|read)|it s important to always) (?:patch|test|check|read|verifier|tester|lire|measure|mesurer|consult)",
    "(?:it says so|it s written|it is written|c est (?:pourtant |bien )?(?:ecrit|marque|indique)) (?:right |clearly |bien )?(?:on|in|sur|dans) (?:the|la|le|l) ",
    "(?:not|pas) (?:really |vraiment |entirely |totally )?(?:on us|de notre (?:faute|fait)|notre faute)",
    // What customers are expected to have done, what the box told them not to do, and it is "not on us".
    // (Any group the customer belongs to, told what it "is asked / expected / encouraged" to do: "guests are asked to
    // check their inbox", "parents are encouraged to set restrictions", "tenants are expected to top up" — 7 of 7
    // such drafts, by four writers, were blame.)
    "(?:customers|clients|buyers|acheteurs|users|utilisateurs|guests|members|parents|tenants|passengers|travellers|travelers|renters|hirers|drivers|players|residents|patients|voyageurs|locataires|adherents|membres|joueurs|conducteurs|passagers|hotes) (?:are|sont) (?:always |clearly |kindly |generally |toujours |bien )?(?:expected|supposed|asked|encouraged|reminded|advised|required|invited|censes|tenus|pries|invites|appeles) (?:to|de|d|a) \\w+",
    "(?:tells?|told|says?|said) you not to|vous (?:dit|disait|indique|indiquait|demande|demandait) de ne pas",
    "(?:that is|that s|it is|c est|ce n est) (?:not|pas) (?:on us|our fault|de notre faute|notre faute|de notre fait)",
    "(?:{VOUS} (?:auriez|aurais|aviez) (?:du|pu)|you should (?:have|ve)|you (?:needed|had) to|il (?:fallait|aurait fallu|suffisait de)|il faudrait peut etre|maybe (?:plan|try|next time)|next time (?:please )?(?:check|read|measure|order))",
    "(?:si|had) (?:vous|tu|you) (?:nous )?(?:aviez|avais|had|contacted|read|checked)? ?{G2}(?:ecrit|lu|verifie|contacte|suivi|mesure|written|contacted|read|checked|followed|measured) {G3}(?:on n en serait pas la|we wouldn t|we would not|ne serait pas|would not|wouldn t|tout|everything)?",
    "(?:c est|it is|that is|was) (?:a )?(?:vous|toi|your|you) (?:qui|de|who|own) ?(?:avez|as|verifier|choisi|responsibility|fault|mistake|doing|picked|chose)",
    "(?:you|vous|tu) (?:picked|chose|selected|ordered|avez choisi|as choisi|avez commande|avez selectionne) {G3}(?:yourself|vous meme|toi meme)",
    "(?:your|votre) (?:own )?(?:responsibility|fault|mistake|faute|erreur|responsabilite)",
    "(?:est|is) (?:de )?(?:votre|your) (?:responsabilite|responsibility)",
    "(?:that is what|c est a ca que sert|c est pour ca qu existe|c est a ca que servent) (?:the |le |la |our |notre )?{G1}(?:guide|fiche|description|faq|terms|cgv|conditions)",
    "(?:relisez|reread|re read) (?:votre|your) (?:recapitulatif|confirmation|commande|order|email|mail|recap)",
    "(?:would have|would ve|aurait) {G1}(?:helped|aide|evite|avoided)",
    // Not at home / nobody answered.
    "(?:vous|tu|t) (?:etiez|etais|n etiez|n etais) {G2}(?:absent\\w*|pas la|pas chez)",
    // ("when you were home" says the opposite: only the negated form blames.)
    "you {G1}(?:were|was) (?:not |never )?{G1}(?:absent|out)",
    "you {G1}(?:were|was) (?:not|never) {G1}(?:in|home|at home|around|there)",
    "(?:si personne|if nobody|if no one) {C8}(?:c est qu il n y avait personne|there was nobody|there was no one|nobody was)",
    // Old families: not our fault, customer error.
    "(?:pas|not) (?:de )?(?:notre|our) (?:faute|erreur|fault|mistake)",
    "(?:erreur|faute) de votre part|(?:customer|user) error",
    "{VOUS} (?:avez|as|have) {G1}(?:mal|pas bien|misread|mistyped|forgot|oublie de)",
    "(?:are you sure you|did you (?:even|actually|really)|etes vous sur\\w* d avoir|avez vous (?:seulement|vraiment|bien) (?:lu|verifie|regarde))",
    "(?:vous avez|you) (?:accepte|coche|accepted|ticked|agreed to) {G2}(?:cgv|conditions|terms|case|box)",
    "(?:it is|that is|c est|ce n est) (?:not|pas) (?:rocket science|sorcier|complique|compliquee|difficult|hard)",
    "(?:as (?:clearly )?stated|comme (?:clairement )?indique|comme precise|as mentioned|as specified) (?:in|dans|sur) (?:our|the|nos|les|notre|la) (?:terms|t cs|cgv|conditions|fiche|product page|faq|policy|site)",
    // Advice after the fact (f13): a tip or a reminder that doing it right "avoids this kind of situation", security
    // called the customer's responsibility, what "would not have happened" had they done it (not had we).
    "(?:conseil|tip|astuce|recommand\\w*|rappel\\w*|reminder|remember|pensez a|n oubliez pas|always|toujours|regular\\w*|reguli\\w*|make sure|assurez vous) {C12}(?:evite\\w*|avoids?|prevents?|permet d eviter|helps? (?:to )?avoid) {G2}(?:ce genre|ce type|ces|this kind|this sort|this type|these kinds?|these sorts?|such|that kind|that sort|ce|cette|this|that|these) {G1}(?:de |d |of )?[a-z]+",
    "(?:is|est|remains|reste|relev\\w*|rel[eè]ve) (?:de )?(?:the|la) (?:player|customer|user|account holder|cardholder|client|joueur|utilisateur|titulaire)s? ?(?:s )?(?:own )?(?:responsibility|responsabilite)|(?:responsabilite|responsibility) (?:du|de l|of the) (?:client|joueur|utilisateur|titulaire|customer|player|user|account holder)",
    "si (?!nous |on |we )(?:[a-z]+ ){1,5}(?:avai(?:en)?t|aviez|avais) {C8}(?:vous n auriez pas|vous ne auriez pas|tu n aurais pas)|if (?!we )(?:[a-z]+ ){1,5}had {C8}(?:you would not have|you wouldn t have)",
  ]),
  // — Minimising: it is only cosmetic, isolated, normal in the season, it happens everywhere.
  ...R("minimising", "warning", [
    // Putting the trouble "in perspective": a share unaffected, a delay called reasonable.
    "to put (?:it|this|things) in(?:to)? perspective|pour relativiser|reste (?:tout a fait |parfaitement )?raisonnable|remains (?:perfectly |entirely )?reasonable|(?:a |an )?(?:very )?small (?:number|share|percentage) of (?:users|accounts|customers|clients|files)|un (?:tres )?petit nombre de (?:clients|comptes|utilisateurs)|99[ .,]\\d+ ?%",
    // The problem called small in so many words (f5): "pretty minor", "une hausse minime", "a negligible delay".
    "(?:pretty|quite|really|very|fairly|relativement|plutot|assez|tres) (?:minor|minime|mineur|mineure|negligeable|negligible)|(?:hausse|retard|delai|souci|probleme|gene|increase|delay|issue|inconvenience) (?:minime|minimes|mineur|mineure|negligeable|minor|negligible)\\b",
    // An amount or a delay made small ("it's only £3.99", "ce n'est que 5 €", "une semaine, ça passe vite").
    "(?:it is|that is|c est|ce n est|ce est|it s|its) (?:only|just|juste|seulement|que|qu) (?:[0-9]+|un petit|une petite|a small|a little|a tiny|a minor)",
    "(?:pas de quoi|no need to|nothing to) (?:s enerver|se facher|vous enerver|vous facher|get (?:upset|worked up|angry)|be upset|make a fuss|get so worked up)|(?:affaire d etat|tout un plat|tout un fromage|en faire un drame|a big fuss|such a fuss)",
    "(?:ca passe vite|ca va vite passer|it goes quickly|it will fly by|it ll fly by|time flies)",
    "(?:ca part|cela part|it comes off|it washes out|it wipes off) (?:tres bien|facilement|easily|fine|with)",
    "(?:esthetique|cosmetique|cosmetic|purement esthetique|purely cosmetic|ne se verra|won t even (?:see|notice)|will not even (?:see|notice)|ne verrez meme pas|n y verrez)",
    "(?:n affecte|affecte) (?:en rien|pas|absolument pas)|(?:does not|doesn t) affect (?:how|the|its)",
    "(?:ne justifie pas|hardly justifies|does not justify|doesn t justify) (?:tout ce|all this|such)",
    "(?:parfaitement|fully|entierement|perfectly) (?:fonctionnel\\w*|functional|usable|utilisable)",
    "(?:cas|case) {G5}(?:isole|isolated|exceptionnel|one off|rare)|(?:statistiquement|statistically|tres rare|very rare|extremely rare|extremement rare|taux de retour|return rate|one off|pas eu de chance|unlucky|not lucky|manque de chance|bad luck)",
    "(?:[0-9]+ pct|la plupart|most|the vast majority|la majorite) (?:de nos |des |of our )?(?:clients|customers|commandes|orders|colis|parcels|envois|shipments) {G3}(?:satisfaits|happy|satisfied|arrivent|arrive|sont contents|fine)",
    "(?:moins de|less than|under|only|seulement|a peine) (?:[0-9]+ (?:, )?){1,2}pct",
    // Normal in the season / everyone is late.
    "(?:normal\\w*|normaux|habituel\\w*|standard|expected|attendu|classique|usual) {C12}(?:periode|fetes|soldes|sales|festive|season|saison|black friday|noel|christmas|busiest|chargee|busy|peak)",
    "(?:periode|fetes|soldes|sales|festive|season|saison|black friday|noel|christmas|busiest|chargee|peak) {C12}(?:tout a fait normaux|normal|habituel|standard|expected|attendu|c est attendu|it is expected)",
    "(?:tout le monde|everyone|everybody|all retailers|tous les transporteurs) (?:a|is|has|are|est) {G1}(?:du retard|running late|late|delays|delayed|en retard)",
    // It happens everywhere / we are not that bad.
    "(?:ca|cela|it|this|these things|ce genre de \\w+) (?:peut|can|could|does|arrive|happens) {G1}(?:arriver |happen )?(?:partout|n importe ou|a tout le monde|everywhere|to everyone|anywhere|to anyone)",
    "(?:il y a|y a) pas (?:qu a|que chez|que nous|qu chez)",
    "(?:pas si|not that|not so) (?:nuls?|nul|mauvais|bad|terrible|grave)",
    "(?:rien de|nothing) (?:grave|serious|dramatique|dramatic|to worry about)|(?:not|pas) (?:that |si |a )?(?:big deal|bien grave|si grave|la mer a boire)",
    "(?:just|only|seulement|juste|merely) (?:a few|a couple of|quelques|deux|two|un|une|a) {G1}(?:days?|jours?|hours?|heures?|minutes?) (?:late|de retard|of delay|delay)",
    "(?:il y a pire|there are worse things|could be worse|could have been worse|ca aurait pu etre pire|c est la vie|such is life|ce n est pas la mort|not the end of the world|pas la fin du monde|first world problem)",
    "(?:nous ne sommes|on n est|on est|we are) (?:que )?(?:only |just )?(?:des )?(?:humains|human)|(?:mistakes|errors|erreurs) (?:happen|arrivent)|ce sont des choses qui arrivent",
    "(?:vous etes|you are) (?:le seul|la seule|the only (?:one|customer|person)) (?:a |to |qui |who )?(?:vous plaindre|complain|vous etre plaint|se plaindre|has complained|to have complained)",
    "(?:tous nos|toutes nos|all our|all of our|every other) (?:clients|customers) (?:sont|are|have been|ont ete) {G1}(?:satisfaits|contents|happy|satisfied)",
    // (f13) "Il ne s'agissait que de 12 minutes", "rien de bien dramatique", luck, others worse off than you.
    "(?:ne|n) (?:s agissait|s agit|etait|est|representait|represente) (?:que|qu) (?:de |d )?(?:[0-9]+|quelques|un petit|une petite)",
    "(?:rien de|nothing) (?:bien |trop |too |very |vraiment )(?:grave|serious|dramatique|dramatic|alarmant|alarming)",
    "(?:vous avez|you re|you are|you ve been|you have been) (?:eu )?(?:plutot |quite |very |really )?(?:de la chance|lucky|chanceuse?|fortunate|in good shape)|consider yourself lucky",
    // (f19) Called normal or nothing to fear ("Delays are totally normal on a Friday", "aucune raison de vous
    // inquiéter"), and a trip or a wait made short by its number ("ce n'est qu'un vol de 2 heures").
    "(?:totally|completely|perfectly|entirely|tout a fait|parfaitement|completement|totalement) (?:normal|normale|normaux|routine|standard|usual|habituel\\w*|courant\\w*)",
    "nothing to (?:stress|worry|panic) about|aucune raison de (?:s|vous|te) (?:inquieter|affoler|alarmer|stresser)|no reason to (?:worry|stress|panic)",
    "(?:n est|is|it s|c est|its) (?:que|qu|only|just|juste|seulement) (?:un|une|a|an) (?:[a-z]+ ){0,2}(?:de |of )?[0-9]+ ?(?:h|heures?|hours?|minutes?|min|jours?|days?|euros?|eur|pounds?)",
    "(?:plus|more|worse|pire) {G3}(?:que la votre|que le votre|than yours)\\b|(?:by industry standards|par rapport (?:a la moyenne|au secteur|aux autres)|compared (?:to|with) (?:others|other customers|the industry|the average))",
  ]),
  // — Deflection: sending the customer elsewhere instead of taking it on.
  ...R("deflection", "warning", [
    // This page / channel is not for that, not the right place.
    "(?:page|ici|cet espace|ce fil|ce compte|facebook|twitter|les reseaux sociaux|this|here|this page|this account|this channel|social media|dm|messages prives) {G3}(?:n est|ne sont|est|sont|is|are) {G1}(?:pas|not) {G2}(?:(?:le |un |notre )?(?:sav|service client|service apres vente)|dedie\\w*|destine\\w*|fait\\w* pour|prevu\\w*|concu\\w*|habilite\\w*|le bon endroit|le lieu|l endroit|le bon canal|the place|the right place|the right channel|meant for|intended for|designed for|for (?:complaints|support|customer service|order)|a (?:support|customer service|complaints))",
    "(?:pas|not) (?:le bon|la bonne|the right|the appropriate|the correct) (?:endroit|canal|place|channel|forum|plateforme|platform)",
    "(?:pas|not) (?:dedie\\w*|destine\\w*|fait\\w* pour|prevu\\w*|concu\\w*|meant for|intended for|designed for|made for) (?:a |aux |au |pour |for |les )*(?:reclamations|plaintes|sav|complaints|support|customer service|ce genre|ca|that|this)",
    // Not our department / responsibility / up to us.
    "(?:pas|not|isn t) (?:de |d )?(?:notre|our|mon|my) (?:service|departement|department|ressort|role|job|responsabilite|responsibility|domaine|area|competence|remit|problem|probleme)",
    "(?:ne depend|depend) (?:pas )?de nous|(?:not|out of) (?:up to us|our hands)|(?:outside|beyond) (?:what we can|our control|our remit)|nothing to do with us",
    "(?:^|, |\\| )(?:et |and |but |mais )?(?:pas|not) (?:par |by )?(?:lumio|nous|us|le service web|our team|the website)(?= |$)",
    "(?:one for|a matter for|something for|c est a|c est au|c est aux|a voir avec|a regler avec) (?:the |your |le |la |les |votre )?{G1}{THIRD}",
    "(?:go|goes|passent|passe|doivent passer|must go) (?:through|par) (?:our |the |notre |le |la |l )?{G1}(?:helpline|hotline|service client|customer (?:service|care)|sav|phone line|ligne|formulaire|form)",
    "(?:{THIRD}|\\w+ team|equipe) {G3}(?:qui|who) {G2}(?:peut|peuvent|can) (?:vous )?(?:aider|renseigner|help)",
    "(?:releve\\w*|relevent) (?:d un autre|de votre|du|de la|des|de l) ",
    "(?:another|different|other|un autre|une autre) (?:team|department|service|departement|equipe) {G2}(?:entirely|not us|pas nous|qui gere|handles|deals)",
    "(?:handled|managed|dealt with|provided|run|covered|gere\\w*|traite\\w*|assure\\w*|fournie?s?) (?:directement )?(?:by|par) (?:the |each |le |la |les |un |une |votre |your |their |leur |son |sa )?{G1}{THIRD}",
    "(?:responsabilite|responsibility|responsable|responsible) (?:du |de la |des |of the |of |the )?{G1}{THIRD}|{THIRD} {G1}(?:responsibility|responsable|qui est responsable|is responsible|are responsible|sont responsables|est competente?|qui gere|qui peut vous renseigner|can tell you|is the one|is really the one)",
    "(?:between you and (?:them|the|your)|entre vous et (?:lui|eux|le|la|votre))",
    // We can't handle / intervene / see it here.
    "{NOUS} (?:do|does|can|could|are|am|will|is) (?:not|never) (?:able to )?{G1}{HANDLE_EN}",
    "{NOUS} (?:ne |n )(?:[a-z]+ ){0,2}?{HANDLE_FR}",
    "{NOUS} (?:ne |n )?(?:pouvons|peut|peux) (?:pas|que) {G2}(?:intervenir|vous conseiller de|traiter|gerer|aider)",
    "(?:nous ne sommes|we are|on est|nous sommes) (?:que |only |just |seulement )?(?:le |la |l |the |un |a )?(?:revendeur|retailer|intermediaire|reseller|social media team|equipe community|page)",
    "{NOUS} (?:ne faisons que|only) (?:mettre en relation|connect)",
    "(?:nous gerons|we manage|we handle|we deal with|we only) (?:uniquement|only)? ?(?:les reseaux sociaux|social media|social)",
    // Send them to someone else / contact them directly / the only channel.
    "(?:rapprochez vous|adressez vous|tournez vous|voyez|voir|renseignez vous|contactez|contacter|recontactez|relancez|speak to|get in touch with|contact|reach out to|take it up with) (?:le |la |les |l |the |your |votre |leur |their |son |sa |him |her |them )?{G1}(?:{THIRD}|d elle|d eux|avec lui|avec eux|them|him|her|store manager|conseiller|advisor)(?: directly| directement)?",
    "(?:contact|get in touch with|message) (?:them|the \\w+|him|her) (?:directly|again)|(?:de le|la|les) (?:contacter|recontacter) (?:directement|avec)",
    "(?:seul|seule|only|the only) (?:\\w+ )?(?:habilite\\w*|competent\\w*|place|channel|way|canal|interlocuteur)|(?:they are|ils sont|who are) the ones who can|le canal prevu|the right channel|reste votre interlocuteur",
    "(?:nous vous invitons|je vous invite|merci|veuillez|we invite you|please|kindly) {G3}(?:a |de |d )?(?:nous )?(?:contacter|adresser|appeler|ecrire|contact|call|email|get in touch|reach) {G5}(?:directement|directly|par telephone|par mail|par email|par e mail|by phone|by email)",
    "(?:faut|il faut|you will need to|you ll need to|you need to|please) (?:passer par|go through|retourner voir|head back to|go back to|repasser) ",
    // (f13) Someone else "better placed than us", the request to be made again with them.
    "(?:mieux place\\w*|better placed|in a better position) (?:que nous|than us|than we)",
    "(?:reiterer|renouveler|adresser|refaire|deposer|porter) {G2}(?:votre |une |la )?(?:demande|reclamation|plainte) {G2}(?:aupres d eux|aupres d elle|aupres du|aupres de la|aupres de votre|aupres de leur)",
    // (f21) Someone else singled out: "c'est auprès de X / vers X / à eux qu'il faut…", "it would need to go to them
    // directly" (10 of 10 such drafts in the development and fresh files were deflections; "c'est à nous qu'il faut
    // écrire" names the brand and is not one).
    "c est (?:donc |bien |vraiment |plutot )?(?:aupres (?:de |du |des |d )|avec |vers |a |au |aux |chez )(?!nous |moi |notre |nos )(?:[a-z0-9_]+ ){0,4}?(?:qu il faut|qu il faudra|qu il convient|que vous devez|que vous devrez)",
    "(?:would|will|should|needs? to|has to|have to|must) (?:need to )?(?:go|be (?:sent|raised|directed|addressed|taken up|made)) (?:to|with) (?:them|the \\w+(?: \\w+)?) directly",
  ]),
];

/** Empathy and ownership that look like a rule: a finding overlapping one of them is dropped. */
export const ALLOW_PATTERNS: string[] = [
  // Protecting the customer's privacy ("please don't post your details here, DM us") is not brushing them off.
  "(?:do not|don t|ne|n|evitez de|avoid|sans) (?:post|share|publish|publier|partager|poster|mettre|laisser|afficher|posting|sharing) {G1}(?:your|vos|votre|tes|ton|ta|any|de|d|aucune?) {G2}(?:details|information|info|infos|data|donnees|coordonnees|number|numero|numeros|address|adresse|email|mail|personal|personnelles?)",
  "{S} (?:pas|not|vraiment pas|absolument pas|really not) (?:normal|acceptable|admissible|ok|okay|what you should expect|digne|correct|a la hauteur)",
  "(?:vous avez|you are|you were) (?:entierement |tout a fait |parfaitement |absolutely |completely |quite )?(?:raison|right)",
  "(?:ce n est|it is|that is|c est) (?:pas|not|en aucun cas|never) (?:de )?(?:votre|your) (?:faute|fault|erreur|mistake)",
  "(?:ne |do not |don t )?(?:vous en voulez|blame yourself)",
  // Clearing the customer ("you didn't do anything wrong", "vous n'y êtes pour rien") is the opposite of blame.
  "(?:you|vous|tu) (?:did not|have not|n avez|n as|ne avez|ne as) {G2}(?:anything|nothing|rien|aucune) {G1}(?:wrong|de mal|de travers|d erreur|de faux|error|mistake)|(?:vous n y etes|tu n y es|vous ne y etes|tu ne y es) pour rien|you did nothing wrong|nothing you did",
  // Sending the customer to their doctor or pharmacist about their health is care, not deflection.
  "(?:check with|ask|consult|see|talk to|speak to|speak with|demandez a|demande a|parlez en a|parles en a|consultez|consulte|voyez avec|vois avec) (?:your |votre |ton |ta |un |une |a )?(?:doctor|gp|midwife|pharmacist|dermatologist|allergist|medecin|docteur|pharmacien|pharmacienne|sage femme|dermatologue|allergologue)",
  // The passive of our failure ("you should have been told", "vous auriez dû être prévenu"), and what the customer
  // should have had from us ("you should have heard from us", "vous auriez dû le recevoir"): we did not do it.
  "(?:you should (?:have|ve)|you ought to have|vous auriez du|tu aurais du) (?:had|heard|received|got|gotten|recevoir|avoir (?:recu|eu)|le recevoir|la recevoir|les recevoir|etre (?:rembourse|livre|recontacte)\\w*)",
  "(?:you should (?:have|ve) been|vous auriez du etre|tu aurais du etre|you ought to have been) (?:told|informed|notified|warned|contacted|called|updated|given|offered|refunded|kept|prevenu\\w*|inform\\w*|contacte\\w*|averti\\w*|appele\\w*|rembourse\\w*|tenu\\w*)",
  "(?:c est|it is|that is|was) (?:a )?nous (?:qui|de)|(?:we are|we were) the ones who|(?:that is|it is) on us|(?<!(?:pas|not|pas de) )(?:notre|our) (?:faute|erreur|mistake|fault|responsabilite|responsibility)|de notre part",
].map(x);

/** Marks a concrete answer: an amount, a date, a day, a number, a concrete action. */
export const SUBSTANCE_PATTERN = x(
  "(?:\\d|euros?|rembours\\w*|refund\\w*|livr\\w*|deliver\\w*|expedi\\w*|ship\\w*|envoy\\w*|renvoy\\w*|echang\\w*|exchang\\w*|remplac\\w*|replac\\w*|credit\\w*|voucher|geste commercial|bon d achat|demain|tomorrow|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|rendez vous|appointment|numero de suivi|tracking)",
);
