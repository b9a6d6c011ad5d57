// Issue #11 item 2: five wrong passwords used to lock the e-mail for everybody, refused attempts kept extending
// the lock, and the source was the first X-Forwarded-For value any client sets. Now: per e-mail AND source,
// exponential backoff, throttled attempts do not count, X-Forwarded-For only from TRUSTED_PROXIES.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticatePassword, lockMs, MAX_FAILURES, MAX_SOURCE_FAILURES } from "@/lib/auth/authenticate-password";
import { clientIp, parseTrustedProxies, PEER_HEADER, stampRequest } from "@/lib/security/client-ip";
import { makeMember, makeWorkspace } from "../helpers/factories";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
let wsId: string;
beforeAll(async () => {
  db = await createTestDatabase();
  wsId = (await makeWorkspace(db.prisma)).ws.id;
});
afterAll(() => db?.dispose());

const T0 = new Date("2026-11-30T10:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

describe("lock-out per e-mail and source", () => {
  it("an attacker elsewhere cannot lock the owner out", async () => {
    const m = await makeMember(db.prisma, wsId, "COMMUNITY_MANAGER");
    for (let i = 0; i < MAX_FAILURES * 3; i++) {
      await authenticatePassword(db.prisma, { email: m.email, password: `guess-${i}`, ip: "198.51.100.66", now: at(i * 1000) });
    }
    expect(await authenticatePassword(db.prisma, { email: m.email, password: "guess", ip: "198.51.100.66", now: at(20_000) }))
      .toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticatePassword(db.prisma, { email: m.email, password: "correct horse", ip: "192.0.2.10", now: at(21_000) }))
      .toMatchObject({ ok: true, userId: m.userId });
  });

  it("locks with exponential backoff, and refused attempts never extend the lock", async () => {
    const m = await makeMember(db.prisma, wsId, "TEAM_LEAD");
    const ip = "192.0.2.20";
    const tryAt = (password: string, ms: number) => authenticatePassword(db.prisma, { email: m.email, password, ip, now: at(ms) });
    for (let i = 0; i < MAX_FAILURES; i++) expect((await tryAt("wrong", i)).ok).toBe(false);
    // Locked for 1 minute after the 5th failure; hammering during the lock changes nothing.
    for (let s = 1; s < 60; s += 10) expect(await tryAt("correct horse", s * 1000)).toMatchObject({ reason: "throttled" });
    // 6th failure right after the first lock: 2 minutes now.
    expect(await tryAt("wrong", 61_000)).toMatchObject({ reason: "invalid" });
    expect(await tryAt("correct horse", 61_000 + 119_000)).toMatchObject({ reason: "throttled" });
    expect(await tryAt("correct horse", 61_000 + 121_000)).toMatchObject({ ok: true });
    // A success resets the count.
    expect(await tryAt("wrong", 200_000)).toMatchObject({ reason: "invalid" });
    expect(await tryAt("correct horse", 201_000)).toMatchObject({ ok: true });
  });

  it("backs off 1, 2, 4… minutes, capped at an hour", () => {
    expect([4, 5, 6, 7, 30].map(lockMs)).toEqual([0, 60_000, 120_000, 240_000, 3_600_000]);
  });

  it("locks a source that sprays many e-mails", async () => {
    const ip = "192.0.2.30";
    // As authenticatePassword records them (one failure per guessed e-mail), without paying 50 scrypt hashes.
    await db.prisma.loginAttempt.createMany({
      data: Array.from({ length: MAX_SOURCE_FAILURES }, (_, i) => ({ email: `nobody-${i}@example.test`, ip, success: false, createdAt: at(i) })),
    });
    const m = await makeMember(db.prisma, wsId, "ADMIN");
    expect(await authenticatePassword(db.prisma, { email: m.email, password: "correct horse", ip, now: at(1000) }))
      .toMatchObject({ reason: "throttled" });
  });
});

describe("the source address", () => {
  const stamped = (remote: string, xff?: string) => {
    const req = { headers: { ...(xff ? { "x-forwarded-for": xff } : {}), [PEER_HEADER]: "forged;6.6.6.6" } as Record<string, string>, socket: { remoteAddress: remote } };
    stampRequest(req as never);
    return req.headers;
  };

  it("ignores X-Forwarded-For from a client that is not a trusted proxy, and a forged peer header", () => {
    expect(clientIp(stamped("203.0.113.9", "1.2.3.4"), parseTrustedProxies(""))).toBe("203.0.113.9");
    expect(clientIp({ [PEER_HEADER]: "forged;6.6.6.6", "x-forwarded-for": "1.2.3.4" }, parseTrustedProxies(""))).toBeNull();
  });

  it("reads X-Forwarded-For from the right when the peer is a trusted proxy", () => {
    const proxies = parseTrustedProxies("10.0.0.0/8, ::1");
    expect(clientIp(stamped("10.1.2.3", "1.2.3.4"), proxies)).toBe("1.2.3.4");
    // The client prepended a fake hop: the proxy appended the real one.
    expect(clientIp(stamped("::ffff:10.1.2.3", "6.6.6.6, 1.2.3.4, 10.9.9.9"), proxies)).toBe("1.2.3.4");
    expect(() => parseTrustedProxies("not-an-ip")).toThrow(/TRUSTED_PROXIES/);
  });
});
