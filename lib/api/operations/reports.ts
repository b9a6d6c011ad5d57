// Reports: the crisis radar's alerts, incidents (grouped similar complaints) and what leads do with them, the
// team lead figures with their CSV exports, and the hand-off routes customers reported as not working.
import { z } from "zod";
import { AlertKind } from "../../generated/prisma/enums";
import { answerIncidentCases } from "../../incidents/answer-incident-cases";
import { getIncident, listIncidents } from "../../incidents/list-incidents";
import { postIncidentUpdate } from "../../incidents/post-incident-update";
import { INCIDENT_STATUSES, incidentAnswer, incidentIdParam, incidentPatch, incidentStatusUpdate, listIncidentsQuery } from "../../incidents/schemas";
import { updateIncident } from "../../incidents/update-incident";
import { listHandoffRoutes } from "../../handoff/list-handoff-routes";
import { handoffRoutesQuery } from "../../handoff/schemas";
import { computeMetrics } from "../../metrics/compute-metrics";
import { metricsQuery } from "../../metrics/schemas";
import { casesCsv, metricsCsv } from "../../metrics/to-csv";
import { acknowledgeAlert } from "../../radar/acknowledge-alert";
import { listAlerts } from "../../radar/list-alerts";
import { alertIdParam, alertPatch, listAlertsQuery } from "../../radar/schemas";
import { getPrisma } from "../../server/db";
import { enqueueDelivery } from "../../server/jobs";
import { json } from "../handler";
import { jsonOperation, rawOperation } from "../operation";
import { caseStatus, dataOf, id, isoDate, nullableDate, priority } from "./wire";

/** A radar alert (lib/radar/list-alerts.ts select; the whole row once acknowledged). */
const alert = z.looseObject({
  id, kind: z.enum(AlertKind), title: z.string(), scopeKey: z.string(), caseIds: z.array(id), data: z.unknown(),
  firstAt: isoDate, lastAt: isoDate, acknowledgedAt: nullableDate, acknowledgedById: id.nullable(),
});

const incidentStatus = z.enum(INCIDENT_STATUSES);
/** An incident row as stored (PATCH answers it). */
const incident = z.looseObject({
  id, title: z.string(), summary: z.string().nullable(), status: incidentStatus, terms: z.array(z.string()),
  firstAt: nullableDate, lastAt: nullableDate, excludedCaseIds: z.array(id),
  confirmedAt: nullableDate, confirmedById: id.nullable(), createdAt: isoDate, updatedAt: isoDate, closedAt: nullableDate,
});
/** A status update a lead posted on an incident. */
const incidentUpdate = z.looseObject({ id, incidentId: id, authorId: id, body: z.string(), createdAt: isoDate });

const incidentParams = z.object({ id: incidentIdParam });
const noIncident = { 404: "No such incident in this workspace" } as const;

export const listAlertsOp = jsonOperation({
  method: "GET", path: "/api/v1/alerts", tag: "Reports", summary: "Crisis radar alerts, newest first (?unacknowledged=true: those nobody is on yet)",
  access: { permission: "alerts.view" }, query: listAlertsQuery, status: 200, response: dataOf(z.array(alert)),
  handler: async ({ member, query }) => ({ data: await listAlerts(await getPrisma(), member, query) }),
});

// { "acknowledged": true }: someone is on it.
export const acknowledgeAlertOp = jsonOperation({
  method: "PATCH", path: "/api/v1/alerts/{id}", tag: "Reports", summary: "Acknowledge an alert ({ acknowledged: true }): someone is on it; answers the alert",
  access: { permission: "alerts.acknowledge" }, params: z.object({ id: alertIdParam }), body: alertPatch, status: 200,
  errors: { 404: "No such alert in this workspace" }, response: dataOf(alert),
  handler: async ({ member, params }) => ({ data: await acknowledgeAlert(await getPrisma(), member, params.id) }),
});

export const listIncidentsOp = jsonOperation({
  method: "GET", path: "/api/v1/incidents", tag: "Reports", summary: "Incidents (grouped similar complaints) with their size and growth, newest activity first",
  access: { permission: "cases.view_all" }, query: listIncidentsQuery, status: 200,
  response: dataOf(z.array(z.looseObject({
    id, status: incidentStatus, title: z.string(), summary: z.string().nullable(), terms: z.array(z.string()),
    size: z.number().int(), caseIds: z.array(id), firstAt: nullableDate, lastAt: nullableDate,
    growth: z.looseObject({ lastHour: z.number().int(), lastDay: z.number().int() }),
  }))),
  handler: async ({ member, query }) => ({ data: await listIncidents(await getPrisma(), member, query) }),
});

export const getIncidentOp = jsonOperation({
  method: "GET", path: "/api/v1/incidents/{id}", tag: "Reports", summary: "One incident with its status updates and cases",
  access: { permission: "cases.view_all" }, params: incidentParams, status: 200, errors: noIncident,
  response: dataOf(incident.extend({
    updates: z.array(incidentUpdate),
    cases: z.array(z.looseObject({
      id, number: z.number().int(), status: caseStatus, priority, preview: z.string(), openedAt: isoDate,
      lastInboundAt: nullableDate, firstRespondedAt: nullableDate, language: z.string().nullable(),
      contact: z.looseObject({ displayName: z.string(), signals: z.array(z.string()) }),
      channel: z.looseObject({ platform: z.string(), name: z.string() }),
    })),
  })),
  handler: async ({ member, params }) => ({ data: await getIncident(await getPrisma(), member, params.id) }),
});

// Confirm (status OPEN) and name a suggestion, resolve it, link or unlink cases.
export const patchIncidentOp = jsonOperation({
  method: "PATCH", path: "/api/v1/incidents/{id}", tag: "Reports",
  summary: "Confirm (status OPEN) and name a suggestion, resolve or reopen it, link or unlink cases (by id or number); answers the incident",
  access: { permission: "incidents.manage" }, params: incidentParams, body: incidentPatch, status: 200, errors: noIncident,
  response: dataOf(incident),
  handler: async ({ member, params, body }) => ({ data: await updateIncident(await getPrisma(), member, params.id, body) }),
});

export const postIncidentUpdateOp = jsonOperation({
  method: "POST", path: "/api/v1/incidents/{id}/updates", tag: "Reports", summary: "Post a status update on an incident (kept in order, never edited)",
  access: { permission: "incidents.manage" }, params: incidentParams, body: incidentStatusUpdate, status: 201, errors: noIncident,
  response: dataOf(incidentUpdate),
  handler: async ({ member, params, body }) => ({ data: await postIncidentUpdate(await getPrisma(), member, params.id, body.text) }),
});

// One personalised reply per open linked case; 202: stored and queued, delivered by jobs.
export const answerIncidentOp = jsonOperation({
  method: "POST", path: "/api/v1/incidents/{id}/answers", tag: "Reports",
  summary: "Answer every open linked case, personalised and in its customer's language (templates.fr / templates.en); 202: stored and queued, each case sent or refused with a code (guard_blocked, no_target, no_wording…)",
  access: { permission: "incidents.manage" }, params: incidentParams, body: incidentAnswer, status: 202, errors: noIncident,
  response: dataOf(z.array(z.looseObject({
    caseId: id, caseNumber: z.number().int(), language: z.string().nullable(), ok: z.boolean(),
    messageId: id.optional(), code: z.string().optional(), error: z.string().optional(),
  }))),
  handler: async ({ member, params, body }) => ({ data: await answerIncidentCases(await getPrisma(), member, params.id, body, enqueueDelivery) }),
});

/** The CSV download's headers: a spreadsheet named after the period's first day. */
const csvHeaders = (name: string, from: Date) => ({
  "content-type": "text/csv; charset=utf-8", "content-disposition": `attachment; filename="${name}-${from.toISOString().slice(0, 10)}.csv"`,
});

// Team lead figures for a period (leads and admins; others 403). ?format=csv for a spreadsheet: JSON or CSV,
// hence a raw operation.
export const metricsOp = rawOperation({
  method: "GET", path: "/api/v1/metrics", tag: "Reports",
  summary: "Team lead figures for a period: first-response and resolution times, SLA compliance, reopen rate, per agent and team, daily series; ?format=csv for a spreadsheet",
  access: { permission: "reports.view" }, query: metricsQuery, status: 200,
  produces: { "application/json": "{ data }: the figures", "text/csv": "?format=csv: the figures as a spreadsheet" },
  async handler({ member, query }) {
    const m = await computeMetrics(await getPrisma(), member, query.from, query.to);
    if (query.format === "csv") return new Response(metricsCsv(m), { headers: csvHeaders("metrics", query.from) });
    return json({ data: m });
  },
});

// The cases opened in a period, as CSV (leads and admins).
export const metricsCasesOp = rawOperation({
  method: "GET", path: "/api/v1/metrics/cases", tag: "Reports", summary: "The cases opened in a period, behind the figures, as CSV",
  access: { permission: "reports.view" }, query: metricsQuery, status: 200,
  produces: { "text/csv": "the cases opened in the period, one a row" },
  async handler({ member, query }) {
    const csv = await casesCsv(await getPrisma(), member, query.from, query.to);
    return new Response(csv, { headers: csvHeaders("cases", query.from) });
  },
});

// The hand-off routes customers reported as not working (R10, issue #25), per route, kind of problem and week:
// GET ?days=7. Leads and admins (reports.view).
export const handoffRoutesOp = jsonOperation({
  method: "GET", path: "/api/v1/handoff-routes", tag: "Reports",
  summary: "Hand-off routes customers reported as not working, per route, kind of problem and week (?days=7, at most 92; issue #25)",
  access: { permission: "reports.view" }, query: handoffRoutesQuery, status: 200,
  response: dataOf(z.array(z.looseObject({
    route: z.string(), kind: z.string(), display: z.string(), family: z.string().nullable(),
    week: z.iso.date(), failures: z.number().int(), lastAt: isoDate,
  }))),
  handler: async ({ member, query }) => ({ data: await listHandoffRoutes(await getPrisma(), member, query) }),
});

export const REPORT_OPERATIONS = [
  listAlertsOp, acknowledgeAlertOp, listIncidentsOp, getIncidentOp, patchIncidentOp, postIncidentUpdateOp, answerIncidentOp,
  metricsOp, metricsCasesOp, handoffRoutesOp,
];
