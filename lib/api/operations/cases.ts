// Cases: the inbox list and its counts, one case, its thread and timeline, changes, notes, replies, snoozing,
// closing without a reply, bulk changes and suggested replies.
import { z } from "zod";
import { addNote } from "../../cases/add-note";
import { bulkUpdateCases } from "../../cases/bulk-update-cases";
import { closeWithoutReply } from "../../cases/close-without-reply";
import { countCases, countViews } from "../../cases/count-cases";
import { getCase, getCaseEvents, getCaseMessages } from "../../cases/get-case";
import { listCases } from "../../cases/list-cases";
import { bulkPatch, caseIdParam, casePatch, listCasesQuery, noReplyInput, noteInput, snoozeInput } from "../../cases/schemas";
import { snoozeCase, unsnoozeCase } from "../../cases/snooze-case";
import { updateCase } from "../../cases/update-case";
import { queueReply } from "../../outbound/queue-reply";
import { replyInput } from "../../outbound/schemas";
import { suggestReplies } from "../../replies/suggest-replies";
import { withTypoRetry } from "../../search/correct-typos";
import { getPrisma } from "../../server/db";
import { enqueueDelivery } from "../../server/jobs";
import { jsonOperation } from "../operation";
import { auditEvent, caseDetail, caseListItem, caseStatus, dataOf, id, isoDate, message, nullableDate } from "./wire";

const caseParams = z.object({ id: caseIdParam });
const caseRow = z.looseObject({ id, number: z.number().int(), status: caseStatus, snoozedUntil: nullableDate });

export const listCasesOp = jsonOperation({
  method: "GET", path: "/api/v1/cases", tag: "Cases",
  summary: "List cases, newest activity first; a search q that finds nothing is retried with look-alike words of recent messages, and searchedFor then says what was searched",
  access: { member: true }, query: listCasesQuery, status: 200,
  response: z.looseObject({ data: z.array(caseListItem), nextCursor: z.string().nullable(), searchedFor: z.string().nullable() }),
  async handler({ member, query }) {
    const prisma = await getPrisma();
    // As in the inbox: a search that finds nothing is retried with look-alike words, and says so.
    const retried = await withTypoRetry(prisma, member, query);
    return { ...(await listCases(prisma, member, retried.query)), searchedFor: retried.searchedFor ?? null };
  },
});

export const countCasesOp = jsonOperation({
  method: "GET", path: "/api/v1/cases/counts", tag: "Cases",
  summary: "The inbox's counts alone: one figure per saved view, and the total behind the given filters (a mistyped search counts what the list shows)",
  access: { member: true }, query: listCasesQuery, status: 200,
  response: dataOf(z.looseObject({ views: z.record(z.string(), z.number().int()), total: z.number().int() })),
  async handler({ member, query }) {
    const prisma = await getPrisma();
    const { query: q } = await withTypoRetry(prisma, member, query);
    const now = new Date();
    const [views, total] = await Promise.all([countViews(prisma, member, now), countCases(prisma, member, q, now)]);
    return { data: { views, total } };
  },
});

export const getCaseOp = jsonOperation({
  method: "GET", path: "/api/v1/cases/{id}", tag: "Cases", summary: "One case with its messages and audit timeline",
  access: { permission: "cases.view_escalated" }, params: caseParams, status: 200, response: dataOf(caseDetail),
  handler: async ({ member, params }) => ({ data: await getCase(await getPrisma(), member, params.id) }),
});

export const patchCaseOp = jsonOperation({
  method: "PATCH", path: "/api/v1/cases/{id}", tag: "Cases", summary: "Change status, priority, assignee, team or tags; answers the case as it now stands",
  access: { permission: "cases.update" }, params: caseParams, body: casePatch, status: 200, response: dataOf(caseDetail),
  async handler({ member, params, body }) {
    const prisma = await getPrisma();
    await updateCase(prisma, member, params.id, body, enqueueDelivery);
    return { data: await getCase(prisma, member, params.id) };
  },
});

export const caseMessagesOp = jsonOperation({
  method: "GET", path: "/api/v1/cases/{id}/messages", tag: "Cases", summary: "The case's messages in platform order",
  access: { permission: "cases.view_escalated" }, params: caseParams, status: 200, response: dataOf(z.array(message)),
  handler: async ({ member, params }) => ({ data: await getCaseMessages(await getPrisma(), member, params.id) }),
});

export const caseEventsOp = jsonOperation({
  method: "GET", path: "/api/v1/cases/{id}/events", tag: "Cases", summary: "The case's audit timeline",
  access: { permission: "cases.view_escalated" }, params: caseParams, status: 200, response: dataOf(z.array(auditEvent)),
  handler: async ({ member, params }) => ({ data: await getCaseEvents(await getPrisma(), member, params.id) }),
});

export const caseSuggestionsOp = jsonOperation({
  method: "GET", path: "/api/v1/cases/{id}/suggestions", tag: "Cases",
  summary: "Up to three replies the team wrote for the same problem, personalised",
  access: { permission: "cases.view_escalated" }, params: caseParams, status: 200,
  response: dataOf(z.array(z.looseObject({
    text: z.string(), sourceCaseId: id, sourceCaseNumber: z.number().int(), sentAt: isoDate,
    outcome: z.string(), csat: z.number().nullable(), score: z.number(),
  }))),
  handler: async ({ member, params }) => ({ data: await suggestReplies(await getPrisma(), member, params.id) }),
});

export const addNoteOp = jsonOperation({
  method: "POST", path: "/api/v1/cases/{id}/notes", tag: "Cases", summary: "Add an internal note (@mentions resolved)",
  access: { permission: "cases.update" }, params: caseParams, body: noteInput, status: 201,
  response: dataOf(message.extend({ mentions: z.array(z.unknown()) })),
  handler: async ({ member, params, body }) => ({ data: await addNote(await getPrisma(), member, params.id, body.text) }),
});

export const noReplyNeededOp = jsonOperation({
  method: "POST", path: "/api/v1/cases/{id}/no-reply-needed", tag: "Cases",
  summary: "Close a case that needs no answer (praise, spam, off-topic, duplicate) without counting it as a missed first response; 409 reads_as_complaint on a complaint",
  access: { permission: "cases.update" }, params: caseParams, body: noReplyInput, status: 200, response: dataOf(caseRow),
  handler: async ({ member, params, body }) => ({ data: await closeWithoutReply(await getPrisma(), member, params.id, body) }),
});

export const snoozeOp = jsonOperation({
  method: "POST", path: "/api/v1/cases/{id}/snooze", tag: "Cases",
  summary: "Snooze an answered case until a time (at most 30 days): out of the working views, back with a notice then, when the customer writes or when an SLA clock runs out; 409 not_answered, customer_waiting, sla_late or invalid_transition",
  access: { permission: "cases.update" }, params: caseParams, body: snoozeInput, status: 200, response: dataOf(caseRow),
  handler: async ({ member, params, body }) => ({ data: await snoozeCase(await getPrisma(), member, params.id, body) }),
});

export const unsnoozeOp = jsonOperation({
  method: "POST", path: "/api/v1/cases/{id}/unsnooze", tag: "Cases", summary: "Wake a snoozed case now; 409 not_snoozed",
  access: { permission: "cases.update" }, params: caseParams, status: 200, response: dataOf(caseRow),
  handler: async ({ member, params }) => ({ data: await unsnoozeCase(await getPrisma(), member, params.id) }),
});

export const replyOp = jsonOperation({
  method: "POST", path: "/api/v1/cases/{id}/replies", tag: "Cases",
  summary: "Queue a public or private reply: stored and queued (202); its deliveryStatus moves to SENT or FAILED as the platform answers",
  access: { permission: "cases.reply" }, params: caseParams, body: replyInput, status: 202, response: dataOf(message),
  handler: async ({ member, params, body }) => ({ data: await queueReply(await getPrisma(), member, params.id, body, enqueueDelivery) }),
});

export const bulkCasesOp = jsonOperation({
  method: "PATCH", path: "/api/v1/cases/bulk", tag: "Cases", summary: "Apply one change to many cases; each result says whether it went through",
  access: { permission: "cases.update" }, body: bulkPatch, status: 200,
  response: dataOf(z.array(z.looseObject({ id, ok: z.boolean(), error: z.string().optional() }))),
  handler: async ({ member, body }) => ({ data: await bulkUpdateCases(await getPrisma(), member, body.caseIds, body.patch, enqueueDelivery) }),
});

export const CASE_OPERATIONS = [
  listCasesOp, countCasesOp, getCaseOp, patchCaseOp, caseMessagesOp, caseEventsOp, caseSuggestionsOp, addNoteOp,
  noReplyNeededOp, snoozeOp, unsnoozeOp, replyOp, bulkCasesOp,
];
