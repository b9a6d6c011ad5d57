// Ideas the sixth fresh file (tests/text-eval/fresh/satisfaction-f6.tsv) found, in wordings of our own: one of the
// items counted AFTER the whole ("sur les trois, une seule"), exasperation whose "plus" is not the problem's end
// ("j'en peux plus" beside "en panne" is not "plus de panne"), and an apology for one's own earlier tone, which is
// context before a confirmation, not a complaint.
import { describe, expect, it } from "vitest";
import { classifyAnswer } from "@/lib/resolution/classify-answer";

const kind = (text: string) => classifyAnswer(text).verdict;

describe("sixth fresh check: partial counts, exasperation, apologies", () => {
  it("one of several, counted after the whole, is not fixed", () => {
    expect(kind("sur mes trois remboursements une seule est passée")).toBe("dissatisfied");
    expect(kind("Of the two replacement cables only one works")).toBe("dissatisfied");
  });
  it("exasperation beside a problem is not the problem gone", () => {
    expect(kind("box toujours HS, j'en peux plus")).toBe("dissatisfied");
    expect(kind("still broken and I can't take it anymore")).toBe("dissatisfied");
    expect(kind("je supporte plus, ça bug encore")).toBe("dissatisfied");
  });
  it("'plus de panne' still confirms", () => {
    expect(kind("plus aucune panne depuis hier, merci")).toBe("satisfied");
  });
  it("an apology for one's own earlier tone does not turn a yes into a dispute", () => {
    expect(kind("c'est réparé, et pardon pour mon ton d'hier")).toBe("satisfied");
    expect(kind("sorry I was rude earlier, but it's still not working")).toBe("dissatisfied");
  });
});
