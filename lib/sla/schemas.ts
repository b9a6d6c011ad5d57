// SLA policy inputs (R2), shared by the settings form, its action and the clock code. No server imports here.
import { z } from "zod";
import { IANAZone } from "luxon";

export const SLA_PRIORITIES = ["URGENT", "HIGH", "NORMAL", "LOW"] as const;
export type SlaPriority = (typeof SLA_PRIORITIES)[number];

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "times are HH:MM, 00:00 to 24:00");
const interval = z
  .tuple([hhmm, hhmm])
  .refine(([a, b]) => a < b, { message: "an opening interval must end after it starts" });
const minutes = z.number().int().min(1).max(60 * 24 * 60);

export const slaTargets = z.object({ firstResponse: minutes, nextResponse: minutes, resolution: minutes }).strict();
export type SlaTargets = z.infer<typeof slaTargets>;

/** ISO weekday ("1" = Monday … "7" = Sunday) → opening intervals in local time; a missing day is closed. */
export const businessHours = z.partialRecord(z.enum(["1", "2", "3", "4", "5", "6", "7"]), z.array(interval).max(4));
export type BusinessHours = z.infer<typeof businessHours>;

export const slaPolicyInput = z
  .object({
    timeZone: z.string().refine((tz) => IANAZone.isValidZone(tz), "unknown time zone (use an IANA name such as Europe/Paris)"),
    businessHours,
    holidays: z.array(z.iso.date()).max(200),
    targets: z.object({ URGENT: slaTargets, HIGH: slaTargets, NORMAL: slaTargets, LOW: slaTargets }).strict(),
    atRiskPercent: z.number().int().min(1).max(90),
  })
  .strict();
export type SlaPolicyInput = z.infer<typeof slaPolicyInput>;

const WEEKDAY: [string, string][] = [["09:00", "18:00"]];

/** French public holidays 2026–2027: the default calendar of a workspace in Europe/Paris. */
export const FRENCH_HOLIDAYS = [
  "2026-01-01", "2026-04-06", "2026-05-01", "2026-05-08", "2026-05-14", "2026-05-25", "2026-07-14", "2026-08-15",
  "2026-11-01", "2026-11-11", "2026-12-25",
  "2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-08", "2027-05-17", "2027-07-14", "2027-08-15",
  "2027-11-01", "2027-11-11", "2027-12-25",
];

/** What a workspace gets until a lead changes it: office hours in Paris, every complaint treated as urgent-ish. */
export const DEFAULT_SLA_POLICY: SlaPolicyInput = {
  timeZone: "Europe/Paris",
  businessHours: { "1": WEEKDAY, "2": WEEKDAY, "3": WEEKDAY, "4": WEEKDAY, "5": WEEKDAY },
  holidays: FRENCH_HOLIDAYS,
  targets: {
    URGENT: { firstResponse: 30, nextResponse: 60, resolution: 8 * 60 },
    HIGH: { firstResponse: 60, nextResponse: 120, resolution: 2 * 9 * 60 },
    NORMAL: { firstResponse: 120, nextResponse: 240, resolution: 3 * 9 * 60 },
    LOW: { firstResponse: 240, nextResponse: 480, resolution: 5 * 9 * 60 },
  },
  atRiskPercent: 25,
};
