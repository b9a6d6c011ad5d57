// Incident grouping on wordings written for this test (issue #18 §3): three problems × 8 customers, French and
// English mixed, calm and angry, texting and formal, that share almost no words ("You charged my card twice" /
// "Double prélèvement sur ma CB"), among 15 unrelated complaints and non-complaints. Each problem lands in one
// incident, nothing unrelated joins, two problems of one category stay apart, and the incident is named in words.
import { describe, expect, it } from "vitest";
import { complaintDoc } from "@/lib/incidents/complaint-doc";
import { groupComplaints, type ComplaintDoc } from "@/lib/incidents/group-complaints";
import { displayTitle, groupTerms, incidentLabel } from "@/lib/incidents/incident-label";
import { detectLanguage } from "@/lib/ingest/detect-language";

const t0 = Date.parse("2026-11-20T06:00:00Z");
let n = 0;
function docs(texts: string[], tag: string): ComplaintDoc[] {
  return texts.flatMap((body) => {
    const i = ++n;
    return complaintDoc({
      caseId: `${tag}#${i}`, contactId: `c${i}`, at: new Date(t0 + ((i * 37) % 1440) * 60_000),
      messages: [{ body, language: detectLanguage(body) }],
    }) ?? [];
  });
}

const doubleCharge = [
  "You charged my card twice for one order",
  "Double prélèvement sur ma CB pour la même commande !!",
  "j'ai été débitée 2 fois, 2x 59,90€ sur mon compte, remboursez moi",
  "Paid once, the money left my account two times. Please sort it out.",
  "Bonjour, ma commande d'hier apparaît deux fois sur mon relevé bancaire alors que je n'ai commandé qu'une fois.",
  "same here, my bank shows two identical payments for a single purchase",
  "vous m'avez prélevé deux fois le même montant, c'est du vol",
  "Hi, I've been billed twice for the same order. Could you refund the duplicate?",
];
const appLogin = [
  "Impossible de me connecter à l'appli depuis ce matin",
  "the app won't let me log in, keeps saying wrong password",
  "jarrive plus a me connecter sur lapplication, identifiants refusés alors qu'ils sont bons",
  "Login on the app fails every time with an error",
  "Bonjour, je n'arrive plus à accéder à mon compte via l'application depuis hier.",
  "can't sign in to your app since yesterday, anyone else?",
  "pareil, connexion impossible sur l'appli, message d'erreur",
  "Your app logs me out and won't accept my password anymore",
];
const lostParcels = [
  "Chronopost a perdu mon colis, introuvable depuis une semaine",
  "my parcel disappeared with Chronopost, nobody can find it",
  "Encore un colis égaré par Chronopost, c'est le 2e ce mois-ci",
  "Chronopost lost my package. Tracking shows nothing for 8 days.",
  "Bonjour, le transporteur Chronopost m'indique que mon colis est perdu. Que faites-vous ?",
  "pareil avec chronopost, colis disparu dans la nature",
  "parcel lost by chronopost again, third time",
  "Mon colis Chronopost s'est volatilisé entre deux dépôts",
];
const unrelated = [
  "Vous faites des cartes cadeaux ?",
  "Merci pour la livraison rapide, tout est parfait",
  "Is the blue jacket available in size M?",
  "Le magasin de Lyon ouvre à quelle heure dimanche ?",
  "Thanks, my issue was solved quickly",
  "Mes écouteurs grésillent au bout de 2 semaines",
  "Magasin de Nantes fermé à 15h alors que les horaires disent 19h",
  "mes points fidélité ont disparu de mon compte",
  "je reçois des faux SMS à votre nom qui demandent de payer des frais de livraison",
  "Je me suis désinscrite de la newsletter et je reçois encore 3 mails par jour",
  "on m'impose un avoir au lieu de me rembourser",
  "impossible de joindre votre service client, ça sonne dans le vide",
  "vous avez augmenté mon forfait de 5€ sans prévenir",
  "The shelf price said £4 but I was charged £6 at the till",
  "Super produit, je recommande",
];

describe("incident grouping on unseen wordings", () => {
  const all = [...docs(doubleCharge, "charge"), ...docs(appLogin, "login"), ...docs(lostParcels, "lost"), ...docs(unrelated, "u")];
  const groups = groupComplaints(all);
  const groupOf = (tag: string) => {
    const counts = groups.map((g) => g.caseIds.filter((c) => c.startsWith(`${tag}#`)).length);
    return { best: Math.max(0, ...counts), group: groups[counts.indexOf(Math.max(...counts))] };
  };

  it("puts at least 6 of each problem's 8 complaints in one incident", () => {
    for (const tag of ["charge", "login", "lost"]) expect(groupOf(tag).best, tag).toBeGreaterThanOrEqual(6);
  });

  it("pulls in at most one unrelated complaint and merges no two problems", () => {
    expect(groups.flatMap((g) => g.caseIds).filter((c) => c.startsWith("u#")).length).toBeLessThanOrEqual(1);
    for (const g of groups) expect(new Set(g.caseIds.map((c) => c.split("#")[0]).filter((t) => t !== "u")).size).toBeLessThanOrEqual(1);
  });

  it("does not read a question or a thanks as a complaint, but reads a calm one", () => {
    // No problem type: at most a document the second pass may attach to a wave it strongly resembles, never
    // one that starts a wave or is named a problem.
    const questions = docs(["Vous faites des cartes cadeaux ?", "Merci pour la livraison rapide, tout est parfait", "Do you price match other stores?"], "q");
    expect(questions.map((d) => d.problem)).toEqual(questions.map(() => null));
    const wave = docs(doubleCharge.slice(0, 4), "w");
    expect(groupComplaints([...wave, ...questions]).flatMap((g) => g.caseIds).filter((id) => id.startsWith("q#"))).toEqual([]);
    expect(docs(["Hello, I think I was charged twice for my order last Tuesday, could you check please?"], "calm")[0]?.problem).toBe("payment.double_charge");
  });

  it("names the incident with its problem and entity in the reader's language, not stems", () => {
    const lost = groupOf("lost").group!;
    const terms = groupTerms(lost);
    expect(incidentLabel(terms, "fr")).toBe("Colis perdu — Chronopost");
    expect(incidentLabel(terms, "en")).toBe("Parcel lost — Chronopost");
    expect(incidentLabel(groupTerms(groupOf("charge").group!), "fr")).toMatch(/^Double prélèvement/);
    expect(displayTitle({ title: "Colis perdu — Chronopost", terms }, "en")).toBe("Parcel lost — Chronopost");
    expect(displayTitle({ title: "Retards transporteur", terms }, "en")).toBe("Retards transporteur");
    expect(incidentLabel(["livr", "colis"], "fr")).toBeNull();
  });
});

describe("two problems of one category", () => {
  it("keep parcels lost apart from parcels crushed, and a refused promo code apart from a price mismatch", () => {
    const crushed = docs([
      "Colis arrivé complètement écrasé, le carton était éventré",
      "my parcel arrived crushed, the box was smashed in",
      "encore un colis abîmé à la livraison, tout cassé dedans",
      "Package delivered damaged again, dented and torn open",
    ], "crushed");
    const promo = docs([
      "Le code promo ne marche pas, il dit code invalide",
      "your promo code doesn't work at checkout",
      "code de réduction refusé au moment de payer",
      "the discount code says expired but the email says valid until sunday",
    ], "promo");
    const price = docs([
      "Prix affiché en rayon 12,99 et on me compte 15,99 en caisse",
      "The shelf price said 4 pounds but I was charged 6 at the till",
      "l'étiquette indique 29€ mais la caisse passe à 35€",
      "price on the label is not the price you charge at checkout",
    ], "price");
    const groups = groupComplaints([...docs(lostParcels.slice(0, 4), "lost2"), ...crushed, ...promo, ...price]);
    for (const g of groups) expect(new Set(g.caseIds.map((c) => c.split("#")[0])).size, g.problem).toBe(1);
    expect(groups.map((g) => g.problem).sort()).toEqual(["delivery.damaged", "delivery.lost", "price.mismatch", "promo.code_refused"]);
  });

  it("keeps one outage per place", () => {
    const lyon = docs(["Plus d'internet à Lyon depuis ce matin", "fibre down in Lyon, anyone else?", "panne internet villeurbanne, box qui clignote"], "lyon");
    const lille = docs(["Plus d'internet à Lille depuis ce matin", "no broadband in Lille since 7am", "coupure fibre sur Roubaix, rien ne marche"], "lille");
    const groups = groupComplaints([...lyon, ...lille]);
    expect(groups.map((g) => g.caseIds.map((c) => c.split("#")[0])).map((t) => [...new Set(t)])).toEqual([["lyon"], ["lille"]]);
  });
});

// The second pass (attach-to-waves.ts) and the "left outside" type, from the first fresh check
// (tests/text-eval/fresh/incidents-f1.tsv), in wordings of our own.
describe("incident grouping: neighbouring types, bare 'me too' replies, parcels left outside", () => {
  const leftOutside = [
    "Le livreur a laissé mon colis devant la porte du garage sans sonner",
    "Package dumped on my doorstep while I was home all afternoon",
    "colis jeté par dessus la clôture, encore",
    "the courier left the box outside in the rain again",
    "encore un paquet posé par terre devant l'immeuble, n'importe qui peut le prendre",
    "pareil, colis laissé devant chez moi",
    "same, parcel left on the pavement outside",
    "Votre livreur dépose les colis sur le trottoir, c'est n'importe quoi",
  ];
  const leakingFridges = [
    "Mon frigo Frostel neuf fuit, flaque d'eau tous les matins",
    "Frostel fridge leaking water onto the floor after a week",
    "le réfrigérateur Frostel que j'ai acheté fuit par le bas",
    "My new Frostel fridge is leaking, the kitchen floor is soaked",
    "pareil, ça fuit aussi chez moi",
    "same here, mine leaks too",
    "frigo Frostel qui fuit, 2e en un mois",
    "Water pooling under my Frostel refrigerator, it's defective",
  ];
  const all = [...docs(leftOutside, "left"), ...docs(leakingFridges, "fridge"), ...docs(doubleCharge, "charge"), ...docs(unrelated, "u2")];
  const groups = groupComplaints(all);
  const best = (tag: string) => Math.max(0, ...groups.map((g) => g.caseIds.filter((c) => c.startsWith(`${tag}#`)).length));

  it("keeps each problem whole, bare 'me too' replies included, and pulls in at most one unrelated", () => {
    expect(best("left")).toBeGreaterThanOrEqual(6);
    expect(best("fridge")).toBeGreaterThanOrEqual(7);
    expect(best("charge")).toBeGreaterThanOrEqual(6);
    expect(groups.flatMap((g) => g.caseIds).filter((c) => c.startsWith("u2#")).length).toBeLessThanOrEqual(1);
    for (const g of groups) expect(new Set(g.caseIds.map((c) => c.split("#")[0]).filter((t) => t !== "u2")).size).toBeLessThanOrEqual(1);
  });

  it("names parcels left outside as their own problem", () => {
    const g = groups.find((x) => x.caseIds.some((c) => c.startsWith("left#")))!;
    expect(incidentLabel(groupTerms(g), "en")).toMatch(/^Parcels left outside/);
    expect(incidentLabel(groupTerms(g), "fr")).toMatch(/^Colis laissé dehors/);
  });
});


// Ideas from the third fresh check (tests/text-eval/fresh/incidents-f3.tsv), in wordings of our own: a "me too"
// that names only where ("+1 Nantes Est") joins the wave that names that place; a device that went silent is a
// defect; "sous-titres" is not money ("sous") and a bank transfer is not a refund ("virement").
describe("incident grouping: 'me too' with only a place, silent devices", () => {
  const nantesOutage = [
    "Plus d'internet depuis 7h à Nantes, la box Fibrea clignote rouge",
    "Fibrea broadband down in Nantes since this morning, no connection at all",
    "panne fibre sur Nantes ?? rien ne marche chez moi",
    "Is there an outage in Nantes? Internet dead since 7am",
    "coupure internet Nantes centre depuis ce matin, télétravail impossible",
    "+1 Nantes Est",
    "pareil ici, Nantes",
    "same in Nantes 😩",
  ];
  const silentSpeakers = [
    "Mon enceinte Sonora ne sort plus aucun son depuis la mise à jour",
    "Sonora speaker has no sound since yesterday's update",
    "enceinte Sonora muette après la maj, c'est une blague",
    "My Sonora speaker went silent after updating it",
    "plus de son sur mon enceinte Sonora, elle s'allume mais rien",
    "The Sonora speaker plays nothing since the firmware update",
    "enceinte Sonora : pas de son du tout depuis hier",
    "Sonora speaker is silent, lights on but no audio",
  ];
  const all = [...docs(nantesOutage, "nantes"), ...docs(silentSpeakers, "speaker"), ...docs(unrelated, "u3")];
  const groups = groupComplaints(all);
  const best = (tag: string) => Math.max(0, ...groups.map((g) => g.caseIds.filter((c) => c.startsWith(`${tag}#`)).length));

  it("keeps the outage whole with its bare 'me too' replies, and the silent speakers together", () => {
    expect(best("nantes")).toBeGreaterThanOrEqual(7);
    expect(best("speaker")).toBeGreaterThanOrEqual(6);
    expect(groups.flatMap((g) => g.caseIds).filter((c) => c.startsWith("u3#")).length).toBeLessThanOrEqual(1);
    for (const g of groups) expect(new Set(g.caseIds.map((c) => c.split("#")[0]).filter((t) => t !== "u3")).size).toBeLessThanOrEqual(1);
  });
});

describe("incident grouping: ideas from the fourth fresh check", () => {
  // Each idea in words other than the fresh file's (tests/text-eval/fresh/incidents-f4.tsv).
  const type = (body: string) => docs([body], "t")[0]?.problem ?? null;

  it("reads an app crash as an app crash even when it happens while paying", () => {
    expect(type("l'appli Nuvo plante au moment de payer mon loyer par virement")).toBe("app.crash");
    expect(type("The Nuvo app force closes whenever I confirm a payment")).toBe("app.crash");
  });
  it("reads a balance shown empty or at zero in the app as a broken app feature, not lost loyalty points", () => {
    expect(type("mon solde affiche 0 € dans l'application depuis ce matin")).toBe("app.feature_broken");
    expect(type("the app shows a zero balance on both my accounts")).toBe("app.feature_broken");
  });
  it("reads food gone bad before its date, without taking 'mois' or 'pourrait' for it", () => {
    expect(type("yaourts Fermina moisis à l'ouverture, la date est dans 10 jours")).toBe("product.spoiled");
    expect(type("Fermina yoghurt smelled sour and had gone off, best before is next week")).toBe("product.spoiled");
    expect(type("on me prélève 9,99 € par mois pour une option que je n'ai jamais demandée")).not.toBe("product.spoiled");
  });
  it("reads a closed pickup point apart from a closed shop", () => {
    expect(type("mon colis est au point relais de la rue Victor Hugo mais le relais est fermé définitivement")).toBe("delivery.pickup_closed");
    expect(type("le magasin de Brest était fermé à 15h, aucun panneau, j'avais fait la route pour rien")).toBe("store.closed");
  });
  it("reads a cancelled order still not refunded as a refund delay, and a login code that never comes", () => {
    expect(type("commande annulée par le magasin il y a 10 jours, l'argent n'est toujours pas revenu, j'attends mon remboursement")).toBe("refund.delay");
    expect(type("the one-time login code never arrives by text, I can't get into my account")).toBe("account.verify_code");
  });
});
