import { describe, expect, it } from "vitest";
import { checkGuards, blockingFindings } from "@/lib/guards/check-guards";
import { ruleText, originalSpan } from "@/lib/guards/rule-text";
import { findPersonalData } from "@/lib/guards/check-personal-data";
import { loadDrafts, loadPairs, toneCategory } from "../guards/load-set";

const pub = { visibility: "public" as const, locale: "fr" as const };
const tone = (text: string) => checkGuards(text, pub).filter((w) => w.kind === "tone" && w.severity !== "info");
const span = (text: string, w: { start?: number; end?: number }) => text.slice(w.start, w.end);

describe("guards: the seeds' brand replies (acceptance)", () => {
  const seeds = loadDrafts().filter((d) => d.source === "seed000" || d.source === "seed001");
  it("has every brand reply of seeds 000 and 001 in the set", () => {
    expect(seeds.filter((d) => d.source === "seed001")).toHaveLength(5);
    expect(seeds.filter((d) => d.source === "seed000").length).toBeGreaterThanOrEqual(3);
  });
  for (const d of seeds) {
    it(`${d.source}: ${d.text.slice(0, 50)}…`, () => {
      const ws = checkGuards(d.text, { visibility: "public", locale: "fr" });
      const cats = ws.filter((w) => w.kind === "tone" && w.severity !== "info").map((w) => w.category);
      if (d.tone.length === 0) expect(cats).toEqual([]);
      for (const c of d.tone.map(toneCategory).filter((c) => c !== null)) expect(cats).toContain(c);
      const pd = ws.filter((w) => w.kind === "personal-data").map((w) => w.category);
      for (const c of d.personal) expect(pd).toContain(c);
    });
  }
  it("flags the seed 001 second canned answer as a copy of the first, with its date", () => {
    const pair = loadPairs().find((p) => p.source === "seed001" && p.duplicate)!;
    const ws = checkGuards(pair.draft, { visibility: "public", locale: "fr", earlierReplies: [{ body: pair.earlier, at: "2026-01-14T09:24:00Z" }] });
    const dup = ws.find((w) => w.kind === "duplicate")!;
    expect(dup.severity).toBe("high");
    expect(dup.message).toContain("14 janv. 2026");
  });
});

describe("guards: normalisation", () => {
  it("folds accents and case, splits elisions and curly apostrophes, and maps spans back", () => {
    const draft = "Notre page N’EST PAS un DÉFOULOIR !";
    const f = ruleText(draft);
    expect(f.text).toBe("notre page n est pas un defouloir |");
    const i = f.text.indexOf("defouloir");
    expect(draft.slice(originalSpan(f, i, i + 9, draft).start, originalSpan(f, i, i + 9, draft).end)).toBe("DÉFOULOIR");
  });
  it("highlights exactly what was typed", () => {
    const text = "Bonjour. Notre page n’est pas un défouloir, merci.";
    const [w] = tone(text);
    expect(span(text, w!)).toBe("pas un défouloir");
  });
  it("reads informal spellings and missing accents", () => {
    expect(tone("ici c pas le sav, faut appeler le service client").map((w) => w.category)).toContain("deflection");
    expect(tone("ca peut arriver n importe ou").map((w) => w.category)).toContain("minimising");
    expect(tone("y a pas qu a nous que ca arrive").map((w) => w.category)).toContain("minimising");
    expect(tone("this isnt the right place for this").map((w) => w.category)).toContain("deflection");
  });
});

describe("guards: negation and allowed phrasings", () => {
  it("keeps empathy that looks like a rule", () => {
    expect(tone("Ce n'est pas normal, vous avez raison.")).toEqual([]);
    expect(tone("Ce n'est pas de votre faute : l'erreur vient de notre entrepôt.")).toEqual([]);
    expect(tone("Nous ne vous bloquerons pas et ne supprimerons pas votre message.")).toEqual([]);
    expect(tone("We will never ban you for a complaint.")).toEqual([]);
  });
  it("still flags the negative forms that are the problem", () => {
    expect(tone("Ce n'est pas notre faute.").map((w) => w.category)).toEqual(["blame"]);
    expect(tone("Notre page n'est pas dédiée aux réclamations.").map((w) => w.category)).toEqual(["deflection"]);
  });
  it("lol vous êtes vraiment pénible 🙄: sarcasm (a warning) and an insult (high)", () => {
    const ws = tone("lol vous êtes vraiment pénible 🙄");
    expect(new Set(ws.map((w) => w.category))).toEqual(new Set(["sarcasm", "dismissal"]));
    expect(blockingFindings(ws).map((w) => w.category)).toEqual(["dismissal"]);
  });
  it("uses the workspace's own lists", () => {
    const lists = { flagPhrases: ["pas de geste commercial"], allowPhrases: ["notre service client vous rappelle"] };
    const ws = checkGuards("Désolés, pas de gestes commerciaux possibles.", { ...pub, settings: lists });
    expect(ws.find((w) => w.category === "custom")?.message).toContain("pas de geste commercial");
  });
});

describe("guards: personal data", () => {
  const cats = (t: string) => findPersonalData(t).map((f) => f.category);
  it("finds phones, e-mails, IBANs, order numbers and addresses", () => {
    expect(cats("Appelez le 06.12.34.56.78 ou le +44 20 7946 0958")).toEqual(["phone", "phone"]);
    expect(cats("écrivez à jean.dupont@orange.fr")).toEqual(["email"]);
    expect(cats("RIB FR76 3000 6000 0112 3456 7890 189")).toEqual(["iban"]);
    expect(cats("au 12 rue des Lilas, 75011 Paris")).toEqual(["address", "address"]);
  });
  it("does not take an order number or an amount for a phone", () => {
    expect(cats("votre commande n°123456789")).toEqual(["order_number"]);
    expect(cats("500 euros, 3 jours, le 14 janvier 2026")).toEqual([]);
  });
  it("uses the workspace's order-number pattern", () => {
    expect(findPersonalData("dossier XK-99812", "XK-\\d{5}").map((f) => f.category)).toEqual(["order_number"]);
  });
  it("finds a date of birth, an identity document number and UK bank details next to the words that name them", () => {
    expect(cats("Nous avons mis à jour votre date de naissance : 7 février 1984.")).toEqual(["birth_date"]);
    expect(cats("the member born on 30/01/1975 is verified")).toEqual(["birth_date"]);
    expect(cats("votre passeport n° 21AB99831 est bien enregistré")).toEqual(["id_document"]);
    expect(cats("the driving licence DOEJ8812209AB7CD is valid")).toEqual(["id_document"]);
    expect(cats("refund sent to sort code 40-11-62, account 12345678")).toEqual(["bank_account", "bank_account"]);
    // A delivery date, a passport office, a sort code named without one: nothing.
    expect(cats("livraison prévue le 12/03/2026, the passport office is open, what is your sort code?")).toEqual([]);
  });
  it("finds a public draft that asks the customer to post personal details there, not one that asks in private", () => {
    const asks = (t: string) => checkGuards(t, pub).filter((w) => w.kind === "personal-data").map((w) => `${w.category}/${w.severity}`);
    expect(asks("Pouvez-vous nous laisser votre numéro de téléphone en commentaire ? On vous rappelle.")).toEqual(["request/high"]);
    expect(asks("Could you share your email address and date of birth so we can check the account?")).toEqual(["request/warning"]);
    expect(asks("Pouvez-vous nous envoyer votre adresse en message privé ? On s'en occupe.")).toEqual([]);
    expect(asks("Please DM us your phone number and we'll call you back today.")).toEqual([]);
  });
  it("flags them in public drafts only", () => {
    const t = "Je vous rappelle au 06 12 34 56 78.";
    expect(checkGuards(t, pub).map((w) => w.kind)).toEqual(["personal-data"]);
    expect(checkGuards(t, { ...pub, visibility: "private" })).toEqual([]);
  });
});

describe("guards: copy-paste", () => {
  const earlier = [{ body: "Bonjour, nous sommes désolés pour ce retard. Pouvez-vous nous envoyer votre numéro de commande en message privé ?", at: new Date("2026-01-14T09:24:00Z") }];
  it("flags a pasted twin but not a first use or a short thank-you", () => {
    expect(checkGuards(earlier[0]!.body, { ...pub, earlierReplies: earlier }).some((w) => w.kind === "duplicate")).toBe(true);
    expect(checkGuards(earlier[0]!.body, { ...pub, earlierReplies: [] }).some((w) => w.kind === "duplicate")).toBe(false);
    expect(checkGuards("Merci !", { ...pub, earlierReplies: [{ body: "Merci !", at: new Date() }] })).toEqual([]);
  });
  it("names the canned reply when it was already used", () => {
    const canned = [{ id: "c1", title: "Retard", body: earlier[0]!.body }];
    const [w] = checkGuards(earlier[0]!.body, { ...pub, earlierReplies: earlier, cannedReplies: canned }).filter((x) => x.kind === "duplicate");
    expect(w!.message).toContain("« Retard »");
  });
});

describe("guards: first answer to a complaint", () => {
  it("asks for an apology and a next step, and is satisfied by them", () => {
    const kinds = (t: string) => checkGuards(t, { ...pub, firstAnswer: true }).map((w) => w.kind);
    expect(kinds("Bonjour, votre commande a été expédiée.")).toEqual(["missing-apology", "missing-next-step"]);
    expect(kinds("Désolés pour ce retard ! Je regarde votre commande et je reviens vers vous avant midi.")).toEqual([]);
  });
});

describe("guards: the learned tone model behind the rules", () => {
  const rulesOnly = (text: string) => checkGuards(text, { ...pub, toneModel: false }).filter((w) => w.kind === "tone" && w.severity !== "info");
  it("flags the issue's deflection example", () => {
    expect(tone("pas destinée aux réclamations, appelez le 01…").map((w) => w.category)).toContain("deflection");
  });
  it("never blocks on its own (a statistical guess is a warning, not a stop)", () => {
    for (const d of loadDrafts()) {
      const model = tone(d.text).filter((w) => !rulesOnly(d.text).some((r) => r.start === w.start && r.category === w.category));
      expect(blockingFindings(model)).toEqual([]);
    }
  });
  it("stays silent on a short thank-you and on a draft being started", () => {
    for (const t of ["Merci !", "Bonjour Claire", "ok", "Thanks!", "Hi Mark,"]) expect(tone(t)).toEqual([]);
  });
});
