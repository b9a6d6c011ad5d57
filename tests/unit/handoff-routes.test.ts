// The routes our replies give (issue #25) and the composer's warning on one that failed: one route however it is
// written (national or international phone, case of an e-mail, a link with or without scheme), only the routes
// that failed, named with the case's kind of problem when they failed for it.
import { describe, expect, it } from "vitest";
import { findFailedRoutes } from "@/lib/handoff/check-failed-routes";
import { findRoutes } from "@/lib/handoff/find-routes";
import { STAFF_WORDS } from "@/lib/staff/suggest-staff-identities";
import { fold } from "@/lib/text/fold";

describe("findRoutes", () => {
  it("recognises phones, e-mails, links and departments, keyed so that spellings of one route meet", () => {
    const a = findRoutes("Appelez le 01 23 45 67 89 ou écrivez à SAV@Example.fr, voir https://www.example.fr/aide/");
    const b = findRoutes("Call +33 1 23 45 67 89, email sav@example.fr or see example.fr/aide… www.example.fr/aide");
    expect(a.map((r) => r.route)).toEqual(["phone:123456789", "email:sav@example.fr", "url:example.fr/aide"]);
    expect(b.map((r) => r.route)).toEqual(expect.arrayContaining(["phone:123456789", "email:sav@example.fr", "url:example.fr/aide"]));
    expect(findRoutes("Contact our returns team or le service consommateurs").map((r) => r.route))
      .toEqual(["department:returns team", "department:service consommateurs"]);
    expect(findRoutes("Nous regardons votre dossier, merci de votre patience.")).toEqual([]);
  });
});

describe("findFailedRoutes", () => {
  const failed = [{ route: "phone:123456789", family: "delivery", count: 3 }, { route: "email:sav@example.fr", family: "billing", count: 1 }];
  it("warns on a route that failed, with the count for this kind of problem", () => {
    const [f] = findFailedRoutes("Appelez le 01 23 45 67 89.", failed, "delivery");
    expect(f).toMatchObject({ kind: "phone", count: 3, family: "delivery" });
  });
  it("still warns, without a kind, when the route failed only for another kind", () => {
    expect(findFailedRoutes("écrivez à sav@example.fr", failed, "delivery")).toEqual([expect.objectContaining({ kind: "email", count: 1, family: null })]);
  });
  it("is silent on routes that never failed", () => {
    expect(findFailedRoutes("Appelez le 09 70 80 90 10", failed, "delivery")).toEqual([]);
  });
});

describe("staff words (suggestions)", () => {
  it.each(["je bosse chez vous depuis 5 ans", "Comme vendeuse je peux vous dire que", "I worked at your Leeds branch", "As an employee I can say"])("suggests: %s", (t) => {
    expect(STAFF_WORDS.test(fold(t))).toBe(true);
  });
  it.each(["je travaille demain, livrez samedi", "my team at work loves your coffee", "on est pas contents", "nos enfants adorent"])("leaves alone: %s", (t) => {
    expect(STAFF_WORDS.test(fold(t))).toBe(false);
  });
});
