// Issue #23 end to end, on the built app: a Google location and a YouTube channel connected through the API and
// pointed at their fakes; a 1-star review arrives as a Pub/Sub push with a Google-signed token, YouTube comments
// (one held for review) by the poll that connecting starts. The inbox shows the stars and the video's title with
// the platforms' icons; the platform filter and GET /api/v1/cases?platform= keep them apart; the case page
// offers "report to Google" instead of hide, and publishes a held comment. Screenshots in English and French.
import { expect, test } from "@playwright/test";
import { startFakeGoogle, type FakeGoogle } from "../fakes/fake-google";
import { startFakeYoutube, type FakeYoutube } from "../fakes/fake-youtube";
import { caseRows, cliToken, signIn } from "./helpers";

let google: FakeGoogle;
let youtube: FakeYoutube;
let lead: string;
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });
const YT = { clientId: "1234567890-e2e.apps.googleusercontent.com", clientSecret: "GOCSPX-e2e-client-secret", refreshToken: "1//0owner-refresh-token-e2e" };

test.beforeAll(async () => {
  google = await startFakeGoogle({ accountId: "108000000000000000923", locationId: "4800000000000000923" });
  youtube = await startFakeYoutube({ channelId: "UCe2eMaisonLumiere000923", ...YT });
  lead = cliToken("lead@demo.test");
});
test.afterAll(async () => {
  await google?.close();
  await youtube?.close();
});

test("a Google review and YouTube comments in the inbox with their stars, video and icons; report to Google; publish a held comment", async ({ request, page, baseURL }) => {
  const g = await request.post("/api/v1/channels", {
    headers: auth(lead),
    data: {
      kind: "google_business_location", externalId: google.location, name: "Maison Lumière Annecy (e2e)", apiBaseUrl: google.url,
      secrets: { clientId: google.client.clientId, clientSecret: google.client.clientSecret, refreshToken: google.client.refreshToken,
        pushAudience: google.pushAudience, pushServiceAccountEmail: google.pushServiceAccountEmail },
    },
  });
  expect(g.status()).toBe(201);
  const review = google.addReview({ reviewId: "e2e-review-1star", displayName: "Ornella Capybara", starRating: 1,
    comment: "Capybara : bouquet livré fané, et le service client ne rappelle jamais." });
  expect((await google.pushNotification(`${baseURL}/api/webhooks/google`, { type: "NEW_REVIEW", reviewId: review.reviewId })).status).toBe(200);
  expect((await google.pushNotification(`${baseURL}/api/webhooks/google`, { type: "NEW_REVIEW", reviewId: review.reviewId }, { jwt: google.signPushJwt({}, { signWith: "foreign" }), retries: 0 })).status).toBe(401);

  const video = youtube.addVideo({ id: "e2eVideoCoffret", title: "Coffret voyage : le montage en 2 minutes" });
  youtube.addComment({ id: "UgzE2eOkapiComment1", videoId: video.id, text: "Okapi : le coffret est arrivé sans la notice, comment le monter ?",
    author: { channelId: "UCe2eOkapi00000000000001", displayName: "@okapi.martin" }, publishedAt: new Date(Date.now() - 60_000) });
  youtube.addComment({ id: "UgzE2eHeldNarval01", videoId: video.id, text: "Narval : deux semaines sans réponse pour mon remboursement.",
    author: { channelId: "UCe2eNarval00000000000001", displayName: "@narval.dupont" }, held: "review", publishedAt: new Date(Date.now() - 30_000) });
  const yt = await request.post("/api/v1/channels", {
    headers: auth(lead),
    data: { kind: "youtube_channel", externalId: youtube.channelId, name: "Maison Lumière TV (e2e)", apiBaseUrl: youtube.url, secrets: YT },
  });
  expect(yt.status()).toBe(201);

  // The API's platform filter: only Google cases, only YouTube cases.
  await expect.poll(async () => {
    const r = await request.get("/api/v1/cases?platform=youtube&limit=100", { headers: auth(lead) });
    return ((await r.json()) as { data: { preview: string }[] }).data.filter((c) => /Okapi|Narval/.test(c.preview)).length;
  }, { timeout: 30_000 }).toBe(2);
  const googleCases = (await (await request.get("/api/v1/cases?platform=google&limit=100", { headers: auth(lead) })).json()) as { data: { preview: string; channel: { platform: string }; rating: number | null }[] };
  expect(googleCases.data.every((c) => c.channel.platform === "GOOGLE")).toBe(true);
  expect(googleCases.data.find((c) => c.preview.startsWith("Capybara"))?.rating).toBe(1);

  await signIn(page, "cm@demo.test");
  await page.goto("/inbox?platform=google");
  const reviewRow = caseRows(page).filter({ hasText: "Ornella Capybara" });
  await expect(reviewRow).toHaveCount(1, { timeout: 15_000 });
  await expect(reviewRow.locator('[data-platform="GOOGLE"]')).toBeVisible();
  await expect(reviewRow.getByTestId("review-stars")).toHaveAttribute("aria-label", "1 star out of 5");
  for (const p of await caseRows(page).locator("[data-platform]").evaluateAll((els) => els.map((e) => e.getAttribute("data-platform")))) expect(p).toBe("GOOGLE");
  await page.screenshot({ path: "public/screenshots/reviews-inbox-google-en.png" });

  await page.goto("/inbox?platform=youtube");
  const ytRow = caseRows(page).filter({ hasText: "Okapi" });
  await expect(ytRow).toHaveCount(1, { timeout: 15_000 });
  await expect(ytRow.locator('[data-platform="YOUTUBE"]')).toBeVisible();
  await expect(ytRow.getByTestId("row-video")).toContainText("Coffret voyage : le montage en 2 minutes");
  await page.screenshot({ path: "public/screenshots/reviews-inbox-youtube-en.png" });

  // The review's page: stars, no hide, Google's reporting instead; no private reply.
  await page.goto("/inbox?platform=google");
  await reviewRow.getByTestId("case-link").click();
  await expect(page.getByTestId("case-stars")).toHaveAttribute("data-rating", "1");
  await expect(page.getByTestId("review-report-hint")).toContainText("Google does not let the owner hide");
  await expect(page.getByTestId("hide-open")).toHaveCount(0);
  await expect(page.getByTestId("composer-mode-private")).toBeDisabled();
  await page.screenshot({ path: "public/screenshots/reviews-case-google-en.png", fullPage: true });
  await page.getByRole("button", { name: "fr", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByTestId("review-report-hint")).toContainText("Google ne permet pas au propriétaire");
  await expect(page.getByTestId("case-stars")).toHaveAttribute("aria-label", "1 étoile sur 5");
  await page.screenshot({ path: "public/screenshots/reviews-case-google-fr.png", fullPage: true });

  // The held YouTube comment: publish it from the case page (French UI now).
  await page.goto("/inbox?platform=youtube");
  const heldRow = caseRows(page).filter({ hasText: "Narval" });
  await expect(heldRow.getByTestId("row-video")).toBeVisible();
  await page.screenshot({ path: "public/screenshots/reviews-inbox-youtube-fr.png" });
  await heldRow.getByTestId("case-link").click();
  await expect(page.getByTestId("held-badge")).toContainText("Retenu par YouTube");
  await expect(page.getByTestId("case-post")).toContainText("Coffret voyage");
  await page.screenshot({ path: "public/screenshots/reviews-case-youtube-held-fr.png", fullPage: true });
  await page.getByTestId("held-reason").selectOption("spam");
  await page.getByTestId("held-reject").click();
  await expect(page.getByTestId("moderation-error")).toContainText("répondez à la réclamation");
  await page.getByTestId("held-publish").click();
  await expect(page.getByTestId("held-badge")).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(() => youtube.comments().find((c) => c.id === "UgzE2eHeldNarval01")?.moderationStatus).toBe("published");
  await page.getByRole("button", { name: "en", exact: true }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
});

test("a YouTube channel whose quota is spent: polling pauses until the reset, and the Channels page says so (EN + FR)", async ({ request, page }) => {
  const spent = await startFakeYoutube({ channelId: "UCe2eQuotaSpent000000924", ...YT, quotaLimit: 0 });
  try {
    spent.addVideo({ id: "e2eVideoQuota", title: "Quota" });
    const ch = await request.post("/api/v1/channels", {
      headers: auth(lead),
      data: { kind: "youtube_channel", externalId: spent.channelId, name: "YouTube quota spent (e2e)", apiBaseUrl: spent.url, secrets: YT },
    });
    expect(ch.status()).toBe(201);
    await signIn(page, "lead@demo.test");
    const card = page.getByTestId("channel").filter({ hasText: "YouTube quota spent (e2e)" });
    // Connecting starts a poll; YouTube answers quotaExceeded, and the card says polling waits for the reset.
    await expect.poll(async () => {
      await page.goto("/channels");
      return card.getByTestId("poll-paused").count();
    }, { timeout: 30_000 }).toBe(1);
    await expect(card.getByTestId("poll-paused")).toContainText("Polling paused until the quota resets");
    await expect(card.getByTestId("youtube-quota")).toContainText("units spent");
    await card.screenshot({ path: "public/screenshots/channels-youtube-quota-en.png" });
    await page.getByRole("button", { name: "fr", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await expect(card.getByTestId("poll-paused")).toContainText("Relève suspendue jusqu'à la remise à zéro du quota");
    await card.screenshot({ path: "public/screenshots/channels-youtube-quota-fr.png" });
    await page.getByRole("button", { name: "en", exact: true }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
  } finally {
    await spent.close();
  }
});
