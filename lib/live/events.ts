// What travels to browsers. Change events come from the audit trigger (migration *_live_notify); presence
// events from members' browsers through POST /api/v1/presence. No server imports here.
import { z } from "zod";
import type { SlaClock } from "../sla/sla-clock";

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

/** One inbox row as it travels (dates as ISO strings): the same data the inbox page renders. */
export interface LiveRow {
  id: string;
  number: number;
  status: string;
  priority: string;
  preview: string;
  tags: string[];
  language: string | null;
  openedAt: string;
  lastMessageAt: string;
  firstResponseDueAt: string | null;
  firstRespondedAt: string | null;
  reopenCount: number;
  incidentId: string | null;
  incidentTitle: string | null;
  channel: { id: string; name: string; platform: string; kind: string };
  author: { contactId: string; name: string; handle: string | null; followerCount: number | null };
  assignee: { id: string; name: string } | null;
  messageCount: number;
  /** The running SLA clock (lib/sla/sla-clock.ts; already ISO strings). */
  sla: SlaClock;
  signals: string[];
}

/** What a stream sends, in order. `seq` counts from 1 per stream: a jump means messages were missed. */
export type StreamMessage =
  | { type: "ready"; seq: 0; presence: PresenceEvent[] }
  | { type: "change"; seq: number; event: ChangeEvent; row: LiveRow | null }
  | { type: "presence"; seq: number; presence: PresenceEvent }
  /** The server could not keep this tab up to date (it fell behind, or the server missed notifications). */
  | { type: "resync"; seq: number; reason: "overflow" | "missed" };

/** What pages subscribe to: applied changes, or "reload, you missed some". */
export type LiveMessage = { type: "change"; event: ChangeEvent; row: LiveRow | null } | { type: "resync" };
