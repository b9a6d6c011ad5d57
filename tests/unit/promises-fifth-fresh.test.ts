// Ideas the fifth fresh promises file (tests/text-eval/fresh/promises-f5.tsv) found, in our own words (issue #18
// §5): replies that name a time but promise nothing, and vague promises in shapes the reader missed.
import { describe, expect, it } from "vitest";
import { read } from "../helpers/paris-promises";

describe("promises: fifth fresh check's ideas", () => {
  it("makes no follow-up of a time that is not our promise", () => {
    expect(read("Sure, just drop it at the shop on Thursday with the receipt.")).toBe("none");
    expect(read("Le vernis sèche en 12h, attendez demain pour la deuxième couche.")).toBe("none");
    expect(read("Bon week-end à vous, et bonne semaine qui arrive lundi !")).toBe("none");
    expect(read("Toute l'équipe vous souhaite de joyeuses fêtes, à l'année prochaine !")).toBe("none");
    expect(read("Our spring sale begins on Monday, see you there!")).toBe("none");
    expect(read("Attention, nos magasins fermeront à 17h le 31 décembre.")).toBe("none");
    expect(read("Parfait, vous nous renverrez donc le formulaire jeudi.")).toBe("none");
  });
  it("reads vague promises with an inclusive ending or an infinitive call", () => {
    expect(read("Vous serez recontacté(e) sous peu.")).toBe("vague");
    expect(read("Un conseiller va t'appeler pour fixer un rendez-vous.")).toBe("vague");
    expect(read("Our billing team will reply to you directly.")).toBe("vague");
  });
  it("still reads the brand's own dated promises", () => {
    expect(read("Sure, we'll send the new charger on Thursday.")).toBe("dated");
    expect(read("Bon week-end ! Le technicien passera lundi matin.")).toBe("dated");
  });
});
