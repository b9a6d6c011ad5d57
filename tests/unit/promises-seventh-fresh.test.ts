// Ideas the seventh fresh promises file (tests/text-eval/fresh/promises-f7.tsv: dates that are information) found,
// in our own words (issue #18 §5: no false follow-up on a reply without a promise).
import { describe, expect, it } from "vitest";
import { read } from "../helpers/paris-promises";

describe("promises: seventh fresh check's ideas", () => {
  it("makes no follow-up of a date someone else sets or estimates", () => {
    expect(read("Enedis coupera le courant dans votre rue jeudi de 9h à 11h pour des travaux.")).toBe("none");
    expect(read("The album is due out on 3 April, although the publisher can still move it.")).toBe("none");
  });
  it("makes no follow-up of a timetable, a sale opening or a booking the customer made", () => {
    expect(read("Le bus de 18h10 part à 18h20 à partir de lundi, pensez à vérifier l'appli.")).toBe("none");
    expect(read("Tickets for the second show go on sale on Friday at 10am.")).toBe("none");
    expect(read("Your table is booked for Saturday at 8pm, see you then!")).toBe("none");
  });
  it("still reads our own commitments next to such information", () => {
    expect(read("L'intervention aura lieu jeudi, on s'occupe de prévenir le syndic.")).toBe("dated");
    expect(read("Le colis partira ce soir depuis notre entrepôt.")).toBe("dated");
    expect(read("La comptabilité vous enverra l'avoir sous 2 jours ouvrés.")).toBe("dated");
  });
  it("reads a restated plan of the customer's and a wish as no promise", () => {
    expect(read("Bien noté que vous repasserez en agence vendredi avec le justificatif.")).toBe("none");
    expect(read("On vous souhaite une belle fête pour le mariage samedi !")).toBe("none");
  });
});
