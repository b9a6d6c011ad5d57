// Ideas from the fresh file satisfaction-f19 (issue #18: answers told as stories), in words of our own.
import { describe, expect, it } from "vitest";
import { classifyAnswer } from "@/lib/resolution/classify-answer";

const verdict = (text: string) => classifyAnswer(text).verdict;

describe("satisfaction answers: nineteenth fresh file", () => {
  it("reads the end of something not needed as the fix, the loss of something needed as a dispute", () => {
    for (const t of ["No more rattling, thanks.", "Plus aucune fuite sous l'évier, merci.", "plus de traces noires sur l'écran, réparé nickel"]) expect(verdict(t), t).toBe("satisfied");
    for (const t of ["je reçois plus aucun SMS depuis", "plus aucun réseau depuis hier"]) expect(verdict(t), t).toBe("dissatisfied");
  });
  it("reads one charge left of two as the double charge undone, one parcel of two as partial", () => {
    expect(verdict("il ne reste qu'un seul prélèvement de 30 € sur mon compte")).not.toBe("dissatisfied");
    expect(verdict("only one of the two parcels came")).toBe("dissatisfied");
  });
  it("reads the missing part said to have been there, and how the courier did it, for what they are", () => {
    expect(verdict("the missing vouchers were there when I logged in, happy")).not.toBe("dissatisfied");
    expect(verdict("le livreur l'avait laissé au gardien sans prévenir, colis reçu, merci")).toBe("satisfied");
  });
});
