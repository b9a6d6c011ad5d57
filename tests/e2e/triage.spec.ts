// Issue 4 acceptance: search with stems and accents, reply from the composer to the fake Facebook, live
// updates in a second browser and in the open inbox, keyboard-only triage, screenshots in both languages.
import { expect, test, type Page } from "@playwright/test";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { cliToken, signIn, caseRows } from "./helpers";

let graph: FakeGraph;
const PAGE_ID = "100000000000999";
const POST_ID = `${PAGE_ID}_500`;

test.beforeAll(async ({ request }) => {
  graph = await startFakeGraph({ pageId: PAGE_ID, appSecret: "triage-secret" });
  const lead = cliToken("lead@demo.test");
  const r = await request.post("/api/v1/channels", {
    headers: { Authorization: `Bearer ${lead}` },
    data: { kind: "facebook_page", externalId: PAGE_ID, name: "Maison Lumière (triage)", apiBaseUrl: graph.url,
      secrets: { appSecret: graph.appSecret, pageAccessToken: "fake-page-token", verifyToken: "triage-verify" } },
  });
  expect([200, 201]).toContain(r.status()); // 200 when a retried worker reconnects it
  graph.addPost({ id: POST_ID, message: "Livraison offerte ce week-end" });
});
test.afterAll(() => graph?.close());

async function comment(baseURL: string, id: string, name: string, message: string) {
  graph.addComment({ id, post_id: POST_ID, message, from: { id: `u-${id}`, name } });
  const r = await graph.sendWebhook(`${baseURL}/api/webhooks/facebook`, graph.feedCommentChange({
    verb: "add", comment_id: id, post_id: POST_ID, from: { id: `u-${id}`, name }, message, created_time: new Date(),
  }));
  expect(r.status).toBe(200);
}

const search = async (page: Page, q: string) => {
  await page.getByRole("searchbox").fill(q);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(q).replace(/%20/g, "\\+")}`));
};

test("search, reply publicly, live in a second browser and in the open inbox", async ({ page, browser, baseURL }) => {
  await comment(baseURL!, "500_1", "Chloé Fournier", "Ma livraison devait arriver hier, toujours rien");
  await signIn(page, "cm@demo.test");
  for (const q of ["livraison", "livré", "Livraisons"]) {
    await search(page, q);
    // Polled: the results stream in, and a row counts once the user can see it.
    await expect.poll(() => caseRows(page).count(), { message: q }).toBeGreaterThan(2);
  }
  await search(page, "livraison");
  const row = caseRows(page).filter({ hasText: "Chloé Fournier" });
  await expect(row).toHaveCount(1);

  // A second member has the inbox open: a new webhook comment must appear there without reload.
  const other = await browser.newContext();
  const lead = await other.newPage();
  await signIn(lead, "lead@demo.test");
  await expect(lead.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  await comment(baseURL!, "500_2", "Hugo Lambert", "Colis jamais livré, je veux un remboursement");
  await expect(caseRows(lead).filter({ hasText: "Hugo Lambert" })).toHaveCount(1, { timeout: 10_000 });

  await row.getByTestId("case-link").click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Chloé Fournier");
  const caseUrl = page.url();
  await lead.goto(caseUrl);
  await expect(lead.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  await expect(lead.getByTestId("presence")).toContainText("Marie Laurent");
  const before = await lead.getByTestId("message").count();

  await page.getByTestId("composer-text").fill("Bonjour Chloé, toutes nos excuses : je relance le transporteur et je reviens vers vous avant 18 h.");
  await page.keyboard.press("Control+Enter");
  await expect.poll(() => graph.requests.filter((r) => r.method === "POST" && r.path === "/v25.0/500_1/comments").length, { timeout: 10_000 }).toBe(1);
  expect(graph.requests.find((r) => r.path === "/v25.0/500_1/comments")!.body).toMatchObject({
    message: "Bonjour Chloé, toutes nos excuses : je relance le transporteur et je reviens vers vous avant 18 h.",
  });
  const t0 = Date.now();
  await expect(lead.getByTestId("message")).toHaveCount(before + 1, { timeout: 2_000 });
  expect(Date.now() - t0).toBeLessThan(2_000);
  await expect(page.getByTestId("message").last()).toContainText("je relance le transporteur");
  await other.close();
});

test("keyboard-only triage of three cases", async ({ page }) => {
  await signIn(page, "cm@demo.test");
  await page.goto("/inbox?platform=x");
  const handled: string[] = [];
  for (let i = 0; i < 3; i++) {
    await expect(page.getByRole("main").getByTestId("inbox-keyboard")).toHaveAttribute("data-ready", "true");
    // Down to the first case not handled yet: besides the answered ones, a case from another spec's X channel
    // can arrive at the top meanwhile (an unloaded run took the same case twice that way).
    const selected = page.locator('[data-testid="case-row"][aria-selected="true"]');
    let id = "";
    // Down first; if the selection came back at the foot of the list (the answered case's old place), back up:
    // a CI run once pressed "j" ten times on the last row and took an answered case again.
    for (const key of ["j", "k"]) {
      for (let n = 0; n < 25 && (!id || handled.includes(id)); n++) {
        await page.keyboard.press(key);
        await expect(selected).toHaveCount(1);
        id = (await selected.getAttribute("data-case-id"))!;
      }
    }
    expect(handled, "a case not handled yet is selected").not.toContain(id);
    handled.push(id);
    await page.keyboard.press("a");
    await expect(selected).toContainText("Marie Laurent");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/cases/${id}`));
    await expect(page.getByRole("main").getByTestId("case-keyboard")).toHaveAttribute("data-ready", "true");
    // The page may first come from a prefetch made before the assignment, then refresh: wait until it shows the
    // assignment, so that refresh is not under way while the reply is typed (seen once under load: the typed
    // text never reached the box and nothing was sent).
    await expect(page.getByRole("main").getByRole("combobox", { name: /Assignee|Assigné/ })).toHaveValue(/.+/);
    await page.keyboard.press("r");
    await expect(page.getByTestId("composer-text")).toBeFocused();
    // Three different answers: two handled cases can be the same customer's, and the same words twice to one
    // customer is a pasted duplicate the guards stop (R3) — a loaded run met exactly that on the third case.
    const text = [
      "Bonjour, nous regardons votre demande (1).",
      "Merci pour votre message : je vérifie la commande de mon côté (2).",
      "Bien reçu, je consulte le suivi du colis avec le transporteur (3).",
    ][i]!;
    await page.keyboard.type(text);
    await expect(page.getByTestId("composer-text")).toHaveValue(text);
    await page.keyboard.press("Control+Enter");
    await expect(page.getByTestId("message").filter({ hasText: text })).toHaveCount(1);
    // The live stream can show the reply before the send action returns and empties the box; with the draft still
    // there, "u" asks before leaving (and Playwright dismisses the dialog). Wait for the send itself to finish.
    await expect(page.getByTestId("composer-text")).toHaveValue("");
    await page.keyboard.press("Escape"); // leave the composer
    await page.keyboard.press("u");
    await expect(page).toHaveURL(/\/inbox/);
    await expect(caseRows(page).first()).toBeVisible();
  }
  expect(new Set(handled).size).toBe(3);
});

test("shortcuts help, and screenshots of the inbox and a case in both languages", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, "cm@demo.test");
  await expect(page.getByRole("main").getByTestId("inbox-keyboard")).toHaveAttribute("data-ready", "true");
  await page.keyboard.press("?");
  await expect(page.getByTestId("shortcuts-dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("shortcuts-dialog")).toBeHidden();
  for (const lang of ["en", "fr"] as const) {
    await page.getByRole("button", { name: lang, exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.goto("/inbox");
    await expect(caseRows(page).first()).toBeVisible();
    await page.screenshot({ path: `public/screenshots/inbox-${lang}.png` });
    await page.goto("/inbox?q=d%C3%A9fouloir");
    await page.getByTestId("case-link").first().click();
    await expect(page.getByTestId("composer")).toBeVisible();
    await expect(page.getByRole("main").getByTestId("case-keyboard")).toHaveAttribute("data-ready", "true");
    await page.screenshot({ path: `public/screenshots/case-${lang}.png`, fullPage: true });
  }
  await page.getByRole("button", { name: "en", exact: true }).click();
});

test("the phone inbox: cards with the SLA clock and the assignee, nothing wider than the screen (EN and FR)", async ({ page, context, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "cm@demo.test");
  for (const lang of ["en", "fr"] as const) {
    await context.addCookies([{ name: "locale", value: lang, url: baseURL! }]);
    await page.goto("/inbox");
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    const card = caseRows(page).first();
    await expect(card).toBeVisible();
    // A card, not a squeezed table row: the message spans the card's width and the clock is on screen.
    const box = (await card.boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    // The clock is on the card, inside the screen's width (how far down depends on the card's text).
    const sla = caseRows(page).filter({ has: page.getByTestId("sla") }).first().getByTestId("sla");
    await sla.scrollIntoViewIfNeeded();
    await expect(sla).toBeVisible();
    const clock = (await sla.boundingBox())!;
    expect(clock.x).toBeGreaterThanOrEqual(0);
    expect(clock.x + clock.width).toBeLessThanOrEqual(390);
    await expect(page.getByRole("main").getByRole("columnheader")).toHaveCount(0);
    // Nothing inside the page is wider than the screen (the table used to be 857 px inside a 358 px box).
    const wide = await page.evaluate(() => [...document.querySelectorAll("main *")]
      .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > window.innerWidth + 1; })
      .map((e) => `${e.tagName.toLowerCase()}[${e.getAttribute("data-testid") ?? e.className.toString().slice(0, 40)}]`).slice(0, 5));
    expect(wide).toEqual([]);
    await page.screenshot({ path: `public/screenshots/inbox-phone-${lang}.png` });
  }
  await context.addCookies([{ name: "locale", value: "en", url: baseURL! }]);
});
