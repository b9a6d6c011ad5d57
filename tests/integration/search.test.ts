// The inbox search of issue #24 on both databases: word families in both directions, identifiers inside
// tokens, phrases, exclusions and operators, and no flood of unrelated cases. Each text below is its own case
// (its own author), so a count is a number of cases.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestEvents } from "@/lib/ingest/ingest-events";
import { listCases } from "@/lib/cases/list-cases";
import { listCasesQuery } from "@/lib/cases/schemas";
import type { Member } from "@/lib/auth/member";
import { comment, makeMember, makeWorkspace } from "../helpers/factories";
import { seedSearchCases, type SearchCases } from "../helpers/search-cases";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";

const TEXTS: Record<string, string> = {
  livree: "Toujours pas LIVRÉE, ça fait trois semaines",
  livrent: "ils livrent jamais à l'heure ici",
  livraison: "Problème de livraison sur ma commande ML-52004",
  rembourse: "Pas encore remboursé de mon article renvoyé",
  remboursement: "J'attends mon remboursement depuis un mois",
  annulation: "Annulation impossible depuis l'appli",
  annule: "Mon vol a été annulé sans prévenir",
  reparation: "La réparation de mon téléphone traîne",
  repare: "Vous avez réparé quoi exactement ? ça marche pas",
  paiement: "Paiement refusé alors que j'ai les fonds",
  paye: "J'ai payé deux fois la même facture",
  resiliation: "Résiliation demandée il y a 2 mois, toujours prélevé",
  resilier: "Comment résilier mon abonnement ?",
  expedition: "Expédition prévue quand ?",
  expedie: "Mon colis n'a jamais été expédié",
  connexion: "Problème de connexion à mon compte",
  connecter: "Impossible de me connecter depuis hier",
  delivery: "Delivery was three days late",
  delivered: "My parcel was never delivered",
  payment: "Your payment page crashed",
  paid: "I paid twice for one order",
  ticket: "Toujours rien pour le ticket #A-17",
  suivi: "Suivi 6A12345678901 bloqué depuis lundi",
  vol: "Mon vol AF1234 est parti sans moi",
  raccroche: "On me raccroche au nez à chaque appel",
  pasrecu: "Colis pas reçu, merci de vérifier",
  recu: "J'ai reçu un colis qui n'est pas le mien",
  casse: "Colis reçu cassé",
  praise: "Super accueil en boutique, merci !",
  weather: "Il pleut sur Lyon aujourd'hui",
};

let db: TestDatabase;
let ids: Record<string, string>;
let find: SearchCases["find"];

beforeAll(async () => {
  db = await createTestDatabase();
  ({ ids, find } = await seedSearchCases(db.prisma, TEXTS, new Date(Date.UTC(2026, 10, 1, 8)), (k) => (k === "paid" ? "@jdoe" : `h_${k}`)));
  await db.prisma.case.update({ where: { id: ids.paye }, data: { csat: 1, firstRespondedAt: new Date() } });
  await db.prisma.case.update({ where: { id: ids.paiement }, data: { csat: 4, firstRespondedAt: new Date() } });
});
afterAll(() => db?.dispose());

describe("search: word families", () => {
  it.each([
    ["livraison", ["livraison", "livree", "livrent"]],
    ["livrée", ["livraison", "livree", "livrent"]],
    ["remboursé", ["rembourse", "remboursement"]],
    ["remboursement", ["rembourse", "remboursement"]],
    ["annulation", ["annulation", "annule"]],
    ["annulé", ["annulation", "annule"]],
    ["réparation", ["reparation", "repare"]],
    ["reparé", ["reparation", "repare"]],
    ["paiement", ["paiement", "paye"]],
    ["payé", ["paiement", "paye"]],
    ["résiliation", ["resiliation", "resilier"]],
    ["resilier", ["resiliation", "resilier"]],
    ["expédition", ["expedie", "expedition"]],
    ["expédié", ["expedie", "expedition"]],
    ["connexion", ["connecter", "connexion"]],
    ["connecter", ["connecter", "connexion"]],
    ["delivery", ["delivered", "delivery"]],
    ["delivered", ["delivered", "delivery"]],
    // "payé" also reads as English "pay" (the index stems every text both ways): a collision the search keeps.
    ["payment", ["paid", "paye", "payment"]],
    ["paid", ["paid", "paye", "payment"]],
  ])("%s finds its family in both directions", async (query, expected) => {
    expect(await find(query)).toEqual(expected);
  });

  it("finds identifiers inside tokens", async () => {
    expect(await find("52004")).toEqual(["livraison"]);
    expect(await find("ML-52004")).toEqual(["livraison"]);
    expect(await find("A-17")).toEqual(["ticket"]);
    // Digits glued to letters (a tracking or flight number): the run of digits is indexed on its own.
    expect(await find("12345678901")).toEqual(["suivi"]);
    expect(await find("6A12345678901")).toEqual(["suivi"]);
    expect(await find("1234")).toEqual(["vol"]);
    expect(await find("AF1234")).toEqual(["vol"]);
  });
});

describe("search: syntax", () => {
  it("a quoted phrase needs its words together", async () => {
    expect(await find('"pas reçu"')).toEqual(["pasrecu"]);
    expect(await find("reçu colis")).toEqual(["casse", "pasrecu", "recu"]);
  });

  it("a phrase made only of stop words is still looked for, word for word", async () => {
    // "on" and "me" are stop words in French and in English: the index holds neither.
    expect(await find('"on me"')).toEqual(["raccroche"]);
    expect(await find('"me on"')).toEqual([]);
  });

  it("a minus leaves cases out", async () => {
    expect(await find("colis -cassé")).toEqual(["expedie", "pasrecu", "recu"]);
    expect(await find('colis -"pas reçu"')).toEqual(["casse", "expedie", "recu"]);
  });

  it("operators: author, platform, rating, answered", async () => {
    expect(await find("from:@jdoe")).toEqual(["paid"]);
    expect(await find("from:jdoe twice")).toEqual(["paid"]);
    expect(await find("platform:facebook payé")).toEqual(["paiement", "paye"]);
    expect(await find("platform:x payé")).toEqual([]);
    expect(await find("rating:<=2")).toEqual(["paye"]);
    expect(await find("paiement is:unanswered")).toEqual([]);
    expect(await find("paiement is:answered")).toEqual(["paiement", "paye"]);
  });

  it("unknown operators and punctuation are read sensibly", async () => {
    expect(await find("color:red")).toEqual([]);
    expect(await find("!!!")).toEqual([]);
  });

  it("nothing unrelated floods the results", async () => {
    for (const query of ["livraison", "remboursement", "connexion", "payment", "colis"]) {
      const found = await find(query);
      expect(found, query).not.toContain("praise");
      expect(found, query).not.toContain("weather");
      expect(found.length, query).toBeLessThanOrEqual(5);
    }
  });
});

describe("search: ranking (recent and relevant)", () => {
  // Own workspace: what ranks first depends on every case that matches.
  let lead: Member;
  const rank: Record<string, string> = {};
  const DAY = 86_400_000;
  const NOW = new Date(Date.UTC(2026, 10, 20, 12));
  const CASES: [key: string, daysAgo: number, body: string][] = [
    ["focused-old", 40, "Remboursement refusé, je veux mon remboursement"],
    ["focused-new", 2, "Remboursement refusé, je veux mon remboursement"],
    ["passing-new", 1, "Bonjour, je voulais savoir si vous livrez en Belgique, si la taille M existe en bleu, si le magasin de Lyon ouvre dimanche, et au passage si un remboursement est possible sur un article soldé acheté il y a longtemps"],
    ["unrelated", 0, "Merci pour l'accueil en boutique"],
    ...Array.from({ length: 6 }, (_, i) => [`filler-${i}`, 10 + i, `Demande de remboursement numéro ${i}`] as [string, number, string]),
  ];

  beforeAll(async () => {
    const { ws, channel } = await makeWorkspace(db.prisma);
    lead = await makeMember(db.prisma, ws.id, "COMMUNITY_MANAGER");
    for (const [key, daysAgo, body] of CASES) {
      const s = await ingestEvents(db.prisma, channel.id, [comment({
        externalId: `r-${key}`, body, author: { platformUserId: `ru-${key}`, name: `Client ${key}` },
        platformCreatedAt: new Date(NOW.getTime() - daysAgo * DAY),
      })]);
      rank[s.caseIds[0]!] = key;
    }
  });

  const keysOf = async (o: Record<string, unknown>) =>
    (await listCases(db.prisma, lead, listCasesQuery.parse({ limit: 100, ...o }), NOW)).data.map((c) => rank[c.id]!);

  it("a search with words lists the best match first: a short complaint about it before a long message that mentions it once, recent before old", async () => {
    const keys = await keysOf({ q: "remboursé" });
    expect(keys).not.toContain("unrelated");
    expect(keys[0]).toBe("focused-new");
    expect(keys.indexOf("focused-new")).toBeLessThan(keys.indexOf("focused-old"));
    expect(keys.indexOf("focused-new")).toBeLessThan(keys.indexOf("passing-new"));
    // Newest first on request: the long message of yesterday leads.
    expect((await keysOf({ q: "remboursé", sort: "recent" }))[0]).toBe("passing-new");
  });

  it("pages ranked by relevance follow each other without a gap or a repeat", async () => {
    const all = await keysOf({ q: "remboursement" });
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const r = await listCases(db.prisma, lead, listCasesQuery.parse({ q: "remboursement", limit: 3, ...(cursor ? { cursor } : {}) }), NOW);
      paged.push(...r.data.map((c) => rank[c.id]!));
      cursor = r.nextCursor ?? undefined;
    } while (cursor);
    expect(paged).toEqual(all);
    expect(paged).toHaveLength(9);
  });

  it("past its ranked window (the newest matches), a search lists the older matches newest first, pages without a gap", async () => {
    const byAge = CASES.filter(([, , body]) => /rembours/i.test(body)).sort((a, b) => a[1] - b[1]).map(([k]) => k);
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const r = await listCases(db.prisma, lead, listCasesQuery.parse({ q: "remboursement", limit: 2, ...(cursor ? { cursor } : {}) }), NOW, 4);
      paged.push(...r.data.map((c) => rank[c.id]!));
      cursor = r.nextCursor ?? undefined;
    } while (cursor);
    // The four newest matches, best first (the focused complaint ahead of the long message), then the rest by age.
    expect(new Set(paged.slice(0, 4))).toEqual(new Set(byAge.slice(0, 4)));
    expect(paged[0]).toBe("focused-new");
    expect(paged.slice(4)).toEqual(byAge.slice(4));
  });

  it("a search without words (operators only) stays newest first; an unknown sort is refused", async () => {
    const keys = await keysOf({ q: "platform:facebook" });
    expect(keys[0]).toBe("unrelated");
    expect(listCasesQuery.safeParse({ q: "x", sort: "best" }).success).toBe(false);
  });
});
