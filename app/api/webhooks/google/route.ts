import { webhookRoute } from "@/lib/server/webhook-route";

// Google Business Profile: Pub/Sub pushes NEW_REVIEW / UPDATED_REVIEW, authenticated by a Google-signed OIDC JWT.
// Pub/Sub has no GET handshake, so only POST is served.
export const { POST } = webhookRoute("GOOGLE_BUSINESS_LOCATION");
