// Checks a reply draft before it is sent and says what is wrong, where: emptiness, the platform's length limit,
// placeholders left unfilled. Pure and synchronous: the composer runs it on every keystroke, and queueReply runs
// measureDraft on what it receives. The tact and safety guards of issue 9 (tone R4, repetition R3, personal data
// R5) are lib/guards/check-guards.ts: the composer runs them beside this check, and the server enforces their
// `high` findings (lib/guards/enforce-send-guards.ts).
import { formatTemplate } from "../text/template";

export type DraftVisibility = "public" | "private" | "internal";
export type DraftPlatform = "FACEBOOK" | "X" | "INSTAGRAM" | "GOOGLE" | "YOUTUBE";
export interface DraftContext {
  visibility: DraftVisibility;
  platform: DraftPlatform;
}

export type DraftWarningKind = "empty" | "too_long" | "unfilled_variable";
export interface DraftWarning {
  kind: DraftWarningKind;
  message: string;
  /** UTF-16 offsets in the draft as typed: what to highlight. */
  span?: { start: number; end: number };
  /** Sending would fail or embarrass (the platform refuses it, or the customer would see "{{first_name}}"). */
  blocking: boolean;
}

/** Texts for the warnings, usually from the UI dictionary; `{limit}` and `{names}` are replaced. */
export type DraftMessages = Partial<Record<"empty" | "tooLongX" | "tooLongMessenger" | "tooLong" | "unfilled", string>>;
const DEFAULT_MESSAGES: Required<DraftMessages> = {
  empty: "Write something first.",
  tooLongX: "Over X's 280-character limit for a public reply: shorten it or answer by direct message.",
  tooLongMessenger: "Over {limit} characters: Messenger refuses messages over 2,000, so we stop at {limit}.",
  tooLong: "Over the {limit}-character limit.",
  unfilled: "Still to fill in by hand: {names}.",
};

/** A public reply on X (counted the way X counts: URLs as 23, CJK and emoji as 2). */
export const X_PUBLIC_LIMIT = 280;
export const MESSENGER_LIMIT = 2000;
/** What the server accepts for any reply (lib/outbound/schemas.ts), a margin under Messenger's 2,000. */
export const REPLY_MAX = 1900;
/** Instagram refuses private messages (DMs and private replies to comments) over 1,000 characters. */
export const INSTAGRAM_PRIVATE_LIMIT = 1000;
/** What the server accepts for an internal note (lib/cases/schemas.ts). */
export const NOTE_MAX = 5000;

export function checkDraft(draft: string, ctx: DraftContext, messages: DraftMessages = {}): DraftWarning[] {
  const msg = { ...DEFAULT_MESSAGES, ...messages };
  const warnings: DraftWarning[] = [];
  if (draft.trim() === "") return [{ kind: "empty", message: msg.empty, blocking: true }];
  const { length, limit, overflowAt } = measureDraft(draft, ctx);
  if (length > limit) {
    const text = ctx.visibility === "public" && ctx.platform === "X" ? msg.tooLongX
      : ctx.visibility === "private" && ctx.platform === "FACEBOOK" ? msg.tooLongMessenger : msg.tooLong;
    const end = draft.trimEnd().length;
    warnings.push({ kind: "too_long", message: fill(text, { limit: String(limit) }), span: { start: overflowAt, end }, blocking: true });
  }
  // Notes are for the team: a leftover placeholder there is harmless.
  if (ctx.visibility !== "internal") {
    const seen = new Map<string, { start: number; end: number }>();
    for (const m of draft.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)) {
      if (!seen.has(m[1]!)) seen.set(m[1]!, { start: m.index, end: m.index + m[0].length });
    }
    if (seen.size > 0) {
      const first = [...seen.values()][0]!;
      warnings.push({ kind: "unfilled_variable", message: fill(msg.unfilled, { names: [...seen.keys()].map((n) => `{{${n}}}`).join(", ") }), span: first, blocking: true });
    }
  }
  return warnings;
}

/** Length as the destination counts it, its limit, and the draft offset where the excess starts. */
export function measureDraft(draft: string, ctx: DraftContext): { length: number; limit: number; overflowAt: number } {
  const lead = draft.length - draft.trimStart().length;
  const text = draft.trim();
  if (ctx.visibility === "public" && ctx.platform === "X") {
    let length = 0;
    let overflowAt = draft.length;
    for (const t of xTokens(text)) {
      length += t.weight;
      if (length > X_PUBLIC_LIMIT && overflowAt === draft.length) overflowAt = lead + t.start;
    }
    return { length, limit: X_PUBLIC_LIMIT, overflowAt };
  }
  // The server counts UTF-16 units of the trimmed text (zod's max), so do we.
  const limit = ctx.visibility === "internal" ? NOTE_MAX
    : ctx.visibility === "private" && ctx.platform === "INSTAGRAM" ? INSTAGRAM_PRIVATE_LIMIT
    : Math.min(REPLY_MAX, MESSENGER_LIMIT);
  return { length: text.length, limit, overflowAt: lead + Math.min(limit, text.length) };
}

// twitter-text v3: code points in these ranges weigh 1, others 2; a URL weighs 23; an emoji sequence 2.
const LIGHT: [number, number][] = [[0, 4351], [8192, 8205], [8208, 8223], [8242, 8247]];
const URL_RE = /https?:\/\/\S+/giu;

function* xTokens(text: string): Generator<{ start: number; weight: number }> {
  let pos = 0;
  for (const url of [...text.matchAll(URL_RE), null]) {
    const end = url ? url.index : text.length;
    yield* graphemeTokens(text.slice(pos, end), pos);
    if (!url) break;
    yield { start: url.index, weight: 23 };
    pos = url.index + url[0].length;
  }
}

function* graphemeTokens(chunk: string, offset: number): Generator<{ start: number; weight: number }> {
  const segments = typeof Intl.Segmenter === "function"
    ? Array.from(new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(chunk), (s) => ({ g: s.segment, i: s.index }))
    : Array.from(chunk.matchAll(/[\s\S]/gu), (m) => ({ g: m[0], i: m.index }));
  for (const { g, i } of segments) {
    if (/\p{Extended_Pictographic}/u.test(g)) {
      yield { start: offset + i, weight: 2 };
      continue;
    }
    let weight = 0;
    for (const ch of g.normalize("NFC")) {
      const cp = ch.codePointAt(0)!;
      weight += LIGHT.some(([a, b]) => cp >= a && cp <= b) ? 1 : 2;
    }
    yield { start: offset + i, weight };
  }
}

function fill(template: string, values: Record<string, string>): string {
  return formatTemplate(template, values, "en", { missing: "keep" });
}
