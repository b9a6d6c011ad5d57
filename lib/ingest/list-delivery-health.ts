// What the Channels page shows of the delivery log: per channel, how many deliveries wait to be processed,
// and the deliveries that failed after their retries, with the reason (never their payload: it may hold
// personal data and is for replay, not for display).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";

export interface FailedDelivery {
  id: string;
  channelIds: string[];
  receivedAt: Date;
  attempts: number;
  lastError: string | null;
}

export async function listDeliveryHealth(prisma: PrismaClient, member: Member, channelIds: string[]) {
  assertCan(member.role, "channels.view");
  const mine = (await prisma.channel.findMany({ where: { workspaceId: member.workspaceId, id: { in: channelIds } }, select: { id: true } })).map((c) => c.id);
  if (mine.length === 0) return { failed: [] as FailedDelivery[], backlog: new Map<string, number>() };
  const [failed, pending] = await Promise.all([
    prisma.rawDelivery.findMany({
      where: { status: "FAILED", channelIds: { hasSome: mine } },
      select: { id: true, channelIds: true, receivedAt: true, attempts: true, lastError: true },
      orderBy: { id: "desc" },
      take: 100,
    }),
    prisma.$queryRaw<{ channelId: string; n: number }[]>`
      SELECT c AS "channelId", count(*)::int AS n FROM raw_deliveries, unnest("channelIds") AS c
       WHERE status = 'PENDING' AND c = ANY(${mine}::text[]) GROUP BY c`,
  ]);
  return {
    failed: failed.map((f) => ({ ...f, id: String(f.id) })),
    backlog: new Map(pending.map((p) => [p.channelId, p.n])),
  };
}
