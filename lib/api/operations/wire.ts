// What the API answers, as it goes on the wire (JSON: dates are ISO strings, bigints strings). Each schema
// names the fields a client may rely on and lets others through (looseObject): the contract, not a copy of
// every column. Shared by the operation declarations of every area. No server imports.
import { z } from "zod";

export const isoDate = z.iso.datetime({ offset: true });
export const nullableDate = isoDate.nullable();
export const id = z.string().min(1);
export const ref = z.looseObject({ id, name: z.string() });

/** `{ data: T }`, the envelope of almost every answer. */
export const dataOf = <T extends z.ZodType>(t: T) => z.looseObject({ data: t });

export const caseStatus = z.enum(["NEW", "OPEN", "WAITING_ON_CUSTOMER", "ESCALATED", "RESOLVED", "CLOSED"]);
export const priority = z.enum(["LOW", "NORMAL", "HIGH", "URGENT"]);

/** A row of the inbox list (lib/cases/list-cases.ts). */
export const caseListItem = z.looseObject({
  id, number: z.number().int(), status: caseStatus, priority, preview: z.string(), tags: z.array(z.string()),
  openedAt: isoDate, lastMessageAt: isoDate, snoozedUntil: nullableDate,
  channel: z.looseObject({ id, name: z.string(), platform: z.string() }),
  author: z.looseObject({ contactId: id, name: z.string().nullable() }),
  assignee: ref.nullable(),
  sla: z.looseObject({ dueAt: nullableDate, paused: z.boolean() }),
});

/** A message of a case's thread (lib/cases/get-case.ts THREAD). */
export const message = z.looseObject({
  id, caseId: id, direction: z.enum(["INBOUND", "OUTBOUND"]), visibility: z.enum(["PUBLIC", "PRIVATE", "INTERNAL"]),
  body: z.string(), platformCreatedAt: isoDate, createdAt: isoDate, deliveryStatus: z.string(),
});

/** An audit event (never deleted). */
export const auditEvent = z.looseObject({
  id: z.string(), action: z.string(), createdAt: isoDate, caseId: id.nullable(),
  actor: ref.nullable().optional(),
});

/** One case with its thread and timeline (GET /api/v1/cases/{id}). */
export const caseDetail = z.looseObject({
  id, number: z.number().int(), status: caseStatus, priority, tags: z.array(z.string()),
  openedAt: isoDate, lastMessageAt: isoDate,
  channel: z.looseObject({ id, name: z.string(), platform: z.string() }),
  contact: z.looseObject({ id, displayName: z.string().nullable() }),
  assignee: ref.nullable(),
  messages: z.array(message),
  events: z.array(auditEvent),
});
