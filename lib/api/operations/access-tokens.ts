// Administration, continued (listed in ADMINISTRATION_OPERATIONS, ./administration.ts): the caller's
// workspaces, API tokens and the audit log. A token is shown once, at its creation: never its hash, nor the
// token again afterwards.
import { z } from "zod";
import { auditCsv, listAuditEvents } from "../../audit/list-audit-events";
import { auditQuery } from "../../audit/schemas";
import { requestLocale } from "../../i18n/request-locale";
import { idSchema, tokenInput, tokenPatch, workspaceInput } from "../../members/schemas";
import { getPrisma } from "../../server/db";
import { createOwnToken, listTokens, revokeToken } from "../../tokens/manage-tokens";
import { createWorkspace } from "../../workspaces/create-workspace";
import { listMyWorkspaces } from "../../workspaces/list-my-workspaces";
import { jsonOperation, rawOperation } from "../operation";
import { checkedJson } from "../route";
import { dataOf, id, isoDate, nullableDate } from "./wire";

const workspace = z.looseObject({ id, slug: z.string(), name: z.string() });

// `current` is the one this request acts in (a token's own workspace).
export const listWorkspacesOp = jsonOperation({
  method: "GET", path: "/api/v1/workspaces", tag: "Administration", summary: "The caller's workspaces; current is the one this request acts in",
  access: { member: true }, status: 200,
  response: dataOf(z.array(workspace.extend({ role: z.enum(["COMMUNITY_MANAGER", "CUSTOMER_SERVICE", "TEAM_LEAD", "ADMIN"]), current: z.boolean() }))),
  async handler({ member }) {
    const list = await listMyWorkspaces(await getPrisma(), member.userId);
    return { data: list.map((w) => ({ ...w, current: w.id === member.workspaceId })) };
  },
});

export const createWorkspaceOp = jsonOperation({
  method: "POST", path: "/api/v1/workspaces", tag: "Administration", summary: "Create another workspace (admins)",
  access: { permission: "workspaces.create" }, body: workspaceInput, status: 201, response: dataOf(workspace),
  async handler({ member, body }) {
    return { data: await createWorkspace(await getPrisma(), member, body) };
  },
});

// Never returns a token after its creation: the list has prefixes and last use only.
export const listTokensOp = jsonOperation({
  method: "GET", path: "/api/v1/tokens", tag: "Administration", summary: "API tokens (own; admins: all of the workspace) with last use, never the token itself",
  access: { member: true }, status: 200,
  response: dataOf(z.array(z.looseObject({
    id, name: z.string(), prefix: z.string(), createdAt: isoDate, lastUsedAt: nullableDate, revokedAt: nullableDate,
    owner: z.looseObject({ userId: id, name: z.string(), email: z.string() }), mine: z.boolean(),
  }))),
  handler: async ({ member }) => ({ data: await listTokens(await getPrisma(), member) }),
});

export const createTokenOp = jsonOperation({
  method: "POST", path: "/api/v1/tokens", tag: "Administration", summary: "Create a token for yourself in this workspace; the token is shown once, here",
  access: { permission: "api_tokens.create_own" }, body: tokenInput, status: 201,
  response: dataOf(z.looseObject({ id, token: z.string(), name: z.string(), prefix: z.string() })),
  async handler({ member, body }) {
    return { data: await createOwnToken(await getPrisma(), member, body.name) };
  },
});

// Revoke ({ revoked: true }): the token stops working at once and stays listed as revoked. Anyone may revoke
// their own; admins any of the workspace (another's is a 404 to the others).
export const revokeTokenOp = jsonOperation({
  method: "PATCH", path: "/api/v1/tokens/{id}", tag: "Administration", summary: "Revoke ({ revoked: true }) a token: it stops working at once and stays listed",
  access: { member: true }, params: z.object({ id: idSchema }), body: tokenPatch, status: 200,
  response: dataOf(z.looseObject({ id, revokedAt: isoDate })),
  handler: async ({ member, params }) => ({ data: await revokeToken(await getPrisma(), member, params.id) }),
});

const auditEntry = z.looseObject({
  id: z.string(), createdAt: isoDate, action: z.string(), actorKind: z.enum(["USER", "API", "SYSTEM", "PLATFORM"]),
  actor: z.looseObject({ userId: id, name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  caseId: id.nullable(), caseNumber: z.number().int().nullable(), entityType: z.string(), entityId: z.string(), data: z.unknown(),
});
const auditPage = z.looseObject({ data: z.array(auditEntry), nextCursor: z.string().nullable() });

// The workspace's audit log (admins): `format=csv` streams every matching event as a spreadsheet, the actions
// named in the exporter's language (the app's locale cookie, else Accept-Language). Raw: JSON or a CSV download.
export const auditEventsOp = rawOperation({
  method: "GET", path: "/api/v1/audit-events", tag: "Administration", summary: "The audit log (admins), newest first: JSON pages, or every matching event as CSV (format=csv)",
  access: { permission: "audit.view" }, query: auditQuery, status: 200,
  produces: {
    "application/json": "{ data, nextCursor }: a page of events, newest first (format=json, the default)",
    "text/csv": "format=csv: every matching event (at most 100,000) as a spreadsheet download, the actions also named in the reader's language",
  },
  async handler({ req, member, query }) {
    const prisma = await getPrisma();
    if (query.format === "json") return checkedJson({ method: "GET", path: "/api/v1/audit-events" }, auditPage, await listAuditEvents(prisma, member, query));
    const rows = auditCsv(prisma, member, query, requestLocale(req));
    const enc = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const { value, done } = await rows.next();
        if (done) controller.close();
        else controller.enqueue(enc.encode(value));
      },
    });
    const day = new Date().toISOString().slice(0, 10);
    return new Response(stream, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="audit-${day}.csv"` },
    });
  },
});

export const TOKEN_OPERATIONS = [listWorkspacesOp, createWorkspaceOp, listTokensOp, createTokenOp, revokeTokenOp, auditEventsOp];
