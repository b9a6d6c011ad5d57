// The crisis radar (R9), evaluated after each ingestion batch and every minute: a volume spike against the usual
// rate for that hour of the week, a surge of negative messages, "me too" replies piling up under one post,
// authors with high reach, authors who say they are journalists or professionals of the field, and mentions of
// lawyers, consumer associations, the press or legal action. Each alert fires once per episode (raise-alert.ts).
import type { PrismaClient } from "../generated/prisma/client";
import { isMeToo } from "../incidents/similarity";
import { signalsFromText } from "../scoring/author-signals";
import { fold } from "../text/fold";
import { COMPLAINT, LEGAL, PRESS, termsPattern } from "../text/signals";
import { raiseAlert, type AlertSignal } from "./raise-alert";
import { countInbound, hourOfWeekBaseline, isSpike } from "./volume-baseline";

const HOUR = 3_600_000;
const ME_TOO_AUTHORS = 3;
const PRESS_OR_LEGAL = termsPattern([...PRESS, ...LEGAL, ...COMPLAINT]);

export async function runRadar(prisma: PrismaClient, workspaceId: string, now = new Date(), newMessageIds: string[] = []) {
  const signals: AlertSignal[] = [];
  const hourAgo = new Date(now.getTime() - HOUR);
  const recentCases = async (negativeOnly: boolean) =>
    (await prisma.message.findMany({
      where: { workspaceId, direction: "INBOUND", staff: false, platformCreatedAt: { gte: hourAgo, lt: now }, ...(negativeOnly ? { sentiment: { lte: -20 } } : {}) },
      select: { caseId: true }, distinct: ["caseId"], take: 200,
    })).map((m) => m.caseId);

  const count = await countInbound(prisma, workspaceId, hourAgo, now);
  const baseline = await hourOfWeekBaseline(prisma, workspaceId, now);
  if (isSpike(count, baseline)) {
    signals.push({ workspaceId, kind: "VOLUME_SPIKE", scopeKey: "workspace", title: `${count} messages in one hour (usually ${baseline.toFixed(1)})`,
      caseIds: await recentCases(false), data: { count, baseline: Math.round(baseline * 10) / 10 }, at: now });
  }
  const negative = await countInbound(prisma, workspaceId, hourAgo, now, true);
  const negBaseline = await hourOfWeekBaseline(prisma, workspaceId, now, true);
  if (isSpike(negative, negBaseline, 10)) {
    signals.push({ workspaceId, kind: "NEGATIVE_SURGE", scopeKey: "workspace", title: `${negative} negative messages in one hour`,
      caseIds: await recentCases(true), data: { count: negative, baseline: Math.round(negBaseline * 10) / 10 }, at: now });
  }

  const fresh = newMessageIds.length
    ? await prisma.message.findMany({
        where: { id: { in: newMessageIds }, direction: "INBOUND", staff: false }, // staff are no customers (issue #25)
        select: { id: true, body: true, caseId: true, threadId: true, platformCreatedAt: true,
          authorIdentity: { select: { contactId: true, name: true, handle: true, followerCount: true, contact: { select: { signals: true, displayName: true } } } } },
      })
    : [];
  for (const m of fresh) {
    const who = m.authorIdentity;
    const name = who?.contact.displayName ?? "?";
    const base = { workspaceId, caseIds: [m.caseId], at: m.platformCreatedAt };
    if (who?.contact.signals.includes("high_reach")) {
      signals.push({ ...base, kind: "HIGH_REACH", scopeKey: who.contactId, title: `${name} (${who.followerCount ?? "?"} followers) wrote`, data: { followers: who.followerCount, contactId: who.contactId, name } });
    }
    const pro = who?.contact.signals.filter((s) => s === "journalist" || s === "professional") ?? [];
    if (who && pro.length) {
      signals.push({ ...base, kind: "PROFESSIONAL", scopeKey: who.contactId, title: `${name}: ${pro.join(", ")}`, data: { signals: pro, contactId: who.contactId, name } });
    }
    if (PRESS_OR_LEGAL.test(fold(m.body)) || signalsFromText(m.body).includes("legal")) {
      signals.push({ ...base, kind: "LEGAL_PRESS", scopeKey: m.caseId, title: `Press or legal action mentioned by ${name}`, data: { excerpt: m.body.slice(0, 200), name } });
    }
    if (m.threadId && isMeToo(m.body)) {
      const since = new Date(m.platformCreatedAt.getTime() - 24 * HOUR);
      const replies = await prisma.message.findMany({
        where: { threadId: m.threadId, direction: "INBOUND", platformCreatedAt: { gte: since } },
        select: { body: true, caseId: true, authorIdentityId: true },
      });
      const meToo = replies.filter((r) => isMeToo(r.body));
      const authors = new Set(meToo.map((r) => r.authorIdentityId));
      if (authors.size >= ME_TOO_AUTHORS) {
        signals.push({ ...base, kind: "ME_TOO", scopeKey: m.threadId, title: `${authors.size} "me too" replies under one post`,
          caseIds: [...new Set(meToo.map((r) => r.caseId))], data: { authors: authors.size } });
      }
    }
  }
  const created: string[] = [];
  for (const s of signals) {
    const r = await prisma.$transaction((tx) => raiseAlert(tx, s));
    if (r.created) created.push(r.id);
  }
  return created;
}
