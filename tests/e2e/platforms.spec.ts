// Issue 12 end to end, on the built app: an Instagram account and a Facebook Page connected through the API;
// an Instagram comment and a visitor post on the Page wall arrive as signed webhooks and show in the inbox
// with their platform icons; replies from the composer reach the fakes (Instagram /replies, a comment on the post).
import { expect, test, type Page } from "@playwright/test";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { startFakeInstagram, type FakeInstagram } from "../fakes/fake-instagram";
import { cliToken, signIn, caseRows } from "./helpers";

let graph: FakeGraph;
let insta: FakeInstagram;
let lead: string;
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

test.beforeAll(async () => {
  graph = await startFakeGraph({ pageId: "100000000000912", appSecret: "e2e-fb-app-secret" });
  insta = await startFakeInstagram({ accountId: "17841400000000912", appSecret: "e2e-ig-app-secret" });
  lead = cliToken("lead@demo.test");
});
test.afterAll(async () => {
  await graph?.close();
  await insta?.close();
});

async function openCaseFrom(page: Page, path: string, author: string) {
  await page.goto(path);
  const row = caseRows(page).filter({ hasText: author });
  await expect(row).toHaveCount(1, { timeout: 15_000 });
  return row;
}

async function replyFromComposer(page: Page, text: string) {
  await page.getByTestId("composer-text").fill(text);
  await page.keyboard.press("Control+Enter");
}

test("Instagram case and visitor post in the inbox with their icons; replies reach the platforms", async ({ request, page, baseURL }) => {
  const ig = await request.post("/api/v1/channels", {
    headers: auth(lead),
    data: {
      kind: "instagram_account", externalId: insta.accountId, name: "@maisonlumiere e2e", apiBaseUrl: insta.url,
      secrets: { appSecret: insta.appSecret, accessToken: "fake-ig-token", verifyToken: "e2e-ig-verify-token" },
    },
  });
  expect(ig.status()).toBe(201);
  const fb = await request.post("/api/v1/channels", {
    headers: auth(lead),
    data: {
      kind: "facebook_page", externalId: graph.pageId, name: "Page e2e visitor posts", apiBaseUrl: graph.url,
      secrets: { appSecret: graph.appSecret, pageAccessToken: "fake-page-token", verifyToken: "e2e-fb-verify-token" },
    },
  });
  expect(fb.status()).toBe(201);

  const igHook = `${baseURL}/api/webhooks/instagram`;
  expect((await insta.verifyChallenge(igHook, "e2e-ig-verify-token", 9012)).body).toBe("9012");
  const media = insta.addMedia({ caption: "Bouquets de saison" });
  const c = insta.addComment({ id: "17900000000009120", media_id: media.id, text: "Quokka : mon bouquet n'est jamais arrivé", from: { id: "6100912", username: "zoe.quokka" } });
  expect((await insta.sendWebhook(igHook, insta.commentChange({ id: c.id, media_id: media.id, text: c.text, from: c.from }))).status).toBe(200);
  expect((await insta.sendWebhook(igHook, insta.commentChange({ id: "1", media_id: "2", text: "x", from: c.from }), { signature: `sha256=${"2".repeat(64)}` })).status).toBe(401);

  const postId = `${graph.pageId}_7001`;
  const postText = "Wombat : commande de fleurs ML-9120 jamais livrée, et personne ne répond au service client.";
  graph.addPost({ id: postId, message: postText, from: { id: "9120", name: "Hélène Wombat" } });
  const visitor = graph.feedPostChange({ verb: "add", post_id: postId, item: "status", from: { id: "9120", name: "Hélène Wombat" }, message: postText, created_time: new Date(Date.now() - 5_000) });
  expect((await graph.sendWebhook(`${baseURL}/api/webhooks/facebook`, visitor)).status).toBe(200);

  await signIn(page, "cm@demo.test");

  // Instagram: the filter keeps only Instagram cases, the row carries the Instagram icon.
  const igRow = await openCaseFrom(page, "/inbox?platform=instagram", "@zoe.quokka");
  await expect(igRow.locator('[data-platform="INSTAGRAM"]')).toHaveAttribute("title", "Instagram");
  for (const platform of await caseRows(page).locator("[data-platform]").evaluateAll((els) => els.map((e) => e.getAttribute("data-platform")))) {
    expect(platform).toBe("INSTAGRAM");
  }
  await page.screenshot({ path: "test-results/platforms-inbox-instagram.png", fullPage: true });
  await igRow.getByTestId("case-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("@zoe.quokka");
  const igReply = "Bonjour Zoé, toutes nos excuses : je regarde votre commande et je reviens vers vous avant 18 h.";
  await replyFromComposer(page, igReply);
  await expect.poll(() => insta.requests.filter((r) => r.method === "POST" && r.path === `/v25.0/${c.id}/replies`).length, { timeout: 15_000 }).toBe(1);
  expect(insta.requests.find((r) => r.method === "POST" && r.path === `/v25.0/${c.id}/replies`)!.body).toMatchObject({ message: igReply });

  // The visitor post: Facebook icon in the inbox, shown as a post on the Page, answered with a comment on it.
  const fbRow = await openCaseFrom(page, "/inbox?q=wombat", "Hélène Wombat");
  await expect(fbRow.locator('[data-platform="FACEBOOK"]')).toHaveAttribute("title", "Facebook");
  await page.screenshot({ path: "test-results/platforms-inbox-visitor-post.png", fullPage: true });
  await fbRow.getByTestId("case-link").click();
  await expect(page.getByTestId("message").first()).toContainText("Wombat : commande de fleurs");
  await expect(page.getByTestId("message-kind").first()).toHaveText(/Post on the Page|Publication sur la page/);
  const fbReply = "Bonjour Hélène, toutes nos excuses pour ce bouquet : je regarde votre commande et je reviens vers vous avant ce soir.";
  await replyFromComposer(page, fbReply);
  await expect.poll(() => graph.requests.filter((r) => r.method === "POST" && r.path === `/v25.0/${postId}/comments`).length, { timeout: 15_000 }).toBe(1);
  // Polling reads the same path with GET: the reply is the POST.
  expect(graph.requests.find((r) => r.method === "POST" && r.path === `/v25.0/${postId}/comments`)!.body).toMatchObject({ message: fbReply });
  await page.screenshot({ path: "test-results/platforms-case-visitor-post.png", fullPage: true });
});
