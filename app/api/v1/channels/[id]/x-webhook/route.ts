import { route } from "@/lib/api/route";
import { registerXWebhookOp } from "@/lib/api/operations/channels";

// Declared in lib/api/operations/channels.ts (method, path, access, schemas, handler).
export const POST = route(registerXWebhookOp);
