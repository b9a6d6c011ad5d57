// WCAG 2.1 AA checked by axe-core on every page of the app (found by walking app/**/page.tsx, so new pages are
// covered without editing this file), in English and French, at desktop and phone width; at phone width no
// page may scroll sideways.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser } from "@playwright/test";
import { cliToken, DEMO_PASSWORD, caseRows } from "./helpers";
import { frenchTextFaults, widerThanViewport } from "./page-text-checks";

const baseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210)}`;
const PUBLIC = new Set(["/signin", "/setup", "/invite/[token]", "/forbidden"]);

function pageRoutes(dir = "app", prefix = ""): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = path.join(dir, e);
    if (statSync(p).isDirectory()) {
      if (e === "api" || e.startsWith("_")) continue;
      out.push(...pageRoutes(p, e.startsWith("(") ? prefix : `${prefix}/${e}`));
    } else if (e === "page.tsx") out.push(prefix || "/");
  }
  return out;
}

async function concrete(route: string, ids: Record<string, string>): Promise<string | null> {
  if (route === "/") return null; // redirects to /inbox
  return route.replace(/\[(\w+)\]/g, (_m, k: string) => ids[`${route.split("/")[1]}.${k}`] ?? ids[k] ?? "00000000-0000-4000-8000-000000000000");
}

const WIDTHS = [{ name: "desktop", width: 1280, height: 900 }, { name: "phone", width: 390, height: 844 }];

async function check(browser: Browser, urls: string[], locale: "en" | "fr", signedIn: boolean) {
  const failures: string[] = [];
  for (const size of WIDTHS) {
    const ctx = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    await ctx.addCookies([{ name: "locale", value: locale, url: baseURL }]);
    const page = await ctx.newPage();
    if (signedIn) {
      await page.goto("/signin");
      await page.getByLabel(/e-mail/i).fill("admin@demo.test");
      await page.getByLabel(/password|mot de passe/i).fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: /sign in|se connecter/i }).click();
      await expect(page).toHaveURL(/\/inbox/);
    }
    for (const url of urls) {
      await page.goto(url);
      await page.waitForLoadState("networkidle").catch(() => undefined);
      const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      for (const v of r.violations) {
        failures.push(`${locale} ${size.name} ${url}: ${v.id} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
      }
      if (size.name === "phone") {
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        if (wide > size.width) failures.push(`${locale} phone ${url}: page is ${wide}px wide at ${size.width}px`);
        failures.push(...(await widerThanViewport(page, url, locale)));
      } else if (locale === "fr") failures.push(...(await frenchTextFaults(page, url)));
    }
    await ctx.close();
  }
  return failures;
}

// One test per language: each walks every page at desktop and phone size, within its own time bound (one test
// for both took most of its 10 minutes on a loaded machine and ran out once).
for (const locale of ["en", "fr"] as const) test(`axe finds no WCAG 2.1 AA violation on any page in ${locale.toUpperCase()}, desktop and phone; no sideways scroll or too-wide element on phones; no enum name, zod English or raw key on French pages`, async ({ browser, request }) => {
  test.setTimeout(600_000);
  const routes = pageRoutes();
  expect(routes).toEqual(expect.arrayContaining(["/inbox", "/cases/[id]", "/signin", "/settings/members"]));
  const token = cliToken("admin@demo.test");
  const cases = await (await request.get("/api/v1/cases?limit=1", { headers: { Authorization: `Bearer ${token}` } })).json();
  const ids = { "cases.id": cases.data[0].id as string, token: "inv_not-a-real-invitation" };
  // A page given a bad filter shows its validation message (in French on the French walk).
  const inApp: string[] = ["/settings/audit?from=2026-13-45"];
  const open: string[] = ["/no-such-page"];
  for (const r of routes) {
    const url = await concrete(r, ids);
    if (url) (PUBLIC.has(r) ? open : inApp).push(url);
  }
  const failures = [...(await check(browser, open, locale, false)), ...(await check(browser, inApp, locale, true))];
  expect(failures, failures.join("\n")).toEqual([]);
});

test("keyboard: the skip link comes first, and going back from a case focuses the row that was opened", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel(/e-mail/i).fill("cm@demo.test");
  await page.getByLabel(/password|mot de passe/i).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /sign in|se connecter/i }).click();
  await expect(page).toHaveURL(/\/inbox/);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  const third = caseRows(page).nth(2);
  const id = await third.getAttribute("data-case-id");
  await third.getByTestId("case-link").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/cases/${id}`));
  await page.goBack();
  await expect(page).toHaveURL(/\/inbox/);
  await expect(page.locator(`[data-case-id="${id}"]`)).toHaveAttribute("aria-selected", "true");
  await expect(page.locator(`[data-case-id="${id}"] [data-testid="case-link"]`)).toBeFocused();
});
