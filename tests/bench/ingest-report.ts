// Figures and ratios for `npm run bench:ingest`: every webhook figure beside its raw baseline of the same run.
type Run = Record<string, unknown> & { latencies?: number[]; requests?: number; seconds?: number; errors?: number };

export interface ModeResult {
  mode: "postgres" | "pglite";
  /** One process as `npm start` runs it (ingestion beside the acks), rather than the volume deployment. */
  oneProcess?: boolean;
  raw: Record<number, Run>;
  /** Through the WEBHOOK_PORT listener. */
  ack: Record<number, Run>;
  /** The same, through the app's Next.js route /api/webhooks/facebook (one-port installs). */
  ackRoute: Record<number, Run>;
  batch: Run[];
  /** Webhook → visible on a freshly started ingester, then (`visible`) right after, once it has warmed up. */
  visibleCold?: Run;
  visible: Run;
  sustained: Run;
  live: Run;
  /** Resident memory (MiB) of the app (and the worker, PostgreSQL mode) after start, after the acks, at the end. */
  rss?: { app: number[]; worker?: number[] };
}

export function pct(values: number[] | undefined, p: number): number {
  if (!values?.length) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}

const f = (n: number, d = 1) => (Number.isFinite(n) ? n.toFixed(d) : "—");
const rate = (r: Run) => (r.requests ?? 0) / (r.seconds ?? 1);

export function markdownReport(report: { at: string; machine: string; quick: boolean; modes: ModeResult[] }): string {
  const lines = [
    `# Ingest benchmark (${report.at})`,
    "",
    `Machine: ${report.machine}${report.quick ? " — QUICK run (small counts)" : ""}. The machine is shared: absolute figures are noisy;`,
    "compare each figure with the raw baseline measured beside it in the same run (ratio).",
    "",
  ];
  for (const m of report.modes) {
    const rawName = m.mode === "postgres" ? "`pg` one-row INSERT transactions" : "PGlite one-row INSERTs";
    const deployment = m.mode === "pglite" || m.oneProcess ? "one process, as `npm start` runs it" : "app with RUN_JOBS=false + `npm run worker`";
    lines.push(`## ${m.mode === "postgres" ? "PostgreSQL" : "Embedded PGlite"} (${deployment})`, "", "| figure | webhook | raw baseline | ratio |", "|---|---|---|---|");
    if (m.rss) {
      const fmt = (v: number[]) => v.map((x) => `${x} MiB`).join(" / ");
      lines.push(`| resident memory after start / after the acks / at the end: app${m.rss.worker ? ", worker" : ""} | ${fmt(m.rss.app)}${m.rss.worker ? `; ${fmt(m.rss.worker)}` : ""} | | |`);
    }
    for (const c of [8, 32]) {
      const r = m.raw[c]!;
      for (const [a, via] of [[m.ack[c]!, "WEBHOOK_PORT"], [m.ackRoute[c]!, "app route"]] as const) {
        lines.push(`| ack throughput, ${c} senders, ${via} | ${f(rate(a), 0)} /s (${a.errors ?? 0} errors) | ${f(rate(r), 0)} /s (${rawName}) | ${f(rate(a) / rate(r), 2)} |`);
        lines.push(`| ack p50 / p99, ${c} senders, ${via} | ${f(pct(a.latencies, 50))} / ${f(pct(a.latencies, 99))} ms | ${f(pct(r.latencies, 50))} / ${f(pct(r.latencies, 99))} ms | p99 ×${f(pct(a.latencies, 99) / pct(r.latencies, 99), 1)} |`);
      }
      // Issue #27's targets for the default deployment, at 8 senders: the listener ≥ 0.5 × the ceiling with
      // p99 ≤ 50 ms, the Next.js route ≥ 0.25 × the ceiling.
      if (m.oneProcess && c === 8) {
        const ok = (b: boolean) => (b ? "✔" : "✘");
        const listener = rate(m.ack[c]!) / rate(r), route = rate(m.ackRoute[c]!) / rate(r), p99 = pct(m.ack[c]!.latencies, 99);
        lines.push(`| #27 targets, 8 senders | listener ${f(listener, 2)} ≥ 0.5 ${ok(listener >= 0.5)}, p99 ${f(p99, 0)} ≤ 50 ms ${ok(p99 <= 50)}, route ${f(route, 2)} ≥ 0.25 ${ok(route >= 0.25)} | | |`);
      }
    }
    const batchMs = m.batch.map((b) => b.ms as number);
    lines.push(`| 1,000-change batch to 200 (median of ${batchMs.length}) | ${f(pct(batchMs, 50), 0)} ms | ${f(pct(m.raw[8]!.latencies, 50), 2)} ms per raw row | — |`);
    for (const [v, when] of [[m.visibleCold, "fresh ingester"], [m.visible, "warmed up"]] as const) {
      if (!v) continue;
      lines.push(`| webhook → visible in GET /api/v1/cases at ${String(v.rate)}/s (${when}), p50 / p95 | ${f(pct(v.latencies, 50), 0)} / ${f(pct(v.latencies, 95), 0)} ms (${String(v.seen)}/${String(v.sent)} seen) | — | — |`);
    }
    const s = m.sustained;
    const sRate = (s.processed as number) / (s.seconds as number);
    lines.push(`| sustained processing (burst of ${String(s.events)}, 32 senders) | ${f(sRate, 0)} events/s (${String(s.processed)} processed) | ${f(rate(m.raw[32]!), 0)} /s | ${f(sRate / rate(m.raw[32]!), 2)} |`);
    lines.push(`| webhook → live SSE event p50 / p95 (${String(m.live.probes)} probes, idle app) | ${f(pct(m.live.latencies, 50), 0)} / ${f(pct(m.live.latencies, 95), 0)} ms | — | — |`, "");
  }
  return lines.join("\n");
}
