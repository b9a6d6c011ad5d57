// Issue #21 item 2 in a real Chromium against the built app: the OpenAPI document generated from the operation
// declarations is served at /api/v1/openapi.json and rendered at /api/docs by Swagger UI (served by the app
// itself, under its own CSP: no violation, no request leaving the app).
import { expect, test } from "@playwright/test";

test("the API reference renders every operation of the generated document, without CSP violations", async ({ page, request, baseURL }) => {
  const doc = (await (await request.get("/api/v1/openapi.json")).json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  expect(doc.openapi).toBe("3.1.0");
  const count = Object.values(doc.paths).reduce((n, p) => n + Object.keys(p).length, 0);
  expect(count).toBeGreaterThan(60);

  const problems: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(m.text());
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL!)) problems.push(`left the app: ${r.url()}`);
  });
  const res = await page.goto("/api/docs");
  expect(res!.headers()["content-security-policy"]).toContain("script-src 'self'");
  await expect(page.getByRole("heading", { name: /Social Inbox API/ })).toBeVisible({ timeout: 30_000 });
  await expect(page.locator(".opblock")).toHaveCount(count, { timeout: 30_000 });
  await expect(page.locator(".opblock-summary-path", { hasText: "/api/v1/cases/{id}/replies" })).toBeVisible();
  await page.screenshot({ path: "test-results/api-docs.png" });
  expect(problems).toEqual([]);
  // Only the listed files are served.
  expect((await request.get("/api/docs/package.json")).status()).toBe(404);
});
