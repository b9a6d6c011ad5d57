// Realistic text for tests/bench/guards-bench.ts: different paragraphs in French and English (not one paragraph
// repeated, which lets caches and the duplicate check look better than on a real draft), and earlier replies
// written from separate French and English pools of greetings, bodies and closings: no two are the same reply.

const FR = [
  "Bonjour Claire, nous sommes vraiment désolés pour ce retard de livraison. J'ai vérifié votre commande : le colis est resté bloqué au centre de tri de Lyon depuis mardi, et nous avons demandé au transporteur une livraison prioritaire vendredi matin.",
  "Je comprends votre agacement, attendre un canapé trois semaines après la date promise n'est pas acceptable. Le service logistique m'a confirmé que le pied manquant part aujourd'hui par Colissimo, avec un numéro de suivi que je vous envoie en message privé.",
  "Concernant le remboursement des frais de port, c'est accordé : vous verrez le crédit sur votre carte sous cinq jours ouvrés. Si rien n'apparaît d'ici là, écrivez-nous ici et je relance moi-même la comptabilité, sans que vous ayez à rappeler le service client.",
  "Pour la facture en double, il s'agit d'une erreur de notre outil d'encaissement lors de la migration du week-end dernier. Une seule somme a réellement été prélevée, mais je comprends que le relevé inquiète ; je vous fais parvenir l'attestation signée par notre banque.",
  "Merci pour les photos de la table abîmée, elles nous aident beaucoup. Nous vous proposons soit un échange complet avec reprise à domicile, soit un geste de 30 % si vous préférez la garder ; dites-nous ce qui vous arrange et à quel moment vous êtes disponible.",
];
const EN = [
  "Hi Mark, I'm really sorry your order still hasn't arrived. I checked with our warehouse this morning: the parcel was mislabelled in Rotterdam and sent back to us, so we have shipped a replacement by express courier and you should have it on Thursday.",
  "You're right to be annoyed, nobody should have to chase a refund for six weeks. I've escalated it to our payments team with your case history, and they have confirmed the transfer was issued today; banks usually take two to three working days to show it.",
  "About the missing charger: it was left out of the box at packing, which is entirely our mistake. A new one is on its way with tracking, and I've added a prepaid label in case the faulty unit you mentioned needs to come back to us for inspection.",
  "Thanks for your patience while we looked into the subscription charge. You cancelled on the 3rd, but the renewal ran on the 4th because of a delay on our side; the full amount is being refunded and your account now shows no active plan.",
];

/** A draft of up to `max` characters from the paragraphs of one language, starting at `start` (cut at a word). */
function draftFrom(paragraphs: string[], start: number, max = 1000): string {
  let text = "";
  for (let i = 0; text.length < max; i++) text += (text ? " " : "") + paragraphs[(start + i) % paragraphs.length];
  const cut = text.slice(0, max);
  return cut.slice(0, cut.lastIndexOf(" "));
}

/** Ten drafts of ~1,000 characters: five French, five English, each a different arrangement of paragraphs. */
export const DRAFTS: { text: string; locale: "fr" | "en" }[] = [
  ...[0, 1, 2, 3, 4].map((s) => ({ text: draftFrom(FR, s), locale: "fr" as const })),
  ...[0, 1, 2, 3, 0].map((s, i) => ({ text: draftFrom(i === 4 ? [...EN].reverse() : EN, s), locale: "en" as const })),
];

const POOLS = {
  fr: {
    greetings: ["Bonjour {name},", "Bonsoir {name},", "Merci pour votre message {name}.", "{name}, merci de votre patience.", "Rebonjour {name} !", "Chère {name},"],
    bodies: [
      "le transporteur a bien repris votre colis et annonce une livraison jeudi entre 8 h et 13 h.",
      "j'ai transmis les photos à notre atelier, qui prépare une pièce de remplacement cette semaine.",
      "nous avons corrigé l'adresse de livraison, le prochain envoi partira donc bien à Villeurbanne.",
      "le prélèvement en double a été annulé par notre banque, vous ne verrez qu'une seule ligne.",
      "votre bon d'achat de 20 € est actif sur votre compte et valable un an.",
      "l'équipe SAV a validé l'échange du matelas, un livreur vous contactera pour fixer un créneau.",
      "le remboursement partiel correspondant aux chaises manquantes a été émis ce matin.",
      "nous avons retrouvé votre commande : elle attendait un article en rupture, désormais reçu.",
      "la reprise de l'ancien réfrigérateur est bien prévue le jour de la livraison du nouveau.",
    ],
    closings: ["Je reste votre contact sur ce dossier.", "Belle journée à vous.", "Tenez-moi au courant à réception.", "N'hésitez pas si la date ne vous convient pas.",
      "À très vite,", "Encore désolés pour ce contretemps.", "Bonne soirée,"],
  },
  en: {
    greetings: ["Hello {name},", "Hi {name}, thanks for writing in.", "Dear {name},", "Thanks for the update, {name}.", "Hey {name},"],
    bodies: [
      "your refund was approved this afternoon and should reach your card within five working days.",
      "the replacement lamp left our Leeds warehouse today; tracking will follow by email.",
      "I've asked the store manager to call you back about the damaged mirror before Friday.",
      "our courier partner confirmed the missed delivery was their error, so the redelivery is free.",
      "we've extended your warranty by twelve months given the trouble with the first unit.",
      "the invoice has been reissued in your company's name and sent to the accounts address you gave.",
      "I checked the order notes and the assembly service was booked for Saturday morning as you asked.",
      "your loyalty points from the cancelled order have been restored to your account.",
    ],
    closings: ["Let me know if anything else comes up.", "We'll keep an eye on it until it's delivered.", "Thanks again for bearing with us.",
      "I'll follow up on Monday to make sure it's sorted.", "Speak soon,", "Take care,"],
  },
};
const NAMES = ["Claire", "Mark", "Sophie", "Karim", "Emma", "Julien", "Priya", "Lucas", "Inès", "Tom"];

/** Fifty earlier replies, French and English alternately, each its own greeting × body × closing (pool sizes
 * are pairwise coprime enough that none of the 25 per language repeats a combination). */
export const EARLIER = Array.from({ length: 50 }, (_, i) => {
  const p = i % 2 === 0 ? POOLS.fr : POOLS.en;
  const j = Math.floor(i / 2);
  const body = `${p.greetings[j % p.greetings.length]!.replace("{name}", NAMES[i % NAMES.length]!)} ${p.bodies[j % p.bodies.length]} ${p.closings[j % p.closings.length]}`;
  return { body, at: new Date(Date.UTC(2026, 0, 1, 9 + (i % 8), (i * 13) % 60) + i * 86_400_000) };
});
