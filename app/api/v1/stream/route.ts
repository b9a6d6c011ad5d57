import { route } from "@/lib/api/route";
import { streamOp } from "@/lib/api/operations/live";

// The stream stays open: never cached, never prerendered.
export const dynamic = "force-dynamic";

// Declared in lib/api/operations/live.ts (method, path, access, handler).
export const GET = route(streamOp);
