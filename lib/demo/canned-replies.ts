// Starter canned replies for the demo workspace. Variables are filled by the composer.
export const DEMO_CANNED_REPLIES = [
  {
    title: "Excuses + passage en privé",
    language: "fr",
    body:
      "Bonjour {{first_name}}, nous sommes vraiment désolés pour ce désagrément. Je regarde votre dossier " +
      "personnellement : pouvez-vous m'envoyer votre numéro de commande en message privé ? — {{agent_name}}",
  },
  {
    title: "Suivi de livraison",
    language: "fr",
    body:
      "Bonjour {{first_name}}, merci de votre patience. J'ai relancé notre transporteur au sujet de votre " +
      "livraison (dossier {{case_number}}) et je reviens vers vous dès que j'ai une réponse, au plus tard demain.",
  },
  {
    title: "Apology + move to DM",
    language: "en",
    body:
      "Hi {{first_name}}, I'm sorry about this. I'm looking into it myself — could you send me your order " +
      "number by private message? — {{agent_name}}",
  },
];
