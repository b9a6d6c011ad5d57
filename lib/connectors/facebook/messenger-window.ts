// Messenger's messaging windows: a standard reply (RESPONSE) within 24 h of the customer's last message,
// a human agent's reply tagged HUMAN_AGENT up to 7 days, nothing after that.
import { ConnectorError } from "../connector";

const HOUR_MS = 3_600_000;
export const RESPONSE_WINDOW_MS = 24 * HOUR_MS;
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * HOUR_MS;
/**
 * The send reaches Meta a little after we decide: within this margin of a window's end we pick the next
 * rule (HUMAN_AGENT is valid inside 24 h as well) or refuse, instead of failing on Meta's side.
 */
export const WINDOW_SAFETY_MS = 60_000;
/** Send API: message.text must be shorter than 2,000 characters (UTF-16 length is the strict count). */
export const MAX_MESSENGER_TEXT = 2000;

export type MessengerRoute = { messaging_type: "RESPONSE" } | { messaging_type: "MESSAGE_TAG"; tag: "HUMAN_AGENT" };

export function messengerRoute(lastCustomerMessageAt: Date, now: Date): MessengerRoute {
  const last = lastCustomerMessageAt.getTime();
  if (Number.isNaN(last)) {
    throw new ConnectorError("Facebook: unknown time of the customer's last message; cannot pick a Messenger window", {
      retryable: false,
    });
  }
  // A future timestamp (clock skew) counts as "just now".
  const age = Math.max(0, now.getTime() - last);
  if (age < RESPONSE_WINDOW_MS - WINDOW_SAFETY_MS) return { messaging_type: "RESPONSE" };
  if (age < HUMAN_AGENT_WINDOW_MS - WINDOW_SAFETY_MS) return { messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" };
  throw new ConnectorError(
    "Facebook: outside Messenger's 7-day window: the customer last wrote more than 7 days ago, so Messenger accepts no reply until they write again",
    { retryable: false },
  );
}

export function checkMessengerText(text: string): void {
  if (text.trim().length === 0) throw new ConnectorError("Facebook: empty message", { retryable: false });
  if (text.length >= MAX_MESSENGER_TEXT) {
    throw new ConnectorError(`Facebook: Messenger messages must be shorter than ${MAX_MESSENGER_TEXT} characters (got ${text.length})`, {
      retryable: false,
    });
  }
}
