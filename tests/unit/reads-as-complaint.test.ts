// What "No reply needed" and the plain Close refuse (lib/cases/reads-as-complaint.ts): a stated problem or a
// negative tone. Praise that names the staff or the welcome ("accueil") is not a complaint about them (issue #26:
// a thank-you to a shop's team was refused as "staff.rude"); a bad welcome still is.
import { describe, expect, it } from "vitest";
import { readsAsComplaint } from "@/lib/cases/reads-as-complaint";
import { scoreMessage } from "@/lib/scoring/score-message";

const read = (text: string, lang: "fr" | "en") => readsAsComplaint([text], scoreMessage(text, { lang }).sentiment, lang);

describe("readsAsComplaint", () => {
  it("does not read praise of a shop's welcome or team as a complaint", () => {
    for (const t of ["Bravo à l'équipe du magasin de Lille, super accueil !", "Merci pour l'accueil chaleureux en boutique hier", "Toujours un très bon accueil à l'agence de Nantes"]) {
      expect(read(t, "fr"), t).toMatchObject({ complaint: false });
    }
  });
  it("still reads a bad welcome or rude staff as one", () => {
    expect(read("Accueil déplorable au magasin, la vendeuse m'a parlé comme à un chien", "fr")).toMatchObject({ complaint: true });
    expect(read("The staff at the Leeds store were rude and dismissive", "en")).toMatchObject({ complaint: true });
  });
  it("does not read an opening-hours question as one", () => {
    expect(read("Super ! Vous êtes ouverts le dimanche ?", "fr")).toMatchObject({ complaint: false });
  });
});
