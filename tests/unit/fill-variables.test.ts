import { describe, expect, it } from "vitest";
import { fillVariables, firstNameOf } from "@/lib/canned-replies/fill-variables";
import { DEMO_CANNED_REPLIES } from "@/lib/demo/canned-replies";

const values = { first_name: "Claire", case_number: 42, agent_name: "Sam" };

describe("fillVariables", () => {
  it("fills the three variables, each time they appear", () => {
    const r = fillVariables("Bonjour {{first_name}} (dossier {{case_number}}). {{first_name}}, — {{agent_name}}", values);
    expect(r).toEqual({ text: "Bonjour Claire (dossier 42). Claire, — Sam", missing: [] });
  });

  it("tolerates spaces inside the braces and upper-case names", () => {
    expect(fillVariables("Hi {{ first_name }} / {{FIRST_NAME}} / {{  agent_name}}", values).text).toBe("Hi Claire / Claire / Sam");
  });

  it("leaves unknown variables visible and reports them once", () => {
    const r = fillVariables("Hi {{firstname}}, order {{ order_no }}, again {{firstname}}", values);
    expect(r.text).toBe("Hi {{firstname}}, order {{ order_no }}, again {{firstname}}");
    expect(r.missing).toEqual(["firstname", "order_no"]);
  });

  it("leaves a known variable visible when this case has no value for it", () => {
    const r = fillVariables("Bonjour {{first_name}}, — {{agent_name}}", { ...values, first_name: "  " });
    expect(r.text).toBe("Bonjour {{first_name}}, — Sam");
    expect(r.missing).toEqual(["first_name"]);
    expect(fillVariables("#{{case_number}}", {}).missing).toEqual(["case_number"]);
  });

  it("does not touch single braces or text without variables", () => {
    expect(fillVariables("{first_name} {{}} plain", values)).toEqual({ text: "{first_name} {{}} plain", missing: [] });
  });

  it("fills every demo canned reply completely", () => {
    for (const r of DEMO_CANNED_REPLIES) expect(fillVariables(r.body, values).missing).toEqual([]);
  });
});

describe("firstNameOf", () => {
  it("takes the first word of the display name", () => {
    expect(firstNameOf("Claire Dupont")).toBe("Claire");
    expect(firstNameOf("  Élodie   Moreau ")).toBe("Élodie");
    expect(firstNameOf("Jean-Pierre Martin")).toBe("Jean-Pierre");
  });

  it("drops a leading @ and refuses names without letters", () => {
    expect(firstNameOf("@claire_d")).toBe("claire_d");
    expect(firstNameOf("🌸🌸")).toBe("");
    expect(firstNameOf("")).toBe("");
    expect(firstNameOf(null)).toBe("");
  });
});
