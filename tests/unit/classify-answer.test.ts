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

// Issue #18 §Satisfaction, asymmetric caution: each failure kind quoted in the issue, in wordings of our own (not
// the issue's, not the corpus's), plus the mechanisms that generalise them. A dispute must never read as a
// confirmation; a negated problem must confirm.
describe("classifyAnswer: asymmetric caution, fresh wordings of each failure kind", () => {
  const NOT_CONFIRMED: [string, "dissatisfied" | "unclear"][] = [
    // Contrast after a thank-you or a yes ("Thanks but the refund still hasn't shown up").
    ["Cheers, however my account still shows the charge", "dissatisfied"],
    ["merci beaucoup, seulement voilà le virement n'apparaît toujours pas", "dissatisfied"],
    ["ok merci, en revanche la box redémarre toute seule", "dissatisfied"],
    ["it powers up now but the fan makes a horrible noise", "dissatisfied"],
    // Irony of thanks ("merci pour rien").
    ["merci infiniment pour rien du tout", "dissatisfied"],
    ["thanks a bunch for wasting my week", "dissatisfied"],
    ["super, ça replante comme avant", "dissatisfied"],
    // Partial ("oui et non… il manque une pièce").
    ["oui et non : la table est là, les chaises pas", "dissatisfied"],
    ["the new card works in shops, not online", "dissatisfied"],
    ["j'ai eu la moitié du remboursement", "dissatisfied"],
    // Still / relapse / wrong target / asking when.
    ["it was fine until this morning, now it's crashing again", "dissatisfied"],
    ["ça a tenu deux heures puis rebelote", "dissatisfied"],
    ["you credited my previous card, not the current one", "dissatisfied"],
    ["and when do I actually get my money back?", "dissatisfied"],
    // Reservations and things that are not an answer stay with a person.
    ["5/5 mais je préfère attendre de voir demain", "unclear"],
    ["Out of office: back on the 3rd", "unclear"],
    ["c'est réglé, je dois faire quoi de l'ancien modèle ?", "unclear"],
  ];
  const CONFIRMED = [
    // Negated problems confirm ("Yes thanks, not a problem anymore").
    "Yes thank you, that's no longer an issue",
    "oui merci, aucun problème depuis",
    "je n'ai plus jamais eu le bug depuis",
    "zero errors since the patch 👍",
    "nope, nothing wrong any more",
    // Typed fast, signed, or closing the ticket.
    "ca fonctione nickel merci",
    "Bonjour, tout est rentré dans l'ordre, merci. Bien cordialement, Paul Martin",
    "all sorted mate, you can close the ticket",
  ];

  it("never reads a dispute or a reservation as a confirmation", () => {
    for (const [text, label] of NOT_CONFIRMED) {
      const a = classifyAnswer(text);
      expect(a.verdict, text).not.toBe("satisfied");
      expect(a.verdict, text).toBe(label);
    }
  });

  it("reads a problem said to be gone as a confirmation", () => {
    for (const text of CONFIRMED) expect(classifyAnswer(text).verdict, text).toBe("satisfied");
  });
});

// Ideas a fresh file nobody had tuned on found missing (tests/text-eval/fresh/satisfaction-f1.tsv), in wordings
// of our own: each failed before the change that reads it.
describe("classifyAnswer: ideas from the first fresh check", () => {
  const CASES: [string, "satisfied" | "dissatisfied" | "unclear"][] = [
    // A question ending the sentence covers all of it, commas included: no confirmation.
    ["Ah parce que c'est résolu pour vous, ça ?", "unclear"],
    ["fixed, you reckon?", "unclear"],
    // What arrived belongs to somebody else.
    ["a box came this morning, addressed to somebody else", "dissatisfied"],
    // An automatic absence notice.
    ["Out until the 3rd, replies will be slow", "unclear"],
    // A condition is not an observation.
    ["I'll try it once my brother is home", "unclear"],
    // Instructions followed, then it works: not reported speech.
    ["J'ai vidé le cache comme vous me l'avez conseillé et ça marche", "satisfied"],
    ["rebooted it as you said, works great", "satisfied"],
    // A French re- before a works word: it works again.
    ["l'imprimante refonctionne, merci", "satisfied"],
    ["mon badge remarche depuis midi", "satisfied"],
    // Unlocked, reactivated.
    ["carte débloquée, merci !", "satisfied"],
  ];
  it("reads each", () => {
    for (const [text, label] of CASES) expect(classifyAnswer(text).verdict, text).toBe(label);
  });
});


// Ideas the second fresh file (tests/text-eval/fresh/satisfaction-f2.tsv) found missing, in wordings of our own:
// each failed before the change that reads it.
describe("classifyAnswer: ideas from the second fresh check", () => {
  const CASES: [string, "satisfied" | "dissatisfied" | "unclear"][] = [
    // Partial, said other ways: one in N, a restrictive "que", something missing in another tense.
    ["le wifi tient un soir sur deux", "dissatisfied"],
    ["j'ai eu qu'un seul colis", "dissatisfied"],
    ["il manquait encore les vis dans le carton", "dissatisfied"],
    // (and "plus qu'un seul", no more than one, is not partial: this one passed before and must stay so)
    ["plus qu'un seul débit sur le relevé, c'est bon merci", "satisfied"],
    // Unable, impossible: a negation of what follows.
    ["still unable to sign in on the website", "dissatisfied"],
    // Vocabulary of failure and absence outside the old lists.
    ["la connexion coupe toutes les heures", "dissatisfied"],
    ["toujours nada", "dissatisfied"],
    // Another outcome asked for; a wrong item named.
    ["c'est pas la couleur que j'avais choisie", "dissatisfied"],
    ["got a blue one, I ordered the red", "dissatisfied"],
    ["every time you say it's fixed the bill shows the same charge", "dissatisfied"],
    // Idioms of a fix, anger in the past, trouble at first, a wait told after the fact.
    ["yep, that did the job 👍", "satisfied"],
    ["ça a fait l'affaire, merci", "satisfied"],
    ["I was furious last week but it's sorted now, cheers", "satisfied"],
    ["didn't work at first, but after a restart it works perfectly", "satisfied"],
    ["the money hit my bank this morning, cheers", "satisfied"],
    ["charged just once this month, all good", "satisfied"],
    // Not about the case: wishes, opening hours, someone who never wrote to us.
    ["Bonne soirée à vous tous", "unclear"],
    ["what time do you open on Sunday?", "unclear"],
    ["je vous ai jamais contacté moi", "unclear"],
  ];
  it("reads each", () => {
    for (const [text, label] of CASES) expect(classifyAnswer(text).verdict, text).toBe(label);
  });
});

describe("classifyAnswer: ideas from the third fresh check", () => {
  // Each idea in words other than the fresh file's (tests/text-eval/fresh/satisfaction-f3.tsv).
  const CASES: [string, "satisfied" | "dissatisfied" | "unclear"][] = [
    // Courtesy about the answer itself, thanks again, nothing more needed: no verdict of their own.
    ["désolée de répondre si tard, oui c'est réglé", "satisfied"],
    ["apologies for the slow response, it's all sorted", "satisfied"],
    ["all fixed, nothing else needed, cheers", "satisfied"],
    ["merci encore, tout est rentré dans l'ordre", "satisfied"],
    // What was missing has come; a charge that stopped; a cancellation done as asked.
    ["the missing cable turned up this morning, thanks", "satisfied"],
    ["la notice qui manquait est arrivée, merci", "satisfied"],
    ["the missing cable still hasn't arrived", "dissatisfied"],
    ["no more double debit this month, great", "satisfied"],
    ["contrat bien résilié, merci", "satisfied"],
    // Effort complained about after a clear fix is context; "ok" alone acknowledges.
    ["réglé, mais il a fallu quatre relances", "satisfied"],
    ["okay thank you", "unclear"],
    // Still there, charged again, an error code, another outcome than asked, contradicted.
    ["one refund arrived but the other charge is still there", "dissatisfied"],
    ["vous m'avez re-débité ce matin", "dissatisfied"],
    ["the page now shows error 503", "dissatisfied"],
    ["got store credit, I asked for my money back", "dissatisfied"],
    ["a gift card isn't a refund", "dissatisfied"],
    ["vous dites remboursé, ma banque dit le contraire", "dissatisfied"],
    ["it held for 12h and then dropped again", "dissatisfied"],
  ];
  it("reads each", () => {
    for (const [text, label] of CASES) expect(classifyAnswer(text).verdict, text).toBe(label);
  });
});

describe("classifyAnswer: ideas from the fourth fresh check", () => {
  // Each idea in words other than the fresh file's (tests/text-eval/fresh/satisfaction-f4.tsv).
  const CASES: [string, "satisfied" | "dissatisfied" | "unclear"][] = [
    // A regret about what is left after the fix names what is still wrong.
    ["super la box remarche, dommage que j'aie perdu tous mes enregistrements", "dissatisfied"],
    ["glad the app opens again, shame my order history vanished", "dissatisfied"],
    // What the customer wanted and did not get.
    ["vous m'avez fait un avoir, moi je voulais récupérer mon argent", "dissatisfied"],
    ["you booked Monday, I asked for Friday", "dissatisfied"],
    ["je voulais juste vous dire merci, c'est réparé", "satisfied"],
    // A fix that held a few days; a relapse said as "gone again"; the same fault on the replacement.
    ["le nouveau routeur a marché deux jours, maintenant plus rien", "dissatisfied"],
    ["the signal came back then went down again after lunch", "dissatisfied"],
    ["replacement kettle arrived with the same leak", "dissatisfied"],
    // A charge that comes again, even with the cancellation named.
    ["débité encore une fois ce mois alors que l'abonnement est résilié", "dissatisfied"],
    // Losing what they need is not a problem gone.
    ["depuis l'intervention, plus de tonalité sur la ligne", "dissatisfied"],
    // A bare acknowledgement of our message.
    ["Bien reçu, merci", "unclear"],
    // A story told in order ends where the customer is now; a negated thing owed before the turn is left to a person.
    ["colis égaré, deux relances, mais aujourd'hui enfin il est arrivé", "satisfied"],
    ["le remboursement n'est pas arrivé mais enfin le colis est là", "unclear"],
    // The customer's own slip, then the fix.
    ["my bad, I hadn't updated the app, works fine now", "satisfied"],
    // Done as asked ("bien" + participle), advice for next time, a signature, relief words.
    ["le virement a bien été effectué, merci", "satisfied"],
    ["c'est réparé. petite suggestion : prévenez par sms la prochaine fois", "satisfied"],
    ["Problem solved. Thanks, Marguerite", "satisfied"],
    ["heating's back on, you're heroes", "satisfied"],
  ];
  it("reads each", () => {
    for (const [text, label] of CASES) expect(classifyAnswer(text).verdict, text).toBe(label);
  });
});
