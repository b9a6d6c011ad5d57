import { route } from "@/lib/api/route";
import { connectChannelOp, listChannelsOp } from "@/lib/api/operations/channels";

// Declared in lib/api/operations/channels.ts (method, path, access, schemas, handler).
export const GET = route(listChannelsOp);
export const POST = route(connectChannelOp);
