import { execFileSync } from "node:child_process";
import AxeBuilder from "@axe-core/playwright";
import { expect, type APIRequestContext, type Page } from "@playwright/test";
import type { FakeGraph } from "../fakes/fake-graph";

export const DEMO_PASSWORD = "demo-password";

export async function signIn(page: Page, email: string) {
  await page.goto("/signin");
  await page.getByLabel(/e-mail/i).fill(email);
  await page.getByLabel(/password|mot de passe/i).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: /sign in|se connecter/i }).click();
  // A bound on a failure, not a wait: the first sign-in on a cold, busy server took longer than the default 5 s.
  await expect(page).toHaveURL(/\/inbox/, { timeout: 30_000 });
}

/** The inbox's case rows as the user sees them. The document can hold a second, hidden copy of a page's markup
 * for a moment (a streamed Suspense boundary not yet revealed: CI run G of 2026-12-05 failed on it), and a strict
 * locator counts hidden elements; rows the user cannot see are not rows of the inbox. */
export const caseRows = (page: Page) => page.getByTestId("case-row").filter({ visible: true });

/** WCAG 2.1 A and AA, as a11y.spec.ts checks every page; for pages whose real content that walk cannot reach. */
export async function expectNoAxeViolations(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** A token made by the real CLI; the app holds the embedded database, so the CLI goes through it. */
export function cliToken(email: string): string {
  return cliTokenFor(email, process.env.E2E_DATA_DIR!);
}

export function cliTokenFor(email: string, dataDir: string): string {
  const out = execFileSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "lib/cli/token.ts", "--email", email], {
    env: { ...process.env, DATA_DIR: dataDir },
    encoding: "utf8",
  });
  return out.trim().split("\n").pop()!;
}

/** Connects a Facebook Page served by a local fake Graph, as a lead would through the API (201 expected). */
export async function connectFakePage(request: APIRequestContext, headers: Record<string, string>, g: FakeGraph, name: string, verifyToken: string) {
  const connect = await request.post("/api/v1/channels", {
    headers,
    data: {
      kind: "facebook_page", externalId: g.pageId, name, apiBaseUrl: g.url,
      secrets: { appSecret: g.appSecret, pageAccessToken: "fake-page-token", verifyToken },
    },
  });
  expect(connect.status()).toBe(201);
}
