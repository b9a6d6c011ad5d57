// Every /api/v1 operation, with the zod schemas that validate it: the source of the OpenAPI document
// (GET /api/v1/openapi.json). tests/unit/openapi.test.ts fails when a route file and this list disagree, so a
// new route is added here, one entry, next to its schema. No server imports.
import { z } from "zod";
import { auditQuery } from "../../audit/schemas";
import { bulkPatch, casePatch, listCasesQuery, noReplyInput, noteInput, snoozeInput } from "../../cases/schemas";
import { connectChannelInput } from "../../channels/schemas";
import { escalateInput, escalationPatch, escalationRoutesInput, listEscalationsQuery } from "../../escalations/schemas";
import { listNotificationsQuery, markReadInput } from "../../notifications/schemas";
import { presenceInput } from "../../live/events";
import {
  acceptInvitationInput, inviteInput, memberPatch, setupInput, teamInput, teamPatch, tokenInput, tokenPatch, workspaceInput,
} from "../../members/schemas";
import { approvalDecisionInput, draftCheckInput, guardSettingsInput } from "../../guards/schemas";
import { banInput, contactMarkInput, hideInput, markDecisionInput } from "../../moderation/schemas";
import { replyInput } from "../../outbound/schemas";
import { alertPatch, listAlertsQuery } from "../../radar/schemas";
import { incidentAnswer, incidentPatch, incidentStatusUpdate, listIncidentsQuery } from "../../incidents/schemas";
import { metricsQuery } from "../../metrics/schemas";
import { followUpPatch } from "../../followups/schemas";
import { handoffRoutesQuery } from "../../handoff/schemas";
import { linkIdentityInput } from "../../staff/schemas";

export interface Operation {
  method: "get" | "post" | "patch" | "put";
  /** OpenAPI form: /api/v1/cases/{id}. */
  path: string;
  summary: string;
  tag: string;
  body?: z.ZodType;
  query?: z.ZodType;
  /** Success status and what it returns. */
  success: [number, string];
  /** No credentials: the setup or invitation token in the request is the credential. */
  public?: boolean;
  /** Response media type when not JSON. */
  produces?: string;
}

export const OPERATIONS: Operation[] = [
  { method: "get", path: "/api/v1/me", tag: "Account", summary: "The caller, their role and permissions", success: [200, "The member"] },
  { method: "get", path: "/api/v1/cases", tag: "Cases", summary: "List cases, newest activity first; a search q that finds nothing is retried with look-alike words of recent messages, and searchedFor then says what was searched", query: listCasesQuery, success: [200, "{ data, nextCursor, searchedFor }"] },
  { method: "get", path: "/api/v1/cases/{id}", tag: "Cases", summary: "One case with its messages and audit timeline", success: [200, "{ data }"] },
  { method: "patch", path: "/api/v1/cases/{id}", tag: "Cases", summary: "Change status, priority, assignee, team or tags", body: casePatch, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/cases/{id}/messages", tag: "Cases", summary: "The case's messages in platform order", success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/cases/{id}/events", tag: "Cases", summary: "The case's audit timeline", success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/cases/{id}/suggestions", tag: "Cases", summary: "Up to three replies the team wrote for the same problem, personalised: { data: [{ text, sourceCaseId, sourceCaseNumber, sentAt, outcome, csat, score }] }", success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/cases/{id}/notes", tag: "Cases", summary: "Add an internal note (@mentions resolved)", body: noteInput, success: [201, "{ data }"] },
  { method: "post", path: "/api/v1/cases/{id}/no-reply-needed", tag: "Cases", summary: "Close a case that needs no answer (praise, spam, off-topic, duplicate) without counting it as a missed first response; 409 reads_as_complaint on a complaint", body: noReplyInput, success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/cases/{id}/snooze", tag: "Cases", summary: "Snooze an answered case until a time (at most 30 days): out of the working views, back with a notice then, when the customer writes or when an SLA clock runs out; 409 not_answered, customer_waiting, sla_late or invalid_transition", body: snoozeInput, success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/cases/{id}/unsnooze", tag: "Cases", summary: "Wake a snoozed case now; 409 not_snoozed", success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/cases/{id}/replies", tag: "Cases", summary: "Queue a public or private reply", body: replyInput, success: [202, "{ data }: the stored message"] },
  { method: "patch", path: "/api/v1/cases/bulk", tag: "Cases", summary: "Apply one change to many cases", body: bulkPatch, success: [200, "{ data: [{ id, ok, error? }] }"] },
  { method: "post", path: "/api/v1/messages/{id}/hide", tag: "Moderation", summary: "Hide or unhide a public message on the platform", body: hideInput, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/guards/settings", tag: "Guards", summary: "The workspace's guard settings", success: [200, "{ data }"] },
  { method: "put", path: "/api/v1/guards/settings", tag: "Guards", summary: "Replace the workspace's guard settings (team leads)", body: guardSettingsInput, success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/drafts/check", tag: "Guards", summary: "Check a draft: tone, copy-paste, personal data, apology, next step", body: draftCheckInput, success: [200, "{ warnings }"] },
  { method: "post", path: "/api/v1/cases/{id}/draft-approvals", tag: "Guards", summary: "Submit a held draft to a team lead", body: replyInput.pick({ text: true, visibility: true }).strict(), success: [201, "{ data }"] },
  { method: "get", path: "/api/v1/cases/{id}/draft-approvals", tag: "Guards", summary: "The case's draft approvals", success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/draft-approvals/{id}/decision", tag: "Guards", summary: "Approve (queues the reply) or return with a comment", body: approvalDecisionInput, success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/contacts/{id}/ban", tag: "Moderation", summary: "Ban every identity of a contact (refused while a legitimate case is open); each ban is then blocked on Facebook/X by a job with retries (platformStatus PENDING → DONE, FAILED or UNSUPPORTED)", body: banInput, success: [201, "{ data }"] },
  { method: "post", path: "/api/v1/contacts/{id}/marks", tag: "Moderation", summary: "Mark or unmark a contact as troll or spam, with a reason; on the author of an open complaint a community manager's mark is a request a team lead decides (202)", body: contactMarkInput, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/contacts/{id}/mark-requests", tag: "Moderation", summary: "Troll/spam mark requests on a contact, newest first, each with its evidence and decision", success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/mark-requests/{id}/decision", tag: "Moderation", summary: "A team lead approves (the mark is put on) or refuses (with a comment) a requested mark", body: markDecisionInput, success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/cases/{id}/escalations", tag: "Desk", summary: "Escalate a case to customer service with its context", body: escalateInput, success: [201, "{ data }"] },
  { method: "get", path: "/api/v1/escalations", tag: "Desk", summary: "The escalation queue", query: listEscalationsQuery, success: [200, "{ data }"] },
  { method: "patch", path: "/api/v1/escalations/{id}", tag: "Desk", summary: "Pick up, work or hand back an escalation", body: escalationPatch, success: [200, "{ data }"] },
  { method: "patch", path: "/api/v1/follow-ups/{id}", tag: "Desk", summary: "Mark a promise kept (DONE) or withdraw it with a reason (CANCELLED); nothing is deleted", body: followUpPatch, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/notifications", tag: "Desk", summary: "The caller's notifications", query: listNotificationsQuery, success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/notifications/read", tag: "Desk", summary: "Mark notifications read", body: markReadInput, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/cases/counts", tag: "Cases", summary: "Case counts per inbox view for the same filters", query: listCasesQuery, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/alerts", tag: "Reports", summary: "Crisis radar alerts", query: listAlertsQuery, success: [200, "{ data }"] },
  { method: "patch", path: "/api/v1/alerts/{id}", tag: "Reports", summary: "Acknowledge an alert", body: alertPatch, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/incidents", tag: "Reports", summary: "Incidents (grouped similar complaints)", query: listIncidentsQuery, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/incidents/{id}", tag: "Reports", summary: "One incident with its cases", success: [200, "{ data }"] },
  { method: "patch", path: "/api/v1/incidents/{id}", tag: "Reports", summary: "Confirm, name, link/unlink or resolve an incident", body: incidentPatch, success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/incidents/{id}/updates", tag: "Reports", summary: "Post a status update on an incident", body: incidentStatusUpdate, success: [201, "{ data }"] },
  { method: "post", path: "/api/v1/incidents/{id}/answers", tag: "Reports", summary: "Answer every open linked case, personalised and in its customer's language (templates.fr / templates.en); each case is sent or refused with a code (guard_blocked, no_target, no_wording…)", body: incidentAnswer, success: [202, "{ data: [{ caseId, caseNumber, language, ok, messageId?, code?, error? }] }"] },
  { method: "get", path: "/api/v1/metrics", tag: "Reports", summary: "Team lead figures", query: metricsQuery, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/handoff-routes", tag: "Reports", summary: "Hand-off routes customers reported as not working, per kind of problem and week (issue #25)", query: handoffRoutesQuery, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/members/{id}/identities", tag: "Administration", summary: "A member's linked personal social accounts (the member, leads, admins; issue #25)", success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/members/{id}/identities", tag: "Administration", summary: "Link a personal social account to a member: its messages are marked staff (issue #25)", body: linkIdentityInput, success: [201, "{ data }"] },
  { method: "get", path: "/api/v1/staff-suggestions", tag: "Administration", summary: "Commenters who may be staff on a personal account, for a lead to confirm (issue #25)", success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/metrics/cases", tag: "Reports", summary: "The cases behind a figure", query: metricsQuery, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/channels", tag: "Channels", summary: "Channels and their health (never their secrets)", success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/channels", tag: "Channels", summary: "Connect or reconnect a channel", body: connectChannelInput, success: [201, "{ data }: the channel"] },
  { method: "get", path: "/api/v1/stream", tag: "Live", summary: "Server-sent events: change and presence", success: [200, "text/event-stream"], produces: "text/event-stream" },
  { method: "post", path: "/api/v1/presence", tag: "Live", summary: "Say who is viewing or replying to a case", body: presenceInput, success: [200, "{ ok }"] },
  { method: "post", path: "/api/v1/setup", tag: "Administration", summary: "First run: create the workspace and its first admin with the one-time setup token", body: setupInput, success: [201, "{ data: { workspaceId, workspaceSlug, userId } }"], public: true },
  { method: "get", path: "/api/v1/members", tag: "Administration", summary: "Members (id, email, name, role, active, team) and pending invitations", success: [200, "{ data, invitations }"] },
  { method: "post", path: "/api/v1/members", tag: "Administration", summary: "Invite by link (e-mailed too when SMTP is configured)", body: inviteInput, success: [201, "{ data: { id, inviteUrl, expiresAt, emailed } }"] },
  { method: "patch", path: "/api/v1/members/{id}", tag: "Administration", summary: "Change role or team, deactivate or reactivate", body: memberPatch, success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/invitations/{token}/accept", tag: "Administration", summary: "Accept an invitation: a name and a new password, or the current password of the address's existing account (checked as a sign-in: 403 wrong, 429 once locked out)", body: acceptInvitationInput, success: [201, "{ data: { userId, workspaceId, membershipId } }"], public: true },
  { method: "get", path: "/api/v1/teams", tag: "Administration", summary: "Teams with their active members", success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/teams", tag: "Administration", summary: "Create a customer-service or community-manager team", body: teamInput, success: [201, "{ data }"] },
  { method: "patch", path: "/api/v1/teams/{id}", tag: "Administration", summary: "Rename or archive a team", body: teamPatch, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/escalation-routes", tag: "Desk", summary: "Default customer-service team per escalation reason (null: the shared queue)", success: [200, "{ data }"] },
  { method: "put", path: "/api/v1/escalation-routes", tag: "Desk", summary: "Set the default team of some or all reasons (leads, admins)", body: escalationRoutesInput, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/workspaces", tag: "Administration", summary: "The caller's workspaces", success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/workspaces", tag: "Administration", summary: "Create another workspace (admins)", body: workspaceInput, success: [201, "{ data }"] },
  { method: "get", path: "/api/v1/tokens", tag: "Administration", summary: "API tokens (own; admins: all of the workspace) with last use", success: [200, "{ data }"] },
  { method: "post", path: "/api/v1/tokens", tag: "Administration", summary: "Create a token for yourself in this workspace; shown once", body: tokenInput, success: [201, "{ data: { id, token, name, prefix } }"] },
  { method: "patch", path: "/api/v1/tokens/{id}", tag: "Administration", summary: "Revoke a token (it stays listed)", body: tokenPatch, success: [200, "{ data }"] },
  { method: "get", path: "/api/v1/audit-events", tag: "Administration", summary: "The audit log (admins), JSON or CSV", query: auditQuery, success: [200, "{ data, nextCursor } or CSV"] },
  { method: "get", path: "/api/v1/openapi.json", tag: "Meta", summary: "This document", success: [200, "OpenAPI 3.1"], public: true },
];
