// Desk: escalations to customer service (their queue, their actions, the default team per reason), the promises
// made to customers (follow-ups), and the caller's notifications.
import { z } from "zod";
import { caseIdParam } from "../../cases/schemas";
import { escalateCase } from "../../escalations/escalate-case";
import { getEscalationRoutes, setEscalationRoutes } from "../../escalations/escalation-routes";
import { listEscalations } from "../../escalations/list-escalations";
import {
  ESCALATION_REASONS, ESCALATION_STATUSES, escalateInput, escalationIdParam, escalationPatch, escalationRoutesInput, listEscalationsQuery,
} from "../../escalations/schemas";
import { updateEscalation } from "../../escalations/update-escalation";
import { completeFollowUp } from "../../followups/complete-follow-up";
import { followUpPatch } from "../../followups/schemas";
import { cancelFollowUp } from "../../followups/settle-follow-ups";
import { pickLocale } from "../../i18n/messages";
import { listNotifications } from "../../notifications/list-notifications";
import { markNotificationsRead } from "../../notifications/mark-read";
import { listNotificationsQuery, markReadInput } from "../../notifications/schemas";
import { getPrisma } from "../../server/db";
import { jsonOperation } from "../operation";
import { caseStatus, dataOf, id, isoDate, nullableDate, ref } from "./wire";

/** An escalation row: its own assignee, team and clocks (pick-up, solution), the case's context for the desk. */
const escalation = z.looseObject({
  id, caseId: id, status: z.enum(ESCALATION_STATUSES), reason: z.string(), summary: z.string(), references: z.array(z.string()),
  // Json whose fields depend on the writer: escalate-case.ts (channel, platform, contactChannel, customer, handle,
  // post), a status change to ESCALATED in update-case.ts (channel, platform, post), the demo seed (its own).
  context: z.unknown().meta({ description: "How customer service reaches the customer (channel, platform, contactChannel, customer, handle, post)" }),
  createdById: id, teamId: id.nullable(), assigneeId: id.nullable(),
  solutionKind: z.string().nullable(), resolution: z.string().nullable(), returnReason: z.string().nullable(),
  pickUpDueAt: nullableDate, solutionDueAt: nullableDate, pickedUpAt: nullableDate,
  createdAt: isoDate, updatedAt: isoDate, resolvedAt: nullableDate,
});

const routes = z.record(z.enum(ESCALATION_REASONS), id.nullable());

export const escalateCaseOp = jsonOperation({
  method: "POST", path: "/api/v1/cases/{id}/escalations", tag: "Desk",
  summary: "Escalate a case to customer service with its context (the named team or agent, else the agent's team, else the reason's default team); 409 already_escalated",
  access: { permission: "cases.escalate" }, params: z.object({ id: caseIdParam }), body: escalateInput, status: 201,
  response: dataOf(escalation),
  handler: async ({ member, params, body }) => ({ data: await escalateCase(await getPrisma(), member, params.id, body) }),
});

export const listEscalationsOp = jsonOperation({
  method: "GET", path: "/api/v1/escalations", tag: "Desk", summary: "The escalation queue, oldest first, each with its clock (sla)",
  access: { permission: "cases.view_escalated" }, query: listEscalationsQuery, status: 200,
  response: z.looseObject({
    data: z.array(escalation.extend({
      sla: z.looseObject({ clock: z.enum(["pick_up", "solution"]).nullable(), dueAt: nullableDate, late: z.boolean() }),
      assignee: ref.nullable(), team: ref.nullable(), createdBy: ref,
      case: z.looseObject({
        id, number: z.number().int(), status: caseStatus, preview: z.string(), contact: z.looseObject({ displayName: z.string() }),
        channel: z.looseObject({ platform: z.string() }), assignee: ref.nullable(),
      }),
    })),
    nextCursor: z.string().nullable(),
  }),
  handler: async ({ member, query }) => listEscalations(await getPrisma(), member, query),
});

export const patchEscalationOp = jsonOperation({
  method: "PATCH", path: "/api/v1/escalations/{id}", tag: "Desk", summary: "Pick up, work or hand back an escalation (one action at a time)",
  access: { permission: "escalations.work" }, params: z.object({ id: escalationIdParam }), body: escalationPatch, status: 200,
  response: dataOf(escalation),
  handler: async ({ member, params, body }) => ({ data: await updateEscalation(await getPrisma(), member, params.id, body) }),
});

// { status: "DONE" } the promise was kept; { status: "CANCELLED", reason } withdrawn.
export const patchFollowUpOp = jsonOperation({
  method: "PATCH", path: "/api/v1/follow-ups/{id}", tag: "Desk",
  summary: "Mark a promise kept (DONE) or withdraw it with a reason (CANCELLED); nothing is deleted",
  access: { permission: "cases.update" }, params: z.object({ id: z.uuid({ error: "follow-up id must be a UUID" }) }), body: followUpPatch,
  status: 200,
  response: dataOf(z.looseObject({
    id, caseId: id, messageId: id.nullable(), phrase: z.string(), dueAt: nullableDate, status: z.enum(["OPEN", "DONE", "CANCELLED"]),
    doneAt: nullableDate, cancelledAt: nullableDate, cancelReason: z.string().nullable(), createdAt: isoDate,
  })),
  async handler({ member, params, body }) {
    const prisma = await getPrisma();
    return { data: body.status === "DONE" ? await completeFollowUp(prisma, member, params.id) : await cancelFollowUp(prisma, member, params.id, body.reason) };
  },
});

export const listNotificationsOp = jsonOperation({
  method: "GET", path: "/api/v1/notifications", tag: "Desk",
  summary: "The caller's notifications, newest first, each as a sentence in their language (locale cookie, else Accept-Language), and the unread count",
  access: { member: true }, query: listNotificationsQuery, status: 200,
  response: z.looseObject({
    data: z.array(z.looseObject({ id, kind: z.string(), caseId: id.nullable(), text: z.string(), createdAt: isoDate, readAt: nullableDate })),
    unread: z.number().int(),
  }),
  async handler({ req, member, query }) {
    const cookie = /(?:^|;\s*)locale=(\w+)/.exec(req.headers.get("cookie") ?? "")?.[1];
    const locale = pickLocale(cookie, req.headers.get("accept-language"));
    return listNotifications(await getPrisma(), member, { unreadOnly: query.unread === "true", limit: query.limit, locale });
  },
});

export const readNotificationsOp = jsonOperation({
  method: "POST", path: "/api/v1/notifications/read", tag: "Desk", summary: "Mark the caller's notifications read (others' ids are ignored)",
  access: { member: true }, body: markReadInput, status: 200, response: dataOf(z.looseObject({ updated: z.number().int() })),
  handler: async ({ member, body }) => ({ data: await markNotificationsRead(await getPrisma(), member, body.ids) }),
});

// The default customer-service team per escalation reason (null: the shared queue). Every member may read it
// (the escalate form pre-selects it); leads and admins change some or all reasons with PUT.
export const getEscalationRoutesOp = jsonOperation({
  method: "GET", path: "/api/v1/escalation-routes", tag: "Desk", summary: "Default customer-service team per escalation reason (null: the shared queue)",
  access: { member: true }, status: 200, response: dataOf(routes),
  handler: async ({ member }) => ({ data: await getEscalationRoutes(await getPrisma(), member.workspaceId) }),
});

export const putEscalationRoutesOp = jsonOperation({
  method: "PUT", path: "/api/v1/escalation-routes", tag: "Desk", summary: "Set the default team of some or all reasons (leads, admins); answers every route",
  access: { permission: "desk.settings" }, body: escalationRoutesInput, status: 200, response: dataOf(routes),
  // The body is parsed before the handler runs; setEscalationRoutes checks desk.settings before any read.
  handler: async ({ member, body }) => ({ data: await setEscalationRoutes(await getPrisma(), member, body) }),
});

export const DESK_OPERATIONS = [
  escalateCaseOp, listEscalationsOp, patchEscalationOp, patchFollowUpOp, listNotificationsOp, readNotificationsOp,
  getEscalationRoutesOp, putEscalationRoutesOp,
];
