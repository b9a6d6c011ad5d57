// Bundled demo dataset, replayed through the demo connector on first start so a fresh install has life in it.
// Times are relative ("minutesAgo" before the seed moment) so the demo always looks current.
export type DemoPlatform = "facebook" | "x" | "instagram" | "google" | "youtube";
// "post": a post a customer wrote on the Page wall (a visitor post); the post itself is the message.
export type DemoKind = "comment" | "dm" | "mention" | "post";
export interface DemoAuthor {
  ref: string;            // stable id inside the dataset, e.g. "a-claire"
  name: string;
  handle?: string;        // X screen name / Instagram username, without @ (X and Instagram authors only)
  followers?: number;     // reach; X authors always, Facebook optional
  isBrand?: boolean;      // true for the brand's own page/account: these items are OUTBOUND (our past replies)
}
export interface DemoPost {
  ref: string;            // e.g. "post-fleurs"
  platform: "facebook" | "instagram";
  text: string;           // the brand's page post (or Instagram media caption) the comments hang on
  minutesAgo: number;
}
export interface DemoEvent {
  verb: "edited" | "hidden" | "removed";
  minutesAgo: number;
  newText?: string;       // for "edited"
}
export interface DemoItem {
  ref: string;            // unique, e.g. "fb-001"
  platform: DemoPlatform;
  kind: DemoKind;         // facebook: "comment", "post" (visitor post) or "dm"; x: "mention" or "dm"; instagram: "comment", "mention" or "dm"
  postRef?: string;       // comments: the DemoPost, or the visitor-post item ("post" kind), they are under
  parentRef?: string;     // a reply to another item (comment reply, reply tweet, or the DM it answers)
  authorRef: string;
  text: string;
  minutesAgo: number;     // platform time; must be > the minutesAgo of its parent and its post
  lang: "fr" | "en";
  tags: string[];         // scenario labels from: complaint, question, praise, troll, spam, me-too, professional, journalist, delivery, refund, product, billing, privacy, brand-reply, seed-000, seed-001
  events?: DemoEvent[];
}

// Scenario map (for people reading this file, not used at runtime):
// - seed-000 (fb-001…fb-011, dm-fb-000): bouquet never delivered; the customer says so in a post on the Page
//   wall (a visitor post, fb-001: "elle en fait part sur la page Facebook du site"); customer service told her
//   she would be neither refunded nor re-delivered because she complained on Facebook; an earlier CM removed
//   her comment and answered under her post that the problem was "réglé" and the page "n'est pas un défouloir";
//   other fans react under the brand's flower post (post-fleurs).
//   Her follow-up says it is NOT settled; the case is still open for the demo user.
// - seed-001 (post-soldes, fb-101…fb-115): 500 € wardrobe order from early December delivered in the wrong
//   colour, daily calls, 10 unanswered e-mails, an employee writing "ça peut arriver n'importe où", the same
//   canned answer pasted twice (CANNED_REPLY_001), a deflection ("notre page n'est pas dédiée…"), the customer
//   saying community management is his job, and the late long answer that still compares with other retailers.
// - post-livraisons: one delivery-delay post with a cluster of "me too" replies from different authors.
// - Instagram (ig-*, igdm-*): comments under the brand's media, a reply, mentions elsewhere and DMs, among them
//   the bouquet story told again by another customer and a delivery complaint with an order number sent by DM.
// - Fresh cluster in the last 6 hours: some answered, some already late against a 1 h first-response SLA.
// Phone numbers use the ranges ARCEP / Ofcom reserve for fiction (01 99 00…, 06 39 98…, +44 7700 900…);
// e-mail addresses use example domains.

const CANNED_REPLY_001 =
  "Bonjour,\n\nNous venons de prendre connaissance de votre message qui a retenu toute notre attention et sommes désolés pour le désagrément que vous avez rencontré avec votre commande. Nous vous invitons à nous contacter directement soit par téléphone au 01 99 00 12 34 soit par e-mail à service.consommateur@maison-lumiere.fr afin que l'on puisse régler votre problème rapidement.\n\nBonne journée.";

export const DEMO_BRAND = { name: "Maison Lumière", pageName: "Maison Lumière", xHandle: "MaisonLumiere", igHandle: "maisonlumiere" };

export const DEMO_AUTHORS: DemoAuthor[] = [
  // The brand itself (outbound items)
  { ref: "a-brand-fb", name: "Maison Lumière", followers: 86400, isBrand: true },
  { ref: "a-brand-x", name: "Maison Lumière", handle: "MaisonLumiere", followers: 18200, isBrand: true },

  // Facebook people
  { ref: "a-camille", name: "Camille Lefort", followers: 340 },
  { ref: "a-valerie", name: "Valérie Godin" },
  { ref: "a-mehdi", name: "Mehdi Aït-Kaci" },
  { ref: "a-sandra", name: "Sandra Pujol" },
  { ref: "a-christophe", name: "Christophe Bardin" },
  { ref: "a-gaelle", name: "Gaëlle Simon" },
  { ref: "a-julien", name: "Julien Marchand", followers: 1250 },
  { ref: "a-nadege", name: "Nadège Ferrand" }, // an employee posting with her personal profile, not the Page
  { ref: "a-gilles", name: "Gilles Caron" },
  { ref: "a-sylvie", name: "Sylvie Navarro" },
  { ref: "a-vincent", name: "Vincent Roy" },
  { ref: "a-laura", name: "Laura Mercier" },
  { ref: "a-karim", name: "Karim Haddouche" },
  { ref: "a-melanie", name: "Mélanie Dupuis" },
  { ref: "a-sophieb", name: "Sophie Bertin" },
  { ref: "a-jerome", name: "Jérôme Lambert" },
  { ref: "a-emma", name: "Emma Collins" },
  { ref: "a-nathalie", name: "Nathalie Faure" },
  { ref: "a-pierre", name: "Pierre-Yves Guillot" },
  { ref: "a-agnes", name: "Agnès Marty" },
  { ref: "a-amandine", name: "Amandine Roche", followers: 2900 },
  { ref: "a-troll", name: "Kévin Levrai", followers: 95 },
  { ref: "a-ines", name: "Inès Benhamou" },
  { ref: "a-hugo", name: "Hugo Perrin" },
  { ref: "a-spam-giveaway", name: "Maison Lumiére - Cadeaux", followers: 3 },
  { ref: "a-chantal", name: "Chantal Vidal" },
  { ref: "a-benoit", name: "Benoît Morel" },
  { ref: "a-spam-crypto", name: "Sophie Laurent Trading", followers: 12 },
  { ref: "a-spam-concours", name: "Grand Jeu Fleurs Gratuites", followers: 7 },
  { ref: "a-olivia", name: "Olivia Grant" },
  { ref: "a-grace", name: "Grace Whitfield" },
  { ref: "a-martine", name: "Martine Blanc" },
  { ref: "a-yann", name: "Yann Le Goff" },
  { ref: "a-elodie", name: "Élodie Martin" },
  { ref: "a-tom", name: "Tom Becker" },
  { ref: "a-georges", name: "Georges Aubert" },
  { ref: "a-lea", name: "Léa Fontaine" },
  { ref: "a-romain", name: "Romain Chevalier" },
  { ref: "a-claire-d", name: "Claire Dubois" },
  { ref: "a-francois", name: "François Girard" },
  { ref: "a-isabelle", name: "Isabelle Renard" },
  { ref: "a-patrick", name: "Patrick Henry" },
  { ref: "a-david", name: "David Hughes" },
  { ref: "a-lucie", name: "Lucie Weber" },
  { ref: "a-marc", name: "Marc Lefèvre" },
  { ref: "a-sarah", name: "Sarah Thompson" },
  { ref: "a-celine", name: "Céline Rousseau" },
  { ref: "a-anthony", name: "Anthony Santoni" },
  { ref: "a-anna", name: "Anna Schmidt" },

  // X people
  { ref: "a-max", name: "Maxime Deloche", handle: "maxdeloche", followers: 121400 },
  { ref: "a-ophelie", name: "Ophélie B.", handle: "ophelie_bzh", followers: 830 },
  { ref: "a-dylan", name: "Dylan", handle: "dyl_an", followers: 412 },
  { ref: "a-journalist", name: "Hélène Castagné", handle: "helene_castagne", followers: 48300 },
  { ref: "a-rachid", name: "Rachid Benali", handle: "rachid_relationclient", followers: 2140 },
  { ref: "a-james", name: "James Carter", handle: "jcarter_fr", followers: 960 },
  { ref: "a-manon", name: "Manon Petit", handle: "manon_ptt", followers: 1530 },
  { ref: "a-kate", name: "Kate Morrison", handle: "katemorrison", followers: 3400 },
  { ref: "a-lina", name: "Lina", handle: "lina971", followers: 275 },
  { ref: "a-noe", name: "Noé Garnier", handle: "noe_grn", followers: 190 },
  { ref: "a-gerard", name: "Gérard Lemoine", handle: "gerardlemoine69", followers: 58 },
  { ref: "a-ryan", name: "Ryan Walker", handle: "ryanhwalker", followers: 720 },
  { ref: "a-spam-x", name: "CryptoKing Signals", handle: "cryptoking_signals2", followers: 12 },
  { ref: "a-spam-x2", name: "Followers Boost Pro", handle: "followersboostpro", followers: 35 },
  { ref: "a-sabrina", name: "Sabrina Haddad", handle: "sabrina_hdd", followers: 640 },
  { ref: "a-damien", name: "Damien R.", handle: "damien_rv", followers: 310 },
  { ref: "a-fanny", name: "Fanny Moreau", handle: "fannymoreau_cm", followers: 5200 },
  { ref: "a-priya", name: "Priya Nair", handle: "priya_n", followers: 1280 },
  { ref: "a-liam", name: "Liam O'Connor", handle: "liamoc", followers: 540 },
  { ref: "a-mike", name: "Mike Jennings", handle: "mikej_paris", followers: 2210 },
  { ref: "a-jess", name: "Jess Tan", handle: "jesstan_", followers: 880 },

  // Instagram people (Instagram shows usernames; names are what their profile says)
  { ref: "a-brand-ig", name: "Maison Lumière", handle: "maisonlumiere", followers: 41800, isBrand: true },
  { ref: "a-ig-clemence", name: "Clémence Hardy", handle: "clem.hardy", followers: 1840 },
  { ref: "a-ig-yasmine", name: "Yasmine B.", handle: "yasmine.deco", followers: 12600 },
  { ref: "a-ig-paul", name: "Paul Ménard", handle: "paul_mnrd", followers: 310 },
  { ref: "a-ig-lou", name: "Lou", handle: "lou.fleurit", followers: 95 },
  { ref: "a-ig-alice", name: "Alice Roussel", handle: "alice.roussel", followers: 640 },
  { ref: "a-ig-spam", name: "Promo Followers", handle: "gain.followers.now", followers: 8 },
];

export const DEMO_POSTS: DemoPost[] = [
  {
    ref: "post-soldes",
    platform: "facebook",
    text: "C'est parti pour les soldes chez Maison Lumière ! Jusqu'à -40 % sur les armoires, commodes, canapés et luminaires. Livraison offerte dès 300 € d'achat 🛋️",
    minutesAgo: 13800,
  },
  {
    ref: "post-fleurs",
    platform: "facebook",
    text: "💐 Fête des grands-mères : faites-lui la surprise ! Bouquets de saison composés par nos fleuristes et livrés à domicile partout en France. Commandez avant 14h pour une livraison le lendemain.",
    minutesAgo: 11500,
  },
  {
    ref: "post-collection",
    platform: "facebook",
    text: "Nouvelle collection Salon 🌿 Le canapé Alba, la table basse Oslo et le luminaire Opale sont arrivés ! Tissus déhoussables, bois certifié, livraison et installation à domicile possibles.",
    minutesAgo: 5800,
  },
  {
    ref: "post-showroom",
    platform: "facebook",
    text: "C'est officiel : notre premier showroom ouvre ses portes à Lyon (6e) ce samedi ! Venez voir, toucher, essayer nos meubles… et repartez avec un petit bouquet offert le jour de l'ouverture.",
    minutesAgo: 3100,
  },
  {
    ref: "post-livraisons",
    platform: "facebook",
    text: "Information Livraisons : suite à un incident chez l'un de nos transporteurs, certaines livraisons prévues cette semaine ont du retard. Nos équipes font le maximum pour que chaque commande soit livrée au plus vite. Merci pour votre patience 🙏",
    minutesAgo: 1500,
  },
  {
    ref: "ig-media-bouquets",
    platform: "instagram",
    text: "Les bouquets de saison sont arrivés 💐 Pivoines, renoncules et eucalyptus, composés à la main et livrés chez vous. Lien en bio !",
    minutesAgo: 4300,
  },
  {
    ref: "ig-media-alba",
    platform: "instagram",
    text: "Le canapé Alba dans son nouveau velours terracotta 🧡 Dites-nous en commentaire quelle couleur vous ferait craquer !",
    minutesAgo: 900,
  },
];

export const DEMO_ITEMS: DemoItem[] = [
  // ───────────────────────── Seed 000: the flowers that never arrived ─────────────────────────
  {
    ref: "fb-001", platform: "facebook", kind: "post", authorRef: "a-camille",
    text: "Bonjour, j'ai commandé un bouquet pour l'anniversaire de ma mère, livraison prévue samedi. Rien n'a été livré, elle n'a jamais rien reçu. J'ai aussi écrit au service client en même temps, toujours pas de réponse. Vous pouvez regarder svp ?",
    minutesAgo: 10080, lang: "fr", tags: ["complaint", "delivery", "seed-000"],
  },
  {
    ref: "fb-002", platform: "facebook", kind: "comment", postRef: "fb-001", authorRef: "a-valerie",
    text: "Ah mince… moi à Noël c'était arrivé avec un jour de retard, mais au moins c'était arrivé. Bon courage",
    minutesAgo: 9950, lang: "fr", tags: ["delivery", "seed-000"],
  },
  {
    ref: "fb-003", platform: "facebook", kind: "comment", postRef: "fb-001", authorRef: "a-camille",
    text: "Alors là je rêve. Le service client vient enfin de me répondre : comme je me suis plainte sur Facebook, ma commande ne sera NI remboursée NI re-livrée. C'est ça la punition pour avoir osé poster un commentaire ?? 54,90 € de fleurs jamais livrées et en plus on me menace. Je vais en parler à des blogueurs et à des journalistes, les gens doivent savoir.",
    minutesAgo: 8600, lang: "fr", tags: ["complaint", "refund", "delivery", "seed-000"],
    events: [{ verb: "removed", minutesAgo: 8380 }],
  },
  {
    ref: "fb-004", platform: "facebook", kind: "comment", postRef: "fb-001", parentRef: "fb-003", authorRef: "a-mehdi",
    text: "Sérieux ?? Depuis quand on punit les clients qui se plaignent ? Je partage.",
    minutesAgo: 8520, lang: "fr", tags: ["seed-000"],
  },
  {
    ref: "fb-005", platform: "facebook", kind: "comment", postRef: "post-fleurs", authorRef: "a-sandra",
    text: "Le commentaire de Camille vient de disparaître… Vous supprimez les messages qui vous dérangent maintenant ? Bravo la transparence.",
    minutesAgo: 8200, lang: "fr", tags: ["complaint", "seed-000"],
  },
  {
    ref: "fb-006", platform: "facebook", kind: "comment", postRef: "post-fleurs", parentRef: "fb-005", authorRef: "a-christophe",
    text: "J'ai fait une capture avant, elle tourne déjà sur Twitter. Supprimer sert à rien, ça fait juste plus de bruit.",
    minutesAgo: 8100, lang: "fr", tags: ["seed-000"],
  },
  {
    ref: "fb-007", platform: "facebook", kind: "comment", postRef: "fb-001", authorRef: "a-brand-fb",
    text: "Bonjour à tous. Le problème de cette cliente est réglé, il a été pris en charge par notre service client. Nous vous rappelons que cette page n'est pas un défouloir : merci de rester courtois, les commentaires irrespectueux seront modérés.",
    minutesAgo: 7900, lang: "fr", tags: ["brand-reply", "seed-000"],
  },
  {
    ref: "fb-008", platform: "facebook", kind: "comment", postRef: "fb-001", parentRef: "fb-007", authorRef: "a-sandra",
    text: "« Pas un défouloir »… C'est votre SAV qui l'a menacée de ne pas la rembourser parce qu'elle s'est plainte, faudrait pas inverser les rôles.",
    minutesAgo: 7820, lang: "fr", tags: ["complaint", "seed-000"],
  },
  {
    ref: "fb-009", platform: "facebook", kind: "comment", postRef: "fb-001", parentRef: "fb-007", authorRef: "a-gaelle",
    text: "Réglé comment ? Elle a été remboursée ou re-livrée ? Parce que supprimer ses messages c'est pas régler le problème hein",
    minutesAgo: 7700, lang: "fr", tags: ["question", "seed-000"],
  },
  {
    ref: "fb-010", platform: "facebook", kind: "comment", postRef: "fb-001", parentRef: "fb-007", authorRef: "a-camille",
    text: "Non, ce n'est PAS réglé. Personne ne m'a recontactée, je n'ai été ni remboursée ni re-livrée, et mes commentaires ont été supprimés. Je ne sais pas de quel « problème réglé » vous parlez.",
    minutesAgo: 7450, lang: "fr", tags: ["complaint", "refund", "delivery", "seed-000"],
  },
  {
    ref: "fb-011", platform: "facebook", kind: "comment", postRef: "fb-001", parentRef: "fb-010", authorRef: "a-valerie",
    text: "Soutien Camille. J'avais un bouquet dans mon panier pour dimanche, je vais commander ailleurs.",
    minutesAgo: 7380, lang: "fr", tags: ["seed-000"],
  },
  {
    ref: "dm-fb-000", platform: "facebook", kind: "dm", authorRef: "a-camille",
    text: "Je vous écris ici puisque mes commentaires sur la page sont supprimés. Commande ML-48213, bouquet « Douceur » à 54,90 €, livraison prévue samedi chez ma mère, jamais livré. Votre service client m'a écrit que je ne serais ni remboursée ni re-livrée parce que je me suis plainte sur Facebook. Je demande simplement le remboursement ou une nouvelle livraison, comme n'importe quel client.",
    minutesAgo: 7200, lang: "fr", tags: ["complaint", "refund", "delivery", "seed-000"],
  },

  // ───────────────────────── Seed 001: the wardrobe in the wrong colour ─────────────────────────
  {
    ref: "fb-101", platform: "facebook", kind: "comment", postRef: "post-soldes", authorRef: "a-julien",
    text: "Maison Lumière est incapable d'honorer ses commandes, et encore moins d'assurer un SAV digne de ce nom. J'ai un problème sur une commande de 500 € qui date de début décembre : une armoire livrée dans la mauvaise couleur. J'appelle le SAV tous les jours en ce moment, et chaque jour on me dit que je vais être rappelé par un conseiller : toujours aucune nouvelle… c'est inadmissible. Un conseil : ne profitez pas des soldes chez Maison Lumière….",
    minutesAgo: 13500, lang: "fr", tags: ["complaint", "product", "delivery", "seed-001"],
  },
  {
    ref: "fb-102", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-101", authorRef: "a-nadege",
    text: "Ça peut arriver n importe ou y a pas qu à Maison Lumière ! Alors venez on est pas si nul que ça…",
    minutesAgo: 13350, lang: "fr", tags: ["seed-001"],
  },
  {
    ref: "fb-103", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-102", authorRef: "a-julien",
    text: "Tiens c'est marrant, vous êtes beaucoup plus réactifs sur Facebook que par mail (10 mails sans réponse) ou par téléphone (j'appelle tous les jours, sans retour : on doit me rappeler…). Avant de se positionner sur les réseaux sociaux, il faudrait peut-être assurer les bases du e-commerce : une logistique et un SAV impeccables.",
    minutesAgo: 12900, lang: "fr", tags: ["complaint", "seed-001"],
  },
  {
    ref: "fb-104", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-101", authorRef: "a-brand-fb",
    text: CANNED_REPLY_001,
    minutesAgo: 12780, lang: "fr", tags: ["brand-reply", "seed-001"],
  },
  {
    ref: "fb-105", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-104", authorRef: "a-julien",
    text: "la personne au numéro indiqué ne peut pas gérer les commandes web et me renvoie vers la plateforme que j'appelle tous les jours. J'ai donc renvoyé mon mail de protestation à l'adresse indiquée : j'attends donc de vos nouvelles",
    minutesAgo: 12730, lang: "fr", tags: ["complaint", "seed-001"],
  },
  {
    ref: "fb-106", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-105", authorRef: "a-brand-fb",
    text: "Nous avons bien reçu votre mail et une solution vous a été proposée pour résoudre votre problème dans les plus brefs délais. Encore désolés pour la gêne occasionnée. Bonne soirée et bon week-end !",
    minutesAgo: 12250, lang: "fr", tags: ["brand-reply", "seed-001"],
  },
  {
    ref: "fb-107", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-101", authorRef: "a-gilles",
    text: "Même galère ici : commode livrée rayée mi-décembre, 3 appels, on devait me rappeler « sous 48h ». J'attends toujours.",
    minutesAgo: 12100, lang: "fr", tags: ["complaint", "product", "me-too", "seed-001"],
  },
  {
    ref: "fb-108", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-103", authorRef: "a-sylvie",
    text: "Tellement vrai. Ici ils répondent en 2h, au téléphone on attend 40 minutes pour tomber sur quelqu'un qui peut rien faire.",
    minutesAgo: 11950, lang: "fr", tags: ["seed-001"],
  },
  {
    ref: "fb-109", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-106", authorRef: "a-julien",
    text: "à ce jour, le problème n'est pas résolu…. la livraison n'était toujours pas conforme",
    minutesAgo: 8950, lang: "fr", tags: ["complaint", "delivery", "seed-001"],
  },
  {
    ref: "fb-110", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-109", authorRef: "a-brand-fb",
    text: CANNED_REPLY_001,
    minutesAgo: 7300, lang: "fr", tags: ["brand-reply", "seed-001"],
  },
  {
    ref: "fb-111", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-107", authorRef: "a-brand-fb",
    text: "Bonjour, nous vous invitons à nous contacter directement par téléphone au 01 99 00 12 34 ou par e-mail à service.consommateur@maison-lumiere.fr afin que l'on puisse régler votre problème, car notre page Facebook n'est pas dédiée normalement à traiter ce genre de demandes. Bonne journée.",
    minutesAgo: 7260, lang: "fr", tags: ["brand-reply", "seed-001"],
  },
  {
    ref: "fb-112", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-110", authorRef: "a-julien",
    text: "Avoir une page Facebook a pour but de créer une interaction avec le client, et de créer une communauté autour de la marque… c'est un peu mon métier….\nEt en tant que client Maison Lumière (sûrement plus pour longtemps) je tiens à signaler que :\n1° - mon problème n'est toujours pas résolu\n2° - vous ne lisez pas les messages, que ce soit sur Facebook ou ailleurs. Si vous reprenez l'historique de ces commentaires, vous verrez que le numéro vers lequel VOUS m'orientez n'est PAS habilité à traiter ce genre de litige\n3° - il vaut mieux assurer les bases du e-commerce (service client et logistique) avant de s'attaquer au communautaire.",
    minutesAgo: 5500, lang: "fr", tags: ["complaint", "professional", "seed-001"],
  },
  {
    ref: "fb-113", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-112", authorRef: "a-vincent",
    text: "Bien dit. Et deux fois exactement le même message copié-collé, on dirait un répondeur.",
    minutesAgo: 5420, lang: "fr", tags: ["seed-001"],
  },
  {
    ref: "fb-114", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-111", authorRef: "a-gilles",
    text: "Justement c'est ce numéro qui répond jamais. On écrit où alors, si c'est pas ici ?",
    minutesAgo: 5300, lang: "fr", tags: ["complaint", "seed-001"],
  },
  {
    ref: "fb-115", platform: "facebook", kind: "comment", postRef: "post-soldes", parentRef: "fb-112", authorRef: "a-brand-fb",
    text: "Bonjour,\n\nNous sommes désolés pour le désagrément que vous avez rencontré avec votre commande. Nous avons malheureusement eu un problème : les 2 coloris d'armoires que nous proposons ont été inversés sur les colis par notre fournisseur, c'est pourquoi vous avez été livré dans le mauvais coloris. Pour répondre à vos différents points :\n\n1- Nous avons pris contact avec vous aujourd'hui pour convenir d'une livraison conforme de votre armoire, qui sera livrée en express. Nous avons laissé un message sur le téléphone de votre conjoint afin de fixer un rendez-vous au plus vite.\n\n2- Nous lisons bien vos messages. Le numéro indiqué ainsi que l'e-mail permettent de contacter notre service consommateur, qui redirige ensuite les clients suivant leur demande. Il est possible que la personne que vous avez eue au téléphone n'ait pas bien compris la demande, et nous nous excusons si nous n'avons pas pu répondre à votre problème.\n\n3- Comme dans d'autres enseignes, il arrive malheureusement que des erreurs soient commises. Mais nous mettons tout en œuvre chaque jour pour améliorer nos processus afin de mieux vous satisfaire.\n\nBonne journée.",
    minutesAgo: 2200, lang: "fr", tags: ["brand-reply", "seed-001"],
  },
  {
    ref: "x-100", platform: "x", kind: "mention", authorRef: "a-fanny",
    text: "Le fil Facebook de @MaisonLumiere sur l'armoire livrée dans la mauvaise couleur est un cas d'école : « ça peut arriver n'importe où », deux fois la même réponse copiée-collée… Je le garde pour mes formations.",
    minutesAgo: 4900, lang: "fr", tags: ["professional", "seed-001"],
  },

  // ───────────────────────── Delivery delay post: the "me too" cluster ─────────────────────────
  {
    ref: "fb-201", platform: "facebook", kind: "comment", postRef: "post-livraisons", authorRef: "a-laura",
    text: "Commande passée il y a 10 jours, livraison annoncée pour mardi, toujours rien. Le suivi est bloqué sur « en préparation » depuis 5 jours. Vous pouvez nous dire quand ça part vraiment ?",
    minutesAgo: 1380, lang: "fr", tags: ["complaint", "delivery"],
  },
  {
    ref: "fb-212", platform: "facebook", kind: "comment", postRef: "post-livraisons", parentRef: "fb-201", authorRef: "a-brand-fb",
    text: "Bonjour Laura, désolés pour cette attente, on comprend votre agacement. Pouvez-vous nous écrire en message privé avec votre numéro de commande ? On regarde où en est votre colis tout de suite.",
    minutesAgo: 1300, lang: "fr", tags: ["brand-reply", "delivery"],
  },
  {
    ref: "fb-202", platform: "facebook", kind: "comment", postRef: "post-livraisons", parentRef: "fb-201", authorRef: "a-karim",
    text: "Pareil pour moi, rien reçu, et pas un mail depuis la confirmation de commande.",
    minutesAgo: 1150, lang: "fr", tags: ["complaint", "me-too", "delivery"],
  },
  {
    ref: "fb-203", platform: "facebook", kind: "comment", postRef: "post-livraisons", parentRef: "fb-201", authorRef: "a-melanie",
    text: "moi aussi toujours rien reçu !! c'était censé être livré avant le week-end",
    minutesAgo: 820, lang: "fr", tags: ["complaint", "me-too", "delivery"],
  },
  {
    ref: "fb-204", platform: "facebook", kind: "comment", postRef: "post-livraisons", authorRef: "a-sophieb",
    text: "Même chose ici. Livraison prévue vendredi dernier, et le transporteur ne connaît même pas mon numéro de colis.",
    minutesAgo: 610, lang: "fr", tags: ["complaint", "me-too", "delivery"],
  },
  {
    ref: "fb-211", platform: "facebook", kind: "comment", postRef: "post-livraisons", parentRef: "fb-201", authorRef: "a-troll",
    text: "Livraison prévue en 2031, soyez patients les amis 😂",
    minutesAgo: 350, lang: "fr", tags: ["troll"],
  },
  {
    ref: "fb-205", platform: "facebook", kind: "comment", postRef: "post-livraisons", parentRef: "fb-201", authorRef: "a-jerome",
    text: "+1. Et chez moi le suivi dit « livrée » alors que j'étais à la maison toute la journée et personne n'est passé.",
    minutesAgo: 330, lang: "fr", tags: ["complaint", "me-too", "delivery"],
  },
  {
    ref: "fb-206", platform: "facebook", kind: "comment", postRef: "post-livraisons", parentRef: "fb-201", authorRef: "a-emma",
    text: "Same here, ordered a floor lamp 10 days ago and still nothing delivered. No email, no tracking update.",
    minutesAgo: 245, lang: "en", tags: ["complaint", "me-too", "delivery"],
  },
  {
    ref: "fb-210", platform: "facebook", kind: "comment", postRef: "post-livraisons", authorRef: "a-amandine",
    text: "Je suis moi-même community manager et je sais que c'est pas simple de votre côté, mais un post d'info sans date ni solution ça fait monter la pression. Donnez au moins une estimation aux gens et répondez à ceux qui attendent en dessous.",
    minutesAgo: 190, lang: "fr", tags: ["professional", "complaint", "delivery"],
  },
  {
    ref: "fb-207", platform: "facebook", kind: "comment", postRef: "post-livraisons", parentRef: "fb-201", authorRef: "a-nathalie",
    text: "pareil… c'est un cadeau de naissance en plus, j'aurais du commander ailleurs",
    minutesAgo: 140, lang: "fr", tags: ["complaint", "me-too", "delivery"],
  },
  {
    ref: "fb-208", platform: "facebook", kind: "comment", postRef: "post-livraisons", authorRef: "a-pierre",
    text: "Ça fait 3 fois que je vois passer un post sur les Livraisons en retard. Moi aussi j'attends toujours ma commande. Vous pourriez au moins envoyer un mail aux clients concernés ?",
    minutesAgo: 70, lang: "fr", tags: ["complaint", "me-too", "delivery"],
  },
  {
    ref: "fb-209", platform: "facebook", kind: "comment", postRef: "post-livraisons", parentRef: "fb-201", authorRef: "a-agnes",
    text: "Idem, commande ML-51877 toujours pas livrée. Appelez moi au 06 39 98 41 27 svp, impossible de vous joindre",
    minutesAgo: 38, lang: "fr", tags: ["complaint", "me-too", "delivery", "privacy"],
  },

  // ───────────────────────── New living-room collection ─────────────────────────
  {
    ref: "fb-301", platform: "facebook", kind: "comment", postRef: "post-collection", authorRef: "a-ines",
    text: "Le canapé Alba existe en vert sauge ? Et vous livrez en Belgique ?",
    minutesAgo: 5600, lang: "fr", tags: ["question", "product", "delivery"],
  },
  {
    ref: "fb-302", platform: "facebook", kind: "comment", postRef: "post-collection", parentRef: "fb-301", authorRef: "a-brand-fb",
    text: "Bonjour Inès ! Oui, le vert sauge revient en stock à la fin du mois. Et nous livrons bien en Belgique et au Luxembourg, livraison offerte dès 300 €.",
    minutesAgo: 5450, lang: "fr", tags: ["brand-reply", "question"],
  },
  {
    ref: "fb-303", platform: "facebook", kind: "comment", postRef: "post-collection", authorRef: "a-troll",
    text: "Joli canapé. Livré fané comme les bouquets ? 🙃",
    minutesAgo: 5300, lang: "fr", tags: ["troll"],
  },
  {
    ref: "fb-304", platform: "facebook", kind: "comment", postRef: "post-collection", authorRef: "a-hugo",
    text: "Table basse Oslo livrée hier avec un pied fendu. 329 € quand même… je suis dégoûté.",
    minutesAgo: 4700, lang: "fr", tags: ["complaint", "product", "delivery"],
    events: [{
      verb: "edited", minutesAgo: 2600,
      newText: "Table basse Oslo livrée avec un pied fendu. EDIT : le SAV m'a rappelé dans l'heure, un pied de remplacement arrive jeudi. Merci à eux.",
    }],
  },
  {
    ref: "fb-305", platform: "facebook", kind: "comment", postRef: "post-collection", authorRef: "a-spam-giveaway",
    text: "🎁 FÉLICITATIONS ! Maison Lumière offre 500 € de bons d'achat aux 100 premiers qui cliquent ici ➡️ bit.ly/ml-cadeaux-500 (offre valable 24h seulement)",
    minutesAgo: 4200, lang: "fr", tags: ["spam"],
    events: [{ verb: "hidden", minutesAgo: 4150 }],
  },
  {
    ref: "fb-306", platform: "facebook", kind: "comment", postRef: "post-collection", authorRef: "a-chantal",
    text: "Le luminaire Opale est en rupture depuis trois semaines, il revient quand ? Je l'attends pour ma cuisine",
    minutesAgo: 3900, lang: "fr", tags: ["question", "product"],
  },
  {
    ref: "fb-307", platform: "facebook", kind: "comment", postRef: "post-collection", parentRef: "fb-306", authorRef: "a-troll",
    text: "Il revient avec les livraisons de Noël dernier mdr",
    minutesAgo: 3600, lang: "fr", tags: ["troll"],
  },
  {
    ref: "fb-308", platform: "facebook", kind: "comment", postRef: "post-collection", authorRef: "a-benoit",
    text: "Reçu le buffet Nora ce matin, nickel. Les livreurs ont été super sympas et l'ont monté à l'étage. Je recommande.",
    minutesAgo: 3000, lang: "fr", tags: ["praise", "delivery"],
  },
  {
    ref: "fb-309", platform: "facebook", kind: "comment", postRef: "post-collection", authorRef: "a-spam-crypto",
    text: "J'ai commencé avec 250 € et je retire maintenant 3 000 € par semaine grâce au trading BTC 📈 Contactez Mme Laurent sur WhatsApp au +44 7700 900123, elle m'a tout appris !!",
    minutesAgo: 2500, lang: "fr", tags: ["spam"],
  },
  {
    ref: "fb-311", platform: "facebook", kind: "comment", postRef: "post-collection", authorRef: "a-grace",
    text: "Ordered the Nora sideboard for our flat in Paris, delivered on time and beautifully packed. Lovely customer service too.",
    minutesAgo: 1650, lang: "en", tags: ["praise", "delivery"],
  },
  {
    ref: "fb-310", platform: "facebook", kind: "comment", postRef: "post-collection", authorRef: "a-olivia",
    text: "Is the Alba sofa cover removable and machine washable? Thinking of ordering but we have two dogs 🐕",
    minutesAgo: 320, lang: "en", tags: ["question", "product"],
  },

  // ───────────────────────── Lyon showroom opening ─────────────────────────
  {
    ref: "fb-401", platform: "facebook", kind: "comment", postRef: "post-showroom", authorRef: "a-martine",
    text: "Super ! Vous êtes ouverts le dimanche ? Et le lundi matin ?",
    minutesAgo: 2950, lang: "fr", tags: ["question"],
  },
  {
    ref: "fb-402", platform: "facebook", kind: "comment", postRef: "post-showroom", authorRef: "a-yann",
    text: "On peut récupérer une commande web au showroom pour éviter les frais de livraison ?",
    minutesAgo: 2700, lang: "fr", tags: ["question", "delivery"],
  },
  {
    ref: "fb-403", platform: "facebook", kind: "comment", postRef: "post-showroom", parentRef: "fb-402", authorRef: "a-brand-fb",
    text: "Bonjour Yann, oui ! Le retrait au showroom est gratuit : choisissez « Retrait Lyon » au moment de valider votre commande, on vous prévient par SMS dès qu'elle est prête.",
    minutesAgo: 2650, lang: "fr", tags: ["brand-reply", "question"],
  },
  {
    ref: "fb-404", platform: "facebook", kind: "comment", postRef: "post-showroom", authorRef: "a-troll",
    text: "Un showroom ! Comme ça on pourra venir voir en vrai les meubles qu'on recevra jamais 👏👏",
    minutesAgo: 2400, lang: "fr", tags: ["troll"],
  },
  {
    ref: "fb-405", platform: "facebook", kind: "comment", postRef: "post-showroom", authorRef: "a-elodie",
    text: "Passée ce midi avec ma fille, accueil adorable et la déco est magnifique. On reviendra !",
    minutesAgo: 1800, lang: "fr", tags: ["praise"],
  },
  {
    ref: "fb-406", platform: "facebook", kind: "comment", postRef: "post-showroom", authorRef: "a-tom",
    text: "Do you deliver to Geneva? Couldn't find Switzerland in the delivery options at checkout.",
    minutesAgo: 280, lang: "en", tags: ["question", "delivery"],
  },
  {
    ref: "fb-407", platform: "facebook", kind: "comment", postRef: "post-showroom", parentRef: "fb-401", authorRef: "a-martine",
    text: "Toujours pas de réponse pour les horaires ? Je voulais passer demain matin",
    minutesAgo: 150, lang: "fr", tags: ["question"],
  },
  {
    ref: "fb-408", platform: "facebook", kind: "comment", postRef: "post-showroom", authorRef: "a-georges",
    text: "Il y a un parking pas loin ou c'est plus simple en tram ?",
    minutesAgo: 25, lang: "fr", tags: ["question"],
  },

  // ───────────────────────── More on the flowers post ─────────────────────────
  {
    ref: "fb-501", platform: "facebook", kind: "comment", postRef: "post-fleurs", authorRef: "a-lea",
    text: "Bouquet livré ce matin chez ma grand-mère, elle était aux anges. Merci !",
    minutesAgo: 11200, lang: "fr", tags: ["praise", "delivery"],
  },
  {
    ref: "fb-503", platform: "facebook", kind: "comment", postRef: "post-fleurs", authorRef: "a-troll",
    text: "Des fleurs qui arrivent jamais, au moins elles fanent pas 🤷",
    minutesAgo: 6800, lang: "fr", tags: ["troll"],
  },
  {
    ref: "fb-502", platform: "facebook", kind: "comment", postRef: "post-fleurs", authorRef: "a-spam-concours",
    text: "GAGNEZ un iPhone et un bouquet géant 🌹📱 Il suffit de partager ce post et de vous inscrire sur concours-fleurs-gratuites.example.net avant minuit !!",
    minutesAgo: 6000, lang: "fr", tags: ["spam"],
  },
  {
    ref: "fb-504", platform: "facebook", kind: "comment", postRef: "post-fleurs", authorRef: "a-romain",
    text: "Vous livrez le dimanche ? Et jusqu'à quelle heure on peut commander pour être livré le lendemain ?",
    minutesAgo: 260, lang: "fr", tags: ["question", "delivery"],
  },

  // ───────────────────────── More on the sales post ─────────────────────────
  {
    ref: "fb-602", platform: "facebook", kind: "comment", postRef: "post-soldes", authorRef: "a-francois",
    text: "Commandé 2 chaises Lina en chêne clair, reçu 2 chaises noires. Retour demandé il y a 10 jours, toujours pas de bon de retour…",
    minutesAgo: 3300, lang: "fr", tags: ["complaint", "product"],
  },
  {
    ref: "fb-603", platform: "facebook", kind: "comment", postRef: "post-soldes", authorRef: "a-isabelle",
    text: "Armoire retournée il y a presque 3 semaines, on m'avait promis un remboursement sous 14 jours. Toujours rien sur mon compte. C'est pour quand ?",
    minutesAgo: 1700, lang: "fr", tags: ["complaint", "refund"],
  },
  {
    ref: "fb-605", platform: "facebook", kind: "comment", postRef: "post-soldes", authorRef: "a-david",
    text: "Any chance the sale prices come back on the Arc floor lamp? Missed it by one day 😅",
    minutesAgo: 900, lang: "en", tags: ["question", "product"],
  },
  {
    ref: "fb-601", platform: "facebook", kind: "comment", postRef: "post-soldes", authorRef: "a-claire-d",
    text: "J'ai été débitée DEUX fois de 189,90 € pour la même commande (n° ML-52004) ! Ma banque me renvoie vers vous. Mon mail c'est claire.dubois84@example.fr, merci de me recontacter vite svp.",
    minutesAgo: 200, lang: "fr", tags: ["complaint", "billing", "privacy"],
  },
  {
    ref: "fb-604", platform: "facebook", kind: "comment", postRef: "post-soldes", authorRef: "a-patrick",
    text: "Les soldes c'est fini ou pas ? Le site affiche encore -30% sur certaines lampes mais le panier compte le prix plein",
    minutesAgo: 55, lang: "fr", tags: ["question", "billing"],
  },

  // ───────────────────────── Messenger ─────────────────────────
  // A multi-message conversation: parcel marked delivered but never received
  {
    ref: "dm-fb-001", platform: "facebook", kind: "dm", authorRef: "a-lucie",
    text: "Bonjour, mon colis est indiqué « livré » depuis hier mais je n'ai absolument rien reçu. Ni dans la boîte aux lettres, ni chez les voisins.",
    minutesAgo: 420, lang: "fr", tags: ["complaint", "delivery"],
  },
  {
    ref: "dm-fb-002", platform: "facebook", kind: "dm", parentRef: "dm-fb-001", authorRef: "a-brand-fb",
    text: "Bonjour Lucie, merci de nous avoir écrit et désolés pour ce souci. Pouvez-vous nous indiquer votre numéro de commande ? Nous lançons tout de suite une enquête auprès du transporteur.",
    minutesAgo: 395, lang: "fr", tags: ["brand-reply", "delivery"],
  },
  {
    ref: "dm-fb-003", platform: "facebook", kind: "dm", parentRef: "dm-fb-002", authorRef: "a-lucie",
    text: "C'est la ML-50342, livraison au 14 rue des Tanneurs à Strasbourg. Le livreur a peut-être confondu avec le 41 ?",
    minutesAgo: 380, lang: "fr", tags: ["delivery"],
  },
  {
    ref: "dm-fb-004", platform: "facebook", kind: "dm", parentRef: "dm-fb-003", authorRef: "a-brand-fb",
    text: "Merci Lucie ! L'enquête est ouverte chez le transporteur. On revient vers vous d'ici demain midi au plus tard avec une réponse ou une solution (nouvel envoi ou remboursement, comme vous préférez).",
    minutesAgo: 350, lang: "fr", tags: ["brand-reply", "delivery"],
  },
  {
    ref: "dm-fb-005", platform: "facebook", kind: "dm", parentRef: "dm-fb-004", authorRef: "a-lucie",
    text: "Re bonjour, je viens d'appeler le transporteur qui me dit que c'est à vous de faire la réclamation. Vous pouvez me confirmer que c'est bien fait ?",
    minutesAgo: 95, lang: "fr", tags: ["question", "delivery"],
  },
  // Refund not received, with a nudge
  {
    ref: "dm-fb-010", platform: "facebook", kind: "dm", authorRef: "a-marc",
    text: "Bonjour, j'ai renvoyé la suspension Halo il y a 3 semaines (retour accepté, bon de retour ML-R-8812). Toujours pas remboursé. C'est normal ?",
    minutesAgo: 2100, lang: "fr", tags: ["complaint", "refund"],
  },
  {
    ref: "dm-fb-011", platform: "facebook", kind: "dm", parentRef: "dm-fb-010", authorRef: "a-marc",
    text: "Je relance… Toujours pas de réponse ici non plus.",
    minutesAgo: 180, lang: "fr", tags: ["complaint", "refund"],
  },
  // Damaged product (English)
  {
    ref: "dm-fb-020", platform: "facebook", kind: "dm", authorRef: "a-sarah",
    text: "Hi, the ceramic vase I ordered as a wedding gift arrived in pieces, even though the box looked fine from the outside. The wedding is on Saturday. What can you do? I can send photos.",
    minutesAgo: 230, lang: "en", tags: ["complaint", "product", "delivery"],
  },
  // Wrong item, handled well
  {
    ref: "dm-fb-030", platform: "facebook", kind: "dm", authorRef: "a-celine",
    text: "Bonjour, j'ai reçu un plaid gris anthracite au lieu du beige que j'avais commandé. Je le renvoie comment ?",
    minutesAgo: 3400, lang: "fr", tags: ["complaint", "product"],
  },
  {
    ref: "dm-fb-031", platform: "facebook", kind: "dm", parentRef: "dm-fb-030", authorRef: "a-brand-fb",
    text: "Bonjour Céline, toutes nos excuses pour cette erreur ! On vous envoie le plaid beige dès aujourd'hui, et une étiquette retour prépayée par e-mail pour le gris. Bonne soirée !",
    minutesAgo: 3250, lang: "fr", tags: ["brand-reply", "product"],
  },
  {
    ref: "dm-fb-032", platform: "facebook", kind: "dm", parentRef: "dm-fb-031", authorRef: "a-celine",
    text: "Super, merci pour la rapidité 🙂",
    minutesAgo: 3100, lang: "fr", tags: ["praise"],
  },
  // Change of delivery address (English)
  {
    ref: "dm-fb-050", platform: "facebook", kind: "dm", authorRef: "a-anna",
    text: "Hello, I'm moving next week. Can I still change the delivery address on my order for the Nora bookcase?",
    minutesAgo: 1250, lang: "en", tags: ["question", "delivery"],
  },
  {
    ref: "dm-fb-051", platform: "facebook", kind: "dm", parentRef: "dm-fb-050", authorRef: "a-brand-fb",
    text: "Hi Anna, yes, it hasn't left the warehouse yet. Just send us the new address here and we'll update the delivery.",
    minutesAgo: 1210, lang: "en", tags: ["brand-reply", "delivery"],
  },
  {
    ref: "dm-fb-052", platform: "facebook", kind: "dm", parentRef: "dm-fb-051", authorRef: "a-anna",
    text: "Perfect, thank you! I'll send it tonight.",
    minutesAgo: 1190, lang: "en", tags: ["praise"],
  },
  // Fresh question
  {
    ref: "dm-fb-040", platform: "facebook", kind: "dm", authorRef: "a-anthony",
    text: "Bonjour vous livrez en Corse ? Je trouve pas Ajaccio dans la liste des livraisons possibles",
    minutesAgo: 12, lang: "fr", tags: ["question", "delivery"],
  },

  // ───────────────────────── X: the 120k-follower complaint thread ─────────────────────────
  {
    ref: "x-001", platform: "x", kind: "mention", authorRef: "a-max",
    text: "Trois semaines que j'attends une commode @MaisonLumiere. 4 mails, 2 appels, zéro réponse. « Livraison sous 5 jours ouvrés » qu'ils disaient 🙃",
    minutesAgo: 310, lang: "fr", tags: ["complaint", "delivery"],
  },
  {
    ref: "x-002", platform: "x", kind: "mention", parentRef: "x-001", authorRef: "a-ophelie",
    text: "@maxdeloche @MaisonLumiere pareil, j'attends un bureau depuis deux semaines. Aucun suivi.",
    minutesAgo: 290, lang: "fr", tags: ["complaint", "me-too", "delivery"],
  },
  {
    ref: "x-003", platform: "x", kind: "mention", parentRef: "x-001", authorRef: "a-brand-x",
    text: "@maxdeloche Bonjour Maxime, désolés pour cette attente, ce n'est pas normal. Pouvez-vous nous envoyer votre n° de commande en DM ? On s'en occupe personnellement.",
    minutesAgo: 270, lang: "fr", tags: ["brand-reply", "delivery"],
  },
  {
    ref: "x-004", platform: "x", kind: "mention", parentRef: "x-003", authorRef: "a-max",
    text: "@MaisonLumiere C'est fait. On va voir si ça va plus vite par DM que par mail 🙄",
    minutesAgo: 240, lang: "fr", tags: ["complaint"],
  },
  {
    ref: "x-005", platform: "x", kind: "mention", parentRef: "x-004", authorRef: "a-dylan",
    text: "@maxdeloche @MaisonLumiere tiens nous au courant, j'hésitais justement à commander chez eux",
    minutesAgo: 200, lang: "fr", tags: [],
  },
  {
    ref: "x-006", platform: "x", kind: "mention", parentRef: "x-004", authorRef: "a-max",
    text: "@MaisonLumiere 3h plus tard, toujours rien en DM. Je commence à comprendre pourquoi tout le monde se plaint de vos livraisons.",
    minutesAgo: 65, lang: "fr", tags: ["complaint", "delivery"],
  },
  {
    ref: "xdm-001", platform: "x", kind: "dm", authorRef: "a-max",
    text: "Bonjour, comme demandé : commande ML-49417, commode Nora chêne, passée il y a 3 semaines. Livraison promise sous 5 jours ouvrés, jamais livrée, aucun suivi.",
    minutesAgo: 245, lang: "fr", tags: ["complaint", "delivery"],
  },

  // ───────────────────────── X: journalist ─────────────────────────
  {
    ref: "x-010", platform: "x", kind: "mention", authorRef: "a-journalist",
    text: "@MaisonLumiere Bonjour, je prépare un article sur les retards de livraison chez les e-commerçants de la déco, et plusieurs de vos clients m'ont contactée. Pouvez-vous me répondre en DM ? Merci",
    minutesAgo: 150, lang: "fr", tags: ["journalist", "delivery"],
  },
  {
    ref: "xdm-010", platform: "x", kind: "dm", authorRef: "a-journalist",
    text: "Bonjour, Hélène Castagné, journaliste au service conso du Courrier du Consommateur. J'écris un article à paraître jeudi sur les livraisons en retard et les SAV injoignables. Mes questions : combien de commandes sont concernées par l'incident transporteur ? Une cliente dit qu'on lui a refusé un remboursement parce qu'elle s'était plainte sur Facebook, confirmez-vous ? Qui puis-je joindre pour une réponse officielle ?",
    minutesAgo: 140, lang: "fr", tags: ["journalist", "delivery", "refund", "seed-000"],
  },

  // ───────────────────────── X: other mentions ─────────────────────────
  {
    ref: "x-040", platform: "x", kind: "mention", authorRef: "a-manon",
    text: "Merci @MaisonLumiere, bouquet livré pile à l'heure pour les 90 ans de ma grand-mère, elle a pleuré 💐",
    minutesAgo: 11000, lang: "fr", tags: ["praise", "delivery"],
  },
  {
    ref: "x-090", platform: "x", kind: "mention", authorRef: "a-damien",
    text: "@MaisonLumiere miroir reçu en morceaux, le carton était pourtant intact. Je fais comment ?",
    minutesAgo: 3800, lang: "fr", tags: ["complaint", "product"],
  },
  {
    ref: "x-091", platform: "x", kind: "mention", parentRef: "x-090", authorRef: "a-brand-x",
    text: "@damien_rv Oh non, désolés Damien ! Envoyez-nous une photo en DM avec votre n° de commande, on vous renvoie un miroir dès aujourd'hui.",
    minutesAgo: 3700, lang: "fr", tags: ["brand-reply", "product"],
  },
  {
    ref: "x-092", platform: "x", kind: "mention", parentRef: "x-091", authorRef: "a-damien",
    text: "@MaisonLumiere envoyé, merci pour la réactivité 👍",
    minutesAgo: 3500, lang: "fr", tags: ["praise"],
  },
  {
    ref: "x-020", platform: "x", kind: "mention", authorRef: "a-rachid",
    text: "Je travaille moi-même dans le service client depuis 12 ans, donc je sais que c'est dur. Mais 12 jours pour rembourser 79 € sans une seule réponse, @MaisonLumiere, là ça coince.",
    minutesAgo: 2600, lang: "fr", tags: ["professional", "complaint", "refund"],
  },
  {
    ref: "x-061", platform: "x", kind: "mention", authorRef: "a-ryan",
    text: "@MaisonLumiere I returned the Lounge armchair 4 weeks ago, order #ML-49920, and still no refund. My email is ryan.h.walker@example.com if anyone there actually reads this.",
    minutesAgo: 1900, lang: "en", tags: ["complaint", "refund", "privacy"],
  },
  {
    ref: "x-041", platform: "x", kind: "mention", authorRef: "a-kate",
    text: "Just got my Arc floor lamp from @MaisonLumiere. Delivered in 48h and it looks even better IRL. 10/10",
    minutesAgo: 1100, lang: "en", tags: ["praise", "delivery", "product"],
  },
  {
    ref: "x-070", platform: "x", kind: "mention", authorRef: "a-spam-x",
    text: "@MaisonLumiere 🚀 Earn $5,000/week with our AI crypto bot, 100% guaranteed profits! DM me now 👉 crypto-king.example.io",
    minutesAgo: 900, lang: "en", tags: ["spam"],
  },
  {
    ref: "x-050", platform: "x", kind: "mention", authorRef: "a-lina",
    text: "@MaisonLumiere vous livrez en Guadeloupe ? Et c'est combien les frais ?",
    minutesAgo: 800, lang: "fr", tags: ["question", "delivery"],
  },
  {
    ref: "x-113", platform: "x", kind: "mention", authorRef: "a-mike",
    text: "Day 12 of waiting for a \"next-day\" delivery from @MaisonLumiere. Tracking hasn't moved since it left the warehouse.",
    minutesAgo: 520, lang: "en", tags: ["complaint", "delivery"],
  },
  {
    ref: "x-030", platform: "x", kind: "mention", authorRef: "a-james",
    text: "@MaisonLumiere you charged my card twice for the same order (2 x €249). Your support email just sends an auto-reply. Please sort this out.",
    minutesAgo: 470, lang: "en", tags: ["complaint", "billing"],
  },
  {
    ref: "x-110", platform: "x", kind: "mention", authorRef: "a-priya",
    text: "Ordered flowers from @MaisonLumiere for my mum's birthday in Lyon. They arrived a day late and half wilted. Not what I paid €65 for.",
    minutesAgo: 400, lang: "en", tags: ["complaint", "delivery", "product"],
  },
  {
    ref: "x-111", platform: "x", kind: "mention", parentRef: "x-110", authorRef: "a-brand-x",
    text: "@priya_n We're so sorry, Priya, that's not what your mum deserved. Could you DM us your order number? We'd like to make it right today.",
    minutesAgo: 380, lang: "en", tags: ["brand-reply", "delivery"],
  },
  {
    ref: "x-114", platform: "x", kind: "mention", authorRef: "a-jess",
    text: "Shoutout to @MaisonLumiere support, sorted my wrong-colour cushion covers in one DM. That's how it's done.",
    minutesAgo: 330, lang: "en", tags: ["praise", "product"],
  },
  {
    ref: "x-112", platform: "x", kind: "mention", authorRef: "a-liam",
    text: "@MaisonLumiere do you ship to the UK? Are customs fees included at checkout?",
    minutesAgo: 160, lang: "en", tags: ["question", "delivery"],
  },
  {
    ref: "x-060", platform: "x", kind: "mention", authorRef: "a-gerard",
    text: "@MaisonLumiere COMMANDE 55120 TOUJOURS PAS LIVRÉE !!! tél 06 39 98 72 05, rappelez moi enfin au lieu de m'envoyer des mails automatiques",
    minutesAgo: 100, lang: "fr", tags: ["complaint", "delivery", "privacy"],
  },
  {
    ref: "x-081", platform: "x", kind: "mention", authorRef: "a-sabrina",
    text: "Bon @MaisonLumiere, ma livraison devait arriver aujourd'hui, le suivi affiche « Livraison reportée » sans aucune explication. Encore un jour de congé posé pour rien.",
    minutesAgo: 50, lang: "fr", tags: ["complaint", "delivery"],
  },
  {
    ref: "x-051", platform: "x", kind: "mention", authorRef: "a-noe",
    text: "@MaisonLumiere le showroom de Lyon est ouvert jusqu'à quelle heure ce soir ?",
    minutesAgo: 30, lang: "fr", tags: ["question"],
  },
  // ───────────────────────── Instagram: comments, a reply, mentions and DMs ─────────────────────────
  {
    ref: "ig-001", platform: "instagram", kind: "comment", postRef: "ig-media-bouquets", authorRef: "a-ig-clemence",
    text: "Très jolis sur la photo… dommage que le mien ne soit jamais arrivé 🙃 Commandé pour la fête des grands-mères, toujours rien et aucune réponse à mes mails.",
    minutesAgo: 2600, lang: "fr", tags: ["complaint", "delivery"],
  },
  {
    ref: "ig-002", platform: "instagram", kind: "comment", postRef: "ig-media-bouquets", parentRef: "ig-001", authorRef: "a-ig-lou",
    text: "@clem.hardy pareil pour moi, livraison annulée la veille sans explication",
    minutesAgo: 2450, lang: "fr", tags: ["complaint", "delivery", "me-too"],
  },
  {
    ref: "ig-003", platform: "instagram", kind: "comment", postRef: "ig-media-bouquets", parentRef: "ig-001", authorRef: "a-brand-ig",
    text: "Bonjour Clémence, nous sommes vraiment désolés. Pouvez-vous nous écrire en message privé avec votre numéro de commande ? Nous regardons tout de suite.",
    minutesAgo: 2380, lang: "fr", tags: ["brand-reply"],
  },
  {
    ref: "igdm-001", platform: "instagram", kind: "dm", authorRef: "a-ig-clemence",
    text: "Bonjour, commande ML-51907, bouquet « Printemps » livré nulle part. Je veux bien une nouvelle livraison samedi, sinon le remboursement.",
    minutesAgo: 2300, lang: "fr", tags: ["complaint", "delivery", "refund", "privacy"],
  },
  {
    ref: "ig-010", platform: "instagram", kind: "mention", authorRef: "a-ig-yasmine",
    text: "Mon avis honnête sur @maisonlumiere : le canapé est beau mais 6 semaines de retard et un SAV injoignable. Je vous raconte tout en story ⬆️",
    minutesAgo: 700, lang: "fr", tags: ["complaint", "delivery", "professional"],
  },
  {
    ref: "ig-011", platform: "instagram", kind: "comment", postRef: "ig-media-alba", authorRef: "a-ig-paul",
    text: "Le velours est-il déhoussable et lavable en machine ?",
    minutesAgo: 420, lang: "fr", tags: ["question", "product"],
  },
  {
    ref: "ig-012", platform: "instagram", kind: "comment", postRef: "ig-media-alba", authorRef: "a-ig-spam",
    text: "🔥 Gagnez 5000 abonnés en 24h 🔥 lien dans notre bio 👉",
    minutesAgo: 380, lang: "fr", tags: ["spam"],
  },
  {
    ref: "ig-013", platform: "instagram", kind: "mention", authorRef: "a-ig-alice",
    text: "Livrée et installée en 2 jours, merci @maisonlumiere ! Le luminaire Opale est encore plus beau en vrai ✨",
    minutesAgo: 240, lang: "fr", tags: ["praise"],
  },
  {
    ref: "igdm-010", platform: "instagram", kind: "dm", authorRef: "a-ig-alice",
    text: "Petite question : est-ce que je peux commander une deuxième ampoule pour l'Opale ?",
    minutesAgo: 90, lang: "fr", tags: ["question", "product"],
  },
  {
    ref: "xdm-070", platform: "x", kind: "dm", authorRef: "a-spam-x2",
    text: "Hello dear 👋 want 10K real followers for your brand? Cheap price, fast delivery 💯 Contact now for special offer",
    minutesAgo: 600, lang: "en", tags: ["spam"],
  },
];
