// Issue #24 in the browser: "livraison" finds a case whose only words are "toujours pas livrée", with the
// matched word marked; a mistyped search says what it searched for instead; screenshots in both languages.
import { expect, test, type Page } from "@playwright/test";
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
  for (const [id, name, message] of [["24_1", "Inès Garnier", "toujours pas livrée"], ["24_2", "Paul Girard", "Commande ML-52004 jamais arrivée"]]) {
    graph.addComment({ id: id!, post_id: POST_ID, message: message!, from: { id: `u-${id}`, name: name! } });
    const w = await graph.sendWebhook(`${baseURL}/api/webhooks/facebook`, graph.feedCommentChange({
      verb: "add", comment_id: id!, post_id: POST_ID, from: { id: `u-${id}`, name: name! }, message: message!, created_time: new Date(),
    }));
    expect(w.status).toBe(200);
  }
});
test.afterAll(() => graph?.close());

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
  await search(page, "livraisno");
  await expect(page.getByRole("main").getByTestId("search-corrected")).toContainText("Rien ne correspondait");
  await page.getByRole("main").screenshot({ path: `${shots}/search-fr.png` });
  await page.getByRole("button", { name: "en", exact: true }).click();
});
