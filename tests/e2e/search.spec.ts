// Issue #24 in the browser: "livraison" finds a case whose only words are "toujours pas livrée", with the
// matched word marked; a mistyped search says what it searched for instead; a reply the team wrote to another
// customer with the same problem is suggested, used, checked by the guards and sent; screenshots EN and FR.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { caseRows, cliToken, signIn } from "./helpers";

let graph: FakeGraph;
const PAGE_ID = "100000000000724";
const POST_ID = `${PAGE_ID}_24`;
const shots = "public/screenshots";

test.beforeAll(async ({ request, baseURL }) => {
  graph = await startFakeGraph({ pageId: PAGE_ID, appSecret: "search-secret" });
  const r = await request.post("/api/v1/channels", {
    headers: { Authorization: `Bearer ${cliToken("lead@demo.test")}` },
    data: { kind: "facebook_page", externalId: PAGE_ID, name: "Maison Lumière (search)", apiBaseUrl: graph.url,
      secrets: { appSecret: graph.appSecret, pageAccessToken: "fake-page-token", verifyToken: "search-verify" } },
  });
  expect([200, 201]).toContain(r.status());
  graph.addPost({ id: POST_ID, message: "Nouveautés de la semaine" });
  await post(baseURL!, "24_1", "Inès Garnier", "toujours pas livrée");
  await post(baseURL!, "24_2", "Paul Girard", "Commande ML-52004 jamais arrivée");
});
test.afterAll(() => graph?.close());

async function post(baseURL: string, id: string, name: string, message: string) {
  graph.addComment({ id, post_id: POST_ID, message, from: { id: `u-${id}`, name } });
  const w = await graph.sendWebhook(`${baseURL}/api/webhooks/facebook`, graph.feedCommentChange({
    verb: "add", comment_id: id, post_id: POST_ID, from: { id: `u-${id}`, name }, message, created_time: new Date(),
  }));
  expect(w.status).toBe(200);
}

async function caseOf(request: APIRequestContext, token: string, q: string): Promise<string> {
  let id = "";
  await expect.poll(async () => {
    id = (await (await request.get(`/api/v1/cases?q=${encodeURIComponent(q)}`, { headers: { Authorization: `Bearer ${token}` } })).json()).data?.[0]?.id ?? "";
    return id;
  }, { timeout: 20_000 }).not.toBe("");
  return id;
}

async function search(page: Page, q: string) {
  await page.goto(`/inbox?q=${encodeURIComponent(q)}`);
}

test("'livraison' finds 'toujours pas livrée' with the word marked; a typo is corrected and said (EN + FR screenshots)", async ({ page }) => {
  await signIn(page, "cm@demo.test");
  await search(page, "livraison");
  const ines = caseRows(page).filter({ hasText: "Inès Garnier" });
  // Polled: ingestion of the webhook runs after its 200.
  await expect.poll(async () => { await search(page, "livraison"); return ines.count(); }, { timeout: 30_000 }).toBe(1);
  await expect(ines.getByTestId("search-hit")).toHaveText("livrée");
  await page.getByRole("main").screenshot({ path: `${shots}/search-en.png` });

  await search(page, "52004");
  await expect(caseRows(page).filter({ hasText: "Paul Girard" })).toHaveCount(1);
  await expect(caseRows(page).filter({ hasText: "Paul Girard" }).getByTestId("search-hit")).toHaveText("ML-52004");

  await search(page, "livraisno");
  await expect(page.getByRole("main").getByTestId("search-corrected")).toContainText("livraisno");
  await expect(caseRows(page).filter({ hasText: "Inès Garnier" })).toHaveCount(1);

  await page.getByRole("button", { name: "fr", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await search(page, "livraisno");
  await expect(page.getByRole("main").getByTestId("search-corrected")).toContainText("faute de frappe");
  await page.getByRole("main").screenshot({ path: `${shots}/search-fr.png` });
  await page.getByRole("button", { name: "en", exact: true }).click();
});

test("a reply the team wrote for the same problem is suggested, used, checked by the guards and sent (EN + FR screenshots)", async ({ page, request, baseURL }) => {
  const cm = cliToken("cm@demo.test");
  await post(baseURL!, "24_3", "Rose Lemaire", "L'application plante à chaque ouverture depuis la mise à jour");
  const source = await caseOf(request, cm, "Lemaire");
  const answer = "Bonjour Rose, merci pour votre signalement : nos équipes corrigent ce plantage et une nouvelle version arrive demain avant midi.";
  const queued = await request.post(`/api/v1/cases/${source}/replies`, { headers: { Authorization: `Bearer ${cm}` }, data: { text: answer, visibility: "public" } });
  expect(queued.status()).toBe(202);
  // Only a delivered reply is an example: wait until the fake Graph has it.
  await expect.poll(() => graph.requests.filter((r) => r.method === "POST" && r.path === "/v25.0/24_3/comments").length, { timeout: 20_000 }).toBe(1);

  await post(baseURL!, "24_4", "Yann Roux", "Depuis la dernière mise à jour l'appli se ferme toute seule");
  const target = await caseOf(request, cm, "Roux");
  await signIn(page, "cm@demo.test");
  // An app crash: a problem no other spec answers in the shared demo workspace, so this reply is the example.
  const suggested = page.getByRole("main").getByTestId("suggested-reply").filter({ hasText: "une nouvelle version arrive demain avant midi" });
  await expect.poll(async () => { await page.goto(`/cases/${target}`); return suggested.count(); }, { timeout: 20_000 }).toBe(1);
  await expect(suggested).toContainText("Bonjour Yann, merci pour votre signalement");
  await expect(suggested).not.toContainText("Rose");
  await page.getByRole("main").getByTestId("suggested-replies").screenshot({ path: `${shots}/suggested-replies-en.png` });
  await suggested.getByTestId("suggested-use").click();
  const text = page.getByRole("main").getByTestId("composer-text");
  await expect(text).toHaveValue(/^Bonjour Yann, merci pour votre signalement/);
  await text.press("Control+Enter");
  await expect.poll(() => graph.requests.filter((r) => r.method === "POST" && r.path === "/v25.0/24_4/comments").length, { timeout: 20_000 }).toBe(1);
  expect(graph.requests.find((r) => r.path === "/v25.0/24_4/comments")!.body).toMatchObject({ message: answer.replace("Rose", "Yann") });

  // The same reply is not offered again in this thread (R3); the French page says where suggestions come from.
  await page.getByRole("button", { name: "fr", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await post(baseURL!, "24_5", "Lina Moreau", "L'appli crashe dès que je l'ouvre depuis la mise à jour d'hier");
  const third = await caseOf(request, cm, "Lina Moreau");
  await expect.poll(async () => { await page.goto(`/cases/${third}`); return page.getByRole("main").getByTestId("suggested-reply").count(); }, { timeout: 20_000 }).toBeGreaterThan(0);
  await expect(page.getByRole("main").getByTestId("suggested-replies")).toContainText("Suggestions tirées des réponses de l'équipe");
  await page.getByRole("main").getByTestId("suggested-replies").screenshot({ path: `${shots}/suggested-replies-fr.png` });
  await page.getByRole("button", { name: "en", exact: true }).click();
});
