// The demo channels have no platform behind them: replies are "delivered" at once so a fresh install can
// be tried end to end, and polling finds nothing new (the dataset was replayed at seed time).
import { randomUUID } from "node:crypto";
import type { Connector } from "../connector";

export const demoConnector: Connector<Record<string, never>> = {
  kind: "FACEBOOK_PAGE",
  parseSecrets: () => ({}),
  answerHandshake: () => null,
  splitWebhook: () => [],
  verifySignature: () => false,
  parseWebhook: () => [],
  fetchSince: async (_channel, cursor) => ({ events: [], cursor }),
  sendPublicReply: async () => ({ externalId: `demo-reply-${randomUUID()}` }),
  sendPrivateReply: async () => ({ externalId: `demo-dm-${randomUUID()}` }),
  setHidden: async () => undefined,
  // The demo YouTube channel holds comments for review: publishing or rejecting one "succeeds" like a hide.
  moderateHeld: async () => undefined,
};
