// The usual number of inbound messages for an hour of the week: the mean of the same hour over the last four
// weeks, or, for a young workspace with no such history, the mean hourly rate of the last seven days.
import { Prisma, type PrismaClient } from "../generated/prisma/client";

const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

export async function countInbound(prisma: PrismaClient, workspaceId: string, from: Date, to: Date, negativeOnly = false) {
  const [r] = await prisma.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n FROM messages
     WHERE "workspaceId" = ${workspaceId} AND direction = 'INBOUND' AND "platformCreatedAt" >= ${from} AND "platformCreatedAt" < ${to}
       ${negativeOnly ? Prisma.sql`AND sentiment <= -20` : Prisma.empty}`;
  return r!.n;
}

export async function hourOfWeekBaseline(prisma: PrismaClient, workspaceId: string, end: Date, negativeOnly = false): Promise<number> {
  const weeks = await Promise.all([1, 2, 3, 4].map((k) =>
    countInbound(prisma, workspaceId, new Date(end.getTime() - k * WEEK - HOUR), new Date(end.getTime() - k * WEEK), negativeOnly)));
  const withHistory = weeks.filter((n) => n > 0);
  if (withHistory.length >= 2) return weeks.reduce((a, b) => a + b, 0) / weeks.length;
  const lastWeek = await countInbound(prisma, workspaceId, new Date(end.getTime() - WEEK), new Date(end.getTime() - HOUR), negativeOnly);
  return lastWeek / (7 * 24 - 1);
}

/** A spike: far above the usual rate and above a floor, so 4 messages against a usual 1 is not a crisis. */
export function isSpike(count: number, baseline: number, floor = 20): boolean {
  return count >= floor && count >= 3 * baseline + 3 * Math.sqrt(Math.max(1, baseline));
}
