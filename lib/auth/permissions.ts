// The one permission table. Pages, server actions and API routes all ask `can(role, permission)`;
// nothing else decides who may do what.
import type { Role } from "../generated/prisma/enums";
import { DomainError } from "../errors/domain-errors";

const CM = "COMMUNITY_MANAGER" as const;
const CS = "CUSTOMER_SERVICE" as const;
const LEAD = "TEAM_LEAD" as const;
const ADMIN = "ADMIN" as const;

export const PERMISSIONS = {
  /** See every case of the workspace (customer service sees only escalated cases, see caseScope). */
  "cases.view_all": [CM, LEAD, ADMIN],
  /** See the escalated queue. */
  "cases.view_escalated": [CM, CS, LEAD, ADMIN],
  "cases.reply": [CM, CS, LEAD, ADMIN],
  "cases.update": [CM, CS, LEAD, ADMIN],
  "cases.escalate": [CM, LEAD, ADMIN],
  "canned_replies.manage": [LEAD, ADMIN],
  "channels.view": [LEAD, ADMIN],
  "channels.manage": [LEAD, ADMIN],
  "reports.view": [LEAD, ADMIN],
  "moderation.ban": [LEAD, ADMIN],
  /** Hide a customer's public message (spam, troll, abuse, personal data); customer service may not. */
  "moderation.hide": [CM, LEAD, ADMIN],
  /** Approve or refuse a troll/spam mark asked on the author of an open complaint (issue #19, R1). */
  "moderation.decide_mark": [LEAD, ADMIN],
  /** Tune the draft guards of the workspace and approve drafts held by a `high` finding. */
  "guards.manage": [LEAD, ADMIN],
  /** Invite, list, change role/team, deactivate. Only admins touch admins (lib/members/member-rules.ts). */
  "members.manage": [LEAD, ADMIN],
  "teams.manage": [LEAD, ADMIN],
  "api_tokens.create_own": [CM, CS, LEAD, ADMIN],
  /** See and revoke every token of the workspace, not just one's own. */
  "api_tokens.manage_all": [ADMIN],
  "workspaces.create": [ADMIN],
  "audit.view": [ADMIN],
  /** Confirm, name, link/unlink, resolve incidents and answer all their cases (R7). */
  "incidents.manage": [LEAD, ADMIN],
  /** See the crisis radar (R9) and acknowledge its alerts. */
  "alerts.view": [CM, LEAD, ADMIN],
  "alerts.acknowledge": [CM, LEAD, ADMIN],
  /** Set the workspace's SLA policy and outbound alert webhook. */
  "sla.manage": [LEAD, ADMIN],
  /** The customer-service desk: pick up, work and hand back escalations. */
  "escalations.work": [CS, LEAD, ADMIN],
  /** The satisfaction-check text and the desk's waiting times. */
  "desk.settings": [LEAD, ADMIN],
  /** Build, preview, enable and archive automation rules; see and set agents' caps (issue #22). */
  "automation.manage": [LEAD, ADMIN],
  /** Say whether one is available for new cases (round-robin skips who is not). */
  "presence.set_own": [CM, CS, LEAD, ADMIN],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

/** A domain error of kind `forbidden` (code "forbidden") that names the permission for the log and the API. */
export class ForbiddenError extends DomainError {
  constructor(public readonly permission: Permission) {
    super("forbidden", "forbidden", `Your role does not allow this (${permission}).`, { messageKey: "errors.forbidden" });
    this.name = "ForbiddenError";
  }
}

export function assertCan(role: Role, permission: Permission): void {
  if (!can(role, permission)) throw new ForbiddenError(permission);
}
