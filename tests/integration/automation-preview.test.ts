// Issue #22 item 2, "try before it runs": on the demo workspace, a rule's preview says what the rule then does.
// The demo dataset is seeded (no rule), the rule previewed over 30 days; then the very same dataset is played
// into a second workspace where the rule is enabled, the way the demo seeds it (one batch per channel), and what
// the rule did there (its loop-guard rows and audit events) is counted. Events matched, each action's count and
// the refusals must be equal. Nothing is written by the preview.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import { createRule } from "@/lib/automation/create-rule";
import { previewRule } from "@/lib/automation/preview-rule";
import { ruleDefinition, ruleInput, type RuleDefinition } from "@/lib/automation/rule-schema";
import { demoEvents } from "@/lib/connectors/demo/demo-events";
import { seedDemoWorkspace, DEMO_SLUG } from "@/lib/demo/seed-demo-workspace";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { DEFAULT_SLA_POLICY } from "@/lib/sla/schemas";
import { comment, makeMember, uniq } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let demoLead: Member;
const NOW = new Date("2026-12-02T15:00:00Z");

beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoWorkspace(db.prisma, { password: "demo-password", now: NOW });
  const ws = await db.prisma.workspace.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  demoLead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
});
afterAll(() => db?.dispose());

/** The demo dataset played into a fresh workspace whose rule (built by `define`) is enabled first. */
async function liveRun(define: (lead: Member) => Promise<RuleDefinition>) {
  const ws = await db.prisma.workspace.create({ data: { slug: uniq("live"), name: "Live" } });
  await db.prisma.slaPolicy.create({ data: { workspaceId: ws.id, ...DEFAULT_SLA_POLICY } });
  const lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
  const rule = await createRule(db.prisma, lead, ruleInput.parse({ name: "Live", enabled: true, definition: await define(lead) }));
  // Every platform the demo workspace has, so the live run sees the very cases the preview reads.
  for (const platform of ["FACEBOOK", "X", "INSTAGRAM", "GOOGLE", "YOUTUBE"] as const) {
    const ch = await db.prisma.channel.create({ data: { workspaceId: ws.id, kind: "DEMO", platform, externalId: uniq(platform), name: platform } });
    await ingestEvents(db.prisma, ch.id, demoEvents(platform.toLowerCase() as "facebook", NOW));
  }
  const events = await db.prisma.auditEvent.findMany({ where: { workspaceId: ws.id, data: { path: ["rule", "id"], equals: rule.id } } });
  const count = (action: string) => events.filter((e) => e.action === action).length;
  const runs = await db.prisma.automationRun.count({ where: { ruleId: rule.id } });
  return { runs, count };
}

async function preview(def: RuleDefinition) {
  return previewRule(db.prisma, demoLead, { id: "draft", name: "Draft", version: 0, definition: ruleDefinition.parse(def) }, 30, NOW);
}

describe("a preview on the demo workspace", () => {
  it("counts what a keyword-and-sentiment rule then does when enabled on the same data", async () => {
    const def = ruleDefinition.parse({
      trigger: "CASE_CREATED", match: "any",
      conditions: [{ field: "text", op: "any", words: ["livraison", "colis", "remboursement"] }, { field: "sentiment", op: "below", value: -40 }],
      actions: [{ type: "add_tags", tags: ["à-traiter"] }, { type: "set_priority", priority: "HIGH" }, { type: "add_note", text: "Règle : à traiter en priorité" }],
    });
    const p = await preview(def);
    const live = await liveRun(async () => def);
    expect(p.matched).toBeGreaterThan(3); // the demo has delivery and refund complaints
    expect(p.matched).toBeLessThan(p.scanned); // and cases that are neither
    expect(live.runs).toBe(p.events);
    expect(p.events).toBe(p.matched); // one event per new case
    expect(live.count("CASE_TAGS_CHANGED")).toBe(p.actions.add_tags);
    expect(live.count("CASE_PRIORITY_CHANGED")).toBe(p.actions.set_priority ?? 0);
    expect(live.count("NOTE_ADDED")).toBe(p.actions.add_note);
  });

  it("lists the complaints a spam-hiding rule would refuse, and they are the ones it refuses", async () => {
    const def = ruleDefinition.parse({ trigger: "MESSAGE_RECEIVED", conditions: [{ field: "platform", in: ["FACEBOOK", "INSTAGRAM"] }], actions: [{ type: "hide_spam" }] });
    const p = await preview(def);
    const live = await liveRun(async () => def);
    expect(live.runs).toBe(p.events);
    expect(p.refused.length).toBeGreaterThan(0);
    expect(p.refused.every((r) => /complaint/.test(r.reason))).toBe(true);
    expect(live.count("RULE_ACTION_REFUSED")).toBe(p.refused.length);
    expect(live.count("MESSAGE_HIDDEN_BY_US")).toBe(p.actions.hide_spam ?? 0);
  });

  it("reads each of a case's customer messages on its own: a later follow-up can match what the first did not", async () => {
    const ws = await db.prisma.workspace.create({ data: { slug: uniq("follow"), name: "Follow-ups" } });
    const lead = await makeMember(db.prisma, ws.id, "TEAM_LEAD");
    const ch = await db.prisma.channel.create({ data: { workspaceId: ws.id, kind: "DEMO", platform: "FACEBOOK", externalId: uniq("fb"), name: "Page" } });
    const at = new Date("2026-11-30T10:00:00Z");
    const r = await ingestEvents(db.prisma, ch.id, [comment({ externalId: uniq("c"), body: "Bonjour, une question sur ma commande", platformCreatedAt: at })]);
    const first = await db.prisma.message.findFirstOrThrow({ where: { caseId: r.caseIds[0]! } });
    // The customer's follow-up, stored a minute later (another ingestion batch): a message event of its own.
    await db.prisma.message.create({
      data: {
        workspaceId: ws.id, caseId: first.caseId, channelId: ch.id, threadId: first.threadId, authorIdentityId: first.authorIdentityId,
        direction: "INBOUND", visibility: "PUBLIC", kind: "COMMENT", body: "Toujours rien reçu, c'est long", externalId: uniq("c2"),
        platformCreatedAt: new Date(at.getTime() + 3_600_000), createdAt: new Date(first.createdAt.getTime() + 60_000),
      },
    });
    const def = ruleDefinition.parse({ trigger: "MESSAGE_RECEIVED", conditions: [{ field: "text", op: "any", words: ["toujours"] }], actions: [{ type: "add_tags", tags: ["relance"] }] });
    const p = await previewRule(db.prisma, lead, { id: "draft", name: "Draft", version: 0, definition: def }, 30, NOW);
    expect([p.matched, p.events, p.actions.add_tags]).toEqual([1, 1, 1]);
  });

  it("writes nothing", async () => {
    const before = await db.prisma.auditEvent.count();
    await preview(ruleDefinition.parse({ trigger: "CASE_CREATED", conditions: [], actions: [{ type: "add_tags", tags: ["x"] }, { type: "notify", to: { kind: "leads" } }] }));
    expect(await db.prisma.auditEvent.count()).toBe(before);
    expect(await db.prisma.notification.count({ where: { kind: "RULE_ALERT" } })).toBe(0);
  });
});
