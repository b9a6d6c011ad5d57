// Words the benchmark builds message bodies from: French and English complaints as they arrive on a retail
// brand's Facebook Page and X account, the customer's follow-ups and the community managers' answers.
// Selectivity matters more than style here: "livraison" is in roughly one opening message out of six,
// "remboursement"/"refund" a little less, "colis" + "abîmé" together in a few percent, and every case carries
// a handful of generic words, so full-text search sees the spread of a real inbox.

export const FIRST_NAMES = [
  "Camille", "Léa", "Manon", "Chloé", "Inès", "Sarah", "Julie", "Émilie", "Nathalie", "Sophie", "Hélène", "Zoé",
  "Lucas", "Hugo", "Thomas", "Nicolas", "Julien", "Maxime", "Antoine", "Karim", "Mehdi", "Jérôme", "François",
  "Emma", "Olivia", "Jack", "Oliver", "Harry", "Amelia", "James", "Charlotte", "Noah", "Grace", "Liam",
];

export const LAST_NAMES = [
  "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
  "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
  "Benali", "Nguyen", "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans",
];

export const AGENT_NAMES = [
  "Camille Rousseau", "Yanis Haddad", "Pauline Lambert", "Marc Olivier", "Sonia Benhamou", "Théo Marchand",
  "Claire Dumas", "Rachid Amrani", "Isabelle Perrin", "Admin Bench",
];

export const CHANNEL_NAMES = ["Bench Retail France", "Bench Retail Support", "@benchretail", "@benchretail_help"];

export const FR_OPENERS = [
  "Bonjour, ma commande n'est toujours pas arrivée alors que la livraison était prévue lundi.",
  "Colis reçu abîmé, le carton était complètement écrasé.",
  "Livraison en retard de deux semaines, c'est inadmissible !",
  "Le suivi indique colis livré mais je n'ai rien reçu.",
  "J'attends mon remboursement depuis plus d'un mois.",
  "Commande livrée incomplète, il manque un article.",
  "Le livreur n'est jamais passé et le colis est reparti à l'entrepôt.",
  "Produit défectueux dès la première utilisation, je veux un échange.",
  "Impossible de joindre le service client, personne ne répond au téléphone.",
  "Ma carte bancaire a été débitée deux fois pour la même commande.",
  "La facture ne correspond pas au montant payé.",
  "L'application plante au moment du paiement.",
  "Toujours aucune réponse à mon message privé.",
  "Article reçu cassé, l'emballage était déchiré.",
  "Remboursement refusé sans aucune explication.",
  "Le suivi du colis ne bouge plus depuis dix jours.",
  "Impossible d'annuler ma commande alors qu'elle n'est pas expédiée.",
  "On m'a facturé des frais de livraison alors qu'elle était gratuite.",
  "Le point relais a renvoyé mon colis sans me prévenir.",
  "Vous avez masqué mon commentaire, pourquoi ?",
  "Retard de livraison encore une fois, troisième commande de suite.",
  "Mauvaise taille livrée, comment faire le retour ?",
  "Le code promo ne fonctionne pas sur ma commande.",
  "Je n'ai pas reçu l'e-mail de confirmation de commande.",
];

export const EN_OPENERS = [
  "My order still hasn't arrived, the delivery was due on Monday.",
  "Parcel arrived damaged, the box was completely crushed.",
  "Delivery is two weeks late, this is unacceptable!",
  "Tracking says delivered but I never received anything.",
  "Still waiting for my refund after a month.",
  "Order delivered incomplete, one item is missing.",
  "The courier never came and the parcel was sent back to the warehouse.",
  "Product broken on first use, I want a replacement.",
  "Impossible to reach customer service, nobody answers the phone.",
  "I was charged twice for the same order.",
  "The invoice doesn't match what I paid.",
  "Your app crashes at checkout.",
  "Still no answer to my DM.",
  "Item arrived broken, the packaging was torn.",
  "Refund refused without any explanation.",
  "Tracking hasn't moved in ten days.",
  "Can't cancel my order even though it hasn't shipped.",
  "You charged me delivery fees although shipping was supposed to be free.",
  "Wrong size delivered, how do I return it?",
  "Promo code doesn't work on my order.",
];

export const FR_TAILS = [
  "Merci de me répondre rapidement.", "C'est la troisième fois que je vous écris.", "Je suis très déçue.",
  "Vraiment inadmissible pour une grande enseigne.", "Pouvez-vous m'aider ?", "J'ai besoin d'une solution aujourd'hui.",
  "Je vais contacter une association de consommateurs.", "Numéro de suivi en message privé.",
  "Je ne commanderai plus chez vous.", "Le colis contenait un cadeau d'anniversaire.",
  "Service client injoignable depuis une semaine.", "Je demande le remboursement intégral.",
  "Le transporteur se renvoie la balle avec vous.", "Quel mépris pour les clients fidèles.",
];

export const EN_TAILS = [
  "Please answer quickly.", "This is the third time I'm writing to you.", "Very disappointed.",
  "Unacceptable for a big brand.", "Can you help?", "I need a solution today.", "I'll file a complaint.",
  "Tracking number sent by DM.", "Never ordering from you again.", "It was a birthday present.",
  "Customer service unreachable for a week.", "I want a full refund.", "The carrier keeps blaming you.",
];

export const FR_FOLLOW_UPS = [
  "Toujours rien reçu.", "Merci pour votre réponse, j'attends.", "Voici mon numéro de commande en privé.",
  "Le colis est enfin arrivé, merci.", "Ça fait une semaine, toujours pas de remboursement.",
  "Le livreur dit avoir déposé le colis chez un voisin, c'est faux.", "Vous pouvez vérifier avec le transporteur ?",
  "C'est bon, problème réglé.", "Toujours pas de nouvelles de ma commande.",
  "L'article de remplacement est aussi abîmé.", "Je viens de recevoir le bon d'achat, merci.",
  "Pourquoi la livraison express n'a pas été respectée ?",
];

export const EN_FOLLOW_UPS = [
  "Still nothing.", "Thanks for your answer, I'll wait.", "Here is my order number by DM.",
  "The parcel finally arrived, thanks.", "A week later, still no refund.",
  "The courier claims he left it with a neighbour, not true.", "Can you check with the carrier?",
  "All good, problem solved.", "Still no news about my order.", "The replacement is damaged too.",
  "Just got the voucher, thank you.", "Why wasn't the express delivery honoured?",
];

export const FR_REPLIES = [
  "Bonjour, nous sommes désolés pour ce désagrément. Pouvez-vous nous envoyer votre numéro de commande en message privé ?",
  "Nous avons relancé le transporteur, la livraison est prévue sous 48 heures.",
  "Votre remboursement a été validé, il apparaîtra sous 5 à 7 jours ouvrés.",
  "Nous vous envoyons un nouveau colis dès aujourd'hui.",
  "Un bon d'achat vous a été attribué pour le retard.",
  "Nous transmettons votre demande au service concerné.",
  "Pouvez-vous nous envoyer une photo du produit abîmé ?",
  "Merci pour votre patience, votre dossier est en cours de traitement.",
];

export const EN_REPLIES = [
  "Hi, we're sorry for the trouble. Could you send us your order number by DM?",
  "We've chased the carrier, delivery is expected within 48 hours.",
  "Your refund has been approved, it will show within 5 to 7 working days.",
  "We're sending you a new parcel today.",
  "A voucher has been added to your account for the delay.",
  "We've passed your request to the team in charge.",
  "Could you send us a photo of the damaged item?",
  "Thanks for your patience, your case is being handled.",
];

export const NOTES = [
  "Note interne : transporteur contacté, enquête ouverte.", "Note interne : remboursement validé par la compta.",
  "Internal: duplicate charge confirmed, finance ticket opened.", "Internal: customer already compensated once.",
  "Note interne : client fidèle, geste commercial accordé.",
];

export const POST_TEXTS = [
  "Nouvelle collection disponible !", "Soldes d'hiver : jusqu'à -50 %", "Livraison offerte ce week-end",
  "New arrivals are here!", "Winter sale: up to 50% off", "Free delivery this weekend",
];
