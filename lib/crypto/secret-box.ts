// Channel secrets at rest: AES-256-GCM with a random 96-bit IV per value, authenticated, versioned
// ("v1:" + base64(iv | tag | ciphertext)). The key is APP_ENCRYPTION_KEY, or one generated into DATA_DIR.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { dataDirSecret } from "../config/data-dir-secret";
import { loadEnv } from "../config/env";

const PREFIX = "v1:";

function key(): Buffer {
  const b64 = loadEnv().APP_ENCRYPTION_KEY ?? dataDirSecret("encryption-key");
  const k = Buffer.from(b64, "base64");
  if (k.length !== 32) throw new Error("The encryption key must be 32 bytes (base64).");
  return k;
}

export function seal(plaintext: string, k: Buffer = key()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", k, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64");
}

export function open(sealed: string, k: Buffer = key()): string {
  if (!sealed.startsWith(PREFIX)) throw new Error("Unknown secret format.");
  const raw = Buffer.from(sealed.slice(PREFIX.length), "base64");
  const decipher = createDecipheriv("aes-256-gcm", k, raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}

export const sealJson = (value: unknown, k?: Buffer) => seal(JSON.stringify(value), k);
export const openJson = (sealed: string, k?: Buffer): unknown => JSON.parse(open(sealed, k));
