// Team lead view: dashboard, SLA policies, incidents, crisis radar, outbound webhooks.
// Both languages must define every key (the type below, and tests/unit/i18n.test.ts, check it).
export const en = {
  "reports.sla.paused": "paused",
  "reports.signal.high_reach": "High reach",
  "reports.signal.journalist": "Journalist",
  "reports.signal.professional": "Pro",
  "reports.signal.legal": "Legal",
  "reports.inbox.total": "cases",
  "reports.inbox.anyone": "Anyone",
} as const;

export const fr: Record<keyof typeof en, string> = {
  "reports.sla.paused": "en pause",
  "reports.signal.high_reach": "Forte audience",
  "reports.signal.journalist": "Journaliste",
  "reports.signal.professional": "Pro",
  "reports.signal.legal": "Juridique",
  "reports.inbox.total": "dossiers",
  "reports.inbox.anyone": "Tout le monde",
};
