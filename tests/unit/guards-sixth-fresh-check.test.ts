// Ideas the sixth fresh check of the draft guards (tests/text-eval/fresh/guards-f6.tsv) found, in our own words.
// (The learned model kept off words a negation cleared is guards-check.test.ts's "keeps empathy that looks like a rule".)
import { describe, expect, it } from "vitest";
import { checkGuards } from "@/lib/guards/check-guards";

const personal = (text: string, locale: "fr" | "en") =>
  checkGuards(text, { visibility: "public", locale, settings: { publicContacts: [] } }).filter((w) => w.kind === "personal-data").map((w) => w.severity);

describe("guards: sixth fresh check", () => {
  it("reads the nearest shop's address as the brand's (a warning to list it, never a block)", () => {
    expect(personal("Désolés, l'agence de Nantes est fermée pour travaux. La plus proche est au 3 place Royale, 44000 Nantes.", "fr")).not.toContain("high");
    expect(personal("Sorry about that! The nearest branch is at 21 Market Street, Leeds LS1 6DT, open until 6pm.", "en")).not.toContain("high");
    // The customer's own address stays personal data in public.
    expect(personal("Le livreur l'a déposé au 3 place Royale, 44000 Nantes, devant votre porte.", "fr")).toContain("high");
  });
});
