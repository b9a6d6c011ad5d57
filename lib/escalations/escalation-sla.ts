// An escalation's own clocks: time to pick up (while PENDING), then time to a solution (while IN_PROGRESS).
export type EscalationSla = { clock: "pick_up" | "solution" | null; dueAt: Date | null; late: boolean };

export function escalationSla(
  e: { status: string; pickUpDueAt: Date | null; solutionDueAt: Date | null },
  now = new Date(),
): EscalationSla {
  if (e.status === "PENDING") return { clock: "pick_up", dueAt: e.pickUpDueAt, late: !!e.pickUpDueAt && e.pickUpDueAt < now };
  if (e.status === "IN_PROGRESS") return { clock: "solution", dueAt: e.solutionDueAt, late: !!e.solutionDueAt && e.solutionDueAt < now };
  return { clock: null, dueAt: null, late: false };
}
