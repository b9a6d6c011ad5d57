// The resolution block of the case API: the customer's confirmation, the next promise due, CSAT (1–5).
export function resolutionOf(c: {
  confirmation: "PENDING" | "CONFIRMED" | "DISPUTED" | "NO_ANSWER" | null;
  confirmationDueAt: Date | null;
  csat: number | null;
  followUps?: { status: string; dueAt: Date | null }[];
}) {
  // The next DATED promise: a vague one (no due time) has no date to give.
  const next = c.followUps?.filter((f): f is { status: string; dueAt: Date } => f.status === "OPEN" && f.dueAt !== null).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
  return { confirmation: c.confirmation, confirmationDueAt: c.confirmationDueAt, followUpDueAt: next?.dueAt ?? null, csat: c.csat };
}
