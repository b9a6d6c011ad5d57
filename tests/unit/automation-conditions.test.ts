// Issue #22: a rule's conditions, read in memory (evaluate-rule.ts, match-words.ts). Words and phrases through the
// text module (accents, case, inflections, derivations), all/any/none, the cheap conditions before the text, a
// pattern bounded in length, links, marks, business hours.
import { describe, expect, it } from "vitest";
import type { CaseFacts } from "@/lib/automation/case-facts";
import { compileRule, ruleMatches } from "@/lib/automation/evaluate-rule";
import { ruleDefinition } from "@/lib/automation/rule-schema";

const facts = (text: string, over: Partial<CaseFacts> = {}): CaseFacts => ({
  caseId: "c1", workspaceId: "w", number: 1, status: "NEW", priority: "NORMAL", channelId: "ch", platform: "FACEBOOK",
  language: "fr", sentiment: 0, rating: null, tags: [], teamId: null, assigneeId: null, incidentId: null, contactId: "ct", signals: [],
  followers: null, openedAt: new Date(), firstRespondedAt: null, lastMessageAt: new Date(), slaDueAt: null,
  messages: [{ id: "m1", body: text, visibility: "PUBLIC", externalId: "x", sentiment: 0, at: new Date() }], text, ...over,
});
const rule = (conditions: unknown[], match: "all" | "any" = "all") =>
  compileRule({ id: "r", name: "r", version: 1, position: 0, definition: ruleDefinition.parse({ trigger: "MESSAGE_RECEIVED", match, conditions, actions: [{ type: "add_tags", tags: ["t"] }] }) });
const open = { businessOpen: true };

describe("text contains", () => {
  it("matches a phrase word by word, in its inflected forms, and not the same words apart", () => {
    const r = rule([{ field: "text", op: "any", words: ["pas reçu"] }]);
    expect(ruleMatches(r, facts("Colis PAS RECU depuis lundi"), open)).toBe(true);
    expect(ruleMatches(r, facts("Je n'ai pas encore reçu le colis"), open)).toBe(false);
  });

  it("reads English derivations: a refund rule meets 'refunded', a delivery rule 'delivered'", () => {
    expect(ruleMatches(rule([{ field: "text", op: "any", words: ["delivery"] }]), facts("Never delivered, again", { language: "en" }), open)).toBe(true);
    expect(ruleMatches(rule([{ field: "text", op: "all", words: ["refund", "order"] }]), facts("My order was never refunded", { language: "en" }), open)).toBe(true);
    expect(ruleMatches(rule([{ field: "text", op: "all", words: ["refund", "order"] }]), facts("Refund me now", { language: "en" }), open)).toBe(false);
  });

  it("'none of' holds only when no word is there", () => {
    const r = rule([{ field: "text", op: "none", words: ["merci", "bravo"] }]);
    expect(ruleMatches(r, facts("Toujours rien reçu"), open)).toBe(true);
    expect(ruleMatches(r, facts("Merci beaucoup !"), open)).toBe(false);
  });
});

describe("other conditions", () => {
  it("review stars: at most 2 matches a 1-star review, never a case that is not a review", () => {
    const r = rule([{ field: "rating", op: "at_most", value: 2 }]);
    expect(ruleMatches(r, facts("Jamais livré", { platform: "GOOGLE", rating: 1 }), open)).toBe(true);
    expect(ruleMatches(r, facts("Parfait", { platform: "GOOGLE", rating: 5 }), open)).toBe(false);
    expect(ruleMatches(r, facts("Jamais livré"), open)).toBe(false);
    expect(ruleMatches(rule([{ field: "rating", op: "at_least", value: 4 }]), facts("Super", { platform: "GOOGLE", rating: 4 }), open)).toBe(true);
    expect(() => rule([{ field: "rating", op: "at_most", value: 6 }])).toThrow();
  });

  it("combines all and any, and decides on a cheap condition without reading the text", () => {
    const all = rule([{ field: "text", op: "any", words: ["livraison"] }, { field: "platform", in: ["X"] }]);
    const f = facts("Livraison ratée");
    expect(ruleMatches(all, f, open)).toBe(false);
    expect(f.words).toBeUndefined(); // the platform said no first: the text was never split
    expect(ruleMatches(rule([{ field: "text", op: "any", words: ["livraison"] }, { field: "platform", in: ["X"] }], "any"), facts("Livraison ratée"), open)).toBe(true);
  });

  it("links, marks, followers, sentiment, business hours and tags", () => {
    expect(ruleMatches(rule([{ field: "has_link", value: true }]), facts("Gagnez ici www.promo-folle.com"), open)).toBe(true);
    expect(ruleMatches(rule([{ field: "has_link", value: true }]), facts("Rien à signaler"), open)).toBe(false);
    expect(ruleMatches(rule([{ field: "author_mark", in: ["vip"] }]), facts("x", { signals: ["VIP"] }), open)).toBe(true);
    expect(ruleMatches(rule([{ field: "followers", op: "at_least", value: 10000 }]), facts("x", { followers: 12000 }), open)).toBe(true);
    expect(ruleMatches(rule([{ field: "followers", op: "at_least", value: 10000 }]), facts("x"), open)).toBe(false); // unknown is not enough
    expect(ruleMatches(rule([{ field: "sentiment", op: "below", value: -40 }]), facts("x", { messages: [{ id: "m", body: "x", visibility: "PUBLIC", externalId: null, sentiment: -60, at: new Date() }] }), open)).toBe(true);
    expect(ruleMatches(rule([{ field: "business_hours", value: false }]), facts("x"), { businessOpen: false })).toBe(true);
    expect(ruleMatches(rule([{ field: "tag", op: "lacks", value: "spam" }]), facts("x", { tags: ["spam"] }), open)).toBe(false);
  });

  it("runs a pattern on the first 5,000 characters only", () => {
    const r = rule([{ field: "text_pattern", pattern: "fin$" }]);
    expect(ruleMatches(r, facts("début fin"), open)).toBe(true);
    expect(ruleMatches(r, facts(`${"a".repeat(6000)} fin`), open)).toBe(false);
  });
});
