import { describe, expect, it } from "vitest";
import { elidedBase, tokenize, words } from "@/lib/text/tokenize";
import { contentTerms, isStopWord } from "@/lib/text/terms";
import { sameStem, stem } from "@/lib/text/stem";

const ws = (text: string, lang?: "fr" | "en") => tokenize(text, lang).map((t) => t.word);

describe("lib/text tokenize", () => {
  it("splits French elisions into the elided function word and the bare word", () => {
    expect(ws("L'armoire n'est jamais arrivée jusqu'à aujourd'hui")).toEqual(["l'", "armoire", "n'", "est", "jamais", "arrivee", "jusqu'", "a", "aujourd'hui"]);
    expect(ws("J’ai vu qu’il s’est trompé, lorsqu'on c'est dit")).toEqual(["j'", "ai", "vu", "qu'", "il", "s'", "est", "trompe", "lorsqu'", "on", "c'", "est", "dit"]);
    const t = tokenize("l'appli");
    expect(t[0]).toMatchObject({ word: "l'", elided: true, start: 0, end: 7 });
    expect(elidedBase("qu'")).toBe("que");
    expect(words("L'appli n'marche pas")).toEqual(["appli", "marche", "pas"]);
  });

  it("spells out spoken and texting French", () => {
    expect(ws("c pas normal")).toEqual(["c'", "est", "pas", "normal"]);
    expect(ws("c nul")).toEqual(["c'", "est", "nul"]);
    expect(ws("vitamine c")).toEqual(["vitamine", "c"]);
    expect(ws("ya un souci")).toEqual(["il", "y", "a", "un", "souci"]);
    expect(ws("y'a un souci")).toEqual(["il", "y", "a", "un", "souci"]);
    expect(ws("y a un souci")).toEqual(["il", "y", "a", "un", "souci"]);
    expect(ws("il y a un souci")).toEqual(["il", "y", "a", "un", "souci"]);
    expect(ws("jsuis déçu, chui vénère, jsp pk, tjrs rien pcq")).toEqual(
      ["je", "suis", "decu", "je", "suis", "venere", "je", "sais", "pas", "pourquoi", "toujours", "rien", "parce", "que"]);
  });

  it("takes English contractions apart, with and without apostrophes", () => {
    expect(ws("It isn't working, I don't know, they won't and I can't")).toEqual(
      ["it", "is", "not", "working", "i", "do", "not", "know", "they", "will", "not", "and", "i", "can", "not"]);
    expect(ws("doesn't didn't hasn't haven't wasn't aren't couldn't shouldn't wouldn't")).toEqual(
      ["does", "not", "did", "not", "has", "not", "have", "not", "was", "not", "are", "not", "could", "not", "should", "not", "would", "not"]);
    expect(ws("we'll you're they've i'm she'd it's John's")).toEqual(
      ["we", "will", "you", "are", "they", "have", "i", "am", "she", "would", "it", "is", "john"]);
    expect(ws("isnt cant wont doesnt didnt")).toEqual(["is", "not", "can", "not", "will", "not", "does", "not", "did", "not"]);
  });

  it("reads 'dont' as English only when the text is English", () => {
    expect(ws("le colis dont je parle", "fr")).toEqual(["le", "colis", "dont", "je", "parle"]);
    expect(ws("le colis dont je parle")).toEqual(["le", "colis", "dont", "je", "parle"]);
    expect(ws("i dont know", "en")).toEqual(["i", "do", "not", "know"]);
  });

  it("gives offsets in the folded string and marks breaks", () => {
    const t = tokenize("Pas reçu. Mais merci !");
    expect(t.map((x) => [x.word, x.start, x.end, x.breakBefore])).toEqual([
      ["pas", 0, 3, false], ["recu", 4, 8, false], ["mais", 10, 14, true], ["merci", 15, 20, false]]);
    const n = tokenize("it isn't");
    expect(n.slice(1).map((x) => [x.word, x.start, x.end, x.expanded])).toEqual([["is", 3, 8, true], ["not", 3, 8, true]]);
  });
});

describe("lib/text stems, stop words and content terms", () => {
  it("stems folded words and counts elided forms as stop words", () => {
    expect(stem("livrees", "fr")).toBe(stem("livree", "fr"));
    expect(sameStem("remboursement", "rembourse")).toBe(true);
    expect(isStopWord("l'")).toBe(true);
    expect(isStopWord("qu'")).toBe(true);
    expect(isStopWord("the")).toBe(true);
    expect(contentTerms("Les colis n'arrivent pas à l'entrepôt depuis 3 jours", "fr")).toEqual(
      [stem("colis", "fr"), stem("arrivent", "fr"), stem("entrepot", "fr"), stem("jours", "fr")]);
  });
});
