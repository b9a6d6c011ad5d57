// Reads a request body as raw bytes (signatures are over these exact bytes), refusing more than `limit`
// without buffering past it: from a web Request (Next.js routes) or a Node.js stream (the webhook listener).
import type { IncomingMessage } from "node:http";

export class BodyTooLargeError extends Error {}

export const WEBHOOK_BODY_LIMIT = 1024 * 1024;

export async function readRawBody(req: Request, limit = WEBHOOK_BODY_LIMIT): Promise<Buffer> {
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw new BodyTooLargeError();
  if (!req.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new BodyTooLargeError();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

export function readNodeBody(req: IncomingMessage, limit = WEBHOOK_BODY_LIMIT): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? "0") > limit) return reject(new BodyTooLargeError());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners("data");
        req.resume(); // drain, so the answer (413) can still be written on this connection
        reject(new BodyTooLargeError());
      } else chunks.push(chunk);
    });
    req.on("end", () => resolve(Buffer.concat(chunks, size)));
    req.on("error", reject);
  });
}
