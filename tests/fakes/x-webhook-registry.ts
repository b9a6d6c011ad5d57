// The fake X's v2 webhook registration (issue #23 item 3): POST/GET /2/webhooks, PUT /2/webhooks/:id (CRC again),
// DELETE /2/webhooks/:id, and the Account Activity v2 subscriptions under /2/account_activity/webhooks/:id/.
// As X does, a create or a validate first sends a CRC GET to the URL (3 s to answer, the app's consumer secret)
// and refuses the webhook when the answer is wrong; an app has at most WEBHOOK_LIMIT webhooks.
// Bodies and refusals as documented (https://docs.x.com/x-api/webhooks/introduction, .../webhooks/quickstart,
// .../account-activity/quickstart; fixtures in ./fixtures/x-webhooks-*.json, checked by
// tests/unit/fakes/x-webhook-registry-shapes.test.ts): a refusal is a 400 with X's standard error object whose
// errors[0].message is "<Reason>: <Details>" (CrcValidationFailed, UrlValidationFailed, DuplicateUrlFailed,
// WebhookLimitExceeded, WebhookIdInvalid, DuplicateSubscriptionFailed).
import { crcCheck } from "./x-webhooks";
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
    // The docs' example with no webhook keeps an empty `data` array (unlike the v2 timelines, which drop it).
    return { status: 200, body: { data, meta: { result_count: data.length } } };
  }

  async create(body: unknown): Promise<JsonReply> {
    const url = (body as { url?: unknown } | undefined)?.url;
    // X wants https; the fake also takes http so tests can point it at a loopback receiver.
    if (typeof url !== "string" || !/^https?:\/\//.test(url)) return refused("UrlValidationFailed", "url must be an https URL");
    if ([...this.webhooks.values()].some((w) => w.url === url)) return refused("DuplicateUrlFailed", "this URL is already registered for this app");
    if (this.webhooks.size >= WEBHOOK_LIMIT) return refused("WebhookLimitExceeded", "this app may register no more webhooks");
    if (!(await this.crc(url))) return refused("CrcValidationFailed", "the webhook URL did not answer the CRC check");
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
    // (?) Undocumented: what X says for a webhook it holds invalid; the fake refuses in the documented form.
    if (!w.valid) return refused("CrcValidationFailed", "the webhook is not valid: validate it (CRC) first");
    if (w.subscribers.has(userId)) return refused("DuplicateSubscriptionFailed", "this user is already subscribed to this webhook");
    w.subscribers.add(userId);
    return { status: 200, body: { data: { subscribed: true } } };
  }

  subscribed(id: string, userId: string): JsonReply {
    const w = this.webhooks.get(id);
    if (!w) return notFound(id);
    return { status: 200, body: { data: { subscribed: w.subscribers.has(userId) } } };
  }
}

/** X's standard error object for a refused webhook or subscription call (400 Bad Request in the docs). */
function refused(reason: string, details: string): JsonReply {
  return {
    status: 400,
    body: {
      errors: [{ message: `${reason}: ${details}` }],
      title: "Invalid Request",
      detail: "One or more parameters to your request was invalid.",
      type: "https://api.twitter.com/2/problems/invalid-request",
    },
  };
}

const notFound = (id: string) => refused("WebhookIdInvalid", `webhook id [${id}] was not found or is not associated with this app`);
