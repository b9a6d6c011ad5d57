// Ingest pipeline: raw deliveries, failed processing on the Channels page.
// Both languages must define every key (the type below, and tests/unit/i18n.test.ts, check it).
export const en = {
  "ingest.backlog": "Waiting to be processed",
  "ingest.failed.title": "Failed deliveries",
  "ingest.failed.none": "No failed deliveries.",
  "ingest.failed.received": "Received",
  "ingest.failed.attempts": "Attempts",
  "ingest.failed.reason": "Reason",
  "ingest.failed.help":
    "These webhook deliveries were acknowledged and kept as they arrived, but could not be processed after several retries. Once the cause is fixed, re-run them with: npm run replay -- --channel <id> --since <ISO time>",
} as const;

export const fr: Record<keyof typeof en, string> = {
  "ingest.backlog": "En attente de traitement",
  "ingest.failed.title": "Livraisons en échec",
  "ingest.failed.none": "Aucune livraison en échec.",
  "ingest.failed.received": "Reçue",
  "ingest.failed.attempts": "Tentatives",
  "ingest.failed.reason": "Raison",
  "ingest.failed.help":
    "Ces livraisons de webhook ont été acquittées et conservées telles quelles, mais n'ont pas pu être traitées après plusieurs essais. Une fois la cause corrigée, relancez-les avec : npm run replay -- --channel <id> --since <heure ISO>",
};
