// Ideas the fifteenth fresh file (tests/text-eval/fresh/guards-f15.tsv: owners answering reviews with their own
// lines and mailboxes) found, in wordings of our own (issue #19): a number the draft tells the customer to call
// someone of ours on is ours, a mailbox the draft says to write to us at is ours, and "since you asked publicly"
// is no retaliation.
import { describe, expect, it } from "vitest";
import { own } from "../helpers/own-contact";
import { checkTone } from "@/lib/guards/check-tone";

describe("guards: fifteenth fresh check's ideas", () => {
  it("reads a number given to call someone of ours by name or role as ours", () => {
    expect(own("Call Nadia, our duty manager, on 0161 496 0123 and she'll sort the refund.", "0161 496 0123")).toBe(true);
    expect(own("Appelez-la au 04 72 00 11 22 (Sophie, accueil), elle vous trouve un créneau.", "04 72 00 11 22")).toBe(true);
    expect(own("Mentionnez-le quand vous réservez au 01 40 00 12 34.", "01 40 00 12 34")).toBe(true);
  });
  it("keeps the customer's own landline the customer's", () => {
    expect(own("We'll call you back on 01 40 00 12 34 tomorrow.", "01 40 00 12 34")).toBe(false);
    expect(own("Nous allons vous rappeler au 04 72 00 11 22 demain.", "04 72 00 11 22")).toBe(false);
  });
  it("reads a mailbox the draft says to write to us at as ours", () => {
    expect(own("Envoyez-nous vos photos à chambres@hotelmarine.fr, on regarde ce soir.", "chambres@hotelmarine.fr", "email")).toBe(true);
    expect(own("Send us your booking dates at stays@harbourinn.co.uk and we'll check.", "stays@harbourinn.co.uk", "email")).toBe(true);
  });
  it("does not read 'since you asked publicly' as retaliation", () => {
    const t = "Since you asked publicly, here is the answer: we double-booked the table, and that's on us.";
    expect(checkTone(t, { model: false }).some((f) => f.category === "threat")).toBe(false);
    expect(checkTone("Since you complained publicly, your refund is on hold.", { model: false }).some((f) => f.category === "threat" && f.severity === "high")).toBe(true);
  });
});
