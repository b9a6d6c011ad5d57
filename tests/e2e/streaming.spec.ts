// A page whose content streams in late (a busy server) must still appear once. The shell (top bar, live
// stream, the loading skeleton) reaches the browser first and hydrates; the live stream says "ready"; the page's
// own HTML follows seconds later. CI runs on a loaded machine failed on exactly this order: every test id of the
// page matched twice, the second copy in a hidden <div id="S:…"> that React never revealed, because an update
// from the live provider reached the still-pending Suspense boundary and switched it to client rendering.
//
// A local proxy in front of the app holds back a page's HTML after its shell until the test releases it, which the
// test does once the browser shows the live stream connected; everything else (scripts, the event stream) passes
// through at once.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { baseURL } from "../../playwright.config";
import { signIn } from "./helpers";

/** Held content goes out by this time even unreleased: it only bounds a failure (the test fails on its precondition). */
const RELEASE_CAP_MS = 60_000;

function delayingProxy(target: URL, slowPath: (path: string) => boolean) {
  let release: () => void = () => {};
  const released = new Promise<void>((r) => { release = r; });
  const server = http.createServer((req, res) => {
    const upstream = http.request({ host: target.hostname, port: target.port, path: req.url, method: req.method,
      // Uncompressed, so that the shell's end and the stream's "ready" can be seen in the bytes.
      headers: { ...req.headers, host: target.host, "accept-encoding": "identity" } }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      const isPage = req.method === "GET" && slowPath(req.url ?? "") && !req.headers.rsc
        && String(up.headers["content-type"] ?? "").startsWith("text/html");
      if (!isPage) return void up.pipe(res);
      // The shell at once: its HTML and the first flight data (the layout's), which hydration needs; the rest
      // (the page's own data and HTML) only once the test has seen the live stream up, whatever this machine's speed.
      const held: Buffer[] = [];
      let shellSent = false;
      up.on("data", (chunk: Buffer) => {
        if (shellSent) return void held.push(chunk);
        res.write(chunk);
        if (chunk.includes("__next_f.push")) shellSent = true;
      });
      // no-event: the cap only bounds a failure (never released); the test then fails on its precondition.
      const capped = Promise.race([released, new Promise<void>((r) => setTimeout(r, RELEASE_CAP_MS))]);
      up.on("end", () => void capped.then(() => res.end(Buffer.concat(held))));
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  return { server, release: () => release() };
}

test("a page whose content streams in after the live stream is ready shows once, with no hidden copy", async ({ page }) => {
  const { server, release } = delayingProxy(new URL(baseURL), (p) => p.startsWith("/reports"));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const proxy = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // React streams a late boundary's HTML in a hidden <div id="S:…"> and then moves its children into place.
  // When the boundary was switched to client rendering, that HTML is dropped instead: its children never reach
  // the document (and, for a moment, both copies are in it). Record every such segment that was dropped.
  await page.addInitScript(() => {
    const dropped: string[] = [];
    (window as unknown as { droppedSegments: string[] }).droppedSegments = dropped;
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.removedNodes) {
        const child = n instanceof HTMLElement && n.id.startsWith("S:") ? n.firstElementChild : null;
        // no-event: the reveal moves the children within the same task; the next task sees where they went.
        if (child) setTimeout(() => { if (!child.isConnected) dropped.push(n instanceof HTMLElement ? n.id : "?"); }, 0);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  try {
    await signIn(page, "lead@demo.test");
    await page.goto(`${proxy}/reports`, { waitUntil: "commit" });
    // The live stream is up while the page's content is still on its way: the order the loaded CI runs saw
    // (otherwise this test would prove nothing).
    // The browser has acted on "ready" (the old provider's update happened here) before the content is let through.
    await expect(page.getByTestId("live-status")).toHaveAttribute("data-connected", "true", { timeout: 45_000 });
    expect(await page.locator('[data-testid="fig-late"]').count()).toBe(0);
    release();
    await expect(page.getByTestId("fig-late")).toBeVisible({ timeout: 45_000 });
    // Strict: one element, and no hidden server copy left behind.
    await expect(page.locator('[data-testid="fig-late"]')).toHaveCount(1);
    expect(await page.locator('div[hidden][id^="S:"]').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { droppedSegments: string[] }).droppedSegments)).toEqual([]);
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
});
