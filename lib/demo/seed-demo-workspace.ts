// First start: a demo workspace with one member per role and the bundled dataset played through the demo
// connector (the same ingestion path as real webhooks). Safe to call on every start: it finishes an
// interrupted seed and otherwise does nothing.
import type { PrismaClient } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { SYSTEM, recordAudit } from "../audit/record-audit";
import { hashPassword } from "../auth/password";
import { DEMO_BRAND, type DemoPlatform } from "../connectors/demo/dataset";
import { demoEvents } from "../connectors/demo/demo-events";
import { ingestEvents } from "../ingest/ingest-events";
import { DEMO_CANNED_REPLIES } from "./canned-replies";
import { seedDemoEscalation } from "./seed-demo-escalation";
import { DEFAULT_SLA_POLICY } from "../sla/schemas";

export { DEMO_SLUG } from "./demo-slug";
import { DEMO_SLUG } from "./demo-slug";

export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "cm@demo.test", name: "Marie Laurent", role: "COMMUNITY_MANAGER" },
  { email: "cs@demo.test", name: "Karim Benali", role: "CUSTOMER_SERVICE" },
  { email: "lead@demo.test", name: "Sophie Martin", role: "TEAM_LEAD" },
  { email: "admin@demo.test", name: "Alex Admin", role: "ADMIN" },
];

export async function seedDemoWorkspace(prisma: PrismaClient, opts: { password: string; now?: Date }) {
  const now = opts.now ?? new Date();
  let ws = await prisma.workspace.findUnique({ where: { slug: DEMO_SLUG } });
  if (!ws) {
    const passwordHash = await hashPassword(opts.password);
    ws = await prisma.$transaction(async (tx) => {
      const created = await tx.workspace.create({ data: { slug: DEMO_SLUG, name: DEMO_BRAND.name } });
      await recordAudit(tx, {
        workspaceId: created.id, action: "WORKSPACE_CREATED", actor: SYSTEM,
        entityType: "workspace", entityId: created.id, data: { demo: true },
      });
      // Office hours in Paris with French holidays (lib/sla): the demo's clocks read as a real team's would.
      await tx.slaPolicy.create({ data: { workspaceId: created.id, ...DEFAULT_SLA_POLICY } });
      const team = await tx.team.create({ data: { workspaceId: created.id, name: "Service client" } });
      for (const u of DEMO_USERS) {
        const user = await tx.user.upsert({
          where: { email: u.email },
          create: { email: u.email, name: u.name, passwordHash },
          update: {},
        });
        const m = await tx.membership.create({
          data: {
            workspaceId: created.id, userId: user.id, role: u.role,
            teamId: u.role === "CUSTOMER_SERVICE" ? team.id : null,
          },
        });
        await recordAudit(tx, {
          workspaceId: created.id, action: "MEMBER_ADDED", actor: SYSTEM,
          entityType: "membership", entityId: m.id, data: { email: u.email, role: u.role },
        });
      }
      await tx.cannedReply.createMany({
        data: DEMO_CANNED_REPLIES.map((r) => ({ ...r, workspaceId: created.id })),
      });
      return created;
    });
  }
  await ensureDemoChannels(prisma, ws.id);
  // Replay the dataset into any demo channel that has not been seeded yet.
  const channels = await prisma.channel.findMany({ where: { workspaceId: ws.id, kind: "DEMO" } });
  for (const ch of channels) {
    if ((ch.pollCursor as { seededAt?: string } | null)?.seededAt) continue;
    await ingestEvents(prisma, ch.id, demoEvents(ch.platform.toLowerCase() as DemoPlatform, now));
    await prisma.channel.update({
      where: { id: ch.id },
      data: { pollCursor: { seededAt: now.toISOString() }, lastPollAt: now },
    });
  }
  await seedDemoEscalation(prisma, ws.id);
  return ws;
}

const DEMO_CHANNELS = [
  ["FACEBOOK", `${DEMO_BRAND.pageName} (Facebook, demo)`, "demo-facebook"],
  ["X", `@${DEMO_BRAND.xHandle} (X, demo)`, "demo-x"],
  ["INSTAGRAM", `@${DEMO_BRAND.igHandle} (Instagram, demo)`, "demo-instagram"],
  ["GOOGLE", `${DEMO_BRAND.name} Lyon (Google reviews, demo)`, "demo-google"],
  ["YOUTUBE", `${DEMO_BRAND.name} TV (YouTube, demo)`, "demo-youtube"],
] as const;

/** Creates the demo channels that are missing, so a demo workspace seeded by an older version gains new platforms. */
async function ensureDemoChannels(prisma: PrismaClient, workspaceId: string) {
  for (const [platform, name, externalId] of DEMO_CHANNELS) {
    const exists = await prisma.channel.findUnique({ where: { kind_externalId: { kind: "DEMO", externalId } }, select: { id: true } });
    if (exists) continue;
    await prisma.$transaction(async (tx) => {
      const ch = await tx.channel.create({ data: { workspaceId, kind: "DEMO", platform, name, externalId } });
      await recordAudit(tx, {
        workspaceId, action: "CHANNEL_CONNECTED", actor: SYSTEM,
        entityType: "channel", entityId: ch.id, data: { kind: "DEMO", platform },
      });
    });
  }
}
