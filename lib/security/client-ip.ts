// Who is on the other end of the socket, for per-source limits (issue #11 item 2). `X-Forwarded-For` is set
// by any client, so it is read only when the socket's peer is one of TRUSTED_PROXIES, and then from the
// right: the first hop that is not a trusted proxy is the client. Next.js does not hand the socket address to
// route handlers, so instrumentation stamps it on every request (stampPeerAddress) with a per-process secret a
// client cannot forge; without the stamp the source is unknown (null).
import { BlockList, isIP } from "node:net";
import { randomBytes } from "node:crypto";
import type { IncomingMessage, Server } from "node:http";

export const PEER_HEADER = "x-inbox-peer";

const g = globalThis as typeof globalThis & { __inboxPeerStamp?: string };

function normalise(ip: string): string {
  const v = ip.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(v);
  return mapped ? mapped[1]! : v;
}

/** Parses TRUSTED_PROXIES: comma-separated addresses or CIDR ranges, IPv4 or IPv6. Throws on a bad entry. */
export function parseTrustedProxies(spec: string | undefined): BlockList {
  const list = new BlockList();
  for (const raw of (spec ?? "").split(",").map((s) => s.trim()).filter(Boolean)) {
    const [addr, bits] = raw.split("/");
    const family = isIP(addr ?? "");
    if (!family) throw new Error(`TRUSTED_PROXIES: "${raw}" is not an IP address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(addr!, type);
    else list.addSubnet(addr!, Number(bits), type);
  }
  return list;
}

function trusted(list: BlockList, ip: string): boolean {
  const family = isIP(ip);
  return family !== 0 && list.check(ip, family === 6 ? "ipv6" : "ipv4");
}

/** Reads a header bag (Headers or a plain object, as next-auth passes). */
function header(h: Headers | Record<string, string | string[] | undefined>, name: string): string | undefined {
  if (h instanceof Headers) return h.get(name) ?? undefined;
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The socket peer, only when stamped by this process. */
export function peerAddress(h: Headers | Record<string, string | string[] | undefined>): string | null {
  const stamp = g.__inboxPeerStamp;
  const v = header(h, PEER_HEADER);
  if (!stamp || !v) return null;
  const [s, ip] = v.split(";");
  return s === stamp && ip ? normalise(ip) : null;
}

export function clientIp(
  h: Headers | Record<string, string | string[] | undefined>,
  proxies: BlockList = parseTrustedProxies(process.env.TRUSTED_PROXIES),
): string | null {
  const peer = peerAddress(h);
  if (!peer || !trusted(proxies, peer)) return peer;
  const hops = (header(h, "x-forwarded-for") ?? "").split(",").map(normalise).filter((x) => isIP(x) !== 0);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted(proxies, hops[i]!)) return hops[i]!;
  return hops[0] ?? peer;
}

/** Writes the stamp on one request (any client-sent copy is overwritten). */
export function stampRequest(req: Pick<IncomingMessage, "headers" | "socket">): void {
  g.__inboxPeerStamp ??= randomBytes(16).toString("hex");
  req.headers[PEER_HEADER] = `${g.__inboxPeerStamp};${req.socket?.remoteAddress ?? ""}`;
}

/** Installed once by instrumentation.ts: every HTTP server of this process stamps its requests. */
export function stampPeerAddress(serverProto: Pick<Server, "emit">): void {
  const original = serverProto.emit as (this: unknown, event: string, ...args: unknown[]) => boolean;
  if ((original as { __inboxStamped?: boolean }).__inboxStamped) return;
  const patched = function (this: unknown, event: string, ...args: unknown[]) {
    if (event === "request" && args[0]) stampRequest(args[0] as IncomingMessage);
    return original.call(this, event, ...args);
  };
  (patched as { __inboxStamped?: boolean }).__inboxStamped = true;
  (serverProto as { emit: unknown }).emit = patched;
}
