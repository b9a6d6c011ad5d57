// Issue #19, the tone check: each defect the issue reported, quoted, and the same ideas in other words (both
// languages); quoted text is the customer's; false resolution against the customer's own words; negation that is
// information; `high` only where the development half shows it is sure.
import { describe, expect, it } from "vitest";
import { checkGuards, type GuardContext } from "@/lib/guards/check-guards";
import { loadHalf } from "../text-eval/corpus";

const ctx = (customer?: string, locale: "fr" | "en" = "fr"): GuardContext => ({
  visibility: "public", locale, ...(customer ? { customerMessages: [customer] } : {}),
});
const tone = (text: string, customer?: string) => checkGuards(text, ctx(customer)).filter((w) => w.kind === "tone");
const cats = (text: string, customer?: string) => tone(text, customer).map((w) => w.category);

describe("tone: no false alarm on good replies (issue #19)", () => {
  it("a reply that quotes the customer to apologise is not deflection", () => {
    expect(tone("On vous a répondu « ce n'est pas notre service » ? Ce n'est pas acceptable, toutes nos excuses.")).toEqual([]);
    expect(tone("You were told \"that's not our department\"? That's not OK, we're sorry. I'm on it now.")).toEqual([]);
    expect(tone("> ce n'est pas notre service\nC'est inacceptable, pardon : je reprends votre dossier moi-même.")).toEqual([]);
    // Copied from the customer's message without quotation marks.
    const customer = "Le SAV m'a dit que ce n'est pas de leur ressort, c'est scandaleux";
    expect(tone("Le SAV vous a dit que ce n'est pas de leur ressort ? Pardon, je m'en occupe aujourd'hui.", customer)).toEqual([]);
  });
  it("negation that is information is not dismissal or deflection", () => {
    for (const t of [
      "Non, vous n'avez rien à payer pour le retour : l'étiquette est prépayée.",
      "We don't charge for returns within 30 days.",
      "Vous n'avez pas besoin d'imprimer quoi que ce soit, le code suffit.",
      "No, you won't need to pay anything: the replacement is on us.",
      "Il n'y a aucuns frais de retour sous 30 jours.",
      "There's no restocking fee, and you don't need the original box.",
    ]) expect(cats(t), t).toEqual([]);
  });
  it("thanks and compliments passed on, product information and a plain closing are not flagged", () => {
    for (const t of [
      "Merci pour ce retour Paul, on transmet vos compliments à l'équipe de Lille !",
      "Thanks Paul, we'll pass your compliments on to the Leeds team!",
      "Oui, ce modèle existe aussi en bleu marine.",
      "Yes, this model also comes in navy blue.",
      "Merci, bon week-end à vous aussi !",
      "Got them, thanks, looking now.",
    ]) expect(cats(t), t).toEqual([]);
  });
});

describe("tone: contractions and informal spellings through lib/text", () => {
  it("reads isn't / can't / c pas as their full words", () => {
    expect(cats("This isn't the place for complaints, please call our helpline.")).toContain("deflection");
    expect(cats("This isnt the right channel for that.")).toContain("deflection");
    expect(cats("c pas notre service, voyez avec le transporteur")).toContain("deflection");
    expect(cats("We can't do anything more for you on this one.")).toContain("dismissal");
  });
});

describe("tone: false resolution against the customer's words", () => {
  it("a closed/resolved claim while the customer says it is NOT is a warning, both languages", () => {
    const en = tone("Your issue has been marked as resolved in our system. Closing this ticket now.", "It is NOT fixed. Still broken.");
    expect(en.map((w) => [w.category, w.severity])).toContainEqual(["false-resolution", "warning"]);
    const fr = tone("Votre dossier a été clôturé comme résolu. Bonne journée.", "Toujours rien reçu, rien n'est réglé !");
    expect(fr.map((w) => [w.category, w.severity])).toContainEqual(["false-resolution", "warning"]);
    expect(cats("Everything's sorted on our side, have a nice day!", "still no parcel, still waiting")).toContain("false-resolution");
    expect(cats("C'est réglé de notre côté, tout est en ordre.", "Je n'ai toujours pas été remboursée")).toContain("false-resolution");
  });
  it("the same words after the customer confirms are fine", () => {
    expect(cats("Glad it's sorted! We've closed the case on our side.", "All working now, thanks!")).toEqual([]);
    expect(cats("Ravis que ce soit réglé, nous clôturons le dossier.", "Colis reçu ce matin, merci !")).toEqual([]);
  });
});

describe("tone: categories that explain themselves", () => {
  const cases: [string, string][] = [
    ["Nous ne sommes que revendeur, voyez directement avec le fabricant.", "deflection"],
    ["Those orders are handled by the marketplace seller, not by us.", "deflection"],
    ["Notre décision est définitive, inutile d'insister.", "dismissal"],
    ["It is what it is, rules are rules.", "dismissal"],
    ["Félicitations, vous avez enfin lu nos conditions !", "sarcasm"],
    ["We don't have a magic wand, sorry.", "sarcasm"],
    ["Vous auriez dû vérifier la taille avant de commander.", "blame"],
    ["You should have read the product page.", "blame"],
    ["Si vous continuez à nous dénigrer, le geste commercial sera annulé.", "threat"],
    ["Delete your review first, then we'll talk about the refund.", "threat"],
    ["Ce n'est qu'un défaut esthétique, la table reste parfaitement fonctionnelle.", "minimising"],
    ["Delays like these are completely normal during the sales.", "minimising"],
  ];
  for (const [text, category] of cases) {
    it(`${category}: ${text}`, () => {
      const ws = tone(text);
      const w = ws.find((x) => x.category === category);
      expect(w, JSON.stringify(ws)).toBeDefined();
      expect(text.slice(w!.start, w!.end).length).toBeGreaterThan(0);
      // Why it hurts and a better wording, in the page's language.
      expect(w!.message).toMatch(/Mieux\s:|À ne jamais faire/);
    });
  }
  it("messages come in English too", () => {
    const [w] = checkGuards("You should have read the product page.", ctx(undefined, "en")).filter((x) => x.kind === "tone");
    expect(w!.message).toMatch(/^Blame: .*Better: /);
  });
});

describe("tone: blocking only when sure", () => {
  it("high only for unambiguous hostility", () => {
    const high = (t: string) => tone(t).filter((w) => w.severity === "high").map((w) => w.category);
    expect(high("Comme vous vous êtes plainte sur Facebook, votre colis ne sera ni remboursé ni re-livré.")).toEqual(["threat"]);
    expect(high("Since you complained publicly, your refund will not be processed.")).toEqual(["threat"]);
    expect(high("One more comment like this and we will ban you.")).toEqual(["threat"]);
    expect(high("Notre page n'est pas un défouloir.")).toEqual(["dismissal"]);
    expect(high("Your issue has been marked as resolved.")).toEqual([]);
    expect(high("Please contact our customer service by phone.")).toEqual([]);
  });
  it("on the development half, `high` tone findings are right at least 97 % of the time, and no good draft is blocked by tone", () => {
    const rows = loadHalf("guards", "dev");
    let hit = 0;
    let all = 0;
    for (const r of rows) {
      const ws = checkGuards(r.text, { visibility: r.visibility as "public", customerMessages: r.customer !== "-" ? [r.customer!] : [] });
      if (!ws.some((w) => w.kind === "tone" && w.severity === "high")) continue;
      all++;
      if (r.expect!.includes("tone:")) hit++;
      else expect(r.expect, r.text).not.toBe("good");
    }
    expect(all).toBeGreaterThan(10);
    expect(hit / all).toBeGreaterThanOrEqual(0.97);
  });
});
