// Platforms and channels: Instagram, visitor posts, mentions.
// Both languages must define every key (the type below, and tests/unit/i18n.test.ts, check it).
export const en = {
} as const;

export const fr: Record<keyof typeof en, string> = {
};
