// The satisfaction-answer reader, measured on a labelled French/English set (answers as customers write them:
// lower case, no accents, emoji, ratings). The figure is printed; the test fails under 90 % and on any
// dissatisfied answer read as satisfied (that would close a case the customer says is not fixed: R6).
import { describe, expect, it } from "vitest";
import { classifyAnswer } from "@/lib/resolution/classify-answer";

type Label = "satisfied" | "dissatisfied" | "unclear";
const SET: [string, Label, number?][] = [
  ["oui merci c'est réglé", "satisfied", 5],
  ["Oui merci", "satisfied"],
  ["c'est bon, merci beaucoup !", "satisfied"],
  ["C’est bon", "satisfied"],
  ["parfait, bien reçu l'armoire", "satisfied"],
  ["nickel merci", "satisfied"],
  ["Problème réglé, merci pour votre aide", "satisfied"],
  ["oui tout est ok", "satisfied"],
  ["👍", "satisfied"],
  ["merci 🙏", "satisfied"],
  ["5", "satisfied", 5],
  ["4/5", "satisfied", 4],
  ["je donne 4 sur 5", "satisfied", 4],
  ["⭐⭐⭐⭐⭐", "satisfied", 5],
  ["yes thanks", "satisfied"],
  ["Yes, all sorted, thank you", "satisfied"],
  ["it's fixed, thanks!", "satisfied"],
  ["great, received it today", "satisfied"],
  ["perfect 👌", "satisfied"],
  ["rating: 5", "satisfied", 5],
  ["à ce jour, le problème n’est pas résolu…. la livraison n’était toujours pas conforme", "dissatisfied"],
  ["non", "dissatisfied"],
  ["Non toujours rien reçu", "dissatisfied"],
  ["merci mais ce n'est toujours pas réglé", "dissatisfied"],
  ["pas du tout, personne ne m'a rappelé", "dissatisfied"],
  ["toujours pas de nouvelles", "dissatisfied"],
  ["le colis n'est pas arrivé", "dissatisfied"],
  ["ça ne marche toujours pas", "dissatisfied"],
  ["aucune nouvelle depuis une semaine", "dissatisfied"],
  ["2", "dissatisfied", 2],
  ["1/5", "dissatisfied", 1],
  ["👎", "dissatisfied"],
  ["no", "dissatisfied"],
  ["No, still waiting for the refund", "dissatisfied"],
  ["thanks but it's not fixed", "dissatisfied"],
  ["it doesn't work", "dissatisfied"],
  ["I haven't received anything", "dissatisfied"],
  ["very disappointed", "dissatisfied"],
  ["qui êtes-vous ?", "unclear"],
  ["je vous envoie la photo demain", "unclear"],
  ["what is the order number again?", "unclear"],
];

describe("classifyAnswer (labelled FR/EN set)", () => {
  it("reads at least 90 % of the set right and never reads a complaint as satisfied", () => {
    let right = 0;
    const wrong: string[] = [];
    for (const [text, label, csat] of SET) {
      const a = classifyAnswer(text);
      const ok = a.verdict === label && (csat === undefined || a.csat === csat);
      if (ok) right++;
      else wrong.push(`${text} → ${a.verdict} (${a.csat}), expected ${label}`);
      if (label === "dissatisfied") expect(a.verdict, text).not.toBe("satisfied");
    }
    const accuracy = right / SET.length;
    console.log(`[classify-answer] ${right}/${SET.length} = ${(accuracy * 100).toFixed(1)} %${wrong.length ? `; misses:\n  ${wrong.join("\n  ")}` : ""}`);
    expect(accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("records the CSAT: a rating as given, yes as 5, no as 1", () => {
    // A middle rating is neither: left to a person (tests/text-eval/satisfaction labels 3/5 unclear).
    expect(classifyAnswer("3 sur 5")).toEqual({ verdict: "unclear", csat: null });
    expect(classifyAnswer("2/5")).toEqual({ verdict: "dissatisfied", csat: 2 });
    expect(classifyAnswer("oui")).toEqual({ verdict: "satisfied", csat: 5 });
    expect(classifyAnswer("non")).toEqual({ verdict: "dissatisfied", csat: 1 });
    expect(classifyAnswer("   ")).toEqual({ verdict: "unclear", csat: null });
  });
});

// Issue #18: answers that say or imply "not fixed" were read as confirmations (the case closed, CSAT 5), and a
// negated problem as a dispute. Each idea in several wordings of our own (the corpus in tests/text-eval is the
// measure; these are behaviour), so a rule that only knows one sentence fails here.
const IDEAS: Record<string, [string, "satisfied" | "dissatisfied" | "unclear"][]> = {
  "thanks, but (contrast): the tail decides": [
    ["Thanks but the refund still hasn't shown up", "dissatisfied"],
    ["Thanks, but the refund still isn't there", "dissatisfied"],
    ["merci mais le colis n'est jamais arrivé", "dissatisfied"],
    ["merci bien, par contre la facture n'est toujours pas arrivée", "dissatisfied"],
    ["received it but it won't turn on", "dissatisfied"],
    ["reçu mais il ne s'allume pas", "dissatisfied"],
    ["It's fixed but now the app crashes", "dissatisfied"],
    ["works but really slow", "dissatisfied"],
    ["oui mais…", "unclear"],
    ["yes, but the colour is a bit off", "unclear"],
    ["Yes, though it took a while", "satisfied"],
    ["oui bon, ça a pris du temps mais c'est réparé", "satisfied"],
  ],
  "irony: praise or thanks around a complaint": [
    ["merci pour rien", "dissatisfied"],
    ["Thanks for nothing", "dissatisfied"],
    ["super 👍 toujours rien", "dissatisfied"],
    ["great job 👏 my money is still missing", "dissatisfied"],
    ["Génial… encore un retard", "dissatisfied"],
    ["Oh wonderful, another week without hot water", "dissatisfied"],
    ["bravo, le colis est perdu", "dissatisfied"],
    ["sure 🙄", "dissatisfied"],
    ["you \"resolved\" it by closing my ticket", "dissatisfied"],
    ["I fixed it myself in the end, no thanks to you", "dissatisfied"],
  ],
  "partial: some of it, or some of the time": [
    ["oui et non, j'ai reçu le colis mais il manque une pièce", "dissatisfied"],
    ["yes and no", "dissatisfied"],
    ["Half of it works", "dissatisfied"],
    ["Ça marche une fois sur deux", "dissatisfied"],
    ["Works sometimes", "dissatisfied"],
    ["I only got part of my money back", "dissatisfied"],
    ["the refund came, but not the voucher", "dissatisfied"],
    ["C'est réglé pour la facture, mais pas pour la livraison", "dissatisfied"],
    ["got 10€ back, I paid 35€", "dissatisfied"],
  ],
  "still / not yet / nothing changed": [
    ["Non, je n'ai toujours rien reçu", "dissatisfied"],
    ["Toujours en panne", "dissatisfied"],
    ["Still down", "dissatisfied"],
    ["Still the same issue", "dissatisfied"],
    ["Nothing has changed", "dissatisfied"],
    ["I'm still getting the error", "dissatisfied"],
    ["still being charged every month", "dissatisfied"],
    ["le technicien n'est jamais venu", "dissatisfied"],
    ["You said 48h, it's been 2 weeks", "dissatisfied"],
    ["Le souci est revenu hier soir", "dissatisfied"],
    ["C'est pire qu'avant", "dissatisfied"],
  ],
  "a no, plainly or politely": [
    ["Absolutely not", "dissatisfied"],
    ["Of course not, nobody called me", "dissatisfied"],
    ["Pas du tout", "dissatisfied"],
    ["lol no", "dissatisfied"],
    ["no it isn't", "dissatisfied"],
    ["NON C'EST PAS RÉGLÉ", "dissatisfied"],
    ["Got an email saying it's fixed, it isn't", "dissatisfied"],
    ["Hélas non, mais merci d'avoir demandé", "dissatisfied"],
  ],
  "damaged, lost or wrong, even when it arrived": [
    ["it arrived today, totally smashed", "dissatisfied"],
    ["reçu, mais pas le bon modèle", "dissatisfied"],
    ["The replacement is also broken", "dissatisfied"],
    ["The parcel was returned to sender", "dissatisfied"],
    ["la facture est toujours fausse", "dissatisfied"],
  ],
  "leaving, legal steps": [
    ["Je vais porter plainte", "dissatisfied"],
    ["I'm cancelling my subscription", "dissatisfied"],
    ["Plus jamais chez vous", "dissatisfied"],
    ["I'll be contacting my bank", "dissatisfied"],
  ],
  "a problem negated or gone confirms": [
    ["Yes thanks, not a problem anymore", "satisfied"],
    ["No issues since the update", "satisfied"],
    ["Plus aucune coupure depuis lundi", "satisfied"],
    ["Pas de souci, tout est ok", "satisfied"],
    ["Nope, no more problems", "satisfied"],
    ["It hasn't crashed since, thanks", "satisfied"],
    ["ça ne plante plus", "satisfied"],
    ["La fuite s'est arrêtée, merci", "satisfied"],
    ["The charge was reversed, thank you", "satisfied"],
    ["no complaints", "satisfied"],
  ],
  "fixed, in the customer's words": [
    ["Yes, all working again", "satisfied"],
    ["C'est réparé, merci !", "satisfied"],
    ["Le technicien est passé ce matin et tout fonctionne", "satisfied"],
    ["My refund came through this morning, thanks", "satisfied"],
    ["Vous pouvez clôturer, c'est réglé", "satisfied"],
    ["ouep c bon", "satisfied"],
    ["Ouiiii 😍", "satisfied"],
    ["10/10 merci", "satisfied"],
    ["yes sorted, btw can I order another one?", "satisfied"],
  ],
  "not (yet) a verdict": [
    ["Je ne sais pas encore, je n'ai pas testé", "unclear"],
    ["haven't had a chance to try it yet", "unclear"],
    ["I'll let you know tomorrow", "unclear"],
    ["Pour l'instant ça va", "unclear"],
    ["oui je crois", "unclear"],
    ["On m'a dit que c'était réglé", "unclear"],
    ["My husband will check", "unclear"],
    ["Is it supposed to make that noise?", "unclear"],
    ["wrong person sorry", "unclear"],
    ["thanks for getting back to me", "unclear"],
  ],
};

describe("classifyAnswer by idea (issue #18)", () => {
  for (const [idea, cases] of Object.entries(IDEAS)) {
    it(idea, () => {
      for (const [text, label] of cases) expect(classifyAnswer(text).verdict, text).toBe(label);
    });
  }
});
