// The top bar is one line at 1280 px and above for every role, in English and French (issue #26 item 2; it
// wrapped at 1440 px for leads and admins): the daily pages on the bar, the settings under one menu that opens
// and leads somewhere.
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const baseURL = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3210)}`;

const CASES = [
  ...["admin@demo.test", "lead@demo.test", "cm@demo.test", "cs@demo.test"].flatMap((email) =>
    (["en", "fr"] as const).map((locale) => ({ email, locale, width: 1280 }))),
  ...(["en", "fr"] as const).map((locale) => ({ email: "admin@demo.test", locale, width: 1440 })),
];

for (const { email, locale, width } of CASES) {
  test(`top bar on one line at ${width} px: ${email}, ${locale}`, async ({ browser }) => {
    const ctx = await browser.newContext({ viewport: { width, height: 800 } });
    await ctx.addCookies([{ name: "locale", value: locale, url: baseURL }]);
    const page = await ctx.newPage();
    await signIn(page, email);
    const bar = page.locator("header > div").last();
    // One line: every item of the bar shares the first item's vertical band.
    const tops = await bar.evaluate((el) => [...el.children].filter((c) => (c as HTMLElement).offsetParent !== null)
      .map((c) => { const r = c.getBoundingClientRect(); return { top: Math.round(r.top), bottom: Math.round(r.bottom) }; }));
    expect(tops.length).toBeGreaterThan(2);
    const first = tops[0]!;
    for (const r of tops) expect(r.top, JSON.stringify(tops)).toBeLessThan(first.bottom);
    expect(await bar.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    const settings = page.getByTestId("nav-settings");
    if (await settings.count()) {
      await settings.locator("summary").click();
      const first = settings.getByRole("link").first();
      await expect(first).toBeVisible();
      if (email === "admin@demo.test") await page.screenshot({ path: `test-results/layout/top-bar-admin-${locale}-${width}.png` });
      const href = await first.getAttribute("href");
      await first.click();
      await expect(page).toHaveURL(new RegExp(href!));
    }
    await ctx.close();
  });
}
