import { describe, expect, it } from "vitest";
import { negationScope } from "@/lib/text/negation";
import { tokenize } from "@/lib/text/tokenize";

/** The words inside a negation's scope that are not cues themselves. */
function negatedWords(text: string, window?: number): string[] {
  const tokens = tokenize(text);
  const scope = negationScope(tokens, window);
  return tokens.filter((_, i) => scope[i]!.negated && !scope[i]!.cue).map((t) => t.word);
}
const cues = (text: string) => {
  const tokens = tokenize(text);
  const scope = negationScope(tokens);
  return tokens.filter((_, i) => scope[i]!.cue).map((t) => t.word);
};

describe("lib/text negation scope", () => {
  it("covers the verb between ne and its second part, and a few words after", () => {
    expect(negatedWords("Le colis n'est toujours pas livré")).toEqual(["est", "toujours", "livre"]);
    expect(negatedWords("nous ne vous bloquerons pas")).toEqual(["vous", "bloquerons"]);
  });

  it("reads spoken French without ne", () => {
    expect(negatedWords("c pas normal")).toEqual(["normal"]);
    expect(negatedWords("j'ai jamais reçu ma commande")).toEqual(["recu", "ma", "commande"]);
    expect(cues("ça marche plus !")).toEqual(["plus"]);
  });

  it("tells the negative plus from the comparative one", () => {
    expect(cues("plus de souci, merci")).toEqual(["plus"]);
    expect(negatedWords("plus de souci, merci")).toEqual(["de", "souci"]);
    expect(cues("plus rapide que prévu")).toEqual([]);
    expect(cues("je ne reçois plus rien")).toEqual(["ne", "plus", "rien"]);
    expect(cues("de plus en plus lent")).toEqual([]);
    expect(cues("plus de 3 jours de retard")).toEqual([]);
    expect(cues("en plus, c'est cassé")).toEqual([]);
    expect(cues("plus jamais ça")).toEqual(["plus", "jamais"]);
  });

  it("stops at punctuation, at a contrast word and after the window", () => {
    expect(negatedWords("pas reçu. content quand même")).toEqual(["recu"]);
    expect(negatedWords("pas terrible mais rapide")).toEqual(["terrible"]);
    expect(negatedWords("not good but fast")).toEqual(["good"]);
    expect(negatedWords("not one two three four five")).toEqual(["one", "two", "three"]);
    expect(negatedWords("not one two three four five", 1)).toEqual(["one"]);
  });

  it("reads English negations, contractions included", () => {
    expect(negatedWords("It isn't working")).toEqual(["working"]);
    expect(cues("It isn't working")).toEqual(["not"]);
    expect(negatedWords("never arrived")).toEqual(["arrived"]);
    expect(negatedWords("without a reply")).toEqual(["a", "reply"]);
    expect(cues("nobody answers, nothing works, none arrived")).toEqual(["nobody", "nothing", "none"]);
    expect(negatedWords("not bad")).toEqual(["bad"]);
  });

  it("counts personne as a negation only next to ne", () => {
    expect(cues("personne ne répond")).toEqual(["personne", "ne"]);
    expect(cues("une personne m'a répondu")).toEqual([]);
  });
});
