// Every boundary parses its input with zod: bad input is refused with a message naming the problem.
import { describe, expect, it } from "vitest";
import { bulkPatch, casePatch, noteInput } from "@/lib/cases/schemas";
import { connectChannelInput } from "@/lib/channels/schemas";
import { deliverPayload, pollPayload } from "@/lib/jobs/payloads";
import { presenceInput } from "@/lib/live/events";
import { hideInput, moderateHeldInput } from "@/lib/moderation/schemas";
import { replyInput } from "@/lib/outbound/schemas";

const fails = (schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } } }, v: unknown) => {
  const r = schema.safeParse(v);
  expect(r.success).toBe(false);
  return JSON.stringify(r.error?.issues);
};

describe("boundary schemas", () => {
  it("case patch: something to change, known values, a reason to escalate, no extra fields", () => {
    expect(fails(casePatch, {})).toMatch(/Nothing to change/);
    expect(fails(casePatch, { status: "DELETED" })).toMatch(/status/);
    expect(fails(casePatch, { status: "ESCALATED" })).toMatch(/reason/);
    expect(fails(casePatch, { assigneeId: "bob" })).toMatch(/assigneeId/);
    expect(fails(casePatch, { tags: ["bad tag!"] })).toMatch(/tags/);
    expect(fails(casePatch, { priority: "HIGH", delete: true })).toMatch(/delete|Unrecognized/);
    expect(casePatch.parse({ assigneeId: "me", tags: ["Livraison"] })).toEqual({ assigneeId: "me", tags: ["livraison"] });
  });

  it("bulk: 1 to 200 case ids", () => {
    expect(fails(bulkPatch, { caseIds: [], patch: { priority: "LOW" } })).toMatch(/caseIds/);
    expect(fails(bulkPatch, { caseIds: ["x"], patch: { priority: "LOW" } })).toMatch(/caseIds/);
  });

  it("reply, note, presence, hide", () => {
    expect(fails(replyInput, { text: "   ", visibility: "public" })).toMatch(/Write something/);
    expect(fails(replyInput, { text: "x".repeat(1901), visibility: "public" })).toMatch(/1,900/);
    expect(fails(replyInput, { text: "ok", visibility: "shout" })).toMatch(/visibility/);
    expect(fails(noteInput, { text: "" })).toMatch(/note/);
    expect(fails(presenceInput, { caseId: "nope", activity: "viewing" })).toMatch(/caseId/);
    expect(fails(hideInput, { reason: "complaint" })).toMatch(/spam, troll/);
  });

  it("channel connection: kind-specific secrets, digits-only ids, http(s) base URL", () => {
    const fb = { kind: "facebook_page", externalId: "123", name: "Page", secrets: { appSecret: "a".repeat(8), pageAccessToken: "b".repeat(8), verifyToken: "c".repeat(8) } };
    expect(connectChannelInput.parse(fb).kind).toBe("facebook_page");
    expect(fails(connectChannelInput, { ...fb, externalId: "12a" })).toMatch(/digits/);
    expect(fails(connectChannelInput, { ...fb, apiBaseUrl: "ftp://x" })).toMatch(/http/);
    expect(fails(connectChannelInput, { ...fb, kind: "x_account" })).toMatch(/consumerKey/);
    expect(fails(connectChannelInput, { ...fb, kind: "myspace" })).toMatch(/kind/);
    // Instagram: its own secrets (accessToken, not pageAccessToken), a numeric account id.
    const ig = { kind: "instagram_account", externalId: "17841400000000001", name: "@brand", secrets: { appSecret: "app-secret-1", accessToken: "IGQV-token-1", verifyToken: "verify-token-1" } };
    expect(connectChannelInput.parse(ig).kind).toBe("instagram_account");
    expect(fails(connectChannelInput, { ...fb, kind: "instagram_account" })).toMatch(/accessToken|Unrecognized/);
    expect(fails(connectChannelInput, { ...ig, externalId: "@brand" })).toMatch(/digits/);
  });

  it("job payloads", () => {
    expect(fails(deliverPayload, { messageId: 42 })).toMatch(/messageId/);
    expect(fails(pollPayload, { channelId: "x", extra: 1 })).toMatch(/channelId/);
  });

  it("held comment decision: publish or reject, a reason to reject, nothing else (issue #23)", () => {
    expect(fails(moderateHeldInput, { decision: "reject" })).toMatch(/reason/);
    expect(fails(moderateHeldInput, { decision: "ban" })).toMatch(/decision/);
    expect(fails(moderateHeldInput, { decision: "reject", reason: "complaint" })).toMatch(/reason must be one of/);
    expect(fails(moderateHeldInput, { decision: "publish", banAuthor: true })).toMatch(/banAuthor|Unrecognized/);
    expect(moderateHeldInput.parse({ decision: "publish" })).toEqual({ decision: "publish" });
  });

  it("Google and YouTube channels: the platform's id shapes and complete OAuth secrets (issue #23)", () => {
    const oauth = { clientId: "1234567890-x.apps.googleusercontent.com", clientSecret: "GOCSPX-secret", refreshToken: "1//0refresh-token" };
    const google = { kind: "google_business_location", externalId: "accounts/1/locations/2", name: "Lyon",
      secrets: { ...oauth, pushAudience: "https://inbox.example.org/api/webhooks/google", pushServiceAccountEmail: "push@p.iam.gserviceaccount.com" } };
    expect(connectChannelInput.safeParse(google).success).toBe(true);
    expect(fails(connectChannelInput, { ...google, externalId: "locations/2" })).toMatch(/accounts\/ACCOUNT_ID/);
    expect(fails(connectChannelInput, { ...google, secrets: { ...google.secrets, pushServiceAccountEmail: "not an e-mail" } })).toMatch(/pushServiceAccountEmail/);
    expect(fails(connectChannelInput, { ...google, secrets: { ...google.secrets, pushAudience: "nope" } })).toMatch(/pushAudience/);
    const youtube = { kind: "youtube_channel", externalId: "UCmaisonLumiere000000001", name: "TV", secrets: oauth };
    expect(connectChannelInput.safeParse(youtube).success).toBe(true);
    expect(fails(connectChannelInput, { ...youtube, externalId: "maisonlumiere" })).toMatch(/starts with UC/);
    expect(fails(connectChannelInput, { ...youtube, secrets: { clientId: oauth.clientId } })).toMatch(/clientSecret/);
  });
});
