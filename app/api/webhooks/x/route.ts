import { webhookRoute } from "@/lib/server/webhook-route";

// X Account Activity: GET crc_token challenge, POST events signed with x-twitter-webhooks-signature.
export const { GET, POST } = webhookRoute("X_ACCOUNT");
