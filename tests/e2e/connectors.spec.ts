// Issue 3 end to end, on the built app: a Page connected through the API, a signed webhook from the fake
// Graph API shows up in the inbox and the API, and a reply sent from the app reaches the fake.
import { expect, test } from "@playwright/test";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { startFakeX } from "../fakes/fake-x";
import { cliToken, signIn, caseRows } from "./helpers";

let graph: FakeGraph;
let lead: string;
let cm: string;
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

test.beforeAll(async () => {
  graph = await startFakeGraph({ pageId: "100000000000777", appSecret: "e2e-app-secret" });
  lead = cliToken("lead@demo.test");
  cm = cliToken("cm@demo.test");
});
test.afterAll(() => graph?.close());

test("webhook → inbox and API; reply → the fake Graph API", async ({ request, page, baseURL }) => {
  const connect = await request.post("/api/v1/channels", {
    headers: auth(lead),
    data: {
      kind: "facebook_page", externalId: graph.pageId, name: "Page e2e", apiBaseUrl: graph.url,
      secrets: { appSecret: graph.appSecret, pageAccessToken: "fake-page-token", verifyToken: "e2e-verify-token" },
    },
  });
  expect(connect.status()).toBe(201);
  const channel = (await connect.json()).data;
  expect(JSON.stringify(channel)).not.toContain("e2e-app-secret");
  expect((await request.post("/api/v1/channels", { headers: auth(cm), data: {} })).status()).toBe(403);
  expect((await request.post("/api/v1/channels", { headers: auth(lead), data: { kind: "facebook_page" } })).status()).toBe(400);

  const hook = `${baseURL}/api/webhooks/facebook`;
  expect((await graph.verifyChallenge(hook, "e2e-verify-token", 7731)).body).toBe("7731");
  const postId = `${graph.pageId}_42`;
  graph.addPost({ id: postId, message: "Nouvelle collection" });
  graph.addComment({ id: "42_1", post_id: postId, message: "Zorglub: ma livraison e2e est introuvable", from: { id: "9001", name: "Inès Webhook" } });
  const payload = graph.feedCommentChange({
    verb: "add", comment_id: "42_1", post_id: postId, from: { id: "9001", name: "Inès Webhook" },
    message: "Zorglub: ma livraison e2e est introuvable", created_time: new Date(Date.now() - 5_000),
  });
  expect((await graph.sendWebhook(hook, payload)).status).toBe(200);
  expect((await graph.sendWebhook(hook, payload, { signature: "sha256=" + "1".repeat(64) })).status).toBe(401);

  // 200 means "logged"; ingestion follows within a moment (lib/ingest/ingest-loop.ts).
  let found: { data: { id: string }[] } = { data: [] };
  await expect
    .poll(async () => (found = await (await request.get("/api/v1/cases?q=zorglub", { headers: auth(cm) })).json()).data.length, { timeout: 15_000 })
    .toBe(1);
  const caseId = found.data[0]!.id;

  await signIn(page, "cm@demo.test");
  await page.goto("/inbox?q=zorglub");
  await expect(caseRows(page)).toHaveCount(1);
  await expect(caseRows(page)).toContainText("Inès Webhook");

  const reply = await request.post(`/api/v1/cases/${caseId}/replies`, {
    headers: auth(cm), data: { text: "Bonjour Inès, je m'en occupe personnellement.", visibility: "public" },
  });
  expect(reply.status()).toBe(202);
  await expect
    .poll(async () => {
      const c = (await (await request.get(`/api/v1/cases/${caseId}`, { headers: auth(cm) })).json()).data;
      return c.messages.find((m: { direction: string }) => m.direction === "OUTBOUND")?.deliveryStatus;
    }, { timeout: 15_000 })
    .toBe("SENT");
  const sent = graph.requests.filter((r) => r.method === "POST" && r.path === "/v25.0/42_1/comments");
  expect(sent).toHaveLength(1);
  expect(sent[0]!.body).toMatchObject({ message: "Bonjour Inès, je m'en occupe personnellement." });
  expect((await request.post(`/api/v1/cases/${caseId}/replies`, { headers: auth(cm), data: { text: "" , visibility: "public" } })).status()).toBe(400);
});

test("a refused channel form keeps what was typed, secrets included", async ({ page }) => {
  await signIn(page, "lead@demo.test");
  await page.goto("/channels");
  await page.locator("#ch-name").fill("Maison Lumière (test)");
  await page.locator("#ch-externalId").fill("100000000000888");
  await page.locator("#ch-appSecret").fill("typed-app-secret");
  // No page access token: the server refuses the form, naming the field.
  await page.locator("#ch-pageAccessToken").fill("");
  await page.locator("form:has(#ch-name)").getByRole("button").click();
  await expect(page.locator("#ch-pageAccessToken")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#ch-name")).toHaveValue("Maison Lumière (test)");
  await expect(page.locator("#ch-externalId")).toHaveValue("100000000000888");
  await expect(page.locator("#ch-appSecret")).toHaveValue("typed-app-secret");
});

test("an X channel's webhook is registered the v2 way from the Channels page, X's CRC answered by the app (EN + FR screenshots)", async ({ request, page }) => {
  const x = await startFakeX({ userId: "1700000000000000777", consumerSecret: "e2e-x-consumer-secret", appBearer: "e2e-x-app-bearer" });
  try {
    const connect = await request.post("/api/v1/channels", {
      headers: auth(lead),
      data: {
        kind: "x_account", externalId: x.userId, name: "X e2e", apiBaseUrl: x.url,
        secrets: { consumerKey: "e2e-consumer-key", consumerSecret: x.consumerSecret, accessToken: "e2e-access-token", accessTokenSecret: "e2e-access-secret", bearerToken: "e2e-x-app-bearer" },
      },
    });
    expect(connect.status()).toBe(201);
    await signIn(page, "lead@demo.test");
    await page.goto("/channels");
    const card = page.getByTestId("channel").filter({ hasText: "X e2e" });
    await expect(card.getByTestId("x-webhook-status")).toHaveAttribute("data-state", "none");
    await card.getByTestId("x-webhook-register").click();
    await expect(card.getByTestId("x-webhook-status")).toHaveAttribute("data-state", "ok", { timeout: 15_000 });
    const [hook] = [...x.registry.webhooks.values()];
    expect(hook?.url).toMatch(/\/api\/webhooks\/x$/);
    expect(hook?.subscribers.has(x.userId)).toBe(true);
    expect(x.registry.crcChecks.at(-1)?.ok).toBe(true);
    await expect(card.getByTestId("x-webhook-status")).toContainText(hook!.id);
    await card.screenshot({ path: "public/screenshots/channels-x-webhook-en.png" });
    await page.getByRole("button", { name: "fr", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(card.getByTestId("x-webhook-status")).toContainText("webhook enregistré par l'API Webhooks v2 de X");
    await card.screenshot({ path: "public/screenshots/channels-x-webhook-fr.png" });
    await page.getByRole("button", { name: "en", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  } finally {
    await x.close();
  }
});

