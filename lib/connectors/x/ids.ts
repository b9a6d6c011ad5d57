// X ids are 64-bit snowflakes: they stay decimal strings everywhere (a JS number loses precision above
// 2^53) and are compared as BigInt, never as numbers or as strings of different lengths.
import { z } from "zod";

const ID_PATTERN = /^\d{1,20}$/;

/** A numeric id string, as X sends in `id_str` (v1.1) and `id` (v2). */
export const idString = z.string().regex(ID_PATTERN, "expected a numeric id string");

export function isNumericId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

export function compareIds(a: string, b: string): -1 | 0 | 1 {
  const x = BigInt(a);
  const y = BigInt(b);
  return x === y ? 0 : x > y ? 1 : -1;
}

/** The larger of two optional ids. */
export function maxId(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareIds(a, b) >= 0 ? a : b;
}

// Snowflake layout: milliseconds since the Twitter epoch in the bits above the low 22.
const TWITTER_EPOCH_MS = 1_288_834_974_657n;
const EARLIEST = Date.UTC(2010, 10, 4);

/**
 * When a snowflake id was minted. Only a fallback for a missing or unparseable timestamp: ids from
 * before snowflakes (Nov 2010) give nothing.
 */
export function snowflakeTime(id: string): Date | undefined {
  if (!isNumericId(id)) return undefined;
  const ms = Number((BigInt(id) >> 22n) + TWITTER_EPOCH_MS);
  return ms > EARLIEST && ms < Date.now() + 86_400_000 ? new Date(ms) : undefined;
}
