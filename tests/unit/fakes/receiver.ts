// Tiny webhook receiver for the fake tests: records raw bytes and headers, answers via a script.
import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  raw: Buffer;
}

export type Responder = (r: Received, index: number) => { status: number; body?: string; contentType?: string };

export async function startReceiver(respond: Responder = () => ({ status: 200, body: "ok" })) {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const r: Received = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, raw: Buffer.concat(chunks) };
      received.push(r);
      const out = respond(r, received.length - 1);
      res.writeHead(out.status, { "content-type": out.contentType ?? "text/plain" });
      res.end(out.body ?? "");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/webhook`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
