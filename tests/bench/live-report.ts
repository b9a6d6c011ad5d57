// Figures of `npm run bench:live` (tests/bench/live-bench.ts): ingestion's share and the fan-out's share of the
// delay kept apart, CPU normalised to the stream's duration, and the Markdown table for the README.
import { percentile, type AgentStats } from "./live-agents";

export interface PhaseRun {
  name: string;
  mode: "none" | "live" | "refresh";
  /** Seconds the comments were sent over (the stream), and until everything was committed and delivered. */
  seconds: number;
  window: number;
  /** App CPU seconds over the window: every instance, and the instances serving the agents only (2+ instances). */
  cpu: number;
  agentInstancesCpu: number | null;
  stats: AgentStats[];
  sentAt: Map<string, number>;
  committedAt: Map<string, number>;
  acks: number[];
  /** Webhooks not answered 200 within the sender's 20 s. */
  unanswered: number;
  sent: number;
  drained: boolean;
}

export function phaseFigures(p: PhaseRun, ingest: PhaseRun, counted: boolean[]) {
  const seen = p.stats.filter((_, i) => counted[i]).flatMap((s) => [...s.seenAt]);
  const webhookToAgent = seen.map(([m, t]) => t - p.sentAt.get(m)!);
  const commitToAgent = seen.filter(([m]) => p.committedAt.has(m)).map(([m, t]) => t - p.committedAt.get(m)!);
  const webhookToCommit = [...p.committedAt].map(([m, t]) => t - p.sentAt.get(m)!);
  const lastCommit = Math.max(...p.committedAt.values());
  const firstSend = Math.min(...p.sentAt.values());
  const bytes = p.stats.reduce((a, s) => a + s.sseBytes + s.rscBytes + s.countsBytes, 0);
  const agents = p.stats.length;
  return {
    phase: p.name, sent: p.sent, drained: p.drained,
    ackP50Ms: percentile(p.acks, 50), ackP95Ms: percentile(p.acks, 95), unanswered: p.unanswered,
    // Ingestion: from the webhook to the case's commit (as the server heard it through NOTIFY).
    committed: p.committedAt.size, webhookToCommitP50Ms: percentile(webhookToCommit, 50), webhookToCommitP95Ms: percentile(webhookToCommit, 95),
    ingestedPerSecond: p.committedAt.size / Math.max(0.001, (lastCommit - firstSend) / 1000),
    // Fan-out: from that commit to the agent's screen (live: the row event; refresh: the RSC payload showing it).
    commitToAgentP50Ms: percentile(commitToAgent, 50), commitToAgentP95Ms: percentile(commitToAgent, 95),
    webhookToAgentP50Ms: percentile(webhookToAgent, 50), webhookToAgentP95Ms: percentile(webhookToAgent, 95),
    sightings: seen.length, expectedSightings: p.sent * counted.filter(Boolean).length,
    appCpuCores: p.cpu / p.seconds,
    // CPU seconds spent beyond ingestion's own (same comments, no agent), per second of the stream.
    fanoutCpuCores: (p.cpu - ingest.cpu) / p.seconds,
    agentInstancesCpuCores: p.agentInstancesCpu === null ? null : p.agentInstancesCpu / p.seconds,
    bytesPerAgentPerSecond: bytes / agents / p.seconds,
    bytesPerAgentPerEvent: bytes / agents / p.sent,
    // Where the bytes go: the stream itself, the inbox RSC payloads (refresh), the tab counts (live).
    sseBytesPerAgentPerEvent: p.stats.reduce((a, s) => a + s.sseBytes, 0) / agents / p.sent,
    rscBytesPerAgentPerEvent: p.stats.reduce((a, s) => a + s.rscBytes, 0) / agents / p.sent,
    countsBytesPerAgentPerEvent: p.stats.reduce((a, s) => a + s.countsBytes, 0) / agents / p.sent,
    refreshesPerAgent: p.stats.reduce((a, s) => a + s.refreshes, 0) / agents,
    // Streams the server ended (backpressure) or that broke, and "resync" messages: each costs the agent a reload.
    reconnects: p.stats.reduce((a, s) => a + Math.max(0, s.streams - 1), 0), resyncs: p.stats.reduce((a, s) => a + s.resyncs, 0),
    customerServiceChangeEvents: p.stats.filter((_, i) => !counted[i]).reduce((a, s) => a + s.changes, 0),
  };
}
export type PhaseFigures = ReturnType<typeof phaseFigures>;

const f = (x: number | null, d = 0) => (x !== null && Number.isFinite(x) ? x.toFixed(d) : "n/a");

export function markdown(o: { at: string; header: string; load: string; ingest: PhaseRun; phases: PhaseFigures[]; twoInstances: boolean }): string {
  const ing = o.ingest;
  const ingCommit = [...ing.committedAt].map(([m, t]) => t - ing.sentAt.get(m)!);
  return [
    `# bench:live — ${o.at}`, "",
    `${o.header}`, "",
    `Load average (1/5/15 min) at the start and at the end: ${o.load}.`, "",
    `Ingest only (no agent): app CPU ${f(ing.cpu / ing.seconds, 2)} core per second of stream, webhook ack p50/p95 ${f(percentile(ing.acks, 50))}/${f(percentile(ing.acks, 95))} ms (${ing.unanswered} of ${ing.sent} not answered within 20 s), ` +
      `${ing.drained ? "all" : "NOT all"} committed within the wait${ingCommit.length ? `, webhook → commit p95 ${f(percentile(ingCommit, 95))} ms` : ""}.`, "",
    "| approach | webhook ack p95 | webhook → commit p50 / p95 (ingestion) | commit → agent p50 / p95 (fan-out) | webhook → agent p50 / p95 | seen / expected | ingested per s | fan-out CPU (cores) | " +
      (o.twoInstances ? "agents' instance CPU (cores) | " : "") + "bytes / agent / s | bytes / agent / event (stream + RSC + counts) | refreshes / agent | reconnects / resyncs | CS change events |",
    `|---|---|---|---|---|---|---|---|${o.twoInstances ? "---|" : ""}---|---|---|---|---|`,
    ...o.phases.map((r) => `| ${r.phase}${r.drained ? "" : " (not drained)"} | ${f(r.ackP95Ms)} ms${r.unanswered ? ` (${r.unanswered} unanswered)` : ""} | ${f(r.webhookToCommitP50Ms)} / ${f(r.webhookToCommitP95Ms)} ms | ` +
      `**${f(r.commitToAgentP50Ms)} / ${f(r.commitToAgentP95Ms)} ms** | ${f(r.webhookToAgentP50Ms)} / ${f(r.webhookToAgentP95Ms)} ms | ${r.sightings} / ${r.expectedSightings} | ` +
      `${f(r.ingestedPerSecond, 1)} | ${f(r.fanoutCpuCores, 3)} | ${o.twoInstances ? `${f(r.agentInstancesCpuCores, 3)} | ` : ""}${f(r.bytesPerAgentPerSecond)} | ${f(r.bytesPerAgentPerEvent)} (${f(r.sseBytesPerAgentPerEvent)} + ${f(r.rscBytesPerAgentPerEvent)} + ${f(r.countsBytesPerAgentPerEvent)}) | ${f(r.refreshesPerAgent, 1)} | ${r.reconnects} / ${r.resyncs} | ${r.customerServiceChangeEvents} |`),
    "",
  ].join("\n");
}
