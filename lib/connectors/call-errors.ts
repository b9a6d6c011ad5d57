// What every connector says when a call to its platform fails before or beside the platform's own error body:
// the network (refused, reset, DNS, our timeout: transient; the outbound policy's refusals are final) and a 2xx
// whose body we cannot use (the platform changed, or a proxy answered: not retried, it would not change).
// Messages carry the error class and the platform's words only: undici's messages and causes can include the
// full URL, and a token endpoint's request carries secrets.
import { ConnectorError } from "./connector";
import { OutboundRefusedError } from "../security/outbound-url";

const MAX_TEXT = 400;

/** A platform's text shortened for a message, HTML tags dropped (Google's quota message embeds a link). */
export function clip(s: string): string {
  const plain = s.replace(/<[^>]*>/g, "");
  return plain.length > MAX_TEXT ? `${plain.slice(0, MAX_TEXT)}…` : plain;
}

/** fetch() itself failed. `what`: the call as a message names it, e.g. "X API request". */
export function networkError(err: unknown, what: string): ConnectorError {
  if (err instanceof OutboundRefusedError) return new ConnectorError(`${what} refused: ${err.message}`, { retryable: err.retryable });
  const name = err instanceof Error ? err.name : "";
  const timedOut = name === "TimeoutError" || name === "AbortError";
  return new ConnectorError(timedOut ? `${what} timed out` : `${what} failed (${name || "network error"})`, { retryable: true });
}

/** A 2xx with a body we cannot use. `api`: "X API", "YouTube API", "Google"; `what`: the call. */
export function unusableResponse(api: string, what: string, status: number, issue?: string): ConnectorError {
  return new ConnectorError(`Unexpected ${api} response for ${what} (${status})${issue ? `: ${clip(issue)}` : ""}`, { retryable: false, httpStatus: status });
}
