import { describe, expect, it } from "vitest";
import { can, PERMISSIONS } from "@/lib/auth/permissions";

describe("permission table", () => {
  it("gives customer service the escalated queue but not the whole inbox, channels or reports", () => {
    expect(can("CUSTOMER_SERVICE", "cases.view_escalated")).toBe(true);
    expect(can("CUSTOMER_SERVICE", "cases.view_all")).toBe(false);
    expect(can("CUSTOMER_SERVICE", "channels.view")).toBe(false);
    expect(can("CUSTOMER_SERVICE", "cases.escalate")).toBe(false);
  });

  it("keeps channels, canned replies and bans with leads and admins", () => {
    for (const p of ["channels.manage", "canned_replies.manage", "moderation.ban"] as const) {
      expect(can("COMMUNITY_MANAGER", p)).toBe(false);
      expect(can("TEAM_LEAD", p)).toBe(true);
      expect(can("ADMIN", p)).toBe(true);
    }
  });

  it("lets leads and admins manage members (admins alone manage admins), and everybody hold an API token", () => {
    expect(PERMISSIONS["members.manage"]).toEqual(["TEAM_LEAD", "ADMIN"]);
    expect(PERMISSIONS["audit.view"]).toEqual(["ADMIN"]);
    expect(PERMISSIONS["workspaces.create"]).toEqual(["ADMIN"]);
    expect(PERMISSIONS["api_tokens.create_own"]).toHaveLength(4);
  });
});
