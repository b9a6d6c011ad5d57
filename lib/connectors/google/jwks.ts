// Google's OIDC signing keys (a JWKS), read with Node's crypto, cached per URL. Google rotates these keys every
// few weeks and publishes the next one ahead of use, so an hour's cache is safe; a token whose `kid` we do not
// know triggers one early re-read (a key that just rotated in), at most once per REFETCH_MIN_MS, so a stream of
// forged kids cannot make us hammer Google.
import { createPublicKey, type JsonWebKey, type KeyObject } from "node:crypto";
import { z } from "zod";
import { outboundFetch } from "../../security/outbound-fetch";

export const JWKS_TTL_MS = 3_600_000;
export const REFETCH_MIN_MS = 30_000;

const jwksSchema = z.looseObject({ keys: z.array(z.looseObject({ kid: z.string().optional(), kty: z.string().optional() })) });

interface KeySet {
  keys: Map<string, KeyObject>;
  fetchedAtMs: number;
}

export class JwksCache {
  private readonly sets = new Map<string, KeySet>();
  private readonly inflight = new Map<string, Promise<KeySet>>();

  constructor(private readonly now: () => Date, private readonly timeoutMs: number) {}

  /** The RSA key `kid` of the set at `url`; undefined when unknown even after a re-read. Throws when unreadable. */
  async key(url: string, kid: string): Promise<KeyObject | undefined> {
    const nowMs = this.now().getTime();
    let set = this.sets.get(url);
    if (!set || nowMs - set.fetchedAtMs > JWKS_TTL_MS) set = await this.load(url);
    const found = set.keys.get(kid);
    if (found || nowMs - set.fetchedAtMs < REFETCH_MIN_MS) return found;
    return (await this.load(url)).keys.get(kid);
  }

  /** Concurrent verifications share one read. */
  private load(url: string): Promise<KeySet> {
    let pending = this.inflight.get(url);
    if (!pending) {
      pending = this.read(url).finally(() => this.inflight.delete(url));
      this.inflight.set(url, pending);
    }
    return pending;
  }

  private async read(url: string): Promise<KeySet> {
    const res = await outboundFetch(url, { headers: { accept: "application/json" }, signal: AbortSignal.timeout(this.timeoutMs) });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`JWKS answered HTTP ${res.status}`);
    const parsed = jwksSchema.safeParse(JSON.parse(text));
    if (!parsed.success) throw new Error("JWKS is not a key set");
    const keys = new Map<string, KeyObject>();
    for (const jwk of parsed.data.keys) {
      if (jwk.kty !== "RSA" || !jwk.kid) continue;
      try {
        keys.set(jwk.kid, createPublicKey({ key: jwk as JsonWebKey, format: "jwk" }));
      } catch {
        // One malformed key must not hide the others.
      }
    }
    const set = { keys, fetchedAtMs: this.now().getTime() };
    this.sets.set(url, set);
    return set;
  }
}
