// What travels to browsers. Change events come from the audit trigger (migration *_live_notify); presence
// events from members' browsers through POST /api/v1/presence. No server imports here.
import { z } from "zod";

export const changeEvent = z.object({
  id: z.union([z.number(), z.string()]),
  action: z.string(),
  workspaceId: z.string(),
  caseId: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  actorUserId: z.string().nullable(),
  /** Set on "NOTIFICATION_CREATED": only this user's streams receive it (see migration *_desk). */
  recipientId: z.string().optional(),
});
export type ChangeEvent = z.infer<typeof changeEvent>;

export const presenceActivity = z.enum(["viewing", "replying", "left"]);

export const presenceEvent = z.object({
  workspaceId: z.string(),
  caseId: z.uuid(),
  userId: z.string(),
  name: z.string(),
  activity: presenceActivity,
  at: z.number(),
});
export type PresenceEvent = z.infer<typeof presenceEvent>;

export const presenceInput = z.object({ caseId: z.uuid(), activity: presenceActivity }).strict();

/** A presence older than this without a heartbeat is gone (the browser sends one every 10 s). */
export const PRESENCE_TTL_MS = 25_000;
