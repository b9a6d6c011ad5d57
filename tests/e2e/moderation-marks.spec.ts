// Issue #19 §5 acceptance: a community manager's troll mark on the author of an open complaint is a request with
// its evidence; a team lead refuses or approves it beside that evidence; each step is on the case's timeline.
// Screenshots of the request and of the lead's decision, in English and French (public/screenshots/).
import { expect, test, type Browser, type Page } from "@playwright/test";
import { cliToken, signIn } from "./helpers";

const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

/** Open demo cases whose authors differ (a mark is about the person). */
async function openCasesOfDifferentAuthors(request: import("@playwright/test").APIRequestContext, n: number) {
  const token = cliToken("cm@demo.test");
  const list = await (await request.get("/api/v1/cases?status=NEW&limit=50", { headers: auth(token) })).json();
  const seen = new Set<string>();
  const picked: { id: string; number: number }[] = [];
  for (const c of list.data as { id: string; number: number }[]) {
    const detail = (await (await request.get(`/api/v1/cases/${c.id}`, { headers: auth(token) })).json()).data as { contact: { id: string; signals: string[] } };
    if (seen.has(detail.contact.id) || detail.contact.signals.length > 0) continue;
    seen.add(detail.contact.id);
    picked.push(c);
    if (picked.length === n) return picked;
  }
  throw new Error("not enough demo cases");
}

async function as(browser: Browser, baseURL: string, email: string, locale: "en" | "fr"): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1100 } });
  await context.addCookies([{ name: "locale", value: locale, url: baseURL }]);
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

const panel = (page: Page) => page.getByRole("main").getByTestId("moderation-panel");
const aside = (page: Page) => page.getByRole("main").locator("aside");

async function requestMark(page: Page, caseId: string, reason: string, locale: "en" | "fr") {
  await page.goto(`/cases/${caseId}`);
  await panel(page).getByTestId("mark-troll").click();
  await expect(panel(page).getByTestId("mark-dialog")).toContainText(locale === "en" ? "a team lead will approve or refuse" : "un responsable d'équipe approuvera");
  await panel(page).getByTestId("mark-reason").fill(reason);
  await panel(page).getByTestId("mark-submit").click();
  await expect(panel(page).getByTestId("mark-request")).toHaveAttribute("data-status", "PENDING");
  await expect(panel(page).getByTestId("mark-evidence")).toBeVisible();
  await expect(page.getByRole("main").getByTestId("audit-timeline").locator('[data-action="CONTACT_MARK_REQUESTED"]')).toHaveCount(1);
}

test("a CM's troll mark on an open complaint waits for a team lead, who decides on the evidence (EN + FR screenshots)", async ({ browser, request, baseURL }) => {
  const [en, fr] = await openCasesOfDifferentAuthors(request, 2);

  // English: the community manager asks; the lead refuses with a comment; the author stays a customer.
  const cm = await as(browser, baseURL!, "cm@demo.test", "en");
  await requestMark(cm, en!.id, "Same insult under three posts, no order mentioned", "en");
  await expect(panel(cm).getByTestId("mark-request")).toContainText("Waiting for a team lead");
  await aside(cm).screenshot({ path: "public/screenshots/moderation-request-en.png" });
  const lead = await as(browser, baseURL!, "lead@demo.test", "en");
  await lead.goto(`/cases/${en!.id}`);
  await panel(lead).getByTestId("mark-decision-comment").fill("This is a real delivery complaint: answer it.");
  await panel(lead).getByTestId("mark-refuse").click();
  await expect(panel(lead).getByTestId("mark-request")).toHaveAttribute("data-status", "REFUSED");
  await expect(lead.getByRole("main").getByTestId("audit-timeline").locator('[data-action="CONTACT_MARK_REFUSED"]')).toHaveCount(1);
  await expect(panel(lead)).toContainText("Not marked");
  await aside(lead).screenshot({ path: "public/screenshots/moderation-decision-en.png" });

  // French: the lead approves; the mark and the decision are on the timeline.
  const cmFr = await as(browser, baseURL!, "cm@demo.test", "fr");
  await requestMark(cmFr, fr!.id, "Moqueries répétées, aucune commande citée", "fr");
  await aside(cmFr).screenshot({ path: "public/screenshots/moderation-request-fr.png" });
  const leadFr = await as(browser, baseURL!, "lead@demo.test", "fr");
  await leadFr.goto(`/cases/${fr!.id}`);
  await expect(panel(leadFr).getByTestId("mark-approve")).toBeVisible();
  await panel(leadFr).getByTestId("mark-approve").click();
  await expect(panel(leadFr).getByTestId("mark-request")).toHaveAttribute("data-status", "APPROVED");
  const timeline = leadFr.getByRole("main").getByTestId("audit-timeline");
  await expect(timeline.locator('[data-action="CONTACT_MARK_APPROVED"]')).toHaveCount(1);
  await expect(timeline.locator('[data-action="CONTACT_MARKED"]')).toContainText("troll");
  await aside(leadFr).screenshot({ path: "public/screenshots/moderation-decision-fr.png" });
});
