// Issue #8 item 7 (the desk's API), over HTTP, continued from desk-api.test.ts: GET /api/v1/escalations (shapes,
// customer service's scope, cursor paging), GET /api/v1/notifications and POST /api/v1/notifications/read.
import { beforeAll, describe, expect, it } from "vitest";
import type { Member } from "@/lib/auth/member";
import {
  ISO, UUID, call, cm, cs, cs2, db, escalated, lead, setupDeskApi, teamT, teamU, type ErrorBody, type Esc, type Notif,
} from "../helpers/desk-api";

async function listEsc(who: Member, query = "") {
  const { GET } = await import("@/app/api/v1/escalations/route");
  return GET(call(who, "GET", `/api/v1/escalations${query}`), {} as never);
}

async function listNotif(who: Member, query = "", headers: Record<string, string> = {}) {
  const { GET } = await import("@/app/api/v1/notifications/route");
  return GET(call(who, "GET", `/api/v1/notifications${query}`, undefined, headers), {} as never);
}

async function markRead(who: Member, body: unknown) {
  const { POST } = await import("@/app/api/v1/notifications/read/route");
  return POST(call(who, "POST", "/api/v1/notifications/read", body), {} as never);
}

const ids = async (res: Response) => ((await res.json()) as { data: Esc[] }).data.map((e) => e.id);

setupDeskApi();

describe("GET /api/v1/escalations", () => {
  let eTeam: string, eOther: string, eQueue: string, eCs2: string;
  beforeAll(async () => {
    eTeam = (await escalated({ teamId: teamT })).id;
    eOther = (await escalated({ teamId: teamU })).id;
    eQueue = (await escalated({ teamId: null })).id;
    eCs2 = (await escalated({ assigneeId: cs2.userId })).id;
  });

  it("answers { data: [...], nextCursor } with each item's routing, case and SLA state", async () => {
    const res = await listEsc(lead, "?limit=100");
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: Esc[]; nextCursor: string | null };
    expect(Object.keys(body).sort()).toEqual(["data", "nextCursor"]);
    expect(body.nextCursor).toBeNull();
    const item = body.data.find((e) => e.id === eTeam)!;
    expect(item).toMatchObject({
      status: "PENDING", reason: "delivery", summary: "Colis perdu", teamId: teamT, assigneeId: null,
      team: { id: teamT, name: "SAV livraison" }, createdBy: { id: cm.userId },
      case: { status: "ESCALATED", assignee: { id: cm.userId } },
      sla: { clock: "pick_up", late: false },
    });
    expect(item.sla.dueAt).toMatch(ISO);
    expect(body.data.find((e) => e.id === eCs2)).toMatchObject({ assigneeId: cs2.userId, assignee: { id: cs2.userId } });
    // Oldest first.
    const created = body.data.map((e) => Date.parse(e.createdAt as string));
    expect(created).toEqual([...created].sort((a, b) => a - b));
  });

  it("customer service sees only what is routed to them, their team or the default queue", async () => {
    const mine = await listEsc(cs, "?limit=100");
    expect(mine.status).toBe(200);
    const csIds = await ids(mine);
    expect(csIds).toEqual(expect.arrayContaining([eTeam, eQueue]));
    expect(csIds).not.toContain(eOther);
    expect(csIds).not.toContain(eCs2);

    const cs2Ids = await ids(await listEsc(cs2, "?limit=100"));
    expect(cs2Ids).toEqual(expect.arrayContaining([eQueue, eCs2]));
    expect(cs2Ids).not.toContain(eTeam);
    expect(cs2Ids).not.toContain(eOther);
    // Exactly: every escalation cs2 sees is the queue or assigned to them.
    const rows = await db.prisma.escalation.findMany({ where: { id: { in: cs2Ids } } });
    for (const r of rows) expect(r.assigneeId === cs2.userId || (r.teamId === null && r.assigneeId === null)).toBe(true);

    expect(await ids(await listEsc(cs2, "?assignee=me"))).toEqual([eCs2]);
  });

  it("a community manager may read the queue (cases.view_escalated) and sees all of it, like a lead", async () => {
    const res = await listEsc(cm, "?limit=100");
    expect(res.status).toBe(200);
    const cmIds = await ids(res);
    expect(cmIds).toEqual(expect.arrayContaining([eTeam, eOther, eQueue, eCs2]));
    expect(cmIds).toEqual(await ids(await listEsc(lead, "?limit=100")));
  });

  it("pages with nextCursor: two pages, in order, no overlap and no gap; a foreign cursor is a 400", async () => {
    const all = await ids(await listEsc(lead, "?limit=100"));
    expect(all.length).toBeGreaterThanOrEqual(4);
    const limit = Math.ceil(all.length / 2);
    const r1 = await listEsc(lead, `?limit=${limit}`);
    expect(r1.status).toBe(200);
    const p1 = (await r1.json()) as { data: Esc[]; nextCursor: string | null };
    expect(p1.data).toHaveLength(limit);
    expect(p1.nextCursor).toBe(p1.data.at(-1)!.id);
    const r2 = await listEsc(lead, `?limit=${limit}&cursor=${p1.nextCursor}`);
    expect(r2.status).toBe(200);
    const p2 = (await r2.json()) as { data: Esc[]; nextCursor: string | null };
    expect(p2.nextCursor).toBeNull();
    const a = p1.data.map((e) => e.id), b = p2.data.map((e) => e.id);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
    expect([...a, ...b]).toEqual(all);

    const bad = await listEsc(lead, "?cursor=not-a-cursor");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.code).toBe("invalid_request");
  });
});

describe("GET /api/v1/notifications and POST /api/v1/notifications/read", () => {
  let caseA: string, caseB: string;
  beforeAll(async () => {
    // Two escalations to cs's team: cs is told twice (the community manager who escalates is never told).
    caseA = (await escalated({ teamId: teamT })).caseId;
    caseB = (await escalated({ teamId: teamT })).caseId;
  });

  const items = async (who: Member, query = "", headers: Record<string, string> = {}) => {
    const res = await listNotif(who, query, headers);
    expect(res.status).toBe(200);
    return (await res.json()) as { data: Notif[]; unread: number };
  };

  it("lists the caller's own as { id, kind, caseId, text, createdAt, readAt }, newest first, in the caller's language", async () => {
    const { data, unread } = await items(cs, "", { "accept-language": "en" });
    expect(data.length).toBeGreaterThanOrEqual(2);
    for (const n of data) {
      expect(Object.keys(n).sort()).toEqual(["caseId", "createdAt", "id", "kind", "readAt", "text"]);
      expect(n.id).toMatch(UUID);
      expect(n.createdAt).toMatch(ISO);
      expect(n.readAt).toBeNull();
    }
    expect(unread).toBe(data.length);
    const created = data.map((x) => Date.parse(x.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    const numberB = (await db.prisma.case.findUniqueOrThrow({ where: { id: caseB } })).number;
    const b = data.find((x) => x.caseId === caseB)!;
    expect(b.kind).toBe("ESCALATION_CREATED");
    expect(b.text).toBe(`Case #${numberB} escalated to customer service (Delivery) by ${cm.name}.`);
    expect(data.some((x) => x.caseId === caseA)).toBe(true);
    const fr = (await items(cs, "", { "accept-language": "fr-FR" })).data.find((x) => x.id === b.id)!;
    expect(fr.text).toBe(`Dossier n°${numberB} escaladé au service client (Livraison) par ${cm.name}.`);
    // Not the escalating community manager's, and not another agent's team's.
    expect((await items(cm)).data.some((x) => x.caseId === caseB)).toBe(false);
    expect((await items(cs2)).data.some((x) => x.caseId === caseB)).toBe(false);
  });

  it("marking read sets readAt on those ids only, once: a second call changes nothing; others' ids are ignored", async () => {
    const before = await items(cs);
    const target = before.data.find((x) => x.caseId === caseA)!;
    const other = before.data.find((x) => x.caseId === caseB)!;
    const cs2Notif = (await items(cs2)).data[0]!;
    expect(cs2Notif).toBeDefined();

    const r1 = await markRead(cs, { ids: [target.id, cs2Notif.id] });
    expect(r1.status).toBe(200);
    expect(await r1.json()).toEqual({ data: { updated: 1 } });
    const after = await items(cs);
    const read = after.data.find((x) => x.id === target.id)!;
    expect(read.readAt).toMatch(ISO);
    expect(Date.parse(read.readAt!)).toBeGreaterThanOrEqual(Date.parse(read.createdAt));
    expect(after.data.find((x) => x.id === other.id)!.readAt).toBeNull();
    expect(after.unread).toBe(before.unread - 1);
    expect((await items(cs, "?unread=true")).data.map((x) => x.id)).not.toContain(target.id);
    expect((await items(cs2)).data.find((x) => x.id === cs2Notif.id)!.readAt).toBeNull();

    const r2 = await markRead(cs, { ids: [target.id] });
    expect(r2.status).toBe(200);
    expect(await r2.json()).toEqual({ data: { updated: 0 } });
    const again = await items(cs);
    expect(again.data.find((x) => x.id === target.id)!.readAt).toBe(read.readAt);
    expect(again.unread).toBe(after.unread);
  });

  it("400 invalid_request for no ids or ids that are not notification ids; nothing marked", async () => {
    const unread = (await items(cs)).unread;
    for (const body of [{ ids: [] }, { ids: ["nope"] }, {}]) {
      const res = await markRead(cs, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as ErrorBody).error.code).toBe("invalid_request");
    }
    expect((await items(cs)).unread).toBe(unread);
  });
});
