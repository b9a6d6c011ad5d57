import { webhookRoute } from "@/lib/server/webhook-route";

// Instagram professional accounts: GET hub.* verification, POST events signed with X-Hub-Signature-256.
export const { GET, POST } = webhookRoute("INSTAGRAM_ACCOUNT");
