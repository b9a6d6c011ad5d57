// The demo's escalated queue: the seed-001 wardrobe case (500 €, wrong colour, daily calls unanswered) handed
// to customer service with its context (R10), so the customer-service account has real work on first start.
import type { PrismaClient } from "../generated/prisma/client";
import { recordAudit } from "../audit/record-audit";

export async function seedDemoEscalation(prisma: PrismaClient, workspaceId: string): Promise<void> {
  const opening = await prisma.message.findFirst({
    where: { workspaceId, externalId: "demo-fb-101" },
    select: { caseId: true, case: { select: { escalations: { select: { id: true } } } } },
  });
  if (!opening || opening.case.escalations.length > 0) return;
  const cm = await prisma.user.findUniqueOrThrow({ where: { email: "cm@demo.test" } });
  await prisma.$transaction(async (tx) => {
    const esc = await tx.escalation.create({
      data: {
        caseId: opening.caseId,
        reason: "delivery",
        summary: "Armoire livrée dans la mauvaise couleur, commande de 500 € début décembre ; le client appelle le SAV tous les jours sans rappel.",
        references: ["ML-2025-118204"],
        // The demo queue starts with work due: four hours to pick up, two days to a solution.
        pickUpDueAt: new Date(Date.now() + 4 * 3_600_000),
        solutionDueAt: new Date(Date.now() + 48 * 3_600_000),
        context: {
          orderRef: "ML-2025-118204",
          contactChannel: "Facebook (commentaires publics) ; ne pas le renvoyer vers le téléphone ni l'e-mail du SAV : 10 e-mails sans réponse",
          expectedOutcome: "Échange ou reprise de l'armoire, geste commercial, rappel du client sous 24 h",
        },
        createdById: cm.id,
      },
    });
    await tx.case.update({ where: { id: opening.caseId }, data: { status: "ESCALATED", assigneeId: cm.id } });
    await recordAudit(tx, {
      workspaceId, action: "ESCALATION_CREATED", actor: { kind: "USER", userId: cm.id },
      // The same data as a real escalation (lib/escalations/escalate-case.ts): the timeline spells out reason and summary.
      caseId: opening.caseId, entityType: "escalation", entityId: esc.id,
      data: { reason: esc.reason, summary: esc.summary, references: esc.references, teamId: esc.teamId, assigneeId: null, demo: true },
    });
  });
}
