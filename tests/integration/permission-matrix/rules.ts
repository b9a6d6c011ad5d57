// THE list of who may call what: every API route (METHOD + path under app/) and every exported server action
// (file#name under app/actions) has exactly one entry here. tests/integration/permission-matrix.test.ts finds
// every route and action in the code and fails, naming it, when its entry is missing — so adding a route or
// an action means adding one line here: the permission it needs (lib/auth/permissions.ts, the one table), the
// request that exercises it, and nothing else. Allowed roles must not get 401/403/500; the others 403 or 404.
// A rule made with `exact` calls a row that exists and is stricter: allowed roles must also not get 404 (so they
// went past the lookup: 2xx, or 409 for a harmless repeat), and refused roles must get exactly 403, or 404 for
// the roles it names as kept from knowing the row exists — a missing permission check cannot hide behind a 404.
import type { Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/generated/prisma/enums";
import type { MatrixFixture } from "./fixture";

export interface RouteCall {
  params?: Record<string, string | string[]>;
  query?: Record<string, string>;
  body?: unknown;
}

export type Rule<Call> =
  /** Only the roles the permission table gives this permission. */
  | { kind: "permission"; permission: Permission; call: (f: MatrixFixture) => Call; exact?: Exact }
  /** Every signed-in member (what they see inside is scoped by the use case). */
  | { kind: "member"; call: (f: MatrixFixture) => Call; stream?: boolean }
  /** Refused for everybody with 405: nothing is deleted (R1). */
  | { kind: "nothing_deleted" }
  /** Not authenticated as a member at all; say why it is safe. */
  | { kind: "public"; why: string }
  /** Listed but not yet exercised per role: the owning issue replaces it with a real rule (see the report). */
  | { kind: "pending"; owner: string };

/** Real row: allowed roles get neither 403 nor 404; refused roles get 403, except `notFoundFor` (404, by design). */
export interface Exact { notFoundFor: readonly Role[]; why?: string }

const perm = <C>(permission: Permission, call: (f: MatrixFixture) => C): Rule<C> => ({ kind: "permission", permission, call });
const exact = <C>(permission: Permission, call: (f: MatrixFixture) => C, notFoundFor: readonly Role[] = [], why?: string): Rule<C> => ({
  kind: "permission", permission, call, exact: { notFoundFor, why },
});
const member = <C>(call: (f: MatrixFixture) => C, stream = false): Rule<C> => ({ kind: "member", call, stream });
const NOTHING_DELETED = { kind: "nothing_deleted" } as const;
const pub = (why: string) => ({ kind: "public", why }) as const;
const UNKNOWN = "00000000-0000-4000-8000-000000000000";

/** Key: "METHOD /path/with/[params]" exactly as the folder names under app/. */
export const ROUTE_RULES: Record<string, Rule<RouteCall>> = {
  "GET /api/auth/[...nextauth]": pub("next-auth's own sign-in endpoints (CSRF token; origin checked in proxy.ts)"),
  "POST /api/auth/[...nextauth]": pub("next-auth's own sign-in endpoints (CSRF token; origin checked in proxy.ts)"),
  "POST /api/internal/replay": pub("the replay CLI proves it can read DATA_DIR with the secret the app wrote there; refusals rate-limited per source"),
  "POST /api/internal/tokens": pub("the CLI proves it can read DATA_DIR with the secret the app wrote there; refusals rate-limited per source"),
  "GET /api/webhooks/facebook": pub("platform verification handshake (verify token)"),
  "POST /api/webhooks/facebook": pub("platform deliveries, signature checked over the raw bytes"),
  "GET /api/webhooks/instagram": pub("platform verification handshake (verify token)"),
  "POST /api/webhooks/instagram": pub("platform deliveries, signature checked over the raw bytes"),
  "POST /api/webhooks/google": pub("Pub/Sub push, its Google-signed OIDC token checked (signature, issuer, audience, e-mail, expiry)"),
  "GET /api/webhooks/x": pub("platform CRC handshake"),
  "POST /api/webhooks/x": pub("platform deliveries, signature checked over the raw bytes"),
  "GET /api/v1/[...path]": pub("JSON 404 for unknown paths"),
  "POST /api/v1/[...path]": pub("JSON 404 for unknown paths"),
  "PATCH /api/v1/[...path]": pub("JSON 404 for unknown paths"),
  "PUT /api/v1/[...path]": pub("JSON 404 for unknown paths"),
  "DELETE /api/v1/[...path]": pub("JSON 404 for unknown paths"),

  "GET /api/v1/me": member(() => ({})),
  "GET /api/v1/cases": member(() => ({ query: { limit: "5" } })),
  "DELETE /api/v1/cases": NOTHING_DELETED,
  "PATCH /api/v1/cases/bulk": perm("cases.update", (f) => ({ body: { caseIds: [f.escalatedCaseId], patch: { priority: "HIGH" } } })),
  "GET /api/v1/cases/[id]": perm("cases.view_escalated", (f) => ({ params: { id: f.escalatedCaseId } })),
  "PATCH /api/v1/cases/[id]": perm("cases.update", (f) => ({ params: { id: f.escalatedCaseId }, body: { priority: "HIGH" } })),
  "DELETE /api/v1/cases/[id]": NOTHING_DELETED,
  "GET /api/v1/cases/[id]/events": perm("cases.view_escalated", (f) => ({ params: { id: f.escalatedCaseId } })),
  "DELETE /api/v1/cases/[id]/events": NOTHING_DELETED,
  "GET /api/v1/cases/[id]/suggestions": perm("cases.view_escalated", (f) => ({ params: { id: f.escalatedCaseId } })),
  "DELETE /api/v1/cases/[id]/suggestions": NOTHING_DELETED,
  "GET /api/v1/cases/[id]/messages": perm("cases.view_escalated", (f) => ({ params: { id: f.escalatedCaseId } })),
  "DELETE /api/v1/cases/[id]/messages": NOTHING_DELETED,
  "POST /api/v1/cases/[id]/no-reply-needed": perm("cases.update", (f) => ({ params: { id: f.escalatedCaseId }, body: { reason: "PRAISE" } })),
  "POST /api/v1/cases/[id]/snooze": perm("cases.update", (f) => ({ params: { id: f.escalatedCaseId }, body: { until: new Date(Date.now() + 3_600_000).toISOString() } })),
  "DELETE /api/v1/cases/[id]/snooze": NOTHING_DELETED,
  "POST /api/v1/cases/[id]/unsnooze": perm("cases.update", (f) => ({ params: { id: f.escalatedCaseId } })),
  "POST /api/v1/cases/[id]/notes": perm("cases.update", (f) => ({ params: { id: f.escalatedCaseId }, body: { text: "Rappel fait" } })),
  "POST /api/v1/cases/[id]/replies": perm("cases.reply", (f) => ({
    params: { id: f.escalatedCaseId }, body: { text: "Bonjour Marc, nous regardons.", visibility: "private" },
  })),
  "GET /api/v1/channels": perm("channels.view", () => ({})),
  "POST /api/v1/channels": perm("channels.manage", () => ({
    body: { kind: "facebook_page", externalId: "123456", name: "Page", secrets: {} },
  })),
  "POST /api/v1/channels/[id]/x-webhook": perm("channels.manage", (f) => ({
    params: { id: f.channelId }, body: { url: "https://inbox.example.org/api/webhooks/x" },
  })),
  "POST /api/v1/messages/[id]/hide": perm("moderation.hide", (f) => ({
    params: { id: f.publicMessageId }, body: { hidden: true, reason: "spam" },
  })),
  "POST /api/v1/messages/[id]/moderate": perm("moderation.hide", (f) => ({
    params: { id: f.publicMessageId }, body: { decision: "publish" },
  })),
  "POST /api/v1/presence": member((f) => ({ body: { caseId: f.escalatedCaseId, activity: "viewing" } })),
  "GET /api/v1/stream": member(() => ({}), true),
  "POST /api/v1/drafts/check": perm("cases.reply", (f) => ({
    body: { caseId: f.escalatedCaseId, text: "Bonjour Marc", visibility: "public" },
  })),
  "GET /api/v1/cases/[id]/draft-approvals": perm("cases.view_escalated", (f) => ({ params: { id: f.escalatedCaseId } })),
  "POST /api/v1/cases/[id]/draft-approvals": perm("cases.reply", (f) => ({
    params: { id: f.escalatedCaseId }, body: { text: "Bonjour Marc, nous regardons.", visibility: "public" },
  })),
  // A pending draft of its own (the action decides another one): the first lead returns it (200), the next
  // gets 409 already_decided; customer service and community managers 403 (they see the case: nothing hidden).
  "POST /api/v1/draft-approvals/[id]/decision": exact("guards.manage", (f) => ({
    params: { id: f.decisionDraftApprovalId }, body: { decision: "return", comment: "Précisez la date de livraison." },
  })),
  // A customer of their own with an open case: a community manager's mark is a request (202), a lead's applies.
  "POST /api/v1/contacts/[id]/marks": perm("moderation.hide", (f) => ({
    params: { id: f.markContactId }, body: { mark: "troll", reason: "Insultes sous chaque post" },
  })),
  "GET /api/v1/contacts/[id]/mark-requests": perm("moderation.hide", (f) => ({ params: { id: f.markContactId } })),
  // A pending request of its own (the action decides another one): the first lead refuses it (200), the next
  // gets 409 mark_already_decided; community managers and customer service 403.
  "POST /api/v1/mark-requests/[id]/decision": exact("moderation.decide_mark", (f) => ({
    params: { id: f.decisionMarkRequestId }, body: { decision: "refuse", comment: "Une vraie réclamation de livraison." },
  })),
  // The contact has an open case: allowed roles get 409 ban_refused_open_case (R1), the others 403.
  "POST /api/v1/contacts/[id]/ban": perm("moderation.ban", (f) => ({ params: { id: f.contactId }, body: { reason: "Insultes répétées" } })),
  "POST /api/v1/cases/[id]/escalations": perm("cases.escalate", (f) => ({
    params: { id: f.openCaseId }, body: { reason: "delivery", summary: "Colis perdu, client relance" },
  })),
  "GET /api/v1/escalations": perm("cases.view_escalated", () => ({})),
  "PATCH /api/v1/escalations/[id]": perm("escalations.work", (f) => ({ params: { id: f.escalationId }, body: { action: "pick_up" } })),
  "DELETE /api/v1/escalations/[id]": NOTHING_DELETED,
  "PATCH /api/v1/follow-ups/[id]": perm("cases.update", (f) => ({ params: { id: f.followUpId }, body: { status: "DONE" } })),
  "GET /api/v1/notifications": member(() => ({})),
  // Real alert / incident rows (nobody else's rules depend on them): allowed roles get 2xx, the others exactly
  // 403 — the permission is checked before any lookup, no role is kept from knowing they exist.
  // Acknowledging an acknowledged alert is a no-op 200.
  "PATCH /api/v1/alerts/[id]": exact("alerts.acknowledge", (f) => ({ params: { id: f.alertId }, body: { acknowledged: true } })),
  "GET /api/v1/alerts": perm("alerts.view", () => ({})),
  // The incident has no linked case: 202 with no reply queued.
  "POST /api/v1/incidents/[id]/answers": exact("incidents.manage", (f) => ({
    params: { id: f.incidentId }, body: { template: "Bonjour {{first_name}}, nous suivons ce problème.", visibility: "public" },
  })),
  "GET /api/v1/incidents/[id]": exact("cases.view_all", (f) => ({ params: { id: f.incidentId } })),
  // Already OPEN: setting OPEN again changes nothing (200).
  "PATCH /api/v1/incidents/[id]": exact("incidents.manage", (f) => ({ params: { id: f.incidentId }, body: { status: "OPEN" } })),
  "POST /api/v1/incidents/[id]/updates": exact("incidents.manage", (f) => ({ params: { id: f.incidentId }, body: { text: "Nous suivons le problème." } })),
  "GET /api/v1/incidents": perm("cases.view_all", () => ({})),
  "GET /api/v1/metrics/cases": perm("reports.view", () => ({ query: { from: "2026-11-01", to: "2026-11-08" } })),
  "GET /api/v1/metrics": perm("reports.view", () => ({ query: { from: "2026-11-01", to: "2026-11-08" } })),
  "DELETE /api/v1/alerts/[id]": NOTHING_DELETED,
  "DELETE /api/v1/alerts": NOTHING_DELETED,
  "DELETE /api/v1/incidents/[id]": NOTHING_DELETED,
  "DELETE /api/v1/incidents": NOTHING_DELETED,
  "DELETE /api/v1/metrics/cases": NOTHING_DELETED,
  "DELETE /api/v1/metrics": NOTHING_DELETED,
  "GET /api/v1/cases/counts": member(() => ({})),
  "POST /api/v1/cases/counts": NOTHING_DELETED,
  "GET /api/v1/guards/settings": perm("guards.manage", () => ({})),
  "PUT /api/v1/guards/settings": perm("guards.manage", () => ({ body: { flagPhrases: [], allowPhrases: [] } })),
  "POST /api/v1/notifications/read": member(() => ({ body: { ids: ["00000000-0000-4000-8000-000000000000"] } })),
  // #14 administration
  "POST /api/v1/setup": pub("first run: the one-time setup token printed by npm start is the credential (410 once used); rate-limited per source"),
  "POST /api/v1/invitations/[token]/accept": pub("the invitation token is the credential (404 unknown, 410 used/expired); rate-limited per source; an existing account's password is checked as a sign-in (lock-out)"),
  "GET /api/v1/openapi.json": pub("the API description, no data"),
  "GET /api/docs": pub("the API reference page (Swagger UI over the public document), no data"),
  "GET /api/docs/[file]": pub("the reference page's own scripts and styles, from a fixed list"),
  "GET /api/v1/members": perm("members.manage", () => ({})),
  "POST /api/v1/members": perm("members.manage", () => ({
    body: { email: "nouvelle.recrue@example.test", name: "Nouvelle Recrue", role: "COMMUNITY_MANAGER" },
  })),
  // A spare customer-service member, given the role they already have: 200, nothing changes; the others 403.
  "PATCH /api/v1/members/[id]": exact("members.manage", (f) => ({ params: { id: f.spareMembershipId }, body: { role: "CUSTOMER_SERVICE" } })),
  "DELETE /api/v1/members/[id]": NOTHING_DELETED,
  // Issue #25: a member's own personal accounts, or anyone's for leads and admins (the spare member is no caller's own).
  "GET /api/v1/members/[id]/identities": exact("members.manage", (f) => ({ params: { id: f.spareMembershipId } })),
  "POST /api/v1/members/[id]/identities": perm("members.manage", (f) => ({ params: { id: f.spareMembershipId }, body: { platform: "FACEBOOK", account: "@matrix_spare" } })),
  "DELETE /api/v1/members/[id]/identities": NOTHING_DELETED,
  "GET /api/v1/staff-suggestions": perm("members.manage", () => ({})),
  "DELETE /api/v1/staff-suggestions": NOTHING_DELETED,
  "GET /api/v1/teams": member(() => ({})),
  "POST /api/v1/teams": perm("teams.manage", () => ({ body: { name: "Service client Nord", kind: "CUSTOMER_SERVICE" } })),
  // The fixture's team, renamed (the second rename to the same name is a 200 too); the others 403.
  "PATCH /api/v1/teams/[id]": exact("teams.manage", (f) => ({ params: { id: f.teamId }, body: { name: "Équipe Sud" } })),
  "DELETE /api/v1/teams/[id]": NOTHING_DELETED,
  // Issue #22: automation rules and agents' load are a lead's; anyone switches their own availability.
  "GET /api/v1/rules": exact("automation.manage", () => ({})),
  "POST /api/v1/rules": perm("automation.manage", () => ({ body: { name: "Remboursement", definition: { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "text", op: "any", words: ["remboursement"] }], actions: [{ type: "add_tags", tags: ["remboursement"] }] } } })),
  "GET /api/v1/rules/[id]": exact("automation.manage", (f) => ({ params: { id: f.ruleId } })),
  "PATCH /api/v1/rules/[id]": exact("automation.manage", (f) => ({ params: { id: f.ruleId }, body: { name: "Livraison (FR)" } })),
  "DELETE /api/v1/rules/[id]": NOTHING_DELETED,
  "POST /api/v1/rules/[id]/preview": exact("automation.manage", (f) => ({ params: { id: f.ruleId }, body: { days: 7 } })),
  "GET /api/v1/agents/load": exact("automation.manage", () => ({})),
  "PATCH /api/v1/agents/[id]": exact("automation.manage", (f) => ({ params: { id: f.members.CUSTOMER_SERVICE.userId }, body: { caseCap: 12 } })),
  "PUT /api/v1/me/availability": perm("presence.set_own", () => ({ body: { available: true } })),
  "GET /api/v1/escalation-routes": member(() => ({})),
  "PUT /api/v1/escalation-routes": perm("desk.settings", () => ({ body: { routes: { delivery: null } } })),
  "DELETE /api/v1/escalation-routes": NOTHING_DELETED,
  "GET /api/v1/handoff-routes": perm("reports.view", () => ({ query: { days: "7" } })),
  "DELETE /api/v1/handoff-routes": NOTHING_DELETED,
  "GET /api/v1/tokens": member(() => ({})),
  "POST /api/v1/tokens": perm("api_tokens.create_own", () => ({ body: { name: "Intégration CRM" } })),
  // Anyone may revoke their own tokens: an unknown token is a 404 for every role.
  "PATCH /api/v1/tokens/[id]": member(() => ({ params: { id: UNKNOWN }, body: { revoked: true } })),
  "DELETE /api/v1/tokens/[id]": NOTHING_DELETED,
  "GET /api/v1/workspaces": member(() => ({})),
  "POST /api/v1/workspaces": perm("workspaces.create", () => ({ body: { name: "Deuxième marque" } })),
  "GET /api/v1/audit-events": perm("audit.view", () => ({})),
};

/** Key: "app/actions/<file>.ts#<export>". `call` gives the action's arguments. */
export const ACTION_RULES: Record<string, Rule<unknown[]>> = {
  "app/actions/canned-replies.ts#createCannedReplyAction": perm("canned_replies.manage", () => [
    { title: "Merci", body: "Merci pour votre message", language: "fr" },
  ]),
  "app/actions/canned-replies.ts#updateCannedReplyAction": perm("canned_replies.manage", (f) => [f.cannedReplyId, { title: "Bonjour !" }]),
  "app/actions/canned-replies.ts#archiveCannedReplyAction": perm("canned_replies.manage", (f) => [f.cannedReplyId]),
  "app/actions/case-actions.ts#updateCaseAction": perm("cases.update", (f) => [f.escalatedCaseId, { priority: "URGENT" }]),
  "app/actions/case-actions.ts#bulkUpdateAction": perm("cases.update", (f) => [[f.escalatedCaseId], { priority: "LOW" }]),
  "app/actions/case-actions.ts#closeWithoutReplyAction": perm("cases.update", (f) => [f.escalatedCaseId, { reason: "SPAM" }]),
  "app/actions/case-actions.ts#snoozeCaseAction": perm("cases.update", (f) => [f.escalatedCaseId, { until: new Date(Date.now() + 3_600_000).toISOString() }]),
  "app/actions/case-actions.ts#unsnoozeCaseAction": perm("cases.update", (f) => [f.escalatedCaseId]),
  "app/actions/case-actions.ts#resolveCaseAction": perm("cases.update", (f) => [f.escalatedCaseId, []]),
  "app/actions/case-actions.ts#addNoteAction": perm("cases.update", (f) => [f.escalatedCaseId, "Client rappelé"]),
  "app/actions/case-actions.ts#replyAction": perm("cases.reply", (f) => [
    f.escalatedCaseId, { text: "Bonjour Marc, c'est noté.", visibility: "private" },
  ]),
  "app/actions/connect-channel.ts#connectChannelAction": perm("channels.manage", () => [{}, new FormData()]),
  "app/actions/x-webhook.ts#registerXWebhookAction": perm("channels.manage", (f) => [f.channelId, "https://inbox.example.org/api/webhooks/x"]),
  "app/actions/set-locale.ts#setLocale": pub("sets the interface language cookie; no data"),
  "app/actions/desk-actions.ts#escalateAction": perm("cases.escalate", (f) => [f.openCaseId, { reason: "refund", summary: "Remboursement demandé" }]),
  "app/actions/desk-actions.ts#escalationAction": perm("escalations.work", (f) => [f.escalationId, { action: "pick_up" }]),
  "app/actions/desk-actions.ts#completeFollowUpAction": perm("cases.update", (f) => [f.followUpId]),
  "app/actions/desk-actions.ts#notificationsAction": member(() => []),
  "app/actions/desk-actions.ts#markNotificationsReadAction": member(() => ["all"]),
  // An empty object: allowed roles get a validation result, the others the "not allowed" redirect.
  "app/actions/guard-actions.ts#submitDraftAction": perm("cases.reply", (f) => [f.escalatedCaseId, { text: "Bonjour Marc", visibility: "public" }]),
  "app/actions/guard-actions.ts#decideDraftAction": perm("guards.manage", (f) => [f.draftApprovalId, { decision: "return", comment: "Plus de détails" }]),
  "app/actions/guard-actions.ts#hideMessageAction": perm("moderation.hide", (f) => [f.publicMessageId, f.escalatedCaseId, { hidden: true, reason: "spam" }]),
  "app/actions/held-comment.ts#moderateHeldAction": perm("moderation.hide", (f) => [f.publicMessageId, f.escalatedCaseId, { decision: "publish" }]),
  "app/actions/guard-actions.ts#markContactAction": perm("moderation.hide", (f) => [f.markContactId, f.escalatedCaseId, { mark: "spam", reason: "Liens de spam répétés" }]),
  "app/actions/guard-actions.ts#decideContactMarkAction": perm("moderation.decide_mark", (f) => [
    f.markRequestId, f.escalatedCaseId, { decision: "refuse", comment: "Une vraie réclamation." },
  ]),
  "app/actions/guard-actions.ts#banContactAction": perm("moderation.ban", (f) => [f.contactId, f.escalatedCaseId, { reason: "Insultes répétées" }]),
  "app/actions/guard-actions.ts#saveGuardSettingsAction": perm("guards.manage", () => [{ flagPhrases: [], allowPhrases: [] }]),
  // An empty form: allowed roles get a validation result, the others the "not allowed" redirect.
  "app/actions/lead-actions.ts#acknowledgeAlertAction": perm("alerts.acknowledge", () => [null, new FormData()]),
  "app/actions/lead-actions.ts#updateIncidentAction": perm("incidents.manage", () => [null, new FormData()]),
  "app/actions/lead-actions.ts#postIncidentUpdateAction": perm("incidents.manage", () => [null, new FormData()]),
  "app/actions/lead-actions.ts#answerIncidentAction": perm("incidents.manage", () => [null, new FormData()]),
  "app/actions/lead-settings.ts#saveSlaPolicyAction": perm("sla.manage", () => [null, new FormData()]),
  "app/actions/lead-settings.ts#saveAlertWebhookAction": perm("sla.manage", () => [null, new FormData()]),
  "app/actions/desk-actions.ts#updateDeskSettingsAction": perm("desk.settings", () => [{}]),
  "app/actions/desk-actions.ts#updateEscalationRoutesAction": perm("desk.settings", () => [{ routes: { delivery: null } }]),
  // #14 administration
  "app/actions/onboarding.ts#completeSetupAction": pub("first run: the one-time setup token is the credential"),
  "app/actions/onboarding.ts#acceptInvitationAction": pub("the invitation token is the credential"),
  "app/actions/admin.ts#inviteMemberAction": perm("members.manage", () => [{}]),
  // Ids that are not UUIDs: allowed roles get a validation result (the role is checked first), the others the
  // "not allowed" redirect. An unknown UUID would answer not_found, which the matrix reads as a refusal.
  "app/actions/admin.ts#updateMemberAction": perm("members.manage", () => ["not-a-uuid", { role: "CUSTOMER_SERVICE" }]),
  "app/actions/admin.ts#revokeInvitationAction": perm("members.manage", () => ["not-a-uuid"]),
  // Issue #25: a member links their own accounts, a lead anyone's: the use case decides (a bad id is refused first).
  "app/actions/staff-identities.ts#linkStaffIdentityAction": member(() => ["not-a-uuid", { platform: "FACEBOOK", account: "@x" }]),
  "app/actions/admin.ts#createTeamAction": perm("teams.manage", () => [{}]),
  "app/actions/admin.ts#updateTeamAction": perm("teams.manage", () => ["not-a-uuid", { name: "Équipe Sud" }]),
  "app/actions/admin.ts#createTokenAction": perm("api_tokens.create_own", () => [{ name: "Intégration CRM" }]),
  "app/actions/admin.ts#revokeTokenAction": member(() => ["not-a-uuid"]),
  "app/actions/admin.ts#createWorkspaceAction": perm("workspaces.create", () => [{}]),
  // Only a workspace the person belongs to is accepted; anything else is ignored.
  "app/actions/admin.ts#switchWorkspaceAction": member(() => [new FormData()]),
  // Issue #22, Settings → Automation: rules and agents' caps are a lead's; anyone switches their own availability.
  "app/actions/automation.ts#createRuleAction": perm("automation.manage", () => [
    { name: "Remboursement", definition: { trigger: "MESSAGE_RECEIVED", conditions: [{ field: "text", op: "any", words: ["remboursement"] }], actions: [{ type: "add_tags", tags: ["remboursement"] }] } },
  ]),
  "app/actions/automation.ts#updateRuleAction": perm("automation.manage", (f) => [f.ruleId, { name: "Livraison (FR)" }]),
  "app/actions/automation.ts#previewRuleAction": perm("automation.manage", () => [
    { name: "", definition: { trigger: "CASE_CREATED", conditions: [{ field: "text", op: "any", words: ["livraison"] }], actions: [{ type: "add_tags", tags: ["livraison"] }] } }, 7,
  ]),
  "app/actions/automation.ts#setAgentAction": perm("automation.manage", (f) => [f.members.CUSTOMER_SERVICE.userId, { caseCap: 12 }]),
  "app/actions/automation.ts#setMyAvailabilityAction": perm("presence.set_own", () => [{ available: true }]),
};
