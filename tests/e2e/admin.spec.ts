// Issue 14's administration screens, driven as an admin would on the demo install: the workspace switcher (create
// a second brand, switch to it and see its empty inbox, switch back), the API tokens page (create → shown once →
// listed with its last use after a call → revoked → 401), and the audit viewer (filter by person and action by
// their names, CSV export with exactly the rows shown); teams at work are in admin.teams.spec.ts (named to run
// right after this file). Screenshots in English and French under test-results/admin.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ADMIN, adminPage, base, shots } from "./admin-page";
import { caseRows } from "./helpers";

async function switchTo(page: Page, workspace: string, submit: string) {
  const switcher = page.getByTestId("workspace-switcher");
  await switcher.getByRole("combobox").selectOption({ label: workspace });
  // The switcher is a plain form posting a server action: wait for its answer, then load a page fresh.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.status() < 400),
    switcher.getByRole("button", { name: submit }).click(),
  ]);
  await page.goto("/inbox");
  await expect(page.getByTestId("workspace-switcher").getByRole("combobox").locator("option:checked")).toHaveText(workspace);
}

test("an admin creates a second workspace, switches to its empty inbox and back", async ({ browser }) => {
  const page = await adminPage(browser, "en");
  await expect(caseRows(page).first()).toBeVisible();
  const demoName = (await page.getByTestId("workspace-switcher").count())
    ? await page.getByTestId("workspace-switcher").getByRole("combobox").locator("option:checked").innerText()
    : null;

  await page.goto("/settings/workspaces");
  await page.getByLabel("Brand name").fill("Atelier Sud");
  await page.getByLabel("Short name in links (optional)").fill("atelier-sud");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Workspace created" })).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("workspace").filter({ hasText: "Atelier Sud" })).toBeVisible();
  const current = demoName ?? (await page.getByTestId("workspace-switcher").getByRole("combobox").locator("option:checked").innerText());

  await switchTo(page, "Atelier Sud", "Switch");
  await page.goto("/inbox");
  await expect(page.getByRole("main").getByTestId("inbox-empty")).toBeVisible();
  await expect(caseRows(page)).toHaveCount(0);
  // No channel yet: the inbox says so (not "clear the filters") and an admin is pointed to the Channels page.
  await expect(page.getByRole("main").getByTestId("inbox-empty")).toContainText("No channel is connected to this workspace yet");
  await expect(page.getByRole("main").getByTestId("inbox-empty")).not.toContainText("filters");
  await expect(page.getByRole("main").getByTestId("inbox-empty").getByRole("link", { name: "Connect a channel" })).toHaveAttribute("href", "/channels");
  // tests/e2e/a11y.spec.ts walks the demo workspace, whose inbox is never empty: check this state here.
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).include("main").analyze()).violations).toEqual([]);
  await page.screenshot({ path: `${shots}/switched-empty-inbox-en.png`, fullPage: true });
  // The other brand's data is out of reach here, through the API too.
  expect(((await (await page.request.get("/api/v1/cases?limit=5")).json()) as { data: unknown[] }).data).toHaveLength(0);

  await switchTo(page, current, "Switch");
  await page.goto("/inbox");
  await expect(caseRows(page).first()).toBeVisible();

  // In French, at phone width: the switcher is in the header and the page does not scroll sideways.
  const fr = await adminPage(browser, "fr", 390);
  await switchTo(fr, "Atelier Sud", "Changer");
  await fr.goto("/inbox");
  await expect(fr.getByRole("main").getByTestId("inbox-empty")).toBeVisible();
  await expect(fr.getByRole("main").getByTestId("inbox-empty")).toContainText("Aucun canal n'est encore connecté à cet espace");
  await expect(fr.getByRole("main").getByTestId("inbox-empty").getByRole("link", { name: "Connecter un canal" })).toBeVisible();
  expect((await new AxeBuilder({ page: fr }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).include("main").analyze()).violations).toEqual([]);
  expect(await fr.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await fr.screenshot({ path: `${shots}/switched-empty-inbox-fr-phone.png`, fullPage: true });
  await switchTo(fr, current, "Changer");
  await fr.context().close();
  await page.context().close();
});

test("API tokens: created and shown once, listed with its last use, revoked, then refused with 401", async ({ browser, playwright }) => {
  const page = await adminPage(browser, "en");
  await page.goto("/settings/tokens");
  await page.getByLabel("What is it for?").fill("CRM sync");
  await page.getByRole("button", { name: "Create token" }).click();
  const shown = page.getByTestId("new-token");
  await expect(shown).toBeVisible();
  const token = (await shown.innerText()).trim();
  expect(token.length).toBeGreaterThan(20);
  await expect(page.getByText("Copy this token now: it will not be shown again.")).toBeVisible();
  await expect(page.getByTestId("token").filter({ hasText: "CRM sync" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Create token" })).toBeEnabled();
  await page.screenshot({ path: `${shots}/token-shown-once-en.png`, fullPage: true });

  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  expect(await page.content()).not.toContain(token);
  const row = page.getByTestId("token").filter({ hasText: "CRM sync" });
  await expect(row).toHaveCount(1);
  await expect(row.getByTestId("token-last-used")).toHaveText("never");
  await expect(row.getByTestId("token-status")).toHaveText("Active");
  await expect(row).toContainText(`${token.slice(0, 8)}`);

  // A script with the token: a context without the session cookie, only the bearer.
  const api = await playwright.request.newContext({ baseURL: base, extraHTTPHeaders: { Authorization: `Bearer ${token}` } });
  const me = await api.get("/api/v1/me");
  expect(me.status()).toBe(200);
  expect(((await me.json()) as { data: { email: string } }).data.email).toBe(ADMIN.email);
  await page.reload();
  await expect(row.getByTestId("token-last-used")).not.toHaveText("never");

  page.once("dialog", (d) => void d.accept());
  await row.getByRole("button", { name: "Revoke the token CRM sync" }).click();
  await expect(row.getByTestId("token-status")).toContainText("Revoked");
  await expect(row.getByRole("button", { name: /Revoke/ })).toHaveCount(0);
  expect((await api.get("/api/v1/me")).status()).toBe(401);
  await page.screenshot({ path: `${shots}/token-revoked-en.png`, fullPage: true });
  await api.dispose();

  const fr = await adminPage(browser, "fr");
  await fr.goto("/settings/tokens");
  const frRow = fr.getByTestId("token").filter({ hasText: "CRM sync" });
  await expect(frRow.getByTestId("token-status")).toContainText("Révoqué le");
  await fr.screenshot({ path: `${shots}/tokens-fr.png`, fullPage: true });
  await fr.context().close();
  await page.context().close();
});

test("audit viewer: filter by person and action by name; the CSV export holds exactly those rows", async ({ browser }) => {
  const page = await adminPage(browser, "en");
  // Two known events by the admin: a token created and revoked through the API (as the browser would).
  const sameOrigin = { origin: base };
  const created = await page.request.post("/api/v1/tokens", { headers: sameOrigin, data: { name: "audit probe" } });
  expect(created.status()).toBe(201);
  const { data: tk } = (await created.json()) as { data: { id: string } };
  expect((await page.request.patch(`/api/v1/tokens/${tk.id}`, { headers: sameOrigin, data: { revoked: true } })).status()).toBeLessThan(300);

  await page.goto("/settings/audit");
  const filters = page.getByTestId("audit-filters");
  // By name: a select's label also holds its options' words, and an action's name may contain "person".
  await filters.locator('select[name="actor"]').selectOption({ label: ADMIN.name });
  await filters.locator('select[name="action"]').selectOption({ label: "API token revoked" });
  await filters.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/action=API_TOKEN_REVOKED/);
  const events = page.getByTestId("audit-event");
  await expect(events.first()).toBeVisible();
  const n = await events.count();
  expect(n).toBeGreaterThanOrEqual(1);
  for (let i = 0; i < n; i++) {
    await expect(events.nth(i).getByTestId("audit-action")).toHaveText("API token revoked");
    await expect(events.nth(i)).toContainText(ADMIN.name);
  }
  await expect(page.getByTestId("audit-event").filter({ hasText: "audit probe" })).toHaveCount(1);
  await page.screenshot({ path: `${shots}/audit-filtered-en.png`, fullPage: true });

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("audit-csv").click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-.*\.csv$/);
  const csv = readFileSync((await download.path())!, "utf8").trim().split("\r\n");
  expect(csv[0]).toBe("id,time,action,action_name,actor_kind,actor_email,actor_name,case_number,entity_type,entity_id,data");
  const rows = csv.slice(1);
  expect(rows).toHaveLength(n);
  for (const r of rows) expect(r).toMatch(new RegExp(`^"\\d+","[^"]+","API_TOKEN_REVOKED","API token revoked","USER","${ADMIN.email.replace(".", "\\.")}","${ADMIN.name}",`));
  expect(rows.some((r) => r.includes(tk.id))).toBe(true);

  // The same viewer in French: the action names are French.
  const fr = await adminPage(browser, "fr");
  await fr.goto(`/settings/audit?${new URL(page.url()).searchParams.toString()}`);
  await expect(fr.getByTestId("audit-action").first()).toHaveText("Jeton d'API révoqué");
  await expect(fr.getByTestId("audit-filters").locator('select[name="action"] option:checked')).toHaveText("Jeton d'API révoqué");
  await fr.screenshot({ path: `${shots}/audit-filtered-fr.png`, fullPage: true });
  await fr.context().close();
  await page.context().close();
});
