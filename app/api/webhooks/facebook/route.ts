import { webhookRoute } from "@/lib/server/webhook-route";

// Facebook Page feed + Messenger: GET hub.* verification, POST events signed with X-Hub-Signature-256.
export const { GET, POST } = webhookRoute("FACEBOOK_PAGE");
