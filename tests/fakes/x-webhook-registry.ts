// The fake X's v2 webhook registration (issue #23 item 3): POST/GET /2/webhooks, PUT /2/webhooks/:id (CRC again),
// DELETE /2/webhooks/:id, and the Account Activity v2 subscriptions under /2/account_activity/webhooks/:id/.
// As X does, a create or a validate first sends a CRC GET to the URL (3 s to answer, the app's consumer secret)
// and refuses the webhook when the answer is wrong; an app has at most WEBHOOK_LIMIT webhooks.
import { crcCheck } from "./x-webhooks";
import { problem } from "./x-problems";
import type { JsonReply } from "./fake-http";

const WEBHOOK_LIMIT = 1;

export interface RegisteredWebhook { id: string; url: string; valid: boolean; created_at: string; subscribers: Set<string> }

export class XWebhookRegistry {
  readonly webhooks = new Map<string, RegisteredWebhook>();
  /** CRC checks the fake made: url, whether the answer was right, how long it took. */
  readonly crcChecks: { url: string; ok: boolean; ms: number }[] = [];

  constructor(private consumerSecret: string, private nextId: () => string) {}

  private async crc(url: string): Promise<boolean> {
    const t = Date.now();
    const r = await crcCheck(this.consumerSecret, url);
    this.crcChecks.push({ url, ok: r.ok, ms: Date.now() - t });
    return r.ok;
  }

  private view = (w: RegisteredWebhook) => ({ id: w.id, url: w.url, valid: w.valid, created_at: w.created_at });

  list(): JsonReply {
    const data = [...this.webhooks.values()].map(this.view);
    return { status: 200, body: data.length ? { data, meta: { result_count: data.length } } : { meta: { result_count: 0 } } };
  }

  async create(body: unknown): Promise<JsonReply> {
    const url = (body as { url?: unknown } | undefined)?.url;
    if (typeof url !== "string" || !/^https?:\/\//.test(url)) return problem(400, "Invalid Request", "url: must be a URL", "https://api.twitter.com/2/problems/invalid-request");
    if ([...this.webhooks.values()].some((w) => w.url === url)) return problem(409, "Conflict", "DuplicateUrlFailed: this URL is already registered for this app");
    if (this.webhooks.size >= WEBHOOK_LIMIT) return problem(403, "Forbidden", "TooManyWebhooks: this app may register no more webhooks");
    if (!(await this.crc(url))) return problem(400, "Invalid Request", "CrcValidationFailed: the webhook URL did not answer the CRC check", "https://api.twitter.com/2/problems/invalid-request");
    const w: RegisteredWebhook = { id: this.nextId(), url, valid: true, created_at: new Date().toISOString(), subscribers: new Set() };
    this.webhooks.set(w.id, w);
    return { status: 200, body: { data: this.view(w) } };
  }

  async validate(id: string): Promise<JsonReply> {
    const w = this.webhooks.get(id);
    if (!w) return notFound(id);
    w.valid = await this.crc(w.url);
    return { status: 200, body: { data: { valid: w.valid } } };
  }

  remove(id: string): JsonReply {
    if (!this.webhooks.delete(id)) return notFound(id);
    return { status: 200, body: { data: { deleted: true } } };
  }

  subscribe(id: string, userId: string): JsonReply {
    const w = this.webhooks.get(id);
    if (!w) return notFound(id);
    if (!w.valid) return problem(400, "Invalid Request", "the webhook is not valid: validate it (CRC) first", "https://api.twitter.com/2/problems/invalid-request");
    w.subscribers.add(userId);
    return { status: 200, body: { data: { subscribed: true } } };
  }

  subscribed(id: string, userId: string): JsonReply {
    const w = this.webhooks.get(id);
    if (!w) return notFound(id);
    return { status: 200, body: { data: { subscribed: w.subscribers.has(userId) } } };
  }
}

const notFound = (id: string) => problem(404, "Not Found Error", `Could not find webhook with id: [${id}]`, "https://api.twitter.com/2/problems/resource-not-found");
