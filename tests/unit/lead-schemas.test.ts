// Bad input at the team lead's boundaries: alerts, incidents, metrics, the inbox's new filters, SLA policy forms.
import { describe, expect, it } from "vitest";
import { alertPatch, listAlertsQuery } from "@/lib/radar/schemas";
import { incidentAnswer, incidentPatch, listIncidentsQuery } from "@/lib/incidents/schemas";
import { dashboardParams } from "@/lib/metrics/schemas";
import { listCasesQuery } from "@/lib/cases/schemas";

describe("lead boundary schemas", () => {
  it("alerts", () => {
    expect(alertPatch.safeParse({ acknowledged: true }).success).toBe(true);
    expect(alertPatch.safeParse({ acknowledged: false }).success).toBe(false);
    expect(alertPatch.safeParse({}).success).toBe(false);
    expect(listAlertsQuery.parse({ unacknowledged: "true" }).unacknowledged).toBe(true);
    expect(listAlertsQuery.safeParse({ limit: "0" }).success).toBe(false);
    expect(listAlertsQuery.safeParse({ kind: "x" }).success).toBe(false);
  });
  it("incidents", () => {
    expect(incidentPatch.safeParse({ linkCaseIds: ["not-a-uuid"] }).success).toBe(false);
    expect(incidentPatch.safeParse({ title: "ab" }).success).toBe(false);
    expect(incidentAnswer.safeParse({ template: "Bonjour {{first_name}}, c'est réglé.", visibility: "dm" }).success).toBe(false);
    expect(listIncidentsQuery.safeParse({ status: "CLOSED" }).success).toBe(false);
  });
  it("dashboard period and inbox drill-down filters", () => {
    expect(dashboardParams.parse({ days: "90" }).days).toBe(90);
    expect(dashboardParams.parse({ days: "12" }).days).toBe(30);
    expect(listCasesQuery.parse({ from: "2026-11-01", sla: "at_risk", reopened: "true" })).toMatchObject({ sla: "at_risk", reopened: true });
    expect(listCasesQuery.safeParse({ sla: "soon" }).success).toBe(false);
    expect(listCasesQuery.safeParse({ from: "last week" }).success).toBe(false);
    expect(listCasesQuery.safeParse({ platform: "myspace" }).success).toBe(false);
  });
});
