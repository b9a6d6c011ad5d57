// Issue 14's administration screens, driven as an admin would on the demo install: the workspace switcher (create
// a second brand, switch to it and see its empty inbox, switch back), the API tokens page (create → shown once →
// listed with its last use after a call → revoked → 401), and the audit viewer (filter by person and action by
// their names, CSV export with exactly the rows shown), and teams at work: a lead routes delivery escalations to a
// team, the escalate form pre-selects it, the escalation is handed to another team from the case page, and the
// dashboard shows per-team figures. Screenshots in English and French under test-results/admin.
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, caseRows } from "./helpers";

const base = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210)}`;
const shots = "test-results/admin";
const ADMIN = { email: "admin@demo.test", name: "Alex Admin" };

async function adminPage(browser: Browser, locale: "en" | "fr", width = 1280, email = ADMIN.email): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  await ctx.addCookies([{ name: "locale", value: locale, url: base }]);
  const page = await ctx.newPage();
  await page.goto("/signin");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password|mot de passe/i).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /sign in|se connecter/i }).click();
  await expect(page).toHaveURL(/\/inbox/);
  return page;
}

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

test("teams at work: default team per reason, pre-selected when escalating, reassigned from the case, figures per team", async ({ browser }) => {
  const lead = await adminPage(browser, "en", 1280, "lead@demo.test");
  const sameOrigin = { origin: base };
  const made = await lead.request.post("/api/v1/teams", { headers: sameOrigin, data: { name: "Logistique", kind: "CUSTOMER_SERVICE" } });
  expect(made.status()).toBe(201);
  const logistics = ((await made.json()) as { data: { id: string } }).data.id;
  let targetId: string | undefined;
  try {
    await lead.goto("/settings/desk");
    const routing = lead.getByTestId("routing-form");
    await routing.getByLabel("Delivery").selectOption({ label: "Logistique" });
    await routing.getByRole("button", { name: "Save" }).click();
    await expect(routing.getByRole("status")).toHaveText("Saved.");
    await lead.reload();
    await expect(lead.getByTestId("route-delivery")).toHaveValue(logistics);
    await lead.screenshot({ path: `${shots}/routing-en.png`, fullPage: true });

    // The community manager, in French, escalates a fresh case: the form starts on Logistique for "Livraison".
    const cm = await adminPage(browser, "fr", 1280, "cm@demo.test");
    // The same routes over the API: readable by everyone, changed only by leads and admins.
    const routes = (await (await cm.request.get("/api/v1/escalation-routes")).json()) as { data: Record<string, string | null> };
    expect(routes.data).toMatchObject({ delivery: logistics, refund: null });
    expect((await cm.request.put("/api/v1/escalation-routes", { headers: sameOrigin, data: { routes: { delivery: null } } })).status()).toBe(403);
    const list = (await (await cm.request.get("/api/v1/cases?status=NEW,OPEN&limit=50")).json()) as { data: { id: string; status: string }[] };
    const target = list.data[0]!;
    targetId = target.id;
    await cm.goto(`/cases/${target.id}`);
    await cm.getByTestId("escalate-open").click();
    const form = cm.getByTestId("escalate-form");
    await expect(form.getByTestId("escalate-to")).toHaveValue(`team:${logistics}`);
    await expect(form.getByTestId("escalate-routed")).toHaveText("Présélectionnée : l'équipe par défaut pour ce motif.");
    await form.getByRole("combobox", { name: "Motif", exact: true }).selectOption("defect");
    await expect(form.getByTestId("escalate-to")).toHaveValue("");
    await form.getByRole("combobox", { name: "Motif", exact: true }).selectOption("delivery");
    await expect(form.getByTestId("escalate-to")).toHaveValue(`team:${logistics}`);
    await form.getByLabel("Résumé pour le service client").fill("Colis annoncé livré, jamais reçu. Le client attend un renvoi.");
    await cm.screenshot({ path: `${shots}/escalate-preselected-fr.png`, fullPage: true });
    await form.getByTestId("escalate-submit").click();
    const panel = cm.getByRole("main").getByTestId("escalation-panel").filter({ hasText: "Colis annoncé livré" });
    await expect(panel).toContainText("Équipe\u202f: Logistique");

    // The lead hands it to the demo's customer-service team from the case page; Karim (that team) now sees it.
    await lead.goto(`/cases/${target.id}`);
    const leadPanel = lead.getByRole("main").getByTestId("escalation-panel").filter({ hasText: "Colis annoncé livré" });
    await leadPanel.getByTestId("escalation-reassign").click();
    await leadPanel.getByLabel("New team or agent").selectOption({ label: "Team: Service client" });
    await leadPanel.getByTestId("reassign-submit").click();
    await expect(leadPanel).toContainText("Team: Service client");
    const cs = await adminPage(browser, "en", 1280, "cs@demo.test");
    const seen = (await (await cs.request.get("/api/v1/escalations?status=PENDING,IN_PROGRESS&limit=100")).json()) as { data: { id: string; caseId: string }[] };
    const handed = seen.data.find((e) => e.caseId === target.id);
    expect(handed).toBeDefined();

    // The dashboard's per-team figures: both customer-service teams, in English and French.
    await lead.goto("/reports");
    const figures = lead.getByTestId("team-figures");
    await expect(figures.locator('[data-team="Service client"] [data-testid="team-open"]')).not.toHaveText("0");
    await expect(figures.locator('[data-team="Logistique"] [data-testid="team-open"]')).toHaveText("0");
    await figures.scrollIntoViewIfNeeded();
    await lead.screenshot({ path: `${shots}/team-figures-en.png`, fullPage: true });
    await cm.context().close();
    await cs.context().close();
    const leadFr = await adminPage(browser, "fr", 390, "lead@demo.test");
    await leadFr.goto("/reports");
    await expect(leadFr.getByTestId("team-figures").getByRole("heading", { name: "Par équipe" })).toBeVisible();
    expect(await leadFr.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await leadFr.getByTestId("team-figures").screenshot({ path: `${shots}/team-figures-fr-phone.png` });
    await leadFr.context().close();
  } finally {
    // Leave the demo as other specs expect it (they share this app), even when a step above failed: the
    // escalation back to Logistique, out of the demo agent's queue, and no default team for deliveries. (A
    // failure here used to leave an extra escalated case that failed api, desk and roles specs after it.)
    const open = (await (await lead.request.get("/api/v1/escalations?status=PENDING,IN_PROGRESS&limit=100")).json()) as { data: { id: string; caseId: string; teamId: string | null }[] };
    for (const e of open.data.filter((x) => x.caseId === targetId && x.teamId !== logistics)) {
      expect((await lead.request.patch(`/api/v1/escalations/${e.id}`, { headers: sameOrigin, data: { action: "reassign", teamId: logistics } })).status()).toBe(200);
    }
    expect((await lead.request.put("/api/v1/escalation-routes", { headers: sameOrigin, data: { routes: { delivery: null } } })).status()).toBe(200);
    await lead.context().close();
  }
});
