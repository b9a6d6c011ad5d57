// What travels to browsers. Change events come from the audit trigger (migration *_live_notify); presence
// events from members' browsers through POST /api/v1/presence. No server imports here.
import { z } from "zod";
import type { CaseListItem } from "../cases/case-rows";
import type { ThreadMessageJson } from "../cases/thread-message";

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

/**
 * One inbox row as it travels: the inbox list's own item with its dates as ISO strings (what JSON makes of them),
 * derived from CaseListItem so the two cannot drift apart. The SLA clock is already made of strings.
 */
export type LiveRow = { [K in keyof CaseListItem]: Jsonified<CaseListItem[K]> };
type Jsonified<T> = T extends Date ? string : T;

/**
 * A change as it travels: the event, the case's inbox row (null when a later change of the same case follows
 * in the same batch, carrying it), and — when the change is about one message of the
 * thread (received, queued, sent, failed, hidden, removed, a note) — that message as the case page shows it.
 * `at`: when this server heard of the change (its commit, through NOTIFY), epoch ms; lets a client or a
 * benchmark tell the fan-out's delay apart from ingestion's.
 */
export interface ChangePayload {
  event: ChangeEvent;
  row: LiveRow | null;
  message?: ThreadMessageJson;
  at: number;
}

/** What a stream sends, in order. `seq` counts from 1 per stream: a jump means messages were missed. */
export type StreamMessage =
  /**
   * `missed`: something changed after the `since` the stream was opened with: reload (open-stream.ts).
   * `at` (here and on resync): the server's time, which the browser compares with its pages' render times.
   */
  | { type: "ready"; seq: 0; at: number; presence: PresenceEvent[]; missed?: true }
  | ({ type: "change"; seq: number } & ChangePayload)
  | { type: "presence"; seq: number; presence: PresenceEvent }
  /** The server could not keep this tab up to date (it fell behind, or the server missed notifications). */
  | { type: "resync"; seq: number; at: number; reason: "overflow" | "missed" | "signed_out" };

/** What pages subscribe to: applied changes, or "reload, you missed some". */
export type LiveMessage = ({ type: "change" } & ChangePayload) | { type: "resync" };

/** GET /api/v1/stream's query: `since`, when the page opening it read its data (open-stream.ts). */
export const streamQuery = z.object({
  since: z.coerce.number().int().nonnegative().optional()
    .meta({ description: "When the page read its data (epoch ms): \"ready\" then says missed: true if something changed after it" }),
});
