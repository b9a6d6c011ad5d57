// Issue 13 in a real Chromium against the built app: during a continuous stream of signed Facebook comments
// (8 per second for 12 seconds) the open inbox shows the new cases WHILE the stream is still running — as rows
// when the agent is idle, behind the "N new cases" pill once the agent is triaging (a row selected with j).
import { expect, test } from "@playwright/test";
import { startFakeGraph, type FakeGraph } from "../fakes/fake-graph";
import { cliToken, signIn } from "./helpers";

let graph: FakeGraph;
let lead: string;

test.beforeAll(async () => {
  graph = await startFakeGraph({ pageId: "100000000000913", appSecret: "e2e-live-secret" });
  lead = cliToken("lead@demo.test");
});
test.afterAll(() => graph?.close());

const RATE = 8;
const SECONDS = 12;

test("new cases show up during a 12-second stream at 8 comments/s, not after it", async ({ page, request, baseURL }) => {
  test.setTimeout(90_000);
  const connect = await request.post("/api/v1/channels", {
    headers: { Authorization: `Bearer ${lead}` },
    data: {
      kind: "facebook_page", externalId: graph.pageId, name: "Page live", apiBaseUrl: graph.url,
      secrets: { appSecret: graph.appSecret, pageAccessToken: "fake-page-token", verifyToken: "live-verify" },
    },
  });
  expect(connect.status()).toBe(201);
  const postId = `${graph.pageId}_7`;
  graph.addPost({ id: postId, message: "Soldes d'hiver" });

  await signIn(page, "cm@demo.test");
  await expect(page.getByTestId("inbox-keyboard")).toHaveAttribute("data-ready", "true");
  await expect(page.getByTestId("live-status")).toHaveAttribute("data-connected", "true");
  const liveRows = page.getByTestId("case-row").filter({ hasText: "Crise live" });
  await expect(liveRows).toHaveCount(0);
  const countAll = async () => Number(await page.getByTestId("view-count-all").textContent());
  const allBefore = await countAll();

  // The stream: one comment from a different customer every 125 ms, on a fixed schedule.
  let streaming = true;
  const start = Date.now();
  const sends: Promise<unknown>[] = [];
  const stream = (async () => {
    for (let i = 0; i < RATE * SECONDS; i++) {
      const wait = start + (i * 1000) / RATE - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const id = `7_${1000 + i}`;
      const from = { id: `77${i}`, name: `Client ${i}` };
      const message = `Crise live ${i}: toujours pas de remboursement`;
      graph.addComment({ id, post_id: postId, message, from });
      sends.push(graph.sendWebhook(`${baseURL}/api/webhooks/facebook`, graph.feedCommentChange({ verb: "add", comment_id: id, post_id: postId, from, message })));
    }
    await Promise.all(sends);
    streaming = false;
  })();

  // Idle agent: the rows themselves appear, while comments are still arriving.
  await expect(liveRows.first()).toBeVisible({ timeout: (SECONDS * 1000) / 2 });
  expect(streaming).toBe(true);

  // Now the agent triages: a row selected with the keyboard. New cases must not push rows around; they wait
  // behind the pill, whose count grows live.
  await page.keyboard.press("j");
  const selected = page.locator('[data-testid="case-row"][aria-selected="true"]');
  await expect(selected).toHaveCount(1);
  const selectedId = await selected.getAttribute("data-case-id");
  const order = await page.getByTestId("case-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-case-id")));
  const pill = page.getByTestId("new-cases-pill");
  await expect(pill).toBeVisible({ timeout: 4_000 });
  await expect.poll(async () => Number((await pill.textContent())?.match(/\d+/)?.[0] ?? 0)).toBeGreaterThan(2);
  expect(streaming).toBe(true);
  const orderNow = await page.getByTestId("case-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-case-id")));
  expect(orderNow.slice(0, order.length)).toEqual(order);
  await expect(selected).toHaveAttribute("data-case-id", selectedId!);
  // One polite announcement for the batch, not one per row.
  await expect(page.getByTestId("live-announcer")).toContainText(/new cases? waiting/);
  // The tab counts follow the stream too (fetched alone, not by re-rendering the page).
  await expect.poll(countAll, { timeout: 5_000 }).toBeGreaterThan(allBefore + 2);
  expect(streaming).toBe(true);
  await page.screenshot({ path: "test-results/live-pill.png" });

  // "." shows them (while the stream goes on and a row is still selected, the pill comes back for the next ones).
  const shownBefore = await liveRows.count();
  const waiting = Number((await pill.textContent())?.match(/\d+/)?.[0] ?? 0);
  await page.keyboard.press(".");
  await expect.poll(() => liveRows.count()).toBeGreaterThanOrEqual(shownBefore + waiting);
  await stream;
  expect(streaming).toBe(false);
});

test("the counts endpoint checks its input and its caller", async ({ request }) => {
  const cm = cliToken("cm@demo.test");
  const ok = await request.get("/api/v1/cases/counts?view=mine", { headers: { Authorization: `Bearer ${cm}` } });
  expect(ok.status()).toBe(200);
  expect((await ok.json()).data).toMatchObject({ views: { all: expect.any(Number), late: expect.any(Number) }, total: expect.any(Number) });
  expect((await request.get("/api/v1/cases/counts?status=NOPE", { headers: { Authorization: `Bearer ${cm}` } })).status()).toBe(400);
  expect((await request.get("/api/v1/cases/counts?nope=1", { headers: { Authorization: `Bearer ${cm}` } })).status()).toBe(400);
  expect((await request.get("/api/v1/cases/counts")).status()).toBe(401);
});
