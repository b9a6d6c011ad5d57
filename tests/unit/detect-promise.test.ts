// Promises in replies become follow-ups: commitment + time, French and English (chrono-node parses the time).
import { describe, expect, it } from "vitest";
import { detectPromise } from "@/lib/followups/detect-promise";

const at = new Date("2027-01-14T09:24:00Z");
const hours = (d: Date | undefined) => (d ? Math.round((d.getTime() - at.getTime()) / 3_600_000) : null);

describe("detectPromise", () => {
  it("finds a French promise with a day: due by the end of that day", () => {
    const p = detectPromise("Bonjour, nous vous rappelons demain pour fixer la livraison.", at);
    expect(p?.phrase).toContain("rappelons demain");
    expect(p!.dueAt.getDate()).toBe(new Date(at.getTime() + 86_400_000).getDate());
    expect(p!.dueAt.getHours()).toBe(23);
  });

  it("reads 'sous 48 h' as 48 hours later", () => {
    expect(hours(detectPromise("Votre armoire sera livrée en express sous 48 h.", at)?.dueAt)).toBe(48);
  });

  it("finds English promises", () => {
    expect(detectPromise("We'll call you back today.", at)).not.toBeNull();
    expect(hours(detectPromise("Your parcel will be delivered within 48 hours.", at)?.dueAt)).toBe(48);
  });

  it("ignores a time without a commitment, and a commitment without a time", () => {
    expect(detectPromise("Nous avons bien reçu votre mail hier.", at)).toBeNull();
    expect(detectPromise("Une solution vous a été donnée pour résoudre votre problème dans les plus brefs délais.", at)).toBeNull();
    expect(detectPromise("We will look into it.", at)).toBeNull();
    // Seed 001: "aujourd'hui" dates the call already made, not the delivery promised.
    expect(detectPromise("1- Nous avons pris contact aujourd'hui avec vous pour convenir d'une livraison conforme de votre armoire qui sera livrée en express.", at)).toBeNull();
  });
});
