// Issue 10 on the built app with the demo data: the team lead's dashboard (late cases, the incident formed by the
// "me too" thread, the radar, Recharts trends, CSV exports), an incident page, the badges in the inbox, the
// metrics / incidents / alerts API with its 403 for other roles, and screenshots in English and French.
import { expect, test } from "@playwright/test";
import { cliToken, expectNoAxeViolations, signIn, caseRows } from "./helpers";

const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

test("metrics, incidents and alerts API: leads get figures, others 403", async ({ request }) => {
  const lead = cliToken("lead@demo.test");
  const cm = cliToken("cm@demo.test");
  const to = new Date().toISOString();
  const from = new Date(Date.now() - 30 * 86_400_000).toISOString();
  const res = await request.get(`/api/v1/metrics?from=${from}&to=${to}`, { headers: auth(lead) });
  expect(res.status()).toBe(200);
  const m = (await res.json()).data;
  for (const k of ["open", "late", "atRisk", "firstResponse", "resolution", "slaCompliance", "reopenRate", "csat", "perAgent", "series"]) expect(m).toHaveProperty(k);
  expect(m.late).toBeGreaterThan(0);
  expect((await request.get(`/api/v1/metrics?from=${from}&to=${to}`, { headers: auth(cm) })).status()).toBe(403);
  expect((await request.get(`/api/v1/metrics?from=nope&to=${to}`, { headers: auth(lead) })).status()).toBe(400);
  const csv = await request.get(`/api/v1/metrics/cases?from=${from}&to=${to}`, { headers: auth(lead) });
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).split("\r\n")[0]).toContain("number,status,priority");

  const incidents = (await (await request.get("/api/v1/incidents", { headers: auth(cm) })).json()).data;
  const suggested = incidents.find((i: { status: string; size: number }) => i.status === "SUGGESTED" && i.size >= 6);
  expect(suggested).toMatchObject({ id: expect.any(String), title: expect.any(String), caseIds: expect.any(Array), firstAt: expect.any(String), lastAt: expect.any(String) });
  expect((await request.patch(`/api/v1/incidents/${suggested.id}`, { headers: auth(cm), data: { status: "OPEN" } })).status()).toBe(403);
  expect((await request.patch(`/api/v1/incidents/${suggested.id}`, { headers: auth(lead), data: { status: "SUGGESTED" } })).status()).toBe(400);

  const alerts = (await (await request.get("/api/v1/alerts", { headers: auth(cm) })).json()).data;
  expect(alerts.map((a: { kind: string }) => a.kind)).toEqual(expect.arrayContaining(["ME_TOO", "HIGH_REACH"]));
  expect((await request.get("/api/v1/alerts", { headers: auth(cliToken("cs@demo.test")) })).status()).toBe(403);
});

test("dashboard and incident page, with screenshots in English and French", async ({ page, request }) => {
  // The dashboard lists incidents newest activity first. In a full run the earlier specs' customers form newer
  // incidents (seen: the desk spec's wrong-colour wardrobe joins the demo's into "Mauvais article livré", 3 cases),
  // so the demo's "me too" thread is found by its id rather than taken as the first row.
  const incidents = (await (await request.get("/api/v1/incidents", { headers: auth(cliToken("lead@demo.test")) })).json()).data;
  const thread = incidents.find((i: { status: string; size: number }) => i.status === "SUGGESTED" && i.size >= 6);
  expect(thread).toBeTruthy();
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, "lead@demo.test");
  await page.goto("/inbox?q=maxdeloche");
  await expect(page.getByTestId("signal-badge").first()).toBeVisible();
  await page.goto("/inbox");
  await expect(page.getByTestId("view-count-late")).not.toHaveText("0");
  for (const lang of ["en", "fr"] as const) {
    await page.getByRole("button", { name: lang, exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", lang);
    await page.goto("/reports");
    await expect(page.getByTestId("fig-late")).not.toContainText(/^\D*0$/);
    await expect(page.getByTestId("incident-row").first()).toBeVisible();
    await expect(page.getByTestId("alert").first()).toBeVisible();
    // Radar links name their case (#38 · author), and the count says how many are open of how many.
    await expect(page.getByTestId("alert-case").first()).toHaveText(/^#\d+ · \S/);
    await expect(page.getByTestId("radar-count")).toHaveText(/\(\d+ (open of|ouvertes sur) \d+\)/);
    await expect(page.locator(".recharts-surface").first()).toBeVisible();
    await page.screenshot({ path: `public/screenshots/dashboard-${lang}.png`, fullPage: true });
    await page.locator(`[data-testid="incident-row"] a[href="/reports/incidents/${thread.id}"]`).click();
    await expect(page.getByTestId("incident-page")).toBeVisible();
    expect(await page.getByTestId("incident-case").count()).toBeGreaterThanOrEqual(6);
    // The a11y walk reaches an incident page only through an unknown id (its 404): checked here with its content.
    await expectNoAxeViolations(page);
    await page.screenshot({ path: `public/screenshots/incident-${lang}.png`, fullPage: true });
  }
  // Late figure → the Late view, most overdue first.
  await page.goto("/reports");
  await page.getByTestId("fig-late").click();
  await expect(page).toHaveURL(/view=late/);
  await expect(caseRows(page).first()).toBeVisible();
  await page.getByRole("button", { name: "en", exact: true }).click();
});

test("a lead confirms and names the suggested incident", async ({ page }) => {
  await signIn(page, "lead@demo.test");
  await page.goto("/reports");
  await page.getByTestId("incident-row").first().getByRole("link").first().click();
  await page.getByTestId("incident-title").fill("Retards transporteur");
  await page.getByRole("button", { name: /confirm|confirmer/i }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Retards transporteur", { timeout: 10_000 });
});

test("answering every open case: each customer in their language, and a refused answer reported case by case", async ({ page, request }) => {
  const lead = cliToken("lead@demo.test");
  const incidents = (await (await request.get("/api/v1/incidents", { headers: auth(lead) })).json()).data;
  const thread = incidents.find((i: { size: number }) => i.size >= 6);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, "lead@demo.test");
  await page.getByRole("button", { name: "en", exact: true }).click();
  await page.goto(`/reports/incidents/${thread.id}`);
  const box = page.getByTestId("incident-answer");
  const send = box.getByRole("button", { name: "Send to all" });
  const result = box.getByTestId("incident-answer-result");
  await send.click();
  await expect(result).toContainText(/\d+ repl(y|ies) sent/);
  const sent = Number((await result.textContent())!.match(/(\d+) repl/)![1]);
  expect(sent).toBeGreaterThanOrEqual(6);
  // An English-speaking customer of the thread got the English wording, whatever the page's language.
  const english = (await (await request.get(`/api/v1/cases?incident=${thread.id}&language=en`, { headers: auth(lead) })).json()).data;
  expect(english.length).toBeGreaterThan(0);
  const msgs = (await (await request.get(`/api/v1/cases/${english[0].id}/messages`, { headers: auth(lead) })).json()).data;
  expect(msgs.filter((m: { direction: string }) => m.direction === "OUTBOUND").at(-1).body).toMatch(/^Hello /);

  // The same wording again: the copy-paste guard refuses it in every thread, and the page says so, case by case.
  await send.click();
  await expect(result).toContainText(/^0 replies sent · \d+ refused/);
  const refusals = box.getByTestId("incident-answer-refusals").getByRole("listitem");
  await expect(refusals.filter({ hasText: "refused by the guards" })).toHaveCount(sent);
  await expect(refusals.first().getByRole("link")).toHaveAttribute("href", /^\/cases\//);
  await box.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "public/screenshots/incident-answer-refused-en.png", fullPage: true });

  // In French: the guards check each wording as it is typed.
  await page.getByRole("button", { name: "fr", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.goto(`/reports/incidents/${thread.id}`);
  await page.getByTestId("incident-answer-fr").fill("Bonjour {{first_name}}, ce n'est pas de notre faute, voyez avec le transporteur. Dossier n°{{case_number}}.");
  await expect(page.getByTestId("incident-answer-guards-fr").getByTestId("guard-findings")).toBeVisible();
  await page.getByTestId("incident-answer").scrollIntoViewIfNeeded();
  await page.screenshot({ path: "public/screenshots/incident-answer-guards-fr.png", fullPage: true });
  await page.getByRole("button", { name: "en", exact: true }).click();
});
