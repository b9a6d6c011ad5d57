// Issue #20 item 6: an open GET /api/v1/stream kept delivering changes after the member was deactivated (/me → 401)
// and after a sign-out. The real route handler, a real session cookie and a real hub on the database: the stream
// re-checks the session (here every 50 ms, LIVE_SESSION_RECHECK_MS; 30 s by default) and ends once it is gone.
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authSecret } from "@/lib/auth/app-secrets";
import { signOutUser } from "@/lib/auth/invalidate-sessions";
import type { Member } from "@/lib/auth/member";
import { resetEnvCache } from "@/lib/config/env";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import type { StreamMessage } from "@/lib/live/events";
import { updateMember } from "@/lib/members/update-member";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const g = globalThis as typeof globalThis & { __inboxDb?: Promise<unknown>; __inboxHub?: Promise<{ close?: () => Promise<void> }> };
const HOST = "127.0.0.1:3000";
let db: TestDatabase;
let admin: Member;
let channelId: string;
let n = 0;

async function cookieFor(userId: string, sv = 0): Promise<string> {
  return `next-auth.session-token=${await encode({ token: { sub: userId, sv }, secret: authSecret() })}`;
}

async function get(path: string, cookie: string): Promise<Response> {
  const mod = path === "/api/v1/stream" ? await import("@/app/api/v1/stream/route") : await import("@/app/api/v1/me/route");
  return mod.GET(new Request(`http://${HOST}${path}`, { headers: { host: HOST, cookie } }), {} as never);
}

/** Reads the stream in the background; `next(type)` waits (bounded) for the next message of that type, or the end. */
function reader(res: Response) {
  const got: StreamMessage[] = [];
  const waiters: (() => void)[] = [];
  let ended = false;
  const r = res.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    let buf = "";
    for (;;) {
      const { value, done } = await r.read();
      if (done) break;
      buf += decoder.decode(value, { stream: true });
      for (let i; (i = buf.indexOf("\n\n")) >= 0; buf = buf.slice(i + 2)) {
        const data = buf.slice(0, i).split("\n").find((l) => l.startsWith("data: "));
        if (data) got.push(JSON.parse(data.slice(6)) as StreamMessage);
      }
      waiters.splice(0).forEach((w) => w());
    }
    ended = true;
    waiters.splice(0).forEach((w) => w());
  })();
  const until = (ok: () => boolean, what: string, ms = 5_000) =>
    new Promise<void>((resolve, reject) => {
      // no-event: this timer only bounds a failure; the stream's messages (waiters) are the event awaited.
      const t = setTimeout(() => reject(new Error(`no ${what} within ${ms} ms; got ${JSON.stringify(got.map((m) => m.type))}`)), ms);
      const check = () => (ok() ? (clearTimeout(t), resolve()) : waiters.push(check));
      check();
    });
  return {
    got,
    change: (from: number) => until(() => got.slice(from).some((m) => m.type === "change"), "change"),
    end: () => until(() => ended, "end of stream"),
    cancel: () => r.cancel(),
  };
}

async function newCase() {
  n++;
  await ingestEvents(db.prisma, channelId, [comment({ externalId: `live-auth-${n}`, body: `Colis perdu ${n}`, author: { platformUserId: `live-auth-${n}`, name: "Lou" } })]);
}

beforeAll(async () => {
  process.env.LIVE_SESSION_RECHECK_MS = "50";
  resetEnvCache();
  db = await createTestDatabase();
  g.__inboxDb = Promise.resolve(db);
  const { ws, channel } = await makeWorkspace(db.prisma);
  channelId = channel.id;
  admin = await makeMember(db.prisma, ws.id, "ADMIN");
});
afterAll(async () => {
  delete process.env.LIVE_SESSION_RECHECK_MS;
  resetEnvCache();
  await db?.dispose();
});

describe("an open live stream ends with the session (issue #20 item 6)", () => {
  it("ends after a sign-out: a 'signed_out' resync, then the end, and no change after it", async () => {
    const cm = await makeMember(db.prisma, admin.workspaceId, "COMMUNITY_MANAGER");
    const cookie = await cookieFor(cm.userId);
    const res = await get("/api/v1/stream", cookie);
    expect(res.status).toBe(200);
    const s = reader(res);
    await newCase();
    await s.change(0); // the stream works while the session is valid
    await signOutUser(db.prisma, cm.userId, 0);
    expect((await get("/api/v1/me", cookie)).status).toBe(401);
    await s.end();
    expect(s.got.at(-1)).toMatchObject({ type: "resync", reason: "signed_out" });
    expect((await get("/api/v1/stream", cookie)).status).toBe(401); // and it cannot be reopened
  });

  it("ends after the member is deactivated", async () => {
    const cm = await makeMember(db.prisma, admin.workspaceId, "COMMUNITY_MANAGER");
    const cookie = await cookieFor(cm.userId);
    const s = reader(await get("/api/v1/stream", cookie));
    await newCase();
    await s.change(0);
    const membership = await db.prisma.membership.findFirstOrThrow({ where: { userId: cm.userId } });
    await updateMember(db.prisma, admin, membership.id, { active: false });
    expect((await get("/api/v1/me", cookie)).status).toBe(401);
    await s.end();
    const after = s.got.length;
    await newCase();
    expect(s.got.length).toBe(after);
  });

  it("stays open across re-checks while they pass", async () => {
    const { openLiveStream } = await import("@/lib/live/open-stream");
    const { getHub } = await import("@/lib/server/live");
    let calls = 0;
    let thirdCall!: () => void;
    const third = new Promise<void>((r) => (thirdCall = r));
    const recheck = async () => (++calls === 3 && thirdCall(), true);
    const s = reader(new Response(await openLiveStream(await getHub(), admin, [], { recheck, recheckMs: 10 })));
    // no-event: the timer only bounds a failure; the third re-check (a promise the stream resolves) is the event.
    await Promise.race([third, new Promise((_, reject) => setTimeout(() => reject(new Error("fewer than 3 re-checks in 5 s")), 5_000))]);
    const from = s.got.length;
    await newCase();
    await s.change(from);
    expect(s.got.some((m) => m.type === "resync")).toBe(false);
    await s.cancel();
  });
});
