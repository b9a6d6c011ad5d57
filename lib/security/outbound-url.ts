// The one policy for URLs the server calls on a user's behalf (channel apiBaseUrl, alert webhooks, any future
// outbound call; issue #20 items 4–5): https only, no credentials in the URL, no local names, and every address
// the host resolves to must be public (./ip-ranges). It is checked when the URL is saved (a 400 the user can read)
// and again at every request by ./outbound-fetch, which also connects to the address it checked (DNS rebinding)
// and follows no redirect. CONNECTOR_ALLOW_PRIVATE_URLS=true lifts the address rules for tests and local fakes.
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { invalid, type DomainError } from "../errors/domain-errors";
import { isNonPublicAddress } from "./ip-ranges";

/** An outbound call the policy refused; the message never names a resolved address (it could map a private network). */
export class OutboundRefusedError extends Error {
  override readonly name = "OutboundRefusedError";
  /** Only a failed DNS lookup may heal by itself; a refused address or a redirect will not. */
  constructor(message: string, readonly retryable = false) {
    super(message);
  }
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}
export type Resolver = (host: string) => Promise<ResolvedAddress[]>;

export interface OutboundPolicy {
  /** Defaults to CONNECTOR_ALLOW_PRIVATE_URLS=true, read at each call. */
  allowPrivate?: boolean;
  /** Defaults to the system resolver (tests inject one to play DNS rebinding). */
  resolve?: Resolver;
}

export const allowPrivateUrls = (): boolean => process.env.CONNECTOR_ALLOW_PRIVATE_URLS === "true";

const systemResolve: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));

const LOCAL_NAME = /(^|\.)(localhost|local|internal|lan|home\.arpa|localdomain)$/;

/** The host as an address or a name, without IPv6 brackets or a trailing dot. */
export const bareHost = (url: URL): string => url.hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();

/** Checks what can be checked without DNS; returns the parsed URL. */
export function parseOutboundUrl(raw: string, allowPrivate = allowPrivateUrls()): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new OutboundRefusedError("not a URL");
  }
  if (url.protocol !== "https:" && !(allowPrivate && url.protocol === "http:")) throw new OutboundRefusedError("https only");
  if (url.username || url.password) throw new OutboundRefusedError("no credentials in the URL");
  if (allowPrivate) return url;
  const host = bareHost(url);
  if (LOCAL_NAME.test(host)) throw new OutboundRefusedError(`${host} is a local name`);
  if (isIP(host) && isNonPublicAddress(host)) throw new OutboundRefusedError(`${host} is not a public address`);
  return url;
}

/** Resolves a host and checks every address it has: one private answer is enough to refuse. */
export async function resolveCheckedHost(host: string, policy: OutboundPolicy = {}): Promise<ResolvedAddress[]> {
  const allowPrivate = policy.allowPrivate ?? allowPrivateUrls();
  if (isIP(host)) {
    if (!allowPrivate && isNonPublicAddress(host)) throw new OutboundRefusedError(`${host} is not a public address`);
    return [{ address: host, family: isIP(host) === 6 ? 6 : 4 }];
  }
  const addresses = await (policy.resolve ?? systemResolve)(host).catch(() => {
    throw new OutboundRefusedError(`${host} does not resolve`, true);
  });
  if (addresses.length === 0) throw new OutboundRefusedError(`${host} does not resolve`, true);
  if (!allowPrivate && addresses.some((a) => isNonPublicAddress(a.address))) {
    throw new OutboundRefusedError(`${host} resolves to an address that is not public`);
  }
  return addresses;
}

/** Save time: the same checks as every request, as a 400 naming the field. */
export async function assertOutboundUrl(raw: string, opts: OutboundPolicy & { field: string }): Promise<void> {
  const refuse = (why: string): DomainError =>
    invalid("private_url", `${opts.field} must be a public https address (${why}).`, { field: opts.field });
  try {
    const allowPrivate = opts.allowPrivate ?? allowPrivateUrls();
    const url = parseOutboundUrl(raw, allowPrivate);
    // With private addresses allowed there is nothing to learn from DNS (and tests have none).
    if (!allowPrivate) await resolveCheckedHost(bareHost(url), opts);
  } catch (err) {
    if (err instanceof OutboundRefusedError) throw refuse(err.message);
    throw err;
  }
}
