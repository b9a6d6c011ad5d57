// A channel's apiBaseUrl is where the server sends requests carrying the channel's secrets (issue #11 item 5):
// it follows the one outbound-URL policy (lib/security/outbound-url.ts), checked here when the channel is
// connected and again at every request by the connectors' outbound fetch.
import { assertOutboundUrl, type OutboundPolicy } from "../security/outbound-url";
import { isNonPublicAddress } from "../security/ip-ranges";

export const isPrivateAddress = isNonPublicAddress;

type Resolve = (host: string) => Promise<string[]>;

export async function assertPublicApiBaseUrl(raw: string, opts: { allowPrivate?: boolean; resolve?: Resolve } = {}): Promise<void> {
  const resolve: OutboundPolicy["resolve"] = opts.resolve
    ? async (host) => (await opts.resolve!(host)).map((address) => ({ address, family: address.includes(":") ? 6 : 4 }))
    : undefined;
  await assertOutboundUrl(raw, { field: "apiBaseUrl", allowPrivate: opts.allowPrivate, resolve });
}
