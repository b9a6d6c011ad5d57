// The search syntax (lib/search/parse-search.ts), the word families (word-family.ts) and the highlighting of
// matched words (highlight.ts), without a database.
import { describe, expect, it } from "vitest";
import { formatSearch, parseSearch } from "@/lib/search/parse-search";
import { highlightKeys, highlightSegments } from "@/lib/search/highlight";
import { wordFamily } from "@/lib/search/word-family";

describe("parseSearch", () => {
  it("reads words, OR groups, phrases, exclusions and operators", () => {
    const p = parseSearch('colis OR parcel "pas reçu" -cassé -"en retard" from:@JDoe platform:twitter rating:<=2 is:unanswered ML-52004');
    expect(p.words).toEqual([["colis", "parcel"], ["ML-52004"]]);
    expect(p.phrases).toEqual(["pas reçu"]);
    expect(p.excludedWords).toEqual(["cassé"]);
    expect(p.excludedPhrases).toEqual(["en retard"]);
    expect(p).toMatchObject({ from: "JDoe", platform: "X", rating: { op: "<=", value: 2 }, is: ["unanswered"] });
  });

  it("reads unknown operators, lower-case 'or' and bad values as words", () => {
    expect(parseSearch("color:red").words).toEqual([["color"], ["red"]]);
    expect(parseSearch("or massif").words).toEqual([["or"], ["massif"]]);
    expect(parseSearch("rating:9 platform:myspace").words).toEqual([["rating"], ["9"], ["platform"], ["myspace"]]);
  });

  it("formats back to an equivalent query", () => {
    const text = 'colis OR parcel "pas reçu" -cassé from:@jdoe platform:x rating:<=2 is:unanswered';
    expect(parseSearch(formatSearch(parseSearch(text)))).toEqual(parseSearch(text));
  });
});

describe("wordFamily", () => {
  it("ties French nouns to verbs found in Lefff, both ways", () => {
    expect(wordFamily("livraison").fr).toEqual(expect.arrayContaining(["livrer", "livrent", "livree"]));
    expect(wordFamily("livrée").fr).toContain("livraison");
    expect(wordFamily("résiliation").fr).toContain("resilie");
    expect(wordFamily("connexion").fr).toEqual(expect.arrayContaining(["connecter", "connecte"]));
    expect(wordFamily("attente").fr).toEqual(expect.arrayContaining(["attendre", "attendu"]));
  });

  it("invents no French verb for a noun without one", () => {
    expect(wordFamily("colis").fr).toEqual([]);
    expect(wordFamily("bouquet").fr).toEqual([]);
  });

  it("ties English nouns and verb forms by rule, irregular past forms by list", () => {
    expect(wordFamily("delivered").en).toContain("delivery");
    expect(wordFamily("payment").en).toEqual(expect.arrayContaining(["pay", "paid"]));
    expect(wordFamily("subscribed").en).toContain("subscription");
  });
});

describe("highlight", () => {
  it("marks the words a search matched, by family and inside identifiers", () => {
    const keys = highlightKeys(parseSearch("livraison 52004"));
    expect(highlightSegments("Toujours pas livrée, commande ML-52004 !", keys)).toEqual([
      ["Toujours pas ", false], ["livrée", true], [", commande ", false], ["ML-52004", true], [" !", false],
    ]);
  });

  it("leaves a text whole when nothing matched or nothing was searched", () => {
    expect(highlightSegments("Merci beaucoup", highlightKeys(parseSearch("livraison")))).toEqual([["Merci beaucoup", false]]);
    expect(highlightSegments("Merci", [])).toEqual([["Merci", false]]);
  });
});
