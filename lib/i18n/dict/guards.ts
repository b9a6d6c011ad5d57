// Tact and safety guards: draft checks, overrides, approvals, hide and ban.
// Both languages must define every key (the type below, and tests/unit/i18n.test.ts, check it).
export const en = {
} as const;

export const fr: Record<keyof typeof en, string> = {
};
