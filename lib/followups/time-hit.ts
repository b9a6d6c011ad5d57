// What the time grammar (time-rules.ts) finds in a promise and the resolver (promise-time.ts, business-days.ts)
// reads: the shape of one time expression. In a file of its own so the grammar and the calendar arithmetic can
// share it without depending on each other.

export type Part = "morning" | "early" | "lunch" | "afternoon" | "earlyAfternoon" | "evening" | "close" | "firstThing" | "overnight";

export type DaySpec =
  | { kind: "rel"; days: number }
  | { kind: "weekday"; weekday: number; nextWeek?: boolean }
  | { kind: "date"; day: number; month?: number; year?: number }
  | { kind: "week"; weeks: number; at: "end" | "start" }
  | { kind: "weekend" }
  | { kind: "month"; months: number; at: "end" | "start" }
  | { kind: "businessDays"; n: number };

/** One time expression found in a sentence; offsets in the folded sentence. */
export interface TimeHit {
  start: number;
  end: number;
  day?: DaySpec;
  /** "avant vendredi", "before the 15th": due the day before. */
  beforeDay?: boolean;
  part?: Part;
  clock?: { hour: number; minute: number };
  duration?: { minutes: number; business?: boolean };
  /** A time that only says "soon" or "when something happens". */
  vague?: "soon" | "event";
  /** Clearly ahead of the writing (demain, next week, dans 2 h), so a past verb near it does not make it past. */
  future?: boolean;
  /** "hier", "last Friday", "il y a 2 jours": the sentence speaks of the past. */
  past?: boolean;
  /** A duration counted from now ("dans 2 h", "in 3 days"), not a delay that may be a policy ("sous 48 h"). */
  relative?: boolean;
  /** "la coupure de ce soir", "your order from Monday", "tomorrow's visit": the time qualifies a thing, not an act. */
  attributive?: boolean;
  /** "de 14h à 16h", "9am to 6pm": a span; a promise in the future tense is due at its end, otherwise it is opening times. */
  span?: boolean;
  /** "jusqu'au 31 juillet", "until Friday": how long something lasts, not when it is done. */
  until?: boolean;
}
