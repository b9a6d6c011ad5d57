import { webhookRoute } from "@/lib/server/webhook-route";

// Google Business Profile: Pub/Sub pushes NEW_REVIEW / UPDATED_REVIEW, authenticated by a Google-signed OIDC JWT
// (no GET handshake: a GET is refused like any unknown challenge).
export const { GET, POST } = webhookRoute("GOOGLE_BUSINESS_LOCATION");
