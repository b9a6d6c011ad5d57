// Route handlers of the X fake (after auth, scripted-failure and rate-limit checks).
import type { JsonReply } from "./fake-http";
import { invalidRequest, listParam, problem, type ParamError } from "./x-problems";
import {
  DM_EVENT_FIELDS,
  TWEET_FIELDS,
  USER_FIELDS,
  decodeToken,
  encodeToken,
  isNumericId,
  type StoredTweet,
  type XState,
} from "./x-state";

const TWEET_EXPANSIONS = [
  "article.cover_media", "article.media_entities", "attachments.media_keys", "attachments.media_source_tweet",
  "attachments.poll_ids", "author_id", "edit_history_tweet_ids", "entities.mentions.username", "geo.place_id",
  "in_reply_to_user_id", "entities.note.mentions.username", "referenced_tweets.id", "referenced_tweets.id.attachments.media_keys",
  "referenced_tweets.id.author_id",
];
const DM_EXPANSIONS = ["attachments.media_keys", "participant_ids", "referenced_tweets.id", "sender_id"];

interface Window<T> {
  page: T[];
  next?: string;
}

/** since_id/until_id/pagination_token/max_results handling shared by both timelines (lists are newest first). */
function window<T extends { id: string }>(list: T[], q: Record<string, string>, min: number, max: number, dflt: number, errors: ParamError[]): Window<T> {
  const n = q.max_results === undefined ? dflt : Number(q.max_results);
  if (!Number.isInteger(n) || n < min || n > max) {
    errors.push({ parameters: { max_results: [q.max_results ?? ""] }, message: `The \`max_results\` query parameter value [${q.max_results}] is not between ${min} and ${max}` });
  }
  for (const k of ["since_id", "until_id"]) {
    const v = q[k];
    if (v !== undefined && !isNumericId(v)) errors.push({ parameters: { [k]: [v] }, message: `The \`${k}\` query parameter value [${v}] is not valid` });
  }
  let below: string | undefined;
  if (q.pagination_token !== undefined) {
    below = decodeToken(q.pagination_token);
    if (!below) errors.push({ parameters: { pagination_token: [q.pagination_token] }, message: `The \`pagination_token\` query parameter value [${q.pagination_token}] is not valid` });
  }
  if (errors.length) return { page: [] };
  const since = q.since_id !== undefined ? BigInt(q.since_id) : undefined;
  const until = q.until_id !== undefined ? BigInt(q.until_id) : undefined;
  const cut = below !== undefined ? BigInt(below) : undefined;
  const filtered = list.filter((t) => {
    const id = BigInt(t.id);
    return (since === undefined || id > since) && (until === undefined || id < until) && (cut === undefined || id < cut);
  });
  const page = filtered.slice(0, n);
  const last = page[page.length - 1];
  return { page, next: filtered.length > n && last ? encodeToken(last.id) : undefined };
}

function usersJson(state: XState, ids: Iterable<string>, userFields: string[]): Array<Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const id of ids) {
    const u = state.users.get(id);
    if (u && !out.has(id)) out.set(id, pick(u, ["id", "name", "username"], userFields));
  }
  return [...out.values()];
}

function pick(obj: object, base: string[], extra: string[]): Record<string, unknown> {
  const src = obj as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const f of [...base, ...extra]) if (src[f] !== undefined) out[f] = src[f];
  return out;
}

export function getMentions(state: XState, userId: string, q: Record<string, string>): JsonReply {
  const errors: ParamError[] = [];
  const tweetFields = listParam(q, "tweet.fields", TWEET_FIELDS, errors);
  const userFields = listParam(q, "user.fields", USER_FIELDS, errors);
  const expansions = listParam(q, "expansions", TWEET_EXPANSIONS, errors);
  // Mentions of some other user are not modelled: their timeline is simply empty.
  const { page, next } = window(userId === state.self.id ? state.mentions() : [], q, 5, 100, 10, errors);
  if (errors.length) return invalidRequest(errors);
  const first = page[0];
  const last = page[page.length - 1];
  // An empty timeline has no `data` and no `includes`, only meta.result_count.
  if (!first || !last) return { status: 200, body: { meta: { result_count: 0 } } };
  const data = page.map((t) => pick(t, ["id", "text", "edit_history_tweet_ids"], tweetFields));
  const includes: Record<string, unknown> = {};
  const userIds: string[] = [];
  if (expansions.includes("author_id")) userIds.push(...page.map((t) => t.author_id));
  if (expansions.includes("in_reply_to_user_id")) userIds.push(...page.flatMap((t) => (t.in_reply_to_user_id ? [t.in_reply_to_user_id] : [])));
  if (userIds.length) includes.users = usersJson(state, userIds, userFields);
  if (expansions.includes("referenced_tweets.id")) {
    const refs = page.flatMap((t) => t.referenced_tweets ?? []).map((r) => state.tweets.get(r.id)).filter((t): t is StoredTweet => !!t);
    if (refs.length) includes.tweets = refs.map((t) => pick(t, ["id", "text", "edit_history_tweet_ids"], tweetFields));
  }
  return {
    status: 200,
    body: {
      data,
      ...(Object.keys(includes).length ? { includes } : {}),
      meta: { newest_id: first.id, oldest_id: last.id, result_count: page.length, ...(next ? { next_token: next } : {}) },
    },
  };
}

export function getDmEvents(state: XState, q: Record<string, string>): JsonReply {
  const errors: ParamError[] = [];
  const fields = listParam(q, "dm_event.fields", DM_EVENT_FIELDS, errors);
  const userFields = listParam(q, "user.fields", USER_FIELDS, errors);
  const expansions = listParam(q, "expansions", DM_EXPANSIONS, errors);
  const types = listParam(q, "event_types", ["MessageCreate", "ParticipantsJoin", "ParticipantsLeave"], errors);
  const all = state.dmEvents().filter((e) => types.length === 0 || types.includes(e.event_type));
  const { page, next } = window(all, q, 1, 100, 100, errors);
  if (errors.length) return invalidRequest(errors);
  if (page.length === 0) return { status: 200, body: { meta: { result_count: 0 } } };
  const userIds: string[] = [];
  if (expansions.includes("sender_id")) userIds.push(...page.map((e) => e.sender_id));
  if (expansions.includes("participant_ids")) userIds.push(...page.flatMap((e) => e.participant_ids));
  return {
    status: 200,
    body: {
      data: page.map((e) => pick(e, ["id", "event_type", "text"], fields)),
      ...(userIds.length ? { includes: { users: usersJson(state, userIds, userFields) } } : {}),
      meta: { result_count: page.length, ...(next ? { next_token: next } : {}) },
    },
  };
}

function jsonBody(body: unknown): Record<string, unknown> | undefined {
  return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
}

export function postTweet(state: XState, rawBody: unknown): JsonReply {
  const body = jsonBody(rawBody);
  if (!body || typeof body.text !== "string" || body.text.length === 0) {
    return invalidRequest([{ parameters: {}, message: "$.text: is missing but it is required" }]);
  }
  const text = body.text;
  const reply = jsonBody(body.reply);
  let parent: StoredTweet | undefined;
  if (reply) {
    const id = reply.in_reply_to_tweet_id;
    parent = typeof id === "string" ? state.tweets.get(id) : undefined;
    // X only lets us reply where the author mentioned or engaged the account: here, tweets it knows.
    if (!parent) {
      return problem(403, "Forbidden", "Reply to this conversation is not allowed because you have not been mentioned or otherwise engaged by the author of the post you are replying to.");
    }
  }
  const dup = [...state.tweets.values()].some((t) => t.author_id === state.self.id && t.text === text);
  if (dup) return problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.");
  const t = state.addOwnTweet(text, parent);
  return { status: 201, body: { data: { id: t.id, text: t.text, edit_history_tweet_ids: t.edit_history_tweet_ids } } };
}

export function postDm(state: XState, participantId: string, rawBody: unknown): JsonReply {
  if (!isNumericId(participantId)) {
    return invalidRequest([{ parameters: { participant_id: [participantId] }, message: `The \`participant_id\` path parameter value [${participantId}] is not valid` }]);
  }
  const body = jsonBody(rawBody);
  if (!body || typeof body.text !== "string" || body.text.length === 0) {
    return invalidRequest([{ parameters: {}, message: "$.text: is missing but it is required" }]);
  }
  const dm = state.addDm({ text: body.text, sender: state.self, recipient_id: participantId });
  return { status: 201, body: { data: { dm_conversation_id: dm.dm_conversation_id, dm_event_id: dm.id } } };
}

/**
 * POST /2/users/:id/blocking { target_user_id } ("Block an account"): only for the authenticated account's own
 * id (X answers 403 otherwise); blocking again answers { blocking: true } again.
 */
export function postBlocking(state: XState, sourceId: string, rawBody: unknown): JsonReply {
  if (sourceId !== state.self.id) {
    return problem(403, "Forbidden", "You are not permitted to perform this action.", "https://api.twitter.com/2/problems/client-forbidden");
  }
  const body = jsonBody(rawBody);
  const target = body?.target_user_id;
  if (typeof target !== "string" || !isNumericId(target)) {
    return invalidRequest([{ parameters: {}, message: "$.target_user_id: is missing but it is required" }]);
  }
  state.blocked.add(target);
  return { status: 200, body: { data: { blocking: true } } };
}
