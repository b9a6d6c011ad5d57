// The three time formats X uses: v1.1 `created_at` ("Mon May 19 14:01:46 +0000 2025"), millisecond
// strings (`created_timestamp`, `timestamp_ms`) and v2 ISO 8601 (`created_at`, `start_time`).

const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11,
};

// Weekday is ignored (it is redundant and would only add ways to fail); the offset is honoured although
// X always sends +0000, so a proxy re-rendering the date in another zone still parses correctly.
const V1_DATE = /^\s*(?:[A-Za-z]{3},?\s+)?([A-Za-z]{3})\s+(\d{1,2})\s+(\d{1,2}):(\d{2}):(\d{2})\s+([+-])(\d{2}):?(\d{2})\s+(\d{4})\s*$/;

/** Parses a v1.1 `created_at`; undefined when it is not that format. */
export function parseV1Date(value: string): Date | undefined {
  const m = V1_DATE.exec(value);
  if (!m) return undefined;
  const [, mon, day, hh, mm, ss, sign, oh, om, year] = m;
  const month = MONTHS[(mon ?? "").toLowerCase()];
  if (month === undefined) return undefined;
  const utc = Date.UTC(Number(year), month, Number(day), Number(hh), Number(mm), Number(ss));
  const offsetMin = (Number(oh) * 60 + Number(om)) * (sign === "-" ? -1 : 1);
  const d = new Date(utc - offsetMin * 60_000);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Unix milliseconds as a decimal string (or number). */
export function parseMillis(value: string | number | undefined): Date | undefined {
  if (value === undefined) return undefined;
  const s = String(value);
  if (!/^\d{1,16}$/.test(s)) return undefined;
  return new Date(Number(s));
}

export function parseIso(value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** `YYYY-MM-DDTHH:mm:ssZ`: the form X documents for `start_time` (second granularity). */
export function toXTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
