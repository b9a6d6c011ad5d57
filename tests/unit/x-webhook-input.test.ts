// Bad input to POST /api/v1/channels/{id}/x-webhook (issue #23 item 3) is refused by the shared schema with the
// field named, before any call to X; only this app's X webhook path is accepted.
import { expect, it } from "vitest";
import { channelIdParam, registerXWebhookInput } from "@/lib/channels/schemas";

it("accepts the app's X webhook URL, refuses another path, another scheme, extra fields and a bad channel id", () => {
  expect(registerXWebhookInput.parse({ url: "https://inbox.example.org/api/webhooks/x" }).url).toBe("https://inbox.example.org/api/webhooks/x");
  for (const bad of [
    { url: "https://inbox.example.org/api/webhooks/facebook" },
    { url: "ftp://inbox.example.org/api/webhooks/x" },
    { url: "not a url" },
    { url: "https://inbox.example.org/api/webhooks/x", secret: "x" },
    {},
  ]) {
    const r = registerXWebhookInput.safeParse(bad);
    expect(r.success, JSON.stringify(bad)).toBe(false);
  }
  expect(registerXWebhookInput.safeParse({ url: "https://evil.example/hook" }).error?.issues[0]?.path).toEqual(["url"]);
  expect(channelIdParam.safeParse("12345").success).toBe(false);
});
