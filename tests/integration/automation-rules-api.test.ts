// Issue #22 through the API and the clock: a time rule tells the lead when a VIP has waited 30 business minutes
// (once per wait), a rule on a person's change runs after it, and bad input — an unknown field, an action on a
// removed team, a pattern that could run away, an action that would delete or ban — is a 400 naming the field
// with nothing saved. Rules are versioned and archived, never deleted; the preview route answers its contract.
import { describe, expect, it } from "vitest";
import { createRule } from "@/lib/automation/create-rule";
import { ruleInput } from "@/lib/automation/rule-schema";
import { runTimeRules } from "@/lib/automation/run-time-rules";
import { casePatch } from "@/lib/cases/schemas";
import { updateCase } from "@/lib/cases/update-case";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { leaveToSweep } from "@/lib/jobs/after-commit";
import { markContact } from "@/lib/moderation/mark-contact";
import { DEFAULT_SLA_POLICY } from "@/lib/sla/schemas";
import { call, db, lead, cm, setupDeskApi, teamU, type ErrorBody } from "../helpers/desk-api";
import { comment } from "../helpers/factories";

setupDeskApi();

const rulesRoute = () => import("@/app/api/v1/rules/route");
const ruleRoute = () => import("@/app/api/v1/rules/[id]/route");
const previewRoute = () => import("@/app/api/v1/rules/[id]/preview/route");
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const post = async (body: unknown) => (await rulesRoute()).POST(call(lead, "POST", "/api/v1/rules", body), { params: Promise.resolve({}) });
const TUESDAY_1005_PARIS = new Date("2026-12-01T09:05:00Z");

async function customer(externalId: string, body: string, at: Date) {
  const ch = await db.prisma.channel.findFirstOrThrow({ where: { workspaceId: lead.workspaceId } });
  const r = await ingestEvents(db.prisma, ch.id, [comment({ externalId, body, author: { platformUserId: externalId, name: externalId }, platformCreatedAt: at })]);
  return db.prisma.case.findUniqueOrThrow({ where: { id: r.caseIds[0]! } });
}

describe("time rules", () => {
  it("tells the leads when a VIP has waited 30 business minutes, once per wait, and nobody else's case", async () => {
    await db.prisma.slaPolicy.create({ data: { workspaceId: lead.workspaceId, ...DEFAULT_SLA_POLICY } });
    await createRule(db.prisma, lead, ruleInput.parse({
      name: "VIP en attente", enabled: true,
      definition: { trigger: "TIME", time: { kind: "no_first_reply", minutes: 30 }, conditions: [{ field: "author_mark", in: ["vip"] }], actions: [{ type: "notify", to: { kind: "leads" }, message: "VIP sans réponse" }] },
    }));
    const vip = await customer("vip-1", "Bonjour, toujours pas de nouvelles de ma commande", TUESDAY_1005_PARIS);
    await markContact(db.prisma, cm, vip.contactId, { mark: "vip", on: true, reason: "Cliente fidèle depuis 2015" });
    const other = await customer("plain-1", "Bonjour, toujours pas de nouvelles de ma commande", TUESDAY_1005_PARIS);
    const early = await customer("vip-2", "Et ma facture ?", new Date(TUESDAY_1005_PARIS.getTime() + 20 * 60_000));
    await markContact(db.prisma, cm, early.contactId, { mark: "vip", on: true, reason: "Compte presse" });

    // Monday 18:00 → Tuesday 10:05 is closed time: 35 business minutes at 10:40, the second VIP only 15.
    const at1040 = new Date("2026-12-01T09:40:00Z");
    expect((await runTimeRules(db.prisma, leaveToSweep, at1040)).applied).toBe(1);
    const notes = await db.prisma.notification.findMany({ where: { userId: lead.userId, kind: "RULE_ALERT" } });
    expect(notes.map((n) => n.caseId)).toEqual([vip.id]);
    expect(notes[0]!.data).toMatchObject({ rule: "VIP en attente", number: vip.number });
    expect(await runTimeRules(db.prisma, leaveToSweep, new Date(at1040.getTime() + 60_000))).toMatchObject({ applied: 0 });
    expect(await db.prisma.notification.count({ where: { caseId: other.id, kind: "RULE_ALERT" } })).toBe(0);
    const [audit] = await db.prisma.auditEvent.findMany({ where: { caseId: vip.id, action: "RULE_NOTIFIED" } });
    expect(audit!.data).toMatchObject({ rule: { name: "VIP en attente", version: 1 } });
    await db.prisma.automationRule.updateMany({ where: { workspaceId: lead.workspaceId }, data: { enabled: false } });
  });
});

describe("rules on a person's change", () => {
  it("runs after a status change made by a person", async () => {
    await createRule(db.prisma, lead, ruleInput.parse({
      name: "Escalade → urgent", enabled: true,
      definition: { trigger: "CASE_CHANGED", conditions: [{ field: "status", in: ["WAITING_ON_CUSTOMER"] }], actions: [{ type: "add_tags", tags: ["relance"] }] },
    }));
    const c = await customer("chg-1", "Ma commande est bloquée", TUESDAY_1005_PARIS);
    await updateCase(db.prisma, lead, c.id, casePatch.parse({ status: "OPEN" }), leaveToSweep);
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).tags).toEqual([]);
    await updateCase(db.prisma, lead, c.id, casePatch.parse({ status: "WAITING_ON_CUSTOMER" }), leaveToSweep);
    expect((await db.prisma.case.findUniqueOrThrow({ where: { id: c.id } })).tags).toEqual(["relance"]);
    await db.prisma.automationRule.updateMany({ where: { workspaceId: lead.workspaceId }, data: { enabled: false } });
  });
});

describe("the rules API", () => {
  const base = { name: "Livraison", definition: { trigger: "CASE_CREATED", conditions: [], actions: [{ type: "add_tags", tags: ["livraison"] }] } };

  it.each([
    ["an unknown field", { ...base, definition: { ...base.definition, conditions: [{ field: "text", op: "any", words: ["x"], extra: 1 }] } }, "definition.conditions.0"],
    ["an unknown condition", { ...base, definition: { ...base.definition, conditions: [{ field: "mood", in: ["sad"] }] } }, "definition.conditions.0.field"],
    ["a pattern that could run away", { ...base, definition: { ...base.definition, conditions: [{ field: "text_pattern", pattern: "(a+)+$" }] } }, "definition.conditions.0.pattern"],
    ["an action that would delete", { ...base, definition: { ...base.definition, actions: [{ type: "delete" }] } }, "definition.actions.0.type"],
    ["an action that would ban", { ...base, definition: { ...base.definition, actions: [{ type: "ban" }] } }, "definition.actions.0.type"],
    ["a removed team", { ...base, definition: { ...base.definition, actions: [{ type: "assign_team", teamId: "00000000-0000-4000-8000-000000000000", strategy: "round_robin" }] } }, "definition.actions.0.teamId"],
  ])("refuses %s with a 400 naming the field, saving nothing", async (_what, body, path) => {
    const before = await db.prisma.automationRule.count();
    const res = await post(body);
    expect(res.status).toBe(400);
    const err = (await res.json()) as ErrorBody;
    expect(err.error.code).toBe("invalid_request");
    expect(err.error.details!.map((d) => d.path)).toContain(path);
    expect(await db.prisma.automationRule.count()).toBe(before);
  });

  it("refuses an action on a team archived since it was chosen", async () => {
    await db.prisma.team.update({ where: { id: teamU }, data: { archivedAt: new Date() } });
    const res = await post({ ...base, definition: { ...base.definition, actions: [{ type: "assign_team", teamId: teamU, strategy: "least_loaded" }] } });
    expect(res.status).toBe(400);
    expect(((await res.json()) as ErrorBody).error.details![0]!.path).toBe("definition.actions.0.teamId");
  });

  it("creates, versions, reorders, previews and archives a rule; DELETE is refused", async () => {
    const res = await post(base);
    expect(res.status).toBe(201);
    const { data: rule } = (await res.json()) as { data: { id: string; version: number; enabled: boolean } };
    expect([rule.version, rule.enabled]).toEqual([1, false]);
    const { PATCH, DELETE } = await ruleRoute();
    const patched = await PATCH(call(lead, "PATCH", `/api/v1/rules/${rule.id}`, { enabled: true, definition: { ...base.definition, actions: [{ type: "add_tags", tags: ["livraison", "colis"] }] } }), params(rule.id));
    expect(((await patched.json()) as { data: { version: number; state: string } }).data).toMatchObject({ version: 2, state: "enabled" });
    expect(await db.prisma.automationRuleVersion.count({ where: { ruleId: rule.id } })).toBe(2);
    const preview = await (await previewRoute()).POST(call(lead, "POST", `/api/v1/rules/${rule.id}/preview`, { days: 30 }), params(rule.id));
    expect(preview.status).toBe(200);
    const { data } = (await preview.json()) as { data: { matched: number; sample: unknown[]; actions: Record<string, number>; refused: unknown[] } };
    expect(data.matched).toBeGreaterThan(0);
    expect(data.actions.add_tags).toBe(data.matched);
    expect(data.sample.length).toBe(Math.min(10, data.matched));
    expect((await DELETE()).status).toBe(405);
    const archived = await PATCH(call(lead, "PATCH", `/api/v1/rules/${rule.id}`, { archived: true }), params(rule.id));
    expect(((await archived.json()) as { data: { state: string } }).data.state).toBe("archived");
    await expect(db.prisma.$executeRaw`DELETE FROM automation_rules WHERE id = ${rule.id}`).rejects.toThrow();
  });
});
