// A workspace's worth of automation rules for the benchmarks (issue #22 item 6): 50 enabled rules as a team would
// write them — keywords per topic in French and English, platform and language routing, sentiment and reach,
// spam links, one round-robin. The bench's comments (tests/bench/ingest-profile.ts VARIED) are of eight kinds, as
// a page gets them: most match one or two rules (a topic tag, the round-robin for deliveries), some none.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Member } from "@/lib/auth/member";
import { createRule } from "@/lib/automation/create-rule";
import { ruleInput } from "@/lib/automation/rule-schema";
import { createTeam } from "@/lib/teams/create-team";
import { makeMember } from "../helpers/factories";

const TOPICS: [string, string[]][] = [
  ["facture", ["facture", "facturation", "invoice"]], ["abonnement", ["abonnement", "résiliation", "subscription"]],
  ["retard", ["retard", "en retard", "late"]], ["remboursement", ["remboursement", "refund"]], ["livraison", ["livraison", "delivery"]],
  ["casse", ["cassé", "abîmé", "broken", "damaged"]], ["erreur", ["erreur", "mauvais article", "wrong item"]],
  ["magasin", ["magasin", "boutique", "store"]], ["prix", ["prix", "tarif", "price"]], ["promo", ["promo", "code promo", "discount"]],
  ["stock", ["rupture", "stock", "out of stock"]], ["compte", ["mot de passe", "connexion", "password"]],
  ["appli", ["appli", "application", "app crash"]], ["garantie", ["garantie", "warranty"]], ["sav", ["sav", "service après-vente"]],
  ["paiement", ["paiement", "prélèvement", "payment"]], ["taille", ["taille", "size"]], ["qualite", ["qualité", "quality"]],
  ["merci", ["merci", "bravo", "thanks"]], ["fidelite", ["carte fidélité", "points fidélité", "loyalty"]],
];

export async function seedBenchRules(prisma: PrismaClient, lead: Member): Promise<number> {
  const ws = lead.workspaceId;
  const team = await createTeam(prisma, lead, { name: "Bench logistique", kind: "CUSTOMER_SERVICE" });
  for (let i = 0; i < 3; i++) {
    const m = await makeMember(prisma, ws, "CUSTOMER_SERVICE");
    await prisma.membership.updateMany({ where: { userId: m.userId }, data: { teamId: team.id } });
  }
  const defs: [string, unknown][] = [];
  for (const [tag, words] of TOPICS) defs.push([`Tag ${tag}`, { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "text", op: "any", words }], actions: [{ type: "add_tags", tags: [tag] }] }]);
  for (const [tag, words] of TOPICS.slice(0, 10)) {
    defs.push([`${tag} négatif`, { trigger: "CASE_CREATED", conditions: [{ field: "text", op: "any", words }, { field: "sentiment", op: "below", value: -60 }], actions: [{ type: "set_priority", priority: "HIGH" }] }]);
  }
  for (const p of ["X", "INSTAGRAM"]) defs.push([`${p} DM`, { trigger: "CASE_CREATED", conditions: [{ field: "platform", in: [p] }, { field: "visibility", in: ["PRIVATE"] }], actions: [{ type: "add_tags", tags: [`dm-${p.toLowerCase()}`] }] }]);
  defs.push(["English", { trigger: "CASE_CREATED", conditions: [{ field: "language", in: ["en"] }], actions: [{ type: "add_tags", tags: ["english"] }] }]);
  defs.push(["Reach", { trigger: "CASE_CREATED", conditions: [{ field: "followers", op: "at_least", value: 10000 }], actions: [{ type: "notify", to: { kind: "leads" } }] }]);
  defs.push(["VIP", { trigger: "CASE_CREATED", conditions: [{ field: "author_mark", in: ["vip", "journalist"] }], actions: [{ type: "set_priority", priority: "URGENT" }] }]);
  for (let i = 0; i < 5; i++) defs.push([`Spam ${i}`, { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "has_link", value: true }, { field: "text", op: "any", words: [["gagnez", "crypto", "followers", "gratuit", "bitcoin"][i]!] }], actions: [{ type: "hide_spam" }] }]);
  defs.push(["Hors horaires", { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "business_hours", value: false }, { field: "visibility", in: ["PRIVATE"] }], actions: [{ type: "add_tags", tags: ["hors-horaires"] }] }]);
  defs.push(["Pattern commande", { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "text_pattern", pattern: "\\bcommande \\d{4,}" }], actions: [{ type: "add_tags", tags: ["n-commande"] }] }]);
  defs.push(["Incident ouvert", { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "incident", value: true }], actions: [{ type: "add_tags", tags: ["incident"] }] }]);
  defs.push(["Livraison → logistique", { trigger: "CASE_CREATED", conditions: [{ field: "text", op: "any", words: ["livraison", "colis"] }], actions: [{ type: "assign_team", teamId: team.id, strategy: "round_robin" }] }]);
  defs.push(["Note remboursement", { trigger: "CASE_CREATED", conditions: [{ field: "text", op: "all", words: ["remboursement", "commande"] }], actions: [{ type: "add_note", text: "Vérifier le paiement avant de répondre." }] }]);
  while (defs.length < 50) defs.push([`Réserve ${defs.length}`, { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "tag", op: "has", value: `jamais-${defs.length}` }], actions: [{ type: "add_tags", tags: ["x"] }] }]);
  for (const [name, definition] of defs.slice(0, 50)) await createRule(prisma, lead, ruleInput.parse({ name, enabled: true, definition }));
  return Math.min(defs.length, 50);
}
