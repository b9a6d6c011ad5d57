// Shared by the admin specs (admin.spec.ts, admin.teams.spec.ts): the app's address, where screenshots go, the demo
// admin, and a signed-in page for a demo user in a given locale and width.
import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

export const base = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210)}`;
export const shots = "test-results/admin";
export const ADMIN = { email: "admin@demo.test", name: "Alex Admin" };

export async function adminPage(browser: Browser, locale: "en" | "fr", width = 1280, email = ADMIN.email): Promise<Page> {
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
