// The audit log's CSV export (GET /api/v1/audit-events?format=csv), through the real route handler: next to the
// action code it names the action in the exporter's language (the locale cookie, else Accept-Language), and a cell
// a spreadsheet would run as a formula is defused.
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth/app-secrets";
import type { Member } from "@/lib/auth/member";
import { recordAudit } from "@/lib/audit/record-audit";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown> };
const HOST = "127.0.0.1:3000";
let db: TestDatabase;
let admin: Member;
let cookie: string;

beforeAll(async () => {
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db);
  const { ws } = await makeWorkspace(db.prisma);
  admin = await makeMember(db.prisma, ws.id, "ADMIN");
  cookie = `next-auth.session-token=${await encode({ token: { sub: admin.userId, sv: 0 }, secret: authSecret() })}`;
  await db.prisma.$transaction(async (tx) => {
    await recordAudit(tx, { workspaceId: ws.id, action: "TEAM_CREATED", actor: { kind: "USER", userId: admin.userId }, entityType: "team", entityId: "t1", data: { name: "Logistique" } });
    // A name typed by someone that a spreadsheet would read as a formula.
    await recordAudit(tx, { workspaceId: ws.id, action: "API_TOKEN_CREATED", actor: { kind: "USER", userId: admin.userId }, entityType: "api_token", entityId: "=HYPERLINK(\"http://x\")", data: {} });
    // A tab first hides the formula from the eye, not from every spreadsheet (OWASP lists it with = + - @).
    await recordAudit(tx, { workspaceId: ws.id, action: "API_TOKEN_REVOKED", actor: { kind: "USER", userId: admin.userId }, entityType: "api_token", entityId: "\t=1+1", data: {} });
  });
});
afterAll(async () => {
  g.__inboxDb = undefined;
  await db?.dispose();
});

async function exportCsv(headers: Record<string, string>): Promise<string[][]> {
  const { GET } = await import("@/app/api/v1/audit-events/route");
  const res = await GET(new Request(`http://${HOST}/api/v1/audit-events?format=csv`, { headers: { host: HOST, ...headers } }), undefined);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
  const text = await res.text();
  // The header is bare; every other cell is quoted, and none here holds '","': split on it.
  const [head, ...lines] = text.trim().split("\r\n");
  return [head!.split(","), ...lines.map((line) => line.slice(1, -1).split('","'))];
}

describe("audit CSV export", () => {
  it("keeps the action code and adds its name in the exporter's language (locale cookie)", async () => {
    const [head, ...rows] = await exportCsv({ cookie: `${cookie}; locale=fr`, "accept-language": "en" });
    expect(head).toEqual(["id", "time", "action", "action_name", "actor_kind", "actor_email", "actor_name", "case_number", "entity_type", "entity_id", "data"]);
    const team = rows.find((r) => r[2] === "TEAM_CREATED")!;
    expect(team[3]).toBe("Équipe créée");
    expect(rows.find((r) => r[2] === "API_TOKEN_CREATED")![3]).toBe("Jeton d'API créé");
  });

  it("names the actions in English for an English reader (Accept-Language, no cookie)", async () => {
    const [, ...rows] = await exportCsv({ cookie, "accept-language": "en-GB,en;q=0.9" });
    expect(rows.find((r) => r[2] === "TEAM_CREATED")![3]).toBe("Team created");
    expect(rows.find((r) => r[2] === "API_TOKEN_CREATED")![3]).toBe("API token created");
  });

  it("defuses a cell a spreadsheet would run as a formula", async () => {
    const [, ...rows] = await exportCsv({ cookie: `${cookie}; locale=en` });
    const tokenRow = rows.find((r) => r[2] === "API_TOKEN_CREATED")!;
    expect(tokenRow[9]).toBe(`'=HYPERLINK(""http://x"")`);
    expect(rows.find((r) => r[2] === "API_TOKEN_REVOKED")![9]).toBe("'\t=1+1");
  });
});
