import { describe, expect, it } from "vitest";
import { detectLanguage } from "@/lib/text/language";
import { detectLanguage as ingestDetect } from "@/lib/ingest/detect-language";

describe("lib/text detectLanguage", () => {
  it("reads short French and English customer messages", () => {
    for (const fr of ["Je n'ai toujours pas reçu ma commande", "c nul", "merci", "jsp pk", "toujours rien", "Colis abîmé",
      "Honteux, on m'a raccroché au nez.", "ok merci", "Bonjour"]) expect([fr, detectLanguage(fr)]).toEqual([fr, "fr"]);
    for (const en of ["I still have not received my order", "thanks", "still nothing", "Where is my parcel?", "not cool",
      "pls help", "Hello"]) expect([en, detectLanguage(en)]).toEqual([en, "en"]);
  });

  it("says nothing when there is nothing to go on", () => {
    for (const x of ["👍", "", "12345", "https://example.com/a/b", "?!"]) expect(detectLanguage(x)).toBeNull();
  });

  it("is what ingestion calls", () => {
    expect(ingestDetect).toBe(detectLanguage);
  });
});
