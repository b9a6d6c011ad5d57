// Issue #25 in a real Chromium against the built app, seed 001's two lessons in other words: an employee answers a
// customer from her personal account (suggested to the lead, linked, then shown with the "staff (personal
// account)" badge), and the customer comes back saying the number we gave could not help — the case is flagged,
// and the next draft giving that number on another customer's case shows the failed-route warning in the composer.
// Screenshots in English and French.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { cliToken, connectFakePage, signIn } from "./helpers";

let g: FakeGraph;
test.beforeAll(async () => { g = await startFakeGraph({ pageId: "100000000000931", appSecret: "e2e-seed-001-secret" }); });
test.afterAll(async () => { await g?.close(); });

const CUSTOMER = { id: "9311", name: "Aline Mécontente" };
const EMPLOYEE = { id: "9312", name: "Zoé Vendeuse" };
const OTHER = { id: "9313", name: "Paul Attente" };

async function caseWhere(request: APIRequestContext, headers: Record<string, string>, q: string): Promise<string> {
  let id = "";
  await expect.poll(async () => {
    id = (await (await request.get(`/api/v1/cases?q=${encodeURIComponent(q)}`, { headers })).json()).data?.[0]?.id ?? "";
    return id;
  }, { timeout: 20_000 }).not.toBe("");
  return id;
}

test("a staff member's personal account is badged once linked; a number that failed warns the next draft", async ({ page, request, baseURL }) => {
  test.setTimeout(180_000);
  const lead = { Authorization: `Bearer ${cliToken("lead@demo.test")}` };
  await connectFakePage(request, lead, g, "Page leçons", "seed-001-verify");
  const postId = `${g.pageId}_31`;
  g.addPost({ id: postId, message: "Notre nouvelle collection de canapés" });
  const say = async (id: string, from: { id: string; name: string }, message: string, parent?: string) => {
    g.addComment({ id, post_id: postId, message, from, ...(parent ? { parent_id: parent } : {}) });
    const change = g.feedCommentChange({ verb: "add", comment_id: id, post_id: postId, from, message, ...(parent ? { parent_id: parent } : {}) });
    expect((await g.sendWebhook(`${baseURL}/api/webhooks/facebook`, change)).status).toBe(200);
  };

  await say("31_1", CUSTOMER, "Mon canapé Ondine est arrivé déchiré et personne ne répond au SAV depuis une semaine.");
  const caseId = await caseWhere(request, lead, "Ondine");
  await say("31_2", EMPLOYEE, "Je travaille chez vous en magasin, ça arrive partout hein, on n'est pas si nuls !", "31_1");
  // Words only her message has: "pas si nuls" also finds a demo case ("pas si nul que ça"), which a busy run
  // returned before her message was in (loaded run K, 2026-12-05).
  const staffCase = await caseWhere(request, lead, "travaille chez vous en magasin");
  // Our answer gives a phone number; the customer comes back: that line could not help.
  await say("31_3", { id: g.pageId, name: "Page leçons" }, "Bonjour Aline, appelez notre service livraison au 01 44 55 66 77, ils s'en occupent.", "31_1");
  await say("31_4", CUSTOMER, "J'ai appelé ce numéro : ils m'ont dit qu'ils ne gèrent pas les commandes internet et de voir avec vous.", "31_1");
  await expect.poll(async () => (await (await request.get(`/api/v1/cases/${caseId}`, { headers: lead })).json()).data.tags, { timeout: 20_000 })
    .toContain("handoff-failed");

  // The employee: suggested to the lead, never applied silently; the lead links her account to a member.
  const suggested = (await (await request.get("/api/v1/staff-suggestions", { headers: lead })).json()).data as { account: string }[];
  expect(suggested.map((s) => s.account)).toContain(EMPLOYEE.id);
  const members = (await (await request.get("/api/v1/members", { headers: lead })).json()).data as { members?: { id: string; email: string }[] } | { id: string; email: string }[];
  const list = Array.isArray(members) ? members : members.members ?? [];
  const cs = list.find((m) => m.email === "cs@demo.test")!;
  expect((await request.post(`/api/v1/members/${cs.id}/identities`, { headers: lead, data: { platform: "FACEBOOK", account: EMPLOYEE.id } })).status()).toBe(201);

  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, "cm@demo.test");
  await page.getByRole("button", { name: "en", exact: true }).click();
  await page.goto(`/cases/${staffCase}`);
  await expect(page.getByTestId("staff-badge").first()).toHaveText("staff (personal account)");
  await page.screenshot({ path: "public/screenshots/case-staff-badge-en.png", fullPage: true });

  // Another customer's delivery problem: the draft that sends them to the same number is warned.
  await say("31_5", OTHER, "Ma commande Ondine devait être livrée lundi, toujours rien reçu.");
  const other = await caseWhere(request, lead, "Paul Attente");
  await page.goto(`/cases/${other}`);
  await page.getByTestId("composer-text").fill("Bonjour Paul, appelez le 01 44 55 66 77 pour suivre votre livraison.");
  await expect(page.getByTestId("guard-findings")).toContainText(/This number failed (once|1 time) this week/);
  await page.screenshot({ path: "public/screenshots/composer-failed-route-en.png", fullPage: true });
  await page.getByRole("button", { name: "fr", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await page.getByTestId("composer-text").fill("Bonjour Paul, appelez le 01 44 55 66 77 pour suivre votre livraison.");
  await expect(page.getByTestId("guard-findings")).toContainText("Ce numéro a échoué une fois cette semaine");
  await page.screenshot({ path: "public/screenshots/composer-failed-route-fr.png", fullPage: true });
  await page.goto(`/cases/${staffCase}`);
  await expect(page.getByTestId("staff-badge").first()).toHaveText("équipe (compte personnel)");
  await page.screenshot({ path: "public/screenshots/case-staff-badge-fr.png", fullPage: true });
  await page.getByRole("button", { name: "en", exact: true }).click();
});
