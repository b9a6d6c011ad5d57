// Issue #26 item 4 on the built app with the demo data: a thank-you comment, "late by 7 d", closed as "no reply
// needed" leaves the Late view, with the act in the case's timeline; the same button on a complaint is refused
// with the reason. Screenshots in English and French.
import { expect, test } from "@playwright/test";
import { cliToken, signIn, caseRows } from "./helpers";

const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

test("a thank-you closed as 'no reply needed' leaves the Late view; a complaint is refused", async ({ page, request }) => {
  const lead = auth(cliToken("lead@demo.test"));
  const find = async (q: string) => (await (await request.get(`/api/v1/cases?q=${encodeURIComponent(q)}`, { headers: lead })).json()).data[0];
  const lateIds = async () => (await (await request.get("/api/v1/cases?view=late&limit=100", { headers: lead })).json()).data.map((c: { id: string }) => c.id);
  const praise = await find("grand-mère aux anges");
  expect(praise.status).toBe("NEW");
  expect(await lateIds()).toContain(praise.id);

  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, "cm@demo.test");
  await page.getByRole("button", { name: "en", exact: true }).click();
  await page.goto(`/cases/${praise.id}`);
  const form = page.getByTestId("no-reply-form");
  await form.getByTestId("no-reply-reason").selectOption("PRAISE");
  await form.getByTestId("no-reply-submit").click();
  await expect(page.getByTestId("audit-timeline")).toContainText("closed the case without a reply: no reply needed (Praise or thanks)");
  await expect(page.getByTestId("no-reply-form")).toHaveCount(0);
  await page.screenshot({ path: "public/screenshots/case-no-reply-en.png", fullPage: true });
  expect(await lateIds()).not.toContain(praise.id);
  await page.goto("/inbox?view=late");
  await expect(caseRows(page).first()).toBeVisible();
  await expect(page.locator(`[data-testid="case-row"][data-case-id="${praise.id}"]`)).toHaveCount(0);

  // A complaint: refused, with the reason, in French.
  await page.getByRole("button", { name: "fr", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  const complaint = await find("débitée deux fois ML-52004");
  expect(complaint.status).toBe("NEW");
  await page.goto(`/cases/${complaint.id}`);
  const form2 = page.getByTestId("no-reply-form");
  await form2.getByTestId("no-reply-reason").selectOption("OFF_TOPIC");
  await form2.getByTestId("no-reply-submit").click();
  await expect(page.getByTestId("no-reply-error")).toContainText("se lit comme une réclamation");
  await page.screenshot({ path: "public/screenshots/case-no-reply-refused-fr.png", fullPage: true });
  const api = await request.post(`/api/v1/cases/${complaint.id}/no-reply-needed`, { headers: auth(cliToken("cm@demo.test")), data: { reason: "PRAISE" } });
  expect(api.status()).toBe(409);
  expect((await api.json()).error.code).toBe("reads_as_complaint");
  await page.getByRole("button", { name: "en", exact: true }).click();
});
