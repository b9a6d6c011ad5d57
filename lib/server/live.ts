// The process's live hub, started once beside the database.
import "server-only";
import { startHub, type LiveHub } from "../live/hub";
import { getDb } from "./db";

const g = globalThis as typeof globalThis & { __inboxHub?: Promise<LiveHub> };

export function getHub(): Promise<LiveHub> {
  g.__inboxHub ??= getDb().then(startHub);
  return g.__inboxHub;
}
