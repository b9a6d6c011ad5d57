// The first-response SLA fields (R2): set once, by the first answer the customer can see, measured from when
// the customer posted on the platform.
export function firstResponseFields(c: { openedAt: Date; firstRespondedAt: Date | null }, at: Date) {
  if (c.firstRespondedAt) return {};
  return {
    firstRespondedAt: at,
    // Platform clocks may run slightly ahead of ours: never a negative duration.
    firstResponseSeconds: Math.max(0, Math.round((at.getTime() - c.openedAt.getTime()) / 1000)),
  };
}
