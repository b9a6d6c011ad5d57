// Instagram webhook payloads with the real envelope (`object: "instagram"`, `entry[].id` = the professional
// account id), signed and delivered exactly like Page webhooks (graph-webhooks.ts).
import type { IgUser } from "./instagram-state";

export interface IgEnvelope {
  object: "instagram";
  entry: Array<Record<string, unknown>>;
}

export interface IgCommentInput {
  id: string;
  media_id: string;
  text: string;
  from: IgUser;
  /** The comment answered, for a reply. */
  parent_id?: string;
  live?: boolean;
}

export interface IgDmInput {
  /** IGSID of the user, or the account id for an echo. */
  sender: string;
  recipient?: string;
  mid: string;
  text?: string;
  timestamp?: number;
  is_echo?: boolean;
  reply_to?: string;
  attachments?: Array<{ type: string; payload?: unknown }>;
}

const nowS = () => Math.floor(Date.now() / 1000);

export function changesEnvelope(accountId: string, field: string, values: Array<Record<string, unknown>>): IgEnvelope {
  return { object: "instagram", entry: [{ id: accountId, time: nowS(), changes: values.map((value) => ({ field, value })) }] };
}

export function commentValue(c: IgCommentInput): Record<string, unknown> {
  return {
    from: { id: c.from.id, username: c.from.username },
    media: { id: c.media_id, media_product_type: c.live ? "LIVE" : "FEED" },
    id: c.id,
    ...(c.parent_id ? { parent_id: c.parent_id } : {}),
    text: c.text,
  };
}

export function messagingEnvelope(accountId: string, events: Array<Record<string, unknown>>): IgEnvelope {
  return { object: "instagram", entry: [{ id: accountId, time: Date.now(), messaging: events }] };
}

export function dmEvent(accountId: string, d: IgDmInput): Record<string, unknown> {
  const message: Record<string, unknown> = { mid: d.mid };
  if (d.text !== undefined) message.text = d.text;
  if (d.attachments) message.attachments = d.attachments;
  if (d.reply_to) message.reply_to = { mid: d.reply_to };
  if (d.is_echo) message.is_echo = true;
  return { sender: { id: d.sender }, recipient: { id: d.recipient ?? accountId }, timestamp: d.timestamp ?? Date.now(), message };
}

/** Events that reach the same callback and are not messages. */
export function notMessages(accountId: string, igsid: string): IgEnvelope[] {
  const t = Date.now();
  return [
    messagingEnvelope(accountId, [{ sender: { id: igsid }, recipient: { id: accountId }, timestamp: t, read: { mid: "aWdf-read" } }]),
    messagingEnvelope(accountId, [
      { sender: { id: igsid }, recipient: { id: accountId }, timestamp: t, reaction: { mid: "aWdf-x", action: "react", reaction: "love", emoji: "❤️" } },
    ]),
    messagingEnvelope(accountId, [{ sender: { id: igsid }, recipient: { id: accountId }, timestamp: t, postback: { mid: "aWdf-p", title: "Go", payload: "GO" } }]),
    changesEnvelope(accountId, "story_insights", [{ media_id: "17887498072083520", impressions: 44, reach: 40, taps_forward: 3, taps_back: 1, exits: 2, replies: 0 }]),
    changesEnvelope(accountId, "likes", [{ media_id: "17887498072083520", like_count: 12 }]),
  ];
}
