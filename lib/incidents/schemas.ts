// Incident inputs (PATCH /api/v1/incidents/{id}, the incident page's forms). No server imports here.
import { z } from "zod";

export const incidentIdParam = z.uuid({ error: "incident id must be a UUID" });

/** One change to an incident: confirm (SUGGESTED → OPEN) and name it, resolve or reopen, link or unlink cases. */
export const incidentPatch = z
  .object({
    title: z.string().trim().min(3, "Name the incident (3 characters at least)").max(120).optional(),
    summary: z.string().trim().max(2000).nullable().optional(),
    status: z.enum(["OPEN", "RESOLVED"]).optional(),
    linkCaseIds: z.array(z.uuid()).max(500).optional(),
    /** Case numbers as people see them (#38): what the incident page's "Link a case" takes. */
    linkCaseNumbers: z.array(z.number().int().positive()).max(500).optional(),
    unlinkCaseIds: z.array(z.uuid()).max(500).optional(),
  })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Nothing to change" });
export type IncidentPatch = z.infer<typeof incidentPatch>;

/** "#38", "38, 41" or "#38 #41" typed in "Link a case": the case numbers, or a message naming what is wrong. */
export const caseNumberList = z
  .string()
  .trim()
  .min(1, "Type a case number, e.g. #38")
  .transform((s) => s.split(/[\s,;]+/).filter(Boolean))
  .pipe(z.array(z.string().regex(/^#?\d{1,9}$/, "Case numbers look like #38")).max(50))
  .transform((xs) => [...new Set(xs.map((x) => Number(x.replace("#", ""))))]);

export const incidentStatusUpdate = z.object({ text: z.string().trim().min(3).max(2000) }).strict();

const personalised = (t: string) => /\{\{\s*(first_name|case_number)\s*\}\}/.test(t);
const wording = z.string().trim().min(10).max(1900).refine(personalised, "Personalise it: use {{first_name}} or {{case_number}}");
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** One reply to every open linked case, personalised per case with {{first_name}}, {{case_number}}, {{agent_name}}.
 *  `templates` holds a wording per customer language (each case gets its customer's: an English customer is not
 *  answered in French because the lead's screen is); `template` is one wording for every case (the first API). */
export const incidentAnswer = z
  .object({
    template: z.preprocess(emptyToUndefined, wording.optional()),
    templates: z.object({ fr: z.preprocess(emptyToUndefined, wording.optional()), en: z.preprocess(emptyToUndefined, wording.optional()) }).strict().optional(),
    visibility: z.enum(["public", "private"]),
  })
  .strict()
  .refine((a) => a.template || a.templates?.fr || a.templates?.en, { message: "Write the reply in at least one language", path: ["templates"] })
  .refine((a) => !(a.template && a.templates), { message: "Give either one template or one per language, not both", path: ["template"] });
export type IncidentAnswer = z.infer<typeof incidentAnswer>;

export const INCIDENT_STATUSES = ["SUGGESTED", "OPEN", "RESOLVED"] as const;
export const listIncidentsQuery = z
  .object({ status: z.enum(INCIDENT_STATUSES).optional(), limit: z.coerce.number().int().min(1).max(100).default(50) })
  .strict();
