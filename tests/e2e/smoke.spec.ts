// Issue 2 smoke: sign in as the community manager, see the seeded cases, open one.
import { expect, test } from "@playwright/test";
import { signIn, caseRows } from "./helpers";

test("a community manager signs in, sees the seeded cases and opens one", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/inbox");
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, "cm@demo.test");
  await expect(page.getByTestId("current-member")).toContainText("Marie Laurent");
  const rows = caseRows(page);
  await expect(rows).toHaveCount(50);

  await page.getByRole("searchbox").fill("défouloir");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(rows.first()).toBeVisible();
  await rows.first().getByRole("link").last().click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("#");
  await expect(page.getByTestId("thread").getByTestId("message").first()).toBeVisible();
  await expect(page.getByTestId("case-post")).toBeVisible();
});

test("a comment removed on Facebook keeps its text, marked as removed", async ({ page }) => {
  await signIn(page, "cm@demo.test");
  await page.goto("/inbox?q=punition");
  // Ranked best match first: a short "on punit les clients" may come before her long message.
  await caseRows(page).filter({ hasText: "Camille Lefort" }).first().getByRole("link").last().click();
  const removed = page.getByTestId("message-event").filter({ hasText: /Removed on the platform/ });
  await expect(removed.first()).toBeVisible();
});

test("the UI switches to French", async ({ page }) => {
  await signIn(page, "cm@demo.test");
  await page.getByRole("button", { name: "fr", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Boîte de réception" })).toBeVisible();
  await page.getByRole("button", { name: "en", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Inbox" })).toBeVisible();
});
