// Issue #11 reproductions against the built app: headers and CSP (and the pages still work under it), CSRF
// from a page on another port of the same host, a server action from a foreign origin, sign-out that ends
// the session server-side, the body limit and NUL bytes.
import { createServer, type Server } from "node:http";
import { expect, test } from "@playwright/test";
import { cliToken, signIn, caseRows } from "./helpers";

const PORT = Number(process.env.E2E_PORT ?? 3210);
const APP = `http://127.0.0.1:${PORT}`;
const EVIL_PORT = PORT + 40;

test("pages and API answers carry the security headers; pages run under the nonce CSP without violations", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto("/signin");
  const h = res!.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["x-frame-options"]).toBe("DENY");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  await signIn(page, "cm@demo.test"); // hydration works: the form submits through client code
  await caseRows(page).first().click();
  await expect(page).toHaveURL(/\/cases\//);
  await expect(page.getByTestId("composer")).toBeVisible();
  expect(violations).toEqual([]);
  const api = await page.request.get("/api/v1/me");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test.describe("a page on another port of the same host", () => {
  let evil: Server;
  test.beforeAll(async () => {
    evil = createServer((req, res) => {
      const caseId = new URL(req.url ?? "/", "http://x").searchParams.get("case") ?? "";
      res.setHeader("content-type", "text/html");
      res.end(`<!doctype html><body>
        <form id="f" method="POST" enctype="text/plain" action="${APP}/api/v1/cases/${caseId}/notes">
          <input name='{"text":"csrf form","x":"' value='"}'></form>
        <script>
          fetch("${APP}/api/v1/cases/${caseId}/notes", { method: "POST", mode: "no-cors", credentials: "include",
            headers: { "content-type": "text/plain" }, body: JSON.stringify({ text: "csrf fetch" }) })
            .finally(() => document.getElementById("f").submit());
        </script></body>`);
    });
    await new Promise<void>((r) => evil.listen(EVIL_PORT, "127.0.0.1", r));
  });
  test.afterAll(() => new Promise<void>((r) => evil.close(() => r())));

  test("cannot make a signed-in community manager post a note (CSRF)", async ({ page, request }) => {
    const token = cliToken("cm@demo.test");
    const auth = { Authorization: `Bearer ${token}` };
    const caseId = (await (await request.get("/api/v1/cases?limit=1", { headers: auth })).json()).data[0].id;
    await signIn(page, "cm@demo.test");
    const refused = page.waitForResponse((r) => r.url().includes(`/api/v1/cases/${caseId}/notes`) && r.request().method() === "POST");
    await page.goto(`http://127.0.0.1:${EVIL_PORT}/?case=${caseId}`);
    expect([403, 415]).toContain((await refused).status());
    await page.waitForLoadState("load");
    const messages = (await (await request.get(`/api/v1/cases/${caseId}/messages`, { headers: auth })).json()).data as { body: string }[];
    expect(messages.filter((m) => /csrf/.test(m.body))).toEqual([]);
  });
});

test("a server action from a foreign origin gets 403, not 500", async ({ page }) => {
  await signIn(page, "cm@demo.test");
  const res = await page.request.post("/inbox", {
    headers: { "next-action": "0".repeat(40), origin: "http://127.0.0.1:1", "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(res.status()).toBe(403);
});

test("sign-out ends the session on the server: the old cookie gets 401", async ({ page, browser }) => {
  await signIn(page, "lead@demo.test");
  const cookies = await page.context().cookies();
  expect((await page.request.get("/api/v1/me")).status()).toBe(200);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  expect((await replay.request.get(`${APP}/api/v1/me`)).status()).toBe(401);
  await replay.close();
});

test("bodies over 1 MiB get 413 and NUL bytes 400, not 500", async ({ request }) => {
  const auth = { Authorization: `Bearer ${cliToken("cm@demo.test")}` };
  const caseId = (await (await request.get("/api/v1/cases?limit=1", { headers: auth })).json()).data[0].id;
  const big = await request.post(`/api/v1/cases/${caseId}/notes`, { headers: auth, data: { text: "x".repeat(1_100_000) } });
  expect(big.status()).toBe(413);
  expect((await request.get("/api/v1/cases?q=a%00b", { headers: auth })).status()).toBe(400);
  const nul = await request.post(`/api/v1/cases/${caseId}/notes`, { headers: auth, data: { text: "a\u0000b" } });
  expect(nul.status()).toBe(400);
  const ok = await request.get("/api/v1/cases?limit=1", { headers: auth });
  expect(ok.headers()["ratelimit-limit"]).toBeTruthy();
});

test("a server action posted through the no-JavaScript form path from another site is refused (issue #20 item 7)", async ({ page }) => {
  // The attack as reported: the SLA page's own form fields ($ACTION_REF_n, $ACTION_n:0, $ACTION_KEY), posted as
  // multipart without a Next-Action header, so proxy.ts's old check (Next-Action only) never saw it.
  await signIn(page, "lead@demo.test");
  const html = await (await page.request.get("/settings/sla")).text();
  const form = /<form[^>]*>((?:(?!<\/form>)[\s\S])*\$ACTION_REF_(?:(?!<\/form>)[\s\S])*)<\/form>/.exec(html)?.[1];
  expect(form, "the SLA page renders a no-JavaScript server-action form").toBeTruthy();
  const unescape = (v: string) => v.replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
  const fields: Record<string, string> = {};
  for (const input of form!.match(/<input\b[^>]*>/g) ?? []) {
    const name = /\bname="([^"]*)"/.exec(input)?.[1];
    if (name) fields[unescape(name)] = unescape(/\bvalue="([^"]*)"/.exec(input)?.[1] ?? "");
  }
  expect(Object.keys(fields).some((k) => k.startsWith("$ACTION_REF_"))).toBe(true);
  const auth = { Authorization: `Bearer ${cliToken("admin@demo.test")}` }; // the audit log is the admins'
  const updates = async () => ((await (await page.request.get("/api/v1/audit-events?action=SLA_POLICY_UPDATED&limit=100", { headers: auth })).json()).data as unknown[]).length;
  const before = await updates();

  const crossSite = await page.request.post("/settings/sla", { multipart: fields, headers: { "sec-fetch-site": "cross-site" } });
  expect(crossSite.status()).toBe(403);
  const foreign = await page.request.post("/settings/sla", { multipart: fields, headers: { origin: `http://127.0.0.1:${EVIL_PORT}`, "sec-fetch-site": "same-site" } });
  expect(foreign.status()).toBe(403); // was 500
  expect(await updates()).toBe(before);

  // The same fields from the app's own origin run the action: the refused requests were real attacks, not typos.
  const own = await page.request.post("/settings/sla", { multipart: fields, headers: { origin: APP, "sec-fetch-site": "same-origin" } });
  expect(own.status()).toBeLessThan(400);
  expect(await updates()).toBe(before + 1);
});

test("a malformed workspace cookie, a NUL in the inbox search and an oversized server action are 4xx, never 500 (issue #20 item 9)", async ({ page }) => {
  await signIn(page, "cm@demo.test");
  await page.context().addCookies([{ name: "workspace", value: "%ZZ", url: APP }]);
  expect((await page.request.get("/api/v1/me")).status()).toBe(200);
  expect((await page.request.get("/inbox?q=%00")).status()).toBe(400);
  const big = await page.request.post("/inbox", {
    headers: { "next-action": "0".repeat(40), origin: APP, "content-type": "text/plain;charset=UTF-8" },
    data: "x".repeat(1024 * 1024 + 10),
  });
  expect(big.status()).toBe(413);
});
