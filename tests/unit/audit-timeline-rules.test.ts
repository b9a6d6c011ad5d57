// Issue #22 "never a surprise": a rule's action reads on the case timeline with the rule's name and version, in
// English and in French; a person's action reads as before.
import { describe, expect, it } from "vitest";
import { auditSentence } from "@/components/case/audit-timeline";
import { DICTIONARIES, type Locale, type MessageKey } from "@/lib/i18n/messages";

const t = (locale: Locale) => (k: MessageKey) => DICTIONARIES[locale][k];
const rule = { id: "r1", name: "Livraison → équipe logistique", version: 3 };
const event = (action: string, data: Record<string, unknown>, actor: { name: string } | null = null) =>
  ({ id: 1n, action, actorKind: actor ? "USER" : "SYSTEM", actor, data, createdAt: new Date("2026-12-01T10:00:00Z") }) as never;

describe("timeline sentences for rules", () => {
  it("names the person assigned and the rule with its version", () => {
    const e = event("CASE_ASSIGNED", { toUser: "u1", toName: "Sophie", rule });
    expect(auditSentence(e, t("en"), "en")).toBe("Assigned to Sophie by rule “Livraison → équipe logistique” v3.");
    expect(auditSentence(e, t("fr"), "fr")).toBe("Assigné à Sophie par la règle «\u202fLivraison → équipe logistique\u202f» v3.");
  });

  it("says why a case went to a team with nobody picked", () => {
    const e = event("CASE_ASSIGNED", { toUser: null, toName: null, teamName: "Logistique", why: "nobody_available", rule });
    expect(auditSentence(e, t("en"), "en")).toMatch(/^Given to the team Logistique by rule “Livraison → équipe logistique” v3: nobody in it was available/);
  });

  it("lists the tags a rule added, and capitalises a sentence that opens with the rule", () => {
    expect(auditSentence(event("CASE_TAGS_CHANGED", { from: [], to: ["livraison"], added: ["livraison"], rule }), t("en"), "en"))
      .toBe("Tagged livraison by rule “Livraison → équipe logistique” v3.");
    expect(auditSentence(event("MESSAGE_HIDDEN_BY_US", { hidden: true, reason: "spam", rule }), t("en"), "en")).toMatch(/^Rule “Livraison → équipe logistique” v3 /);
  });

  it("says in the reader's language why a rule did not hide a complaint", () => {
    const e = event("RULE_ACTION_REFUSED", { action: "hide_spam", code: "complaint", problem: "parcel.lost", reason: "Not hidden: …", rule });
    expect(auditSentence(e, t("fr"), "fr")).toMatch(/^La règle «\u202fLivraison → équipe logistique\u202f» v3 n'a pas masqué ce message\u202f: il se lit comme une réclamation/);
  });

  it("reads a person's change as before", () => {
    expect(auditSentence(event("CASE_ASSIGNED", { toUser: "u1" }, { name: "Marc" }), t("en"), "en")).toBe("Marc changed who owns the case.");
  });
});
