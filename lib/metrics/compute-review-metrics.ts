// Reviews in a period (issue #23): how many, their average stars, and the 1–2 star ones — the complaints a
// location's public page shows to everyone — with how many got an answer. Only cases with stars are read, from a
// partial index that holds nothing else (migration *_review_metrics_index), so the dashboard pays for reviews only.
import type { PrismaClient } from "../generated/prisma/client";

export interface ReviewFigures {
  reviews: number;
  averageStars: number;
  /** Reviews of 1 or 2 stars, and how many of them have our first answer. */
  low: number;
  lowAnswered: number;
}

export async function computeReviewMetrics(prisma: PrismaClient, workspaceId: string, from: Date, to: Date): Promise<ReviewFigures | null> {
  const [r] = await prisma.$queryRaw<{ n: number; avg: number | null; low: number; low_answered: number }[]>`
    SELECT count(*)::int AS n, avg(c.rating)::float8 AS avg,
           count(*) FILTER (WHERE c.rating <= 2)::int AS low,
           count(*) FILTER (WHERE c.rating <= 2 AND c."firstRespondedAt" IS NOT NULL)::int AS low_answered
      FROM cases c
     WHERE c."workspaceId" = ${workspaceId} AND c.rating IS NOT NULL AND c."openedAt" >= ${from} AND c."openedAt" < ${to}`;
  if (!r || r.n === 0) return null;
  return { reviews: r.n, averageStars: Number(r.avg), low: r.low, lowAnswered: r.low_answered };
}
