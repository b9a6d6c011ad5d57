// A change committed between a page's server render and the moment its live parts listen is shown anyway. Two
// moments, each raced on purpose (the browser's request is held while the case is committed):
// - a first load: the page is rendered, then the case commits before the tab's stream opens (CI run of
//   f6703ef: an Instagram case that arrived in that gap never appeared; only a reconnect resynchronised);
// - a client navigation: the new view is rendered on the server, then the case changes and the change reaches
//   the tab on the stream (the old view shows it), and only then does the new view mount with its older data.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { caseRows, cliToken, connectFakePage, signIn } from "./helpers";

let graph: FakeGraph;
let lead: Record<string, string>;

test.beforeAll(async () => {
  graph = await startFakeGraph({ pageId: "100000000000941", appSecret: "e2e-catch-up-secret" });
  lead = { Authorization: `Bearer ${cliToken("lead@demo.test")}` };
});
test.afterAll(async () => {
  await graph?.close();
});

/** A signed comment from `name`, and the wait until its case is committed (visible through the API). */
async function commitComment(request: APIRequestContext, baseURL: string, n: number, name: string) {
  const postId = `${graph.pageId}_1`;
  const id = `1_${n}`;
  const from = { id: `941${n}`, name };
  const message = `${name} : colis jamais arrivé, commande ${n}`;
  graph.addComment({ id, post_id: postId, message, from });
  expect((await graph.sendWebhook(`${baseURL}/api/webhooks/facebook`, graph.feedCommentChange({ verb: "add", comment_id: id, post_id: postId, from, message }))).status).toBe(200);
  await expect.poll(async () => {
    const body = (await (await request.get(`/api/v1/cases?q=${encodeURIComponent(name)}`, { headers: lead })).json()) as { data?: unknown[] };
    return body.data?.length ?? 0;
  }, { timeout: 20_000 }).toBe(1);
}

test("a change committed after the render, before the stream opens or the new view mounts, still shows", async ({ page, request, baseURL }) => {
  await connectFakePage(request, lead, graph, "Page catch-up", "catch-up-verify");
  graph.addPost({ id: `${graph.pageId}_1`, message: "Nouvelle collection" });
  await signIn(page, "cm@demo.test");

  // First load: the stream's request waits until a case is committed after the page's render.
  let held = false;
  await page.route("**/api/v1/stream**", async (route) => {
    if (!held) {
      held = true;
      await commitComment(request, baseURL!, 1, "Gaston Tardif");
    }
    await route.continue();
  });
  await page.goto("/inbox");
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  expect(held).toBe(true);
  await expect(caseRows(page).filter({ hasText: "Gaston Tardif" })).toHaveCount(1);
  await page.unroute("**/api/v1/stream**");

  // Client navigation to the Unassigned view: its server render is fetched first (Gaston's case unassigned in
  // it), then the lead takes the case and the current view shows it live (so the tab has heard it), and only
  // then does the new view mount, with its data from before. The case must not stay in the Unassigned view.
  const caseId = ((await (await request.get(`/api/v1/cases?q=${encodeURIComponent("Gaston Tardif")}`, { headers: lead })).json()) as { data: { id: string }[] }).data[0]!.id;
  const gaston = caseRows(page).filter({ hasText: "Gaston Tardif" });
  let rendered = false;
  await page.route((url) => url.pathname === "/inbox" && url.searchParams.get("view") === "unassigned", async (route) => {
    const headers = route.request().headers();
    if (headers["rsc"] !== "1" || headers["next-router-prefetch"] || rendered) return route.continue();
    rendered = true;
    const response = await route.fetch();
    expect(await response.text()).toContain("Gaston Tardif");
    expect((await request.patch(`/api/v1/cases/${caseId}`, { headers: lead, data: { assigneeId: "me" } })).status()).toBe(200);
    await expect(gaston).toContainText("Sophie Martin");
    await route.fulfill({ response });
  });
  await page.getByRole("link").filter({ has: page.getByTestId("view-count-unassigned") }).click();
  await expect(page).toHaveURL(/view=unassigned/);
  expect(rendered).toBe(true);
  await expect(page.locator('a[aria-current="page"]').filter({ has: page.getByTestId("view-count-unassigned") })).toBeVisible();
  await expect(gaston).toHaveCount(0);
});
