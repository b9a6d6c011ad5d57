// Poison input: PostgreSQL text and jsonb cannot hold U+0000, so a NUL in a comment or an author's name used
// to fail the whole delivery forever. Stored text gets U+FFFD (the replacement character) in its place; the raw
// delivery keeps the bytes as they came (raw_deliveries.body is bytea).
import type { InboundEvent } from "../connectors/types";

const NUL = /\u0000/g;
export const NUL_REPLACEMENT = "\uFFFD";

function clean<T>(value: T): T {
  if (typeof value === "string") return (value.includes("\u0000") ? value.replace(NUL, NUL_REPLACEMENT) : value) as T;
  if (Array.isArray(value)) return value.map(clean) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = clean(v);
    return out as T;
  }
  return value;
}

export function sanitizeEvent<E extends InboundEvent>(ev: E): E {
  return clean(ev);
}
