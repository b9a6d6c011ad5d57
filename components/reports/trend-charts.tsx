"use client";

// Daily trends of the dashboard, drawn with Recharts: cases opened and resolved, median first response, SLA
// compliance. Labels come from the server (EN/FR); clicking a day opens the cases opened that day.
import { useRouter } from "next/navigation";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DayPoint } from "@/lib/metrics/compute-metrics";

export function TrendCharts({ days, labels, locale }: { days: DayPoint[]; labels: Record<string, string>; locale: string }) {
  const router = useRouter();
  // The day in the reader's convention ("4 déc." / "Dec 4"), not "12-04"; the days are UTC calendar days.
  const dayLabel = new Intl.DateTimeFormat(locale, { day: "numeric", month: "short", timeZone: "UTC" });
  const data = days.map((d) => ({
    ...d,
    label: dayLabel.format(new Date(`${d.day}T00:00:00Z`)),
    frMinutes: d.firstResponseMedian === null ? null : Math.round(d.firstResponseMedian / 60),
    slaPct: d.slaCompliance === null ? null : Math.round(d.slaCompliance * 100),
  }));
  const open = (state: unknown) => {
    const day = (state as { activePayload?: { payload: DayPoint }[] } | null)?.activePayload?.[0]?.payload.day;
    if (day) router.push(`/inbox?from=${day}&to=${nextDay(day)}`);
  };
  return (
    <div className="grid grid-cols-1 gap-4 lg:grid-cols-2" data-testid="trend-charts">
      <figure className="min-w-0 rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <figcaption className="mb-2 text-sm font-medium text-slate-700">{labels["reports.chart.volume"]}</figcaption>
        <div className="h-56">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} onClick={open} style={{ cursor: "pointer" }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="label" fontSize={11} />
              <YAxis allowDecimals={false} fontSize={11} />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Bar dataKey="opened" name={labels["reports.chart.opened"]} fill="#2563eb" isAnimationActive={false} />
              <Bar dataKey="resolved" name={labels["reports.chart.resolved"]} fill="#10b981" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </figure>
      <figure className="min-w-0 rounded-lg bg-white p-3 ring-1 ring-slate-200">
        <figcaption className="mb-2 text-sm font-medium text-slate-700">{labels["reports.chart.response"]}</figcaption>
        <div className="h-56">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={data} onClick={open} style={{ cursor: "pointer" }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
              <XAxis dataKey="label" fontSize={11} />
              <YAxis yAxisId="m" fontSize={11} />
              <YAxis yAxisId="p" orientation="right" domain={[0, 100]} fontSize={11} unit="%" />
              <Tooltip />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              <Line yAxisId="m" type="monotone" dataKey="frMinutes" name={labels["reports.chart.frMinutes"]} stroke="#f59e0b" connectNulls isAnimationActive={false} />
              <Line yAxisId="p" type="monotone" dataKey="slaPct" name={labels["reports.chart.sla"]} stroke="#7c3aed" connectNulls isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
      </figure>
    </div>
  );
}

function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
