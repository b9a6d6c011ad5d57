// Writes one audit event inside the caller's transaction, so a change and its record commit together.
import type { AuditAction, ActorKind } from "../generated/prisma/enums";
import type { Prisma } from "../generated/prisma/client";
import type { Member } from "../auth/member";

export interface Actor {
  kind: ActorKind;
  userId?: string | null;
}

export const SYSTEM: Actor = { kind: "SYSTEM" };

/** The member behind a change: "API" when they came with a token, "USER" from the browser. */
export function actorOf(member: Pick<Member, "via" | "userId">): Actor {
  return { kind: member.via === "token" ? "API" : "USER", userId: member.userId };
}
export const PLATFORM: Actor = { kind: "PLATFORM" };

export interface AuditInput {
  workspaceId: string;
  action: AuditAction;
  actor: Actor;
  caseId?: string | null;
  entityType: "workspace" | "user" | "membership" | "channel" | "case" | "message" | "escalation" | "incident" | "canned_reply" | "ban" | "api_token" | "alert" | "sla_policy"
    | "draft_approval" | "guard_settings" | "contact" | "contact_mark_request" | "invitation" | "team" | "automation_rule";
  entityId: string;
  data?: Prisma.InputJsonObject;
}

export async function recordAudit(tx: Prisma.TransactionClient, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      workspaceId: input.workspaceId,
      action: input.action,
      actorKind: input.actor.kind,
      actorUserId: input.actor.userId ?? null,
      caseId: input.caseId ?? null,
      entityType: input.entityType,
      entityId: input.entityId,
      data: input.data ?? {},
    },
  });
}
