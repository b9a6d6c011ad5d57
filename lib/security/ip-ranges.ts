// Which IP addresses the server may call on a user's behalf (issue #20 items 4–5). Only globally routable unicast
// passes: loopback, private, shared (CGNAT), link-local (cloud metadata), unique-local, unspecified, multicast,
// reserved and documentation ranges are refused, and so is any IPv6 form that carries an IPv4 address the kernel
// or a gateway may turn back into IPv4 (mapped, compatible, translated, 6to4, NAT64, Teredo): `[::127.0.0.1]` and
// `[2002:7f00:1::]` reach 127.0.0.1. No IP library is installed, so this is node:net's BlockList plus a small
// IPv6 expander for the embedded forms. No server imports beyond node:net.
import { BlockList, isIP } from "node:net";

const V4 = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8], ["10.0.0.0", 8], ["100.64.0.0", 10], ["127.0.0.0", 8], ["169.254.0.0", 16], ["172.16.0.0", 12],
  ["192.0.0.0", 24], ["192.0.2.0", 24], ["192.88.99.0", 24], ["192.168.0.0", 16], ["198.18.0.0", 15],
  ["198.51.100.0", 24], ["203.0.113.0", 24], ["224.0.0.0", 4], ["240.0.0.0", 4],
] as const) V4.addSubnet(net, bits, "ipv4");

// Refused whole, whatever follows: nothing a platform or a webhook receiver serves from lives there.
const V6 = new BlockList();
for (const [net, bits] of [
  ["::", 96], // unspecified, loopback and IPv4-compatible (deprecated) ::a.b.c.d
  ["100::", 64], // discard-only
  ["64:ff9b:1::", 48], // local-use NAT64
  ["2001::", 32], // Teredo: the client's IPv4 is inside, obfuscated
  ["2001:db8::", 32], // documentation
  ["fc00::", 7], // unique-local
  ["fe80::", 10], // link-local
  ["fec0::", 10], // site-local (deprecated)
  ["ff00::", 8], // multicast
] as const) V6.addSubnet(net, bits, "ipv6");

/** The eight 16-bit groups of an IPv6 address (dotted-quad tails included), or null if it is not one. */
export function ipv6Groups(ip: string): number[] | null {
  if (isIP(ip) !== 6) return null;
  let s = ip.toLowerCase().replace(/%.*$/, "");
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number) as [number, number, number, number];
    s = `${s.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = s.includes("::") ? s.split("::") as [string, string] : [s, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  const groups = [...left, ...fill, ...right].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

const v4From = (hi: number, lo: number) => `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;

/** The IPv4 address an IPv6 address stands for (mapped, translated, 6to4, well-known NAT64), if any. */
export function embeddedIpv4(groups: readonly number[]): string | null {
  const [g0, g1, g2, g3, g4, g5, g6, g7] = groups as [number, number, number, number, number, number, number, number];
  const zeros = (...gs: number[]) => gs.every((g) => g === 0);
  if (zeros(g0, g1, g2, g3, g4) && g5 === 0xffff) return v4From(g6, g7); // ::ffff:a.b.c.d
  if (zeros(g0, g1, g2, g3, g5) && g4 === 0xffff) return v4From(g6, g7); // ::ffff:0:a.b.c.d
  if (g0 === 0x2002) return v4From(g1, g2); // 6to4
  if (g0 === 0x64 && g1 === 0xff9b && zeros(g2, g3, g4, g5)) return v4From(g6, g7); // NAT64 well-known prefix
  return null;
}

/** True when the server must not connect to this address on a user's behalf (also for anything not an IP). */
export function isNonPublicAddress(ip: string): boolean {
  const family = isIP(ip);
  if (family === 4) return V4.check(ip, "ipv4");
  const groups = ipv6Groups(ip);
  if (!groups) return true;
  const v4 = embeddedIpv4(groups);
  if (v4) return V4.check(v4, "ipv4");
  const canonical = groups.map((g) => g.toString(16)).join(":");
  return V6.check(canonical, "ipv6");
}
