// Moderation: hiding a customer's public message, banning a contact, and the troll/spam marks that allow both
// (on the author of an open complaint, a community manager's mark is a request a team lead decides).
import { z } from "zod";
import { banContact } from "../../moderation/ban-contact";
import { decideContactMark } from "../../moderation/decide-contact-mark";
import { hideMessage } from "../../moderation/hide-message";
import { moderateHeld } from "../../moderation/moderate-held";
import { listMarkRequests } from "../../moderation/list-mark-requests";
import { markContact } from "../../moderation/mark-contact";
import { banInput, contactMarkInput, hideInput, markDecisionInput, moderateHeldInput } from "../../moderation/schemas";
import type { TrollEvidence } from "../../moderation/troll-evidence";
import { getPrisma } from "../../server/db";
import { enqueueBan } from "../../server/jobs";
import { answer, jsonOperation } from "../operation";
import { dataOf, id, isoDate, nullableDate, ref } from "./wire";

const contactParams = z.object({ id: z.uuid({ error: "contact id must be a UUID" }) });

const contact = z.looseObject({ id, displayName: z.string(), signals: z.array(z.string()), createdAt: isoDate });

/** A troll/spam mark request, with the evidence snapshotted when it was asked (lib/moderation/troll-evidence.ts). */
const markRequest = z.looseObject({
  id, contactId: id, mark: z.string(), reason: z.string(),
  evidence: z.looseObject({
    inboundCount: z.number().int(), hostileCount: z.number().int(), caseCount: z.number().int(), openCases: z.number().int(),
    closedCases: z.number().int(), orderMentions: z.number().int(), firstSeenAt: isoDate, accountCreatedAt: nullableDate,
    followers: z.number().int().nullable(), selfDeclared: z.array(z.string()),
  }),
  status: z.enum(["PENDING", "APPROVED", "REFUSED"]), requestedById: id, reviewerId: id.nullable(), comment: z.string().nullable(),
  createdAt: isoDate, decidedAt: nullableDate,
});

/** What hiding and moderating a held comment answer: the message event recorded beside the text. */
const hideEvent = z.looseObject({
  id, messageId: id, kind: z.enum(["HIDDEN", "UNHIDDEN"]), platformTime: isoDate, actorUserId: id.nullable(),
  reason: z.string().nullable(), createdAt: isoDate,
});

// A platform refusal is an `upstream` domain error: 502 platform_error with its reason, like any error, by withMember.
// The answer is 201 (the hide is a new message event); the hand-kept document used to say 200.
export const hideMessageOp = jsonOperation({
  method: "POST", path: "/api/v1/messages/{id}/hide", tag: "Moderation",
  summary: "Hide or unhide a customer's public message on the platform, with a reason (never a complaint as troll or spam while it is open: 409 hide_refused_open_complaint); answers the recorded event",
  access: { permission: "moderation.hide" }, params: z.object({ id: z.uuid({ error: "message id must be a UUID" }) }),
  body: hideInput, status: 201, errors: { 502: "The platform refused (platform_error, with its reason)" },
  response: dataOf(hideEvent),
  handler: async ({ member, params, body }) => ({ data: await hideMessage(await getPrisma(), member, params.id, body) }),
});

// YouTube's held comments: published or rejected on the platform, recorded as an UNHIDDEN / HIDDEN event.
export const moderateHeldOp = jsonOperation({
  method: "POST", path: "/api/v1/messages/{id}/moderate", tag: "Moderation",
  summary: "Publish or reject a comment the platform holds for review (YouTube); rejecting a complaint as troll or spam while it is open is refused (409 reject_refused_open_complaint); never bans the author",
  access: { permission: "moderation.hide" }, params: z.object({ id: z.uuid({ error: "message id must be a UUID" }) }),
  body: moderateHeldInput, status: 201, errors: { 502: "The platform refused (platform_error, with its reason)" },
  response: dataOf(hideEvent),
  handler: async ({ member, params, body }) => ({ data: await moderateHeld(await getPrisma(), member, params.id, body) }),
});

// { reason } → 201 { data: [ban per identity, with platformStatus] }; 409 ban_refused_open_case
// { details: { cases: [numbers] } }. The block on the platform follows in a job (platformStatus PENDING → DONE).
export const banContactOp = jsonOperation({
  method: "POST", path: "/api/v1/contacts/{id}/ban", tag: "Moderation",
  summary: "Ban every identity of a contact (refused while a legitimate case is open); each ban is then blocked on Facebook/X by a job with retries (platformStatus PENDING → DONE, FAILED or UNSUPPORTED)",
  access: { permission: "moderation.ban" }, params: contactParams, body: banInput, status: 201,
  response: dataOf(z.array(z.looseObject({
    id, identityId: id, reason: z.string(), createdById: id, createdAt: isoDate, liftedAt: nullableDate,
    platformStatus: z.enum(["PENDING", "DONE", "FAILED", "UNSUPPORTED"]).nullable(), platformAttempts: z.number().int(),
    platformError: z.string().nullable(), platformDoneAt: nullableDate,
  }))),
  handler: async ({ member, params, body }) => ({ data: await banContact(await getPrisma(), member, params.id, body, enqueueBan) }),
});

// { mark: "troll" | "spam", on?, reason (to put a mark on) } → 200 { data: { outcome: "marked" | "unmarked",
// contact } }, or 202 { data: { outcome: "requested", request } } when the author has an open complaint and the
// caller is not a team lead: a lead decides (POST /api/v1/mark-requests/{id}/decision). 409 mark_already_requested.
// The success status depends on the outcome: 200, or 202 declared in `also` and chosen with answer().
const markOutcome = dataOf(z.discriminatedUnion("outcome", [
  z.looseObject({ outcome: z.enum(["marked", "unmarked"]), contact, request: z.null() }),
  z.looseObject({ outcome: z.literal("requested"), contact, request: markRequest }),
]));

export const markContactOp = jsonOperation({
  method: "POST", path: "/api/v1/contacts/{id}/marks", tag: "Moderation",
  summary: "Mark or unmark a contact as troll or spam, with a reason; on the author of an open complaint a community manager's mark is a request a team lead decides (202)",
  access: { permission: "moderation.hide" }, params: contactParams, body: contactMarkInput,
  status: 200, also: { 202: "Requested: a team lead decides ({ outcome: requested, contact, request })" }, response: markOutcome,
  async handler({ member, params, body }) {
    const res = await markContact(await getPrisma(), member, params.id, body);
    if (res.outcome !== "requested") return { data: res };
    // `evidence` is a Json column; markContact is its only writer (trollEvidence).
    return answer(202, { data: { ...res, request: { ...res.request, evidence: res.request.evidence as unknown as TrollEvidence } } });
  },
});

// → { data: [troll/spam mark requests on this contact, newest first, each with its evidence and decision] }.
export const listMarkRequestsOp = jsonOperation({
  method: "GET", path: "/api/v1/contacts/{id}/mark-requests", tag: "Moderation",
  summary: "Troll/spam mark requests on a contact, newest first, each with its evidence and decision",
  access: { permission: "moderation.hide" }, params: contactParams, status: 200,
  response: dataOf(z.array(markRequest.extend({
    requestedBy: ref, reviewer: ref.nullable(), contact: z.looseObject({ id, displayName: z.string() }),
  }))),
  handler: async ({ member, params }) => ({ data: await listMarkRequests(await getPrisma(), member, { contactId: params.id }) }),
});

// { decision: "approve" | "refuse", comment? } (team leads): approve puts the mark on the contact; refuse needs
// a comment and leaves them a customer. 409 mark_already_decided.
export const decideMarkRequestOp = jsonOperation({
  method: "POST", path: "/api/v1/mark-requests/{id}/decision", tag: "Moderation",
  summary: "A team lead approves (the mark is put on) or refuses (with a comment) a requested mark; 409 mark_already_decided",
  access: { permission: "moderation.decide_mark" }, params: z.object({ id: z.uuid({ error: "mark request id must be a UUID" }) }),
  body: markDecisionInput, status: 200, response: dataOf(z.looseObject({ request: markRequest, contact })),
  async handler({ member, params, body }) {
    const { request, contact: c } = await decideContactMark(await getPrisma(), member, params.id, body);
    // `evidence` is a Json column; markContact is its only writer (trollEvidence), as listMarkRequests reads it.
    return { data: { request: { ...request, evidence: request.evidence as unknown as TrollEvidence }, contact: c } };
  },
});

export const MODERATION_OPERATIONS = [hideMessageOp, moderateHeldOp, banContactOp, markContactOp, listMarkRequestsOp, decideMarkRequestOp];
