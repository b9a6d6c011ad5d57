// Promises in brand replies (issue #18 §5), found by lib/followups/detect-promise.ts: a dated promise must be due
// inside the corpus's window (workspace time, Europe/Paris, Mon–Fri 09:00–18:00), a vague one makes an undated
// follow-up, and a reply without a promise makes none. Run under two server time zones, which must agree.
// Target on unseen replies: ≥ 80 % with the right due time, 0 false follow-ups on replies without a promise.
import { DateTime } from "luxon";
import { detectPromise, type PromiseCalendar } from "../../../lib/followups/detect-promise";
import type { Row } from "../corpus";
import { fig, pct, type TaskReport } from "./report";

export const ZONE = "Europe/Paris";

type Read = { kind: "none" } | { kind: "vague" } | { kind: "dated"; due: DateTime };

/** The corpus's workspace: Paris, open Monday to Friday 09:00–18:00 (no holidays). */
export const CALENDAR: PromiseCalendar = {
  timeZone: ZONE,
  businessHours: Object.fromEntries(["1", "2", "3", "4", "5"].map((d) => [d, [["09:00", "18:00"]]])),
  holidays: [],
};

/** What the product makes of a reply: the same call the follow-up tracker makes, with the workspace's calendar. */
function readPromise(text: string, sentAt: Date): Read {
  const p = detectPromise(text, sentAt, CALENDAR);
  if (!p) return { kind: "none" };
  if (p.vague || !p.dueAt) return { kind: "vague" };
  return { kind: "dated", due: DateTime.fromJSDate(p.dueAt).setZone(ZONE) };
}

const local = (s: string) => DateTime.fromISO(s, { zone: ZONE });

function judge(r: Row, got: Read): boolean {
  if (r.due_min === "none") return got.kind === "none";
  if (r.due_min === "vague") return got.kind === "vague";
  if (got.kind !== "dated") return false;
  const t = got.due.toMillis();
  return t >= local(r.due_min!).toMillis() && t <= local(r.due_max!).endOf("minute").toMillis();
}

function runOnce(rows: Row[], serverZone: string) {
  const before = process.env.TZ;
  process.env.TZ = serverZone; // Node re-reads TZ when it changes: the server's zone must not matter
  try {
    return rows.map((r) => ({ r, got: readPromise(r.text, local(r.sent_at!).toJSDate()) }));
  } finally {
    if (before === undefined) delete process.env.TZ; else process.env.TZ = before;
  }
}

export function evaluatePromises(rows: Row[]): TaskReport {
  const runs = ["UTC", "Pacific/Auckland"].map((z) => runOnce(rows, z));
  const [utc, far] = runs as [ReturnType<typeof runOnce>, ReturnType<typeof runOnce>];
  const right = (run: typeof utc) => run.filter((x) => judge(x.r, x.got));
  const kind = (k: string) => (x: (typeof utc)[number]) => (k === "dated" ? !["none", "vague"].includes(x.r.due_min!) : x.r.due_min === k);
  const show = (g: Read) => (g.kind === "dated" ? g.due.toFormat("ccc yyyy-LL-dd HH:mm") : g.kind);
  return {
    figures: [
      fig("items", rows.length, "count"),
      fig("right (server on UTC)", pct(right(utc).length, utc.length)),
      fig("right (server on Pacific/Auckland)", pct(right(far).length, far.length)),
      fig("dated promises due in their window", pct(right(utc).filter(kind("dated")).length, utc.filter(kind("dated")).length)),
      fig("vague promises read as undated", pct(right(utc).filter(kind("vague")).length, utc.filter(kind("vague")).length)),
      fig("false follow-ups (no promise)", utc.filter(kind("none")).filter((x) => x.got.kind !== "none").length, "count"),
      fig("false follow-up rate", pct(utc.filter(kind("none")).filter((x) => x.got.kind !== "none").length, utc.filter(kind("none")).length)),
    ],
    errors: utc.filter((x) => !judge(x.r, x.got)).map((x) =>
      `[${x.r.family}] sent ${local(x.r.sent_at!).toFormat("ccc yyyy-LL-dd HH:mm")} want ${x.r.due_min}${x.r.due_max !== x.r.due_min ? ".." + x.r.due_max : ""} got ${show(x.got)}: ${x.r.text}`),
  };
}
