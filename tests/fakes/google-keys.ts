// The signing side of Google's OIDC tokens for the fake: RSA keys generated here, published as a JWKS at
// /oauth2/v3/certs exactly as www.googleapis.com/oauth2/v3/certs shapes it, and RS256 JWTs with the claims a
// Pub/Sub push token carries. A "foreign" key (never published) and rotation let tests forge and rotate.
import { generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";

export interface PushClaims {
  iss: string;
  aud: string;
  azp: string;
  sub: string;
  email: string;
  email_verified: boolean;
  iat: number;
  exp: number;
  [extra: string]: unknown;
}

export interface SignOptions {
  /** "foreign": a key the JWKS never published (a forgery), under the current kid unless `kid` is given. */
  signWith?: "current" | "foreign";
  /** Header kid; defaults to the signing key's. */
  kid?: string;
  /** Header alg; only to show that anything but RS256 is refused (the signature stays RS256). */
  alg?: string;
  /** Issued two hours ago, expired one hour ago. */
  expired?: boolean;
}

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

const newKey = (): SigningKey => {
  const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return { kid: randomBytes(20).toString("hex"), privateKey, publicKey };
};

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");

export class GoogleKeys {
  /** Published keys, newest last; Google keeps the previous key published for a while after a rotation. */
  private published: SigningKey[] = [newKey()];
  private foreign?: SigningKey;

  get currentKid(): string {
    return this.published[this.published.length - 1]!.kid;
  }

  /** A new current key; the old one stays published unless `dropOld`. Returns the new kid. */
  rotate(dropOld = false): string {
    const key = newKey();
    this.published = dropOld ? [key] : [...this.published, key];
    return key.kid;
  }

  jwks(): { keys: Array<Record<string, string>> } {
    return {
      keys: this.published.map((k) => {
        const jwk = k.publicKey.export({ format: "jwk" });
        return { kty: "RSA", alg: "RS256", use: "sig", kid: k.kid, n: String(jwk.n), e: String(jwk.e) };
      }),
    };
  }

  sign(claims: PushClaims, opts: SignOptions = {}): string {
    const key = opts.signWith === "foreign" ? (this.foreign ??= newKey()) : this.published[this.published.length - 1]!;
    const kid = opts.kid ?? (opts.signWith === "foreign" ? this.currentKid : key.kid);
    const header = { alg: opts.alg ?? "RS256", kid, typ: "JWT" };
    const input = `${b64url(header)}.${b64url(claims)}`;
    return `${input}.${sign("sha256", Buffer.from(input), key.privateKey).toString("base64url")}`;
  }
}

/** The claims of a Pub/Sub push token for `aud` and `email`, valid for an hour from `nowMs`. */
export function pushClaims(aud: string, email: string, nowMs: number, expired = false): PushClaims {
  const iat = Math.floor(nowMs / 1000) - (expired ? 7200 : 0);
  return { aud, azp: "112233445566778899000", email, email_verified: true, exp: iat + 3600, iat, iss: "https://accounts.google.com", sub: "112233445566778899000" };
}
