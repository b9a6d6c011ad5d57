// A channel's apiBaseUrl is where the server sends requests carrying the channel's secrets (issue #11 item 5):
// it must be a public https host, or the app becomes a way to reach loopback and private services. Tests and
// local development against the fake platforms set CONNECTOR_ALLOW_PRIVATE_URLS=true. The host's addresses are
// checked when the channel is connected; see SECURITY.md for what that does not cover (DNS rebinding).
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { invalid } from "../errors/domain-errors";

const PRIVATE = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15], ["198.51.100.0", 24],
  ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) PRIVATE.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [["::", 128], ["::1", 128], ["fc00::", 7], ["fe80::", 10], ["ff00::", 8], ["64:ff9b::", 96], ["2001:db8::", 32]] as const) {
  PRIVATE.addSubnet(net, bits, "ipv6");
}

export function isPrivateAddress(ip: string): boolean {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return isPrivateAddress(mapped[1]!);
  const family = isIP(ip);
  if (family === 0) return true;
  return PRIVATE.check(ip, family === 6 ? "ipv6" : "ipv4");
}

const refuse = (why: string) =>
  invalid("private_url", `apiBaseUrl must be a public https address (${why}).`, { field: "apiBaseUrl" });

type Resolver = (host: string) => Promise<string[]>;
const dnsResolve: Resolver = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

export async function assertPublicApiBaseUrl(
  raw: string,
  opts: { allowPrivate?: boolean; resolve?: Resolver } = {},
): Promise<void> {
  const allowPrivate = opts.allowPrivate ?? process.env.CONNECTOR_ALLOW_PRIVATE_URLS === "true";
  if (allowPrivate) return;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse("not a URL");
  }
  if (url.protocol !== "https:") throw refuse("https only");
  if (url.username || url.password) throw refuse("no credentials in the URL");
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (host === "localhost" || /\.(localhost|local|internal|lan|home\.arpa)$/.test(host)) throw refuse(`${host} is a local name`);
  const addresses = isIP(host) ? [host] : await (opts.resolve ?? dnsResolve)(host).catch(() => {
    throw refuse(`${host} does not resolve`);
  });
  if (addresses.length === 0) throw refuse(`${host} does not resolve`);
  const bad = addresses.find(isPrivateAddress);
  if (bad) throw refuse(`${host} resolves to the private address ${bad}`);
}
