// Issue #26 item 4 on the built app: a case we answered, waiting on a third party, is snoozed from its page for
// an hour — it leaves All for Snoozed, whose row says when it comes back ("Back in 1 hr" / "Retour dans 1 h"),
// and "Wake now" brings it back. Screenshots in English and French. The wake-up by time, by a customer's new
// message and by an SLA deadline are tested in tests/integration/snooze.test.ts (a clock cannot be moved here).
import { expect, test } from "@playwright/test";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { cliToken, connectFakePage, signIn, caseRows } from "./helpers";

let g: FakeGraph;
test.beforeAll(async () => { g = await startFakeGraph({ pageId: "100000000000926", appSecret: "e2e-snooze-secret" }); });
test.afterAll(async () => { await g?.close(); });

test("an answered case snoozed for an hour waits in Snoozed, says when it returns, and wakes by hand", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const lead = { Authorization: `Bearer ${cliToken("lead@demo.test")}` };
  const cm = { Authorization: `Bearer ${cliToken("cm@demo.test")}` };
  await connectFakePage(request, lead, g, "Page veille", "snooze-verify");
  const postId = `${g.pageId}_9`;
  g.addPost({ id: postId, message: "Nouveaux horaires" });
  const from = { id: "9261", name: "Léon Veilleur" };
  const message = "Bonjour, pouvez-vous me dire quand la table Veilleur sera de nouveau en stock ?";
  g.addComment({ id: "9_1", post_id: postId, message, from });
  expect((await g.sendWebhook(`${baseURL}/api/webhooks/facebook`, g.feedCommentChange({ verb: "add", comment_id: "9_1", post_id: postId, from, message }))).status).toBe(200);
  let caseId = "";
  await expect.poll(async () => {
    caseId = (await (await request.get("/api/v1/cases?q=Veilleur", { headers: lead })).json()).data?.[0]?.id ?? "";
    return caseId;
  }, { timeout: 20_000 }).not.toBe("");

  // Our answer, delivered: a snooze is for a case we answered, waiting on someone else (here the supplier).
  const reply = await request.post(`/api/v1/cases/${caseId}/replies`, {
    headers: cm, data: { text: "Bonjour Léon, nous attendons la date du fournisseur et revenons vers vous dès qu'elle arrive.", visibility: "public" },
  });
  expect(reply.status()).toBe(202);
  await expect.poll(async () => {
    const c = (await (await request.get(`/api/v1/cases/${caseId}`, { headers: lead })).json()).data;
    return c.firstRespondedAt !== null;
  }, { timeout: 30_000 }).toBe(true);

  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, "cm@demo.test");
  await page.getByRole("button", { name: "en", exact: true }).click();
  await page.goto(`/cases/${caseId}`);
  await page.getByRole("main").getByTestId("snooze-note").fill("Waiting for the supplier's date");
  await page.getByRole("main").getByTestId("snooze-hour").click();
  await expect(page.getByRole("main").getByTestId("snoozed-until")).toContainText("Snoozed until");
  await expect(page.getByRole("main").getByTestId("audit-timeline")).toContainText(/snoozed/i);

  // The row as the user sees it: a hidden copy of the list can sit in the document (loaded run O, 2026-12-05).
  const row = page.locator(`[data-testid="case-row"][data-case-id="${caseId}"]`).filter({ visible: true });
  // Out of All (the newest case would be on its first page); a search still finds it, by design.
  await page.goto("/inbox?view=all");
  await expect(page.getByRole("main").getByTestId("inbox-keyboard")).toHaveAttribute("data-ready", "true");
  await expect(caseRows(page).first()).toBeVisible();
  await expect(row).toHaveCount(0);
  await page.goto("/inbox?q=Veilleur");
  await expect(row).toBeVisible();
  await page.goto("/inbox?view=snoozed");
  await expect(row.getByTestId("row-snoozed")).toHaveText(/Back in (1\shr|60\smin)/);
  await page.screenshot({ path: "public/screenshots/inbox-snoozed-en.png", fullPage: true });

  await page.getByRole("button", { name: "fr", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(row.getByTestId("row-snoozed")).toHaveText(/Retour dans (1\sh|60\smin)/);
  await page.screenshot({ path: "public/screenshots/inbox-snoozed-fr.png", fullPage: true });

  await page.goto(`/cases/${caseId}`);
  await expect(page.getByRole("main").getByTestId("snoozed-until")).toContainText("En veille jusqu");
  await page.getByRole("main").getByTestId("snooze-wake").click();
  await expect(page.getByRole("main").getByTestId("snooze-hour")).toBeVisible();
  await page.goto("/inbox?view=snoozed");
  await expect(page.getByRole("main").getByTestId("inbox-keyboard")).toHaveAttribute("data-ready", "true");
  await expect(row).toHaveCount(0);
  await page.goto("/inbox?view=all");
  await expect(row).toBeVisible();
  await page.getByRole("button", { name: "en", exact: true }).click();
});
