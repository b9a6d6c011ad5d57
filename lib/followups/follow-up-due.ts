// How a follow-up reads on the desk: due, overdue, done, or undated (a vague promise: "asap", "we'll get back to
// you"), which is never overdue by itself (lists put it after the dated ones). Shared by the inbox/desk list and the case.
import type { MessageKey } from "../i18n/messages";

export interface FollowUpLike { status: string; dueAt: Date | null }

export function isOverdue(f: FollowUpLike, now: Date): boolean {
  return f.status === "OPEN" && f.dueAt !== null && f.dueAt < now;
}

/** The message key and its {time} for a follow-up's state. */
export function followUpLabel(f: FollowUpLike, now: Date): { key: MessageKey; time: Date | null } {
  if (f.status === "DONE") return { key: "desk.followups.done", time: null };
  if (f.dueAt === null) return { key: "desk.followups.undated", time: null };
  return { key: f.dueAt < now ? "desk.followups.overdue" : "desk.followups.due", time: f.dueAt };
}
