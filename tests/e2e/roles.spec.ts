// Each role sees only what it may.
import { expect, test } from "@playwright/test";
import { cliToken, signIn, caseRows } from "./helpers";

test("customer service sees the escalated queue only", async ({ page }) => {
  await signIn(page, "cs@demo.test");
  const rows = caseRows(page);
  // The demo's escalated case; desk.spec.ts (run before) leaves one more, escalated then closed.
  await expect(rows.filter({ hasText: "Escalated" })).toHaveCount(1);
  expect(await rows.count()).toBeLessThanOrEqual(2);
  await expect(page.getByRole("link", { name: "Channels" })).toHaveCount(0);
  // A case that was never escalated: absent from the list, and its page answers "not found" (as the API: 404).
  const notEscalated = (await (await page.request.get(`/api/v1/cases?limit=1&status=NEW`, { headers: { authorization: `Bearer ${cliToken("lead@demo.test")}` } })).json()) as { data: { id: string; number: number }[] };
  const other = notEscalated.data[0]!;
  await expect(rows.filter({ hasText: new RegExp(`#${other.number}\\b`) })).toHaveCount(0);
  await page.goto(`/cases/${other.id}`);
  await expect(page.getByTestId("case-post")).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /not found|page not found/i })).toBeVisible();
  await page.goto("/channels");
  await expect(page).toHaveURL(/\/forbidden/);
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});

test("a community manager may not open the channels page", async ({ page }) => {
  await signIn(page, "cm@demo.test");
  await page.goto("/channels");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});

test("a team lead sees channel health", async ({ page }) => {
  await signIn(page, "lead@demo.test");
  await page.getByRole("link", { name: "Channels" }).click();
  // The two demo channels (other specs may have connected more).
  await expect(page.getByTestId("channel").filter({ hasText: "(Facebook, demo)" })).toHaveCount(1);
  await expect(page.getByTestId("channel").filter({ hasText: "(X, demo)" })).toHaveCount(1);
});

test("a wrong password is refused with a clear message, and sign-out works", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel(/e-mail/i).fill("lead@demo.test");
  await page.getByLabel(/password/i).fill("not-the-password");
  await page.getByRole("button", { name: /sign in/i }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Wrong e-mail or password" })).toBeVisible();
  await signIn(page, "lead@demo.test");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/signin/);
});
