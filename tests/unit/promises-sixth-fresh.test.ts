// Ideas the sixth fresh promises file (tests/text-eval/fresh/promises-f6.tsv, 141 replies without a promise that
// look like one) found, in our own words (issue #18 §5: no false follow-up on a reply without a promise).
import { describe, expect, it } from "vitest";
import { DateTime } from "luxon";
import { detectPromise } from "@/lib/followups/detect-promise";
import { PARIS, at, read } from "../helpers/paris-promises";

describe("promises: sixth fresh check's ideas", () => {
  it("makes no follow-up of an announcement or a promotion for everyone", () => {
    expect(read("Rendez-vous jeudi à 19h pour un live shopping spécial printemps !")).toBe("none");
    expect(read("We'll be at the Lille craft fair on Saturday, come say hi at stand 14")).toBe("none");
    expect(read("Frais de port offerts jusqu'à dimanche pour toutes vos commandes 🌷")).toBe("none");
  });
  it("makes no follow-up of opening hours said of a whole sentence, unless a clause of it commits", () => {
    expect(read("Le magasin est ouvert du mardi au samedi, et le lundi après-midi en avril.")).toBe("none");
    expect(read("The helpline is closed today, so Thursday morning is the quickest time to call.")).toBe("none");
    expect(read("Le SAV est fermé aujourd'hui, mais un technicien vous rappelle jeudi.")).toBe("dated");
  });
  it("makes no follow-up of someone else's estimate, the customer's own step or something already done", () => {
    expect(read("Colissimo indique une livraison jeudi, c'est leur estimation, on n'a pas la main dessus.")).toBe("none");
    expect(read("All you need to do is post it back whenever suits you, Friday for instance.")).toBe("none");
    expect(read("Our billing team already wrote to you on Friday with the credit note.")).toBe("none");
    expect(read("Comme vu ensemble au téléphone, l'avoir est déjà crédité ce jour.")).toBe("none");
  });
  it("reads 'last Thursday' and a date that has passed as the past, never next year", () => {
    expect(read("Sorry again that the callback we arranged last Thursday never happened.")).toBe("none");
    expect(read("Your subscription ended on 2 March, so it cannot be paused any more.")).toBe("none");
  });
  it("still reads a promise after a hedge or a bare greeting", () => {
    const p = detectPromise("Evening! I'll call you back tomorrow, likely around 11.", at, PARIS);
    expect(p?.dueAt && DateTime.fromJSDate(p.dueAt).setZone("Europe/Paris").toISODate()).toBe("2026-03-11");
  });
});
