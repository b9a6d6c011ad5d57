// The guard and moderation boundaries refuse bad input with a message naming the problem.
import { describe, expect, it } from "vitest";
import { approvalDecisionInput, draftCheckInput, guardSettingsInput } from "@/lib/guards/schemas";
import { banInput, contactMarkInput } from "@/lib/moderation/schemas";
import { replyInput } from "@/lib/outbound/schemas";

const fails = (schema: { safeParse(v: unknown): { success: boolean; error?: unknown } }, v: unknown) => {
  const r = schema.safeParse(v);
  expect(r.success).toBe(false);
  return JSON.stringify(r.error);
};

describe("guard boundaries", () => {
  it("draft check: text and visibility required, known values, no extra fields", () => {
    expect(fails(draftCheckInput, {})).toMatch(/text|visibility/);
    expect(fails(draftCheckInput, { text: "a", visibility: "internal" })).toMatch(/visibility/);
    expect(fails(draftCheckInput, { text: "a", visibility: "public", caseId: "12" })).toMatch(/caseId must be a UUID/);
    expect(fails(draftCheckInput, { text: "a", visibility: "public", locale: "de" })).toMatch(/locale/);
    expect(fails(draftCheckInput, { text: "a", visibility: "public", force: true })).toMatch(/force|nrecognized/);
    expect(draftCheckInput.parse({ text: "a", visibility: "private", locale: "fr" })).toEqual({ text: "a", visibility: "private", locale: "fr" });
  });
  it("override needs a reason; humorous is a boolean", () => {
    expect(fails(replyInput, { text: "a", visibility: "public", override: {} })).toMatch(/reason/);
    expect(fails(replyInput, { text: "a", visibility: "public", override: { reason: "ok" } })).toMatch(/5 characters/);
    expect(fails(replyInput, { text: "a", visibility: "public", humorous: "yes" })).toMatch(/humorous/);
  });
  it("ban and marks", () => {
    expect(fails(banInput, {})).toMatch(/reason/);
    expect(fails(banInput, { reason: "x" })).toMatch(/5 characters/);
    expect(fails(contactMarkInput, { mark: "complaint" })).toMatch(/mark/);
  });
  it("approval decisions: returning needs a comment", () => {
    expect(fails(approvalDecisionInput, { decision: "return" })).toMatch(/comment/);
    expect(fails(approvalDecisionInput, { decision: "maybe" })).toMatch(/decision/);
    expect(approvalDecisionInput.parse({ decision: "approve" })).toEqual({ decision: "approve" });
  });
  it("settings: phrases and a pattern that compiles", () => {
    expect(fails(guardSettingsInput, { orderNumberPattern: "(unclosed" })).toMatch(/valid pattern/);
    expect(fails(guardSettingsInput, { flagPhrases: ["x"] })).toMatch(/flagPhrases/);
    expect(guardSettingsInput.parse({ flagPhrases: ["pas de geste"] })).toEqual({ flagPhrases: ["pas de geste"], allowPhrases: [], publicContacts: [], orderNumberPattern: null });
    // The workspace's own public contact details (#19): bounded in number and length.
    expect(fails(guardSettingsInput, { publicContacts: Array.from({ length: 51 }, (_, i) => `0${i}00 000 000`) })).toMatch(/publicContacts/);
    expect(fails(guardSettingsInput, { publicContacts: ["x".repeat(201)] })).toMatch(/publicContacts/);
    expect(guardSettingsInput.parse({ publicContacts: [" 09 69 32 15 15 "] }).publicContacts).toEqual(["09 69 32 15 15"]);
  });
});
