// Ideas the eleventh fresh file (tests/text-eval/fresh/guards-f11.tsv) found, in wordings of our own (issue #19):
// good replies warned because the brand itself does the hand-off, a status still to come, warm words to a praising
// customer, a privacy caution, our showroom's address; and threats, dismissals and blame in words no rule had.
import { describe, expect, it } from "vitest";
import { checkTone } from "@/lib/guards/check-tone";
import { checkGuards } from "@/lib/guards/check-guards";

const tone = (text: string, customer?: string) =>
  checkTone(text, { model: false, ...(customer ? { customerMessages: [customer] } : {}) }).map((f) => f.category);

describe("guards: eleventh fresh check's ideas", () => {
  it("a hand-off the brand carries out, or a draft taking the case on for the customer, is no deflection", () => {
    expect(tone("Send me the booking dates and we'll contact the airline directly to get it moved.")).not.toContain("deflection");
    expect(tone("Je contacte le responsable de l'agence dès ce matin et je vous tiens au courant.")).not.toContain("deflection");
    expect(tone("Repairs are done by our partner, but I'll chase them for you and update you tonight.")).not.toContain("deflection");
    expect(tone("Please contact the airline directly, we cannot change bookings.")).toContain("deflection");
  });
  it("a resolution still to come, or said with what remains, is no false resolution", () => {
    const notFixed = "It is still not working, nothing has changed";
    expect(tone("We'll message you here as soon as the repair is completed.", notFixed)).not.toContain("false-resolution");
    expect(tone("La panne principale est résolue mais quelques rues restent sans courant, on vous tient informés.", notFixed)).not.toContain("false-resolution");
    expect(tone("Your issue has been resolved, closing the ticket.", notFixed)).toContain("false-resolution");
  });
  it("warm words to a customer who praises us are not sarcasm", () => {
    expect(tone("Well, that made our week! Thank you so much, we'll pass it on to Hugo.", "Hugo at the Lyon store was brilliant, thank you so much!")).not.toContain("sarcasm");
  });
  it("reads reporting the customer, legal exposure, 'no one is forcing you' and an error said to be theirs", () => {
    expect(tone("If the parcel is not returned by Friday, we will be passing this to our lawyers.")).toContain("threat");
    expect(tone("Sans retour de votre part, nous le signalerons à la gendarmerie.")).toContain("threat");
    expect(tone("Nobody is forcing you to stay with us, there are other providers out there.")).toContain("dismissal");
    expect(tone("Comme l'erreur provient de votre saisie, le renvoi reste à vos frais.")).toContain("blame");
  });
  it("a privacy caution and our showroom's address are not flagged as they were", () => {
    expect(tone("So sorry for this. Please don't share your account details in public: DM us and we'll check.")).not.toContain("dismissal");
    const pd = checkGuards("Come and try it at our showroom, 12 Church Street, Leeds LS1 2AB, open daily.", { visibility: "public", locale: "en", settings: { publicContacts: [] } })
      .filter((w) => w.kind === "personal-data").map((w) => w.severity);
    expect(pd).not.toContain("high");
  });
});
