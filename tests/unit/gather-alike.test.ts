// The third pass of incident grouping (gather-alike.ts): a complaint read as no problem type, or as a type of
// the wave's category that the first passes did not take, joins the wave it is most alike by what it says; an
// unrelated complaint does not, nor one read as a problem of another category.
import { describe, expect, it } from "vitest";
import { gatherAlike } from "@/lib/incidents/gather-alike";
import { DEFAULT_GROUPING, type ComplaintDoc, type ComplaintGroup } from "@/lib/incidents/group-complaints";

const at = new Date("2026-11-20T10:00:00Z");
const doc = (id: string, problem: string | null, concepts: string[], terms: string[]): ComplaintDoc =>
  ({ caseId: id, contactId: `contact-${id}`, at, problem, concepts, terms, entities: {}, lang: "fr" });

const wave = [
  doc("w1", "delivery.lost", ["PARCEL", "LOST", "NEVER"], ["colis", "perdu", "transporteur", "relais"]),
  doc("w2", "delivery.lost", ["PARCEL", "LOST", "STILL"], ["colis", "perdu", "relais", "suivi"]),
  doc("w3", "delivery.lost", ["PARCEL", "NOT_RECEIVED", "LOST"], ["colis", "transporteur", "suivi"]),
];
// Noise: other complaints of the window, so that what every complaint says weighs little.
const noise = [
  doc("n1", "payment.double_charge", ["CHARGE", "TWICE", "STILL"], ["prelev", "deux", "fois", "carte"]),
  doc("n2", "account.login", ["LOGIN", "APP", "NEVER"], ["connect", "appli", "mot", "pass"]),
  doc("n3", null, ["STILL", "NEVER"], ["magasin", "ferm", "samed"]),
];

function firstWave(): ComplaintGroup {
  return {
    problem: "delivery.lost", caseIds: wave.map((d) => d.caseId), contactIds: new Set(wave.map((d) => d.contactId)), incidentId: null,
    firstAt: at, lastAt: at, entities: new Map(), langs: { fr: 3, en: 0 },
  };
}

describe("gatherAlike", () => {
  it("lets a complaint of no type, told in the wave's words, join it", () => {
    const untyped = doc("u1", null, ["PARCEL", "STILL"], ["colis", "relais", "suivi", "perdu"]);
    const [g] = gatherAlike([firstWave()], [...wave, ...noise, untyped], DEFAULT_GROUPING);
    expect(g!.caseIds).toContain("u1");
    expect(g!.contactIds.has("contact-u1")).toBe(true);
  });

  it("leaves out unrelated complaints and a complaint of another category, even in the wave's words", () => {
    const other = doc("o1", "payment.double_charge", ["PARCEL", "CHARGE"], ["colis", "relais", "suivi", "perdu"]);
    const [g] = gatherAlike([firstWave()], [...wave, ...noise, other], DEFAULT_GROUPING);
    expect(g!.caseIds.sort()).toEqual(["w1", "w2", "w3"]);
  });

  it("keeps to the time window", () => {
    const late = { ...doc("l1", null, ["PARCEL", "STILL"], ["colis", "relais", "suivi", "perdu"]), at: new Date(at.getTime() + 10 * 86_400_000) };
    const [g] = gatherAlike([firstWave()], [...wave, ...noise, late], DEFAULT_GROUPING);
    expect(g!.caseIds).not.toContain("l1");
  });
});
