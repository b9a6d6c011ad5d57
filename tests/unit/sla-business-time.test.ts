// SLA arithmetic (R2) in Europe/Paris office hours: business hours, a weekend, a holiday and both
// daylight-saving changes. Expected instants are written in UTC so a zone mistake cannot hide.
import { describe, expect, it } from "vitest";
import { addBusinessMinutes, businessMinutesBetween } from "@/lib/sla/business-time";
import { computeClocks, waitingPeriods } from "@/lib/sla/compute-clocks";
import { DEFAULT_SLA_POLICY, slaPolicyInput } from "@/lib/sla/schemas";

const paris = DEFAULT_SLA_POLICY; // Mon–Fri 09:00–18:00 Europe/Paris, French public holidays
const allDay: [string, string][] = [["00:00", "24:00"]];
const around = { ...paris, businessHours: { "1": allDay, "2": allDay, "3": allDay, "4": allDay, "5": allDay, "6": allDay, "7": allDay }, holidays: [] };
const d = (iso: string) => new Date(iso);

describe("addBusinessMinutes", () => {
  it("adds inside one business day", () => {
    // Tuesday 10:00 Paris (CET, UTC+1) + 2 h
    expect(addBusinessMinutes(paris, d("2026-01-13T09:00:00Z"), 120).toISOString()).toBe("2026-01-13T11:00:00.000Z");
  });

  it("starts the clock at opening time for a message posted at night", () => {
    // Tuesday 06:00 Paris → clock starts 09:00 → 09:30
    expect(addBusinessMinutes(paris, d("2026-01-13T05:00:00Z"), 30).toISOString()).toBe("2026-01-13T08:30:00.000Z");
  });

  it("skips the weekend", () => {
    // Friday 17:30 Paris + 60 min = 30 min on Friday + 30 min on Monday → Monday 09:30 Paris
    expect(addBusinessMinutes(paris, d("2026-01-16T16:30:00Z"), 60).toISOString()).toBe("2026-01-19T08:30:00.000Z");
  });

  it("skips a public holiday (Friday 1 May 2026) and the weekend after it", () => {
    // Thursday 30 April 17:00 Paris (CEST, UTC+2) + 2 h → 1 h Thursday, then Monday 4 May 10:00
    expect(addBusinessMinutes(paris, d("2026-04-30T15:00:00Z"), 120).toISOString()).toBe("2026-05-04T08:00:00.000Z");
  });

  it("crosses the spring daylight-saving change (29 March 2026) at local wall-clock times", () => {
    // Friday 27 March 17:00 CET (16:00Z) + 2 h → Monday 30 March 10:00 CEST = 08:00Z (not 09:00Z)
    expect(addBusinessMinutes(paris, d("2026-03-27T16:00:00Z"), 120).toISOString()).toBe("2026-03-30T08:00:00.000Z");
  });

  it("crosses the autumn daylight-saving change (25 October 2026)", () => {
    // Friday 23 October 17:00 CEST (15:00Z) + 2 h → Monday 26 October 10:00 CET = 09:00Z
    expect(addBusinessMinutes(paris, d("2026-10-23T15:00:00Z"), 120).toISOString()).toBe("2026-10-26T09:00:00.000Z");
  });

  it("counts real minutes around the clock, including the 23-hour day", () => {
    // Saturday 28 March 12:00 CET + 24 h of business time = Sunday 12:00Z = 14:00 CEST (one local hour skipped)
    expect(addBusinessMinutes(around, d("2026-03-28T11:00:00Z"), 24 * 60).toISOString()).toBe("2026-03-29T11:00:00.000Z");
    expect(businessMinutesBetween(around, d("2026-03-28T23:00:00Z"), d("2026-03-29T22:00:00Z"))).toBe(23 * 60);
  });
});

describe("the per-calendar day cache", () => {
  // Office hours in Paris; around the clock (where a wrong local midnight shifts every answer) in Kathmandu
  // (UTC+5:45) and Santiago (DST changes at local midnight).
  it.each([["Europe/Paris", paris], ["Asia/Kathmandu", around], ["America/Santiago", around]] as const)(
    "gives the same instants as a calendar seen for the first time (%s)", (timeZone, calendar) => {
    const shared = Object.freeze({ ...calendar, timeZone });
    // Every 10 minutes over days around midnights and DST changes, so the cache serves instants on both sides
    // of a local midnight; then a coarse walk over the whole year.
    const windows = ["2026-01-13", "2026-03-27", "2026-04-04", "2026-09-05", "2026-10-23"].flatMap((day) => {
      const from = Date.parse(`${day}T00:00:00Z`);
      return Array.from({ length: 2 * 144 }, (_, k) => from + k * 600_000);
    });
    const year = Array.from({ length: 600 }, (_, k) => Date.parse("2026-01-01T00:00:00Z") + k * (7 * 3_600_000 + 13 * 60_000));
    // Latest first: an instant just before a midnight must not take the day its slot saw first.
    for (const t of [...windows.reverse(), ...year]) {
      const start = new Date(t);
      for (const minutes of [30, 2_880]) {
        // A fresh copy has an empty cache: every day is walked through luxon again.
        expect(addBusinessMinutes(shared, start, minutes).toISOString()).toBe(addBusinessMinutes({ ...shared }, start, minutes).toISOString());
      }
      const to = new Date(t + 3 * 86_400_000);
      expect(businessMinutesBetween(shared, start, to)).toBe(businessMinutesBetween({ ...shared }, start, to));
    }
  });
});

describe("businessMinutesBetween", () => {
  it("counts only opening hours across a weekend", () => {
    // Friday 17:00 → Monday 10:00 Paris = 60 + 60
    expect(businessMinutesBetween(paris, d("2026-01-16T16:00:00Z"), d("2026-01-19T09:00:00Z"))).toBe(120);
  });
  it("is zero on a holiday and backwards", () => {
    expect(businessMinutesBetween(paris, d("2026-05-01T07:00:00Z"), d("2026-05-01T16:00:00Z"))).toBe(0);
    expect(businessMinutesBetween(paris, d("2026-01-16T16:00:00Z"), d("2026-01-16T15:00:00Z"))).toBe(0);
  });
});

describe("computeClocks", () => {
  const base = { priority: "HIGH" as const, openedAt: d("2026-01-13T09:00:00Z"), firstRespondedAt: null, lastInboundAt: d("2026-01-13T09:00:00Z"), lastAnsweredAt: null, waiting: [] };

  it("uses the priority's targets", () => {
    const c = computeClocks(paris, base, d("2026-01-13T09:10:00Z"));
    expect(c.firstResponseDueAt.toISOString()).toBe("2026-01-13T10:00:00.000Z"); // HIGH: 60 min
    expect(c.nextResponseDueAt).toBeNull();
    // HIGH resolution: 18 business hours → Tuesday 10:00 + 8 h (to 18:00) + 9 h Wed + 1 h Thu → Thu 10:00 Paris
    expect(c.resolutionDueAt.toISOString()).toBe("2026-01-15T09:00:00.000Z");
  });

  it("pauses the resolution clock while waiting on the customer", () => {
    const answered = d("2026-01-13T10:00:00Z");
    const waiting = waitingPeriods(
      [{ at: d("2026-01-13T10:00:00Z"), to: "WAITING_ON_CUSTOMER" }],
      [d("2026-01-13T09:00:00Z"), d("2026-01-13T13:00:00Z")], // the customer answers 3 h later
    );
    expect(waiting).toEqual([{ from: d("2026-01-13T10:00:00Z"), to: d("2026-01-13T13:00:00Z") }]);
    const c = computeClocks(paris, { ...base, firstRespondedAt: answered, lastAnsweredAt: answered, lastInboundAt: d("2026-01-13T13:00:00Z"), waiting }, d("2026-01-13T13:00:00Z"));
    expect(c.pausedMinutes).toBe(180);
    expect(c.resolutionDueAt.toISOString()).toBe("2026-01-15T12:00:00.000Z");
    // The customer wrote after our answer: the next-response clock runs (HIGH: 120 min)
    expect(c.nextResponseDueAt?.toISOString()).toBe("2026-01-13T15:00:00.000Z");
  });

  it("keeps pausing while the case still waits", () => {
    const waiting = waitingPeriods([{ at: d("2026-01-13T10:00:00Z"), to: "WAITING_ON_CUSTOMER" }], [d("2026-01-13T09:00:00Z")]);
    expect(waiting[0]!.to).toBeNull();
    const c = computeClocks(paris, { ...base, waiting }, d("2026-01-13T11:00:00Z"));
    expect(c.pausedMinutes).toBe(60);
  });
});

describe("slaPolicyInput", () => {
  it("accepts the default and refuses a bad zone, a reversed interval and a bad date", () => {
    expect(slaPolicyInput.safeParse(paris).success).toBe(true);
    expect(slaPolicyInput.safeParse({ ...paris, timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(slaPolicyInput.safeParse({ ...paris, businessHours: { "1": [["18:00", "09:00"]] } }).success).toBe(false);
    expect(slaPolicyInput.safeParse({ ...paris, holidays: ["2026-13-01"] }).success).toBe(false);
    expect(slaPolicyInput.safeParse({ ...paris, extra: 1 }).success).toBe(false);
  });
});
