import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ITEMS } from "@/lib/connectors/demo/dataset";
import { DEMO_REVIEWS, DEMO_VIDEO_COMMENTS } from "@/lib/connectors/demo/dataset-reviews";
import { seedDemoWorkspace } from "@/lib/demo/seed-demo-workspace";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

let db: TestDatabase;
// The whole dataset goes through ingestion one event per transaction (three platforms, ~140 items): on the
// shared 2-core machine under a full parallel suite that takes more than the default minute.
beforeAll(async () => {
  db = await createTestDatabase();
  await seedDemoWorkspace(db.prisma, { password: "demo-password" });
}, 180_000);
afterAll(() => db?.dispose());

describe("demo workspace", () => {
  it("has one member per role", async () => {
    const members = await db.prisma.membership.findMany({ include: { user: true } });
    expect(Object.fromEntries(members.map((m) => [m.user.email, m.role]))).toMatchObject({
      "cm@demo.test": "COMMUNITY_MANAGER",
      "cs@demo.test": "CUSTOMER_SERVICE",
      "lead@demo.test": "TEAM_LEAD",
    });
  });

  it("replays the whole dataset through ingestion: every item stored once", async () => {
    expect(await db.prisma.message.count()).toBe(DEMO_ITEMS.length + DEMO_REVIEWS.length + DEMO_VIDEO_COMMENTS.length);
    const beyondSeeds = DEMO_ITEMS.filter((i) => !i.tags.includes("seed-000") && !i.tags.includes("seed-001"));
    expect(beyondSeeds.length).toBeGreaterThanOrEqual(60);
    const platforms = await db.prisma.message.groupBy({ by: ["kind"], _count: true });
    expect(platforms.map((p) => p.kind).sort()).toEqual(["COMMENT", "DM", "MENTION", "POST"]);
  });

  it("contains the seed stories: the removed flower complaint keeps its text, the canned answer twice", async () => {
    const removed = await db.prisma.messageEvent.findFirstOrThrow({ where: { kind: "REMOVED" }, include: { message: true } });
    expect(removed.message.body.length).toBeGreaterThan(20);
    const brand = await db.prisma.message.groupBy({ by: ["body"], where: { direction: "OUTBOUND" }, _count: true });
    expect(brand.some((b) => b._count >= 2)).toBe(true);
    const defouloir = await db.prisma.message.count({ where: { body: { contains: "défouloir" } } });
    expect(defouloir).toBeGreaterThan(0);
  });

  it("has an Instagram account and seed 000's flower delivery as a visitor post on the Page wall", async () => {
    const ig = await db.prisma.channel.findFirstOrThrow({ where: { platform: "INSTAGRAM" } });
    const igKinds = await db.prisma.message.groupBy({ by: ["kind"], where: { channelId: ig.id }, _count: true });
    expect(igKinds.map((k) => k.kind).sort()).toEqual(["COMMENT", "DM", "MENTION"]);
    const post = await db.prisma.message.findFirstOrThrow({ where: { kind: "POST", channel: { platform: "FACEBOOK" } }, include: { case: { include: { messages: true } }, channel: true } });
    expect(post.channel.platform).toBe("FACEBOOK");
    expect(post.body).toMatch(/bouquet/);
    // Her later comments under her own post, and the removed one, are in the same case.
    expect(post.case.messages.filter((m) => m.direction === "INBOUND" && m.authorIdentityId === post.authorIdentityId).length).toBeGreaterThanOrEqual(3);
  });

  it("has a Google location with a 1-star French complaint and an edited review, and a YouTube channel with a held comment", async () => {
    const oneStar = await db.prisma.message.findFirstOrThrow({ where: { rating: 1, channel: { platform: "GOOGLE" } }, include: { case: true } });
    expect(oneStar.body).toMatch(/jamais livré/);
    expect(oneStar.case).toMatchObject({ rating: 1, language: "fr" });
    const edited = await db.prisma.messageEvent.findFirstOrThrow({ where: { newRating: { not: null } }, include: { message: { include: { case: true } } } });
    expect(edited.message.rating).toBe(2);
    expect(edited.message.case.rating).toBe(edited.newRating);
    const held = await db.prisma.message.findMany({ where: { held: { not: null }, channel: { platform: "YOUTUBE" } }, include: { thread: true } });
    expect(held.map((m) => m.held).sort()).toEqual(["HELD_FOR_REVIEW", "LIKELY_SPAM"]);
    expect(held[0]!.thread?.text).toMatch(/coffrets voyage/);
  });

  it("is idempotent on every start", async () => {
    const before = await db.prisma.message.count();
    await seedDemoWorkspace(db.prisma, { password: "demo-password" });
    expect(await db.prisma.message.count()).toBe(before);
    expect(await db.prisma.workspace.count()).toBe(1);
  });
});

describe("demo escalated queue", () => {
  it("gives customer service the seed-001 wardrobe case with its context", async () => {
    const esc = await db.prisma.escalation.findFirstOrThrow({ include: { case: { include: { messages: true } } } });
    expect(esc.case.status).toBe("ESCALATED");
    expect(esc.case.messages.some((m) => m.externalId === "demo-fb-101")).toBe(true);
    expect(esc.context).toMatchObject({ contactChannel: expect.stringContaining("Facebook") });
  });
});
