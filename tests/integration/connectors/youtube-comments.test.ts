// YouTube comments end to end over real HTTP (issue #23 item 2): polling the fake's commentThreads (published and
// held) → cases with the video's title as the thread; a reply goes to comments.insert; a held complaint cannot
// be rejected as spam (R1) but can be published; quotaExceeded pauses polling until the quota resets, and the
// channel says why.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery } from "@/lib/cases/schemas";
import { moderateHeld } from "@/lib/moderation/moderate-held";
import { deliverMessage } from "@/lib/outbound/deliver-message";
import { queueReply } from "@/lib/outbound/queue-reply";
import { pollChannel } from "@/lib/polling/poll-channel";
import { nextPacificMidnight } from "@/lib/connectors/youtube/quota";
import { startFakeYoutube, type FakeYoutube } from "../../fakes/fake-youtube";
import { youtubeChannelOn } from "../../helpers/channels";
import { createTestDatabase, type TestDatabase } from "../../helpers/test-db";

const CHANNEL_ID = "UCmaisonLumiere000000001";
const SECRETS = { clientId: "1234567890-it.apps.googleusercontent.com", clientSecret: "GOCSPX-it-client-secret", refreshToken: "1//0owner-refresh-token-it" };
const camille = { channelId: "UCcamilleLefort000000001", displayName: "@camillelefort" };
const spammer = { channelId: "UCspamBot00000000000000X", displayName: "@cheap-followers" };

let db: TestDatabase;
let fake: FakeYoutube;
let yt: Awaited<ReturnType<typeof youtubeChannelOn>>;
const noEnqueue = async () => undefined;
const messageOf = (externalId: string) => db.prisma.message.findFirstOrThrow({ where: { channelId: yt.channel.id, externalId }, include: { thread: true, case: true } });

beforeAll(async () => {
  db = await createTestDatabase();
  fake = await startFakeYoutube({ channelId: CHANNEL_ID, ...SECRETS });
  yt = await youtubeChannelOn(db.prisma, fake, SECRETS);
  const video = fake.addVideo({ id: "vidLostLuggage1", title: "Nos conseils pour voyager léger", publishedAt: new Date(Date.now() - 86_400_000) });
  const at = new Date(Date.now() - 3_600_000);
  fake.addComment({ id: "UgzPublished0001", videoId: video.id, text: "Ma valise n'est jamais arrivée à Lisbonne et personne ne répond.", author: camille, publishedAt: at });
  fake.addComment({ id: "UgzHeldComplaint1", videoId: video.id, text: "Remboursement promis il y a trois semaines, toujours rien !", author: { channelId: "UCinesRobert00000000000A", displayName: "@inesrobert" }, held: "review", publishedAt: at });
  fake.addComment({ id: "UgzHeldSpam00001", videoId: video.id, text: "Gagnez 1000 abonnés en 1 jour : cheap-followers.example", author: spammer, held: "likely_spam", publishedAt: at });
});
afterAll(async () => {
  await fake?.close();
  await db?.dispose();
});

describe("YouTube comments", () => {
  it("a comment and a held comment become cases, the video's title as their thread", async () => {
    await pollChannel(db.prisma, yt.channel.id);
    const published = await messageOf("UgzPublished0001");
    expect(published).toMatchObject({ direction: "INBOUND", visibility: "PUBLIC", kind: "COMMENT", held: null });
    expect(published.thread).toMatchObject({ text: "Nos conseils pour voyager léger", permalink: "https://www.youtube.com/watch?v=vidLostLuggage1" });
    expect(await messageOf("UgzHeldComplaint1")).toMatchObject({ held: "HELD_FOR_REVIEW" });
    expect(await messageOf("UgzHeldSpam00001")).toMatchObject({ held: "LIKELY_SPAM" });
    // Polling again brings nothing twice.
    const count = await db.prisma.message.count({ where: { channelId: yt.channel.id } });
    await pollChannel(db.prisma, yt.channel.id);
    expect(await db.prisma.message.count({ where: { channelId: yt.channel.id } })).toBe(count);
    const { data } = await listCases(db.prisma, yt.cm, listCasesQuery.parse({ platform: "youtube" }));
    expect(data.length).toBe(3);
    expect(data.every((c) => c.channel.platform === "YOUTUBE" && c.postTitle === "Nos conseils pour voyager léger")).toBe(true);
  });

  it("our reply reaches comments.insert under the comment", async () => {
    const m = await messageOf("UgzPublished0001");
    const text = "Bonjour Camille, toutes nos excuses. Je lance la recherche de votre valise aujourd'hui et je reviens vers vous avant 18 h.";
    const q = await queueReply(db.prisma, yt.cm, m.caseId, { text, visibility: "public", inReplyToMessageId: m.id }, noEnqueue);
    expect(await deliverMessage(db.prisma, q.id)).toMatchObject({ outcome: "sent" });
    expect(fake.inserted()).toEqual([expect.objectContaining({ parentId: "UgzPublished0001", text })]);
    await expect(queueReply(db.prisma, yt.cm, m.caseId, { text: "En privé ?", visibility: "private", inReplyToMessageId: m.id }, noEnqueue))
      .rejects.toMatchObject({ code: "no_private_channel" });
  });

  it("a held complaint cannot be rejected as spam; publishing it works, and nothing bans its author", async () => {
    const held = await messageOf("UgzHeldComplaint1");
    await expect(moderateHeld(db.prisma, yt.cm, held.id, { decision: "reject", reason: "spam" })).rejects.toMatchObject({ code: "reject_refused_open_complaint" });
    expect(fake.moderations()).toEqual([]);
    const ev = await moderateHeld(db.prisma, yt.cm, held.id, { decision: "publish" });
    expect(ev).toMatchObject({ kind: "UNHIDDEN", reason: "published" });
    expect(fake.comments().find((c) => c.id === "UgzHeldComplaint1")?.moderationStatus).toBe("published");
    expect(await db.prisma.auditEvent.count({ where: { caseId: held.caseId, action: "HELD_COMMENT_MODERATED" } })).toBe(1);
    // Moderated once: it is no longer held, so a second decision is refused.
    await expect(moderateHeld(db.prisma, yt.cm, held.id, { decision: "publish" })).rejects.toMatchObject({ code: "not_held" });
    expect(fake.moderations().every((m) => m.banAuthor === undefined)).toBe(true);
  });

  it("a held spam comment is its author's open case too: not rejected as spam until the author is marked so, but rejected for abuse", async () => {
    const spam = await messageOf("UgzHeldSpam00001");
    await expect(moderateHeld(db.prisma, yt.cm, spam.id, { decision: "reject", reason: "spam" })).rejects.toMatchObject({ code: "reject_refused_open_complaint" });
    const ev = await moderateHeld(db.prisma, yt.cm, spam.id, { decision: "reject", reason: "abuse", note: "lien de spam" });
    expect(ev).toMatchObject({ kind: "HIDDEN", reason: "rejected: abuse: lien de spam" });
    expect(fake.comments().find((c) => c.id === "UgzHeldSpam00001")?.moderationStatus).toBe("rejected");
  });

  it("quotaExceeded pauses polling until the quota resets, with the reason on the channel", async () => {
    fake.setQuotaLimit(fake.quotaSpent());
    const before = new Date();
    await expect(pollChannel(db.prisma, yt.channel.id)).rejects.toMatchObject({ platformCode: "quotaExceeded" });
    const ch = await db.prisma.channel.findUniqueOrThrow({ where: { id: yt.channel.id } });
    expect(ch.pollPausedUntil?.toISOString()).toBe(nextPacificMidnight(before).toISOString());
    expect(ch.lastError).toMatch(/quota/i);
    const calls = fake.requests.length;
    expect(await pollChannel(db.prisma, yt.channel.id)).toEqual({ skipped: true });
    expect(fake.requests.length).toBe(calls);
    // After the reset (here: the pause moved into the past), polling runs again and clears the pause.
    fake.resetQuota();
    fake.setQuotaLimit(10_000);
    await db.prisma.channel.update({ where: { id: yt.channel.id }, data: { pollPausedUntil: new Date(Date.now() - 1000) } });
    await pollChannel(db.prisma, yt.channel.id);
    expect((await db.prisma.channel.findUniqueOrThrow({ where: { id: yt.channel.id } })).pollPausedUntil).toBeNull();
  });
});
