// Guards: the workspace's guard lists, the check of a draft, and drafts held by a `high` finding that a team
// lead approves (the reply is queued) or returns with a comment.
import { z } from "zod";
import { assertCan } from "../../auth/permissions";
import { caseIdParam } from "../../cases/schemas";
import { checkDraftForCase } from "../../guards/check-draft-for-case";
import { decideDraftApproval } from "../../guards/decide-draft-approval";
import { listDraftApprovals } from "../../guards/list-draft-approvals";
import { loadGuardSettings } from "../../guards/load-guard-context";
import { approvalDecisionInput, draftCheckInput, guardSettingsInput } from "../../guards/schemas";
import { submitDraftForApproval } from "../../guards/submit-draft-for-approval";
import { updateGuardSettings } from "../../guards/update-guard-settings";
import { pickLocale } from "../../i18n/messages";
import { replyInput } from "../../outbound/schemas";
import { getPrisma } from "../../server/db";
import { enqueueDelivery } from "../../server/jobs";
import { jsonOperation } from "../operation";
import { dataOf, id, isoDate, nullableDate } from "./wire";

const caseParams = z.object({ id: caseIdParam });

const guardSettings = z.looseObject({
  flagPhrases: z.array(z.string()), allowPhrases: z.array(z.string()),
  orderNumberPattern: z.string().nullable(), publicContacts: z.array(z.string()),
});

const guardKind = z.enum(["tone", "duplicate", "personal-data", "missing-apology", "missing-next-step", "failed-route"]);
const severity = z.enum(["info", "warning", "high"]);

/** A draft held for a lead, with the findings it was submitted on (findingRecord of enforce-send-guards.ts). */
const finding = z.looseObject({
  kind: guardKind, category: z.string().nullable(), severity, start: z.number().int().nullable(), end: z.number().int().nullable(),
});
const draftApproval = z.looseObject({
  id, caseId: id, authorUserId: id, text: z.string(), visibility: z.string(), warnings: z.array(finding),
  status: z.enum(["PENDING", "APPROVED", "RETURNED"]), reviewerId: id.nullable(), comment: z.string().nullable(),
  messageId: id.nullable(), createdAt: isoDate, decidedAt: nullableDate,
});

/** `warnings` is a Json column; submitDraftForApproval is its only writer (findingRecord). */
const wired = <T extends { warnings: unknown }>(a: T) => ({ ...a, warnings: a.warnings as z.input<typeof finding>[] });

// The workspace's guard lists (team leads, admins): GET them, PUT { flagPhrases, allowPhrases, orderNumberPattern,
// publicContacts }.
export const getGuardSettingsOp = jsonOperation({
  method: "GET", path: "/api/v1/guards/settings", tag: "Guards", summary: "The workspace's guard settings",
  access: { permission: "guards.manage" }, status: 200, response: dataOf(guardSettings),
  async handler({ member }) {
    assertCan(member.role, "guards.manage");
    const s = await loadGuardSettings(await getPrisma(), member.workspaceId);
    // loadGuardSettings always fills publicContacts (the type keeps it optional for the pure checks).
    return { data: { ...s, publicContacts: s.publicContacts ?? [] } };
  },
});

export const putGuardSettingsOp = jsonOperation({
  method: "PUT", path: "/api/v1/guards/settings", tag: "Guards", summary: "Replace the workspace's guard settings (team leads)",
  access: { permission: "guards.manage" }, body: guardSettingsInput, status: 200, response: dataOf(guardSettings),
  handler: async ({ member, body }) => ({ data: await updateGuardSettings(await getPrisma(), member, body) }),
});

// { caseId?, text, visibility, locale? } → { warnings: [{ kind, category?, severity, message, start?, end? }] }
export const checkDraftOp = jsonOperation({
  method: "POST", path: "/api/v1/drafts/check", tag: "Guards",
  summary: "Check a draft: tone, copy-paste, personal data, apology, next step (messages in the locale given, else Accept-Language)",
  access: { permission: "cases.reply" }, body: draftCheckInput, status: 200,
  response: z.looseObject({
    warnings: z.array(z.looseObject({
      kind: guardKind, category: z.string().optional(), severity, message: z.string(),
      start: z.number().int().optional(), end: z.number().int().optional(),
    })),
  }),
  async handler({ req, member, body }) {
    const locale = pickLocale(undefined, req.headers.get("accept-language"));
    return checkDraftForCase(await getPrisma(), member, body, locale);
  },
});

// A draft held by a `high` guard finding, submitted for a team lead's approval instead of an override.
export const submitDraftApprovalOp = jsonOperation({
  method: "POST", path: "/api/v1/cases/{id}/draft-approvals", tag: "Guards", summary: "Submit a held draft to a team lead",
  access: { permission: "cases.reply" }, params: caseParams, body: replyInput.pick({ text: true, visibility: true }).strict(),
  status: 201, response: dataOf(draftApproval),
  handler: async ({ member, params, body }) => ({ data: wired(await submitDraftForApproval(await getPrisma(), member, params.id, body)) }),
});

export const listDraftApprovalsOp = jsonOperation({
  method: "GET", path: "/api/v1/cases/{id}/draft-approvals", tag: "Guards",
  summary: "The case's draft approvals (leads: all of them; others: their own), newest first",
  access: { permission: "cases.view_escalated" }, params: caseParams, status: 200, response: dataOf(z.array(draftApproval)),
  handler: async ({ member, params }) => ({ data: (await listDraftApprovals(await getPrisma(), member, { caseId: params.id })).map(wired) }),
});

// { decision: "approve" | "return", comment? } (team leads): approve queues the reply; return needs a comment.
export const decideDraftApprovalOp = jsonOperation({
  method: "POST", path: "/api/v1/draft-approvals/{id}/decision", tag: "Guards",
  summary: "Approve (queues the reply) or return with a comment (team leads); 409 already_decided",
  access: { permission: "guards.manage" }, params: z.object({ id: z.uuid({ error: "draft id must be a UUID" }) }),
  body: approvalDecisionInput, status: 200, response: dataOf(draftApproval),
  handler: async ({ member, params, body }) => ({ data: wired(await decideDraftApproval(await getPrisma(), member, params.id, body, enqueueDelivery)) }),
});

export const GUARD_OPERATIONS = [
  getGuardSettingsOp, putGuardSettingsOp, checkDraftOp, submitDraftApprovalOp, listDraftApprovalsOp, decideDraftApprovalOp,
];
