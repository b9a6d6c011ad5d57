// Issue 14's administration screens, continued from admin.spec.ts (this name sorts right after it, so the run order
// is unchanged): teams at work: a lead routes delivery escalations to a team, the escalate form pre-selects it, the
// escalation is handed to another team from the case page, and the dashboard shows per-team figures. Screenshots in
// English and French under test-results/admin.
import { expect, test } from "@playwright/test";
import { adminPage, base, shots } from "./admin-page";

test("teams at work: default team per reason, pre-selected when escalating, reassigned from the case, figures per team", async ({ browser }) => {
  const lead = await adminPage(browser, "en", 1280, "lead@demo.test");
  const sameOrigin = { origin: base };
  const made = await lead.request.post("/api/v1/teams", { headers: sameOrigin, data: { name: "Logistique", kind: "CUSTOMER_SERVICE" } });
  expect(made.status()).toBe(201);
  const logistics = ((await made.json()) as { data: { id: string } }).data.id;
  let targetId: string | undefined;
  try {
    await lead.goto("/settings/desk");
    const routing = lead.getByTestId("routing-form");
    await routing.getByLabel("Delivery").selectOption({ label: "Logistique" });
    await routing.getByRole("button", { name: "Save" }).click();
    await expect(routing.getByRole("status")).toHaveText("Saved.");
    await lead.reload();
    await expect(lead.getByTestId("route-delivery")).toHaveValue(logistics);
    await lead.screenshot({ path: `${shots}/routing-en.png`, fullPage: true });

    // The community manager, in French, escalates a fresh case: the form starts on Logistique for "Livraison".
    const cm = await adminPage(browser, "fr", 1280, "cm@demo.test");
    // The same routes over the API: readable by everyone, changed only by leads and admins.
    const routes = (await (await cm.request.get("/api/v1/escalation-routes")).json()) as { data: Record<string, string | null> };
    expect(routes.data).toMatchObject({ delivery: logistics, refund: null });
    expect((await cm.request.put("/api/v1/escalation-routes", { headers: sameOrigin, data: { routes: { delivery: null } } })).status()).toBe(403);
    const list = (await (await cm.request.get("/api/v1/cases?status=NEW,OPEN&limit=50")).json()) as { data: { id: string; status: string }[] };
    const target = list.data[0]!;
    targetId = target.id;
    await cm.goto(`/cases/${target.id}`);
    await cm.getByTestId("escalate-open").click();
    const form = cm.getByTestId("escalate-form");
    await expect(form.getByTestId("escalate-to")).toHaveValue(`team:${logistics}`);
    await expect(form.getByTestId("escalate-routed")).toHaveText("Présélectionnée : l'équipe par défaut pour ce motif.");
    await form.getByRole("combobox", { name: "Motif", exact: true }).selectOption("defect");
    await expect(form.getByTestId("escalate-to")).toHaveValue("");
    await form.getByRole("combobox", { name: "Motif", exact: true }).selectOption("delivery");
    await expect(form.getByTestId("escalate-to")).toHaveValue(`team:${logistics}`);
    await form.getByLabel("Résumé pour le service client").fill("Colis annoncé livré, jamais reçu. Le client attend un renvoi.");
    await cm.screenshot({ path: `${shots}/escalate-preselected-fr.png`, fullPage: true });
    await form.getByTestId("escalate-submit").click();
    const panel = cm.getByRole("main").getByTestId("escalation-panel").filter({ hasText: "Colis annoncé livré" });
    await expect(panel).toContainText("Équipe\u202f: Logistique");

    // The lead hands it to the demo's customer-service team from the case page; Karim (that team) now sees it.
    await lead.goto(`/cases/${target.id}`);
    const leadPanel = lead.getByRole("main").getByTestId("escalation-panel").filter({ hasText: "Colis annoncé livré" });
    await leadPanel.getByTestId("escalation-reassign").click();
    await leadPanel.getByLabel("New team or agent").selectOption({ label: "Team: Service client" });
    await leadPanel.getByTestId("reassign-submit").click();
    await expect(leadPanel).toContainText("Team: Service client");
    const cs = await adminPage(browser, "en", 1280, "cs@demo.test");
    const seen = (await (await cs.request.get("/api/v1/escalations?status=PENDING,IN_PROGRESS&limit=100")).json()) as { data: { id: string; caseId: string }[] };
    const handed = seen.data.find((e) => e.caseId === target.id);
    expect(handed).toBeDefined();

    // The dashboard's per-team figures: both customer-service teams, in English and French.
    await lead.goto("/reports");
    const figures = lead.getByTestId("team-figures");
    await expect(figures.locator('[data-team="Service client"] [data-testid="team-open"]')).not.toHaveText("0");
    await expect(figures.locator('[data-team="Logistique"] [data-testid="team-open"]')).toHaveText("0");
    await figures.scrollIntoViewIfNeeded();
    await lead.screenshot({ path: `${shots}/team-figures-en.png`, fullPage: true });
    await cm.context().close();
    await cs.context().close();
    const leadFr = await adminPage(browser, "fr", 390, "lead@demo.test");
    await leadFr.goto("/reports");
    await expect(leadFr.getByTestId("team-figures").getByRole("heading", { name: "Par équipe" })).toBeVisible();
    expect(await leadFr.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await leadFr.getByTestId("team-figures").screenshot({ path: `${shots}/team-figures-fr-phone.png` });
    await leadFr.context().close();
  } finally {
    // Leave the demo as other specs expect it (they share this app), even when a step above failed: the
    // escalation back to Logistique, out of the demo agent's queue, and no default team for deliveries. (A
    // failure here used to leave an extra escalated case that failed api, desk and roles specs after it.)
    const open = (await (await lead.request.get("/api/v1/escalations?status=PENDING,IN_PROGRESS&limit=100")).json()) as { data: { id: string; caseId: string; teamId: string | null }[] };
    for (const e of open.data.filter((x) => x.caseId === targetId && x.teamId !== logistics)) {
      expect((await lead.request.patch(`/api/v1/escalations/${e.id}`, { headers: sameOrigin, data: { action: "reassign", teamId: logistics } })).status()).toBe(200);
    }
    expect((await lead.request.put("/api/v1/escalation-routes", { headers: sameOrigin, data: { routes: { delivery: null } } })).status()).toBe(200);
    await lead.context().close();
  }
});
