// Simulated agents for `npm run bench:live`: a browser's session cookie (next-auth credentials sign-in), the
// live stream read over real HTTP, and — for the comparison — the full-refresh approach, which fetches the
// inbox page's RSC payload on every change (throttled, 250 ms / max 1 s). Plus the CPU time of a process tree.
import { readFileSync, readdirSync } from "node:fs";
import { throttleWithMaxWait } from "../../lib/live/throttle";
import type { StreamMessage } from "../../lib/live/events";

export async function signInCookie(base: string, email: string, password: string): Promise<string> {
  const jar = new Map<string, string>();
  const keep = (res: Response) => {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair!.indexOf("=");
      jar.set(pair!.slice(0, i), pair!.slice(i + 1));
    }
  };
  const header = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const csrf = await fetch(`${base}/api/auth/csrf`);
  keep(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST", redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: header(), origin: base },
    body: new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: `${base}/inbox` }),
  });
  keep(res);
  if (![...jar.keys()].some((k) => k.includes("session-token"))) throw new Error(`sign-in failed for ${email} (${res.status})`);
  return header();
}

export interface AgentStats {
  sseBytes: number;
  rscBytes: number;
  /** live mode: the counts the inbox tabs keep current (GET /api/v1/cases/counts, throttled 1 s / max 3 s) */
  countsBytes: number;
  refreshes: number;
  changes: number;
  /** Streams opened (1 = never reconnected) and "resync" messages received (the server said: reload). */
  streams: number;
  resyncs: number;
  /** marker → when this agent first saw it (epoch ms) */
  seenAt: Map<string, number>;
}

const MARK = /bench-\d+-x/g;

/**
 * One agent: reads its stream; in "refresh" mode also re-fetches the inbox RSC payload on changes.
 * `committedAt` (shared by all agents): marker → when the server heard its case's commit (the change's `at`),
 * so the fan-out's delay can be told apart from ingestion's.
 */
export function runAgent(base: string, cookie: string, mode: "live" | "refresh", sentAt: Map<string, number>, signal: AbortSignal,
  committedAt: Map<string, number> = new Map(), withCounts = true) {
  const stats: AgentStats = { sseBytes: 0, rscBytes: 0, countsBytes: 0, refreshes: 0, changes: 0, streams: 0, resyncs: 0, seenAt: new Map() };
  const seen = (text: string, now: number) => {
    for (const m of text.match(MARK) ?? []) {
      if (sentAt.has(m) && !stats.seenAt.has(m)) stats.seenAt.set(m, now);
    }
  };
  let inFlight = false;
  let again = false;
  const fetchInbox = async (): Promise<void> => {
    if (inFlight) { again = true; return; }
    inFlight = true;
    try {
      const res = await fetch(`${base}/inbox`, { headers: { cookie, RSC: "1" }, signal });
      const body = await res.text();
      stats.rscBytes += Buffer.byteLength(body);
      stats.refreshes++;
      seen(body, Date.now());
    } catch { /* aborted at the end of the phase */ } finally {
      inFlight = false;
      if (again && !signal.aborted) { again = false; void fetchInbox(); }
    }
  };
  const refresh = throttleWithMaxWait(() => void fetchInbox(), { wait: 250, maxWait: 1_000 });
  // What components/live/live-counts.tsx does in the browser.
  const counts = throttleWithMaxWait(() => {
    void fetch(`${base}/api/v1/cases/counts`, { headers: { cookie }, signal })
      .then((r) => r.text()).then((t) => { stats.countsBytes += Buffer.byteLength(t); }, () => undefined);
  }, { wait: 1_000, maxWait: 3_000 });
  signal.addEventListener("abort", () => { refresh.cancel(); counts.cancel(); });
  // Like the browser (components/live/live-provider.tsx): reconnect a second after the stream ends, and reload
  // the page (the RSC payload) after a "resync" or a reconnection — counted, so a run shows when it happened.
  const readStream = async (): Promise<void> => {
    const res = await fetch(`${base}/api/v1/stream`, { headers: { cookie }, signal });
    if (!res.ok || !res.body) throw new Error(`stream answered ${res.status}`);
    const decoder = new TextDecoder();
    let buf = "";
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      stats.sseBytes += chunk.byteLength;
      buf += decoder.decode(chunk, { stream: true });
      let i: number;
      while ((i = buf.indexOf("\n\n")) >= 0) {
        const data = buf.slice(0, i).split("\n").find((l) => l.startsWith("data: "));
        buf = buf.slice(i + 2);
        if (!data) continue;
        const msg = JSON.parse(data.slice(6)) as StreamMessage;
        if (msg.type === "ready" && stats.streams++ > 0) refresh();
        if (msg.type === "resync") { stats.resyncs++; refresh(); }
        if (msg.type !== "change") continue;
        stats.changes++;
        if (msg.row) {
          for (const m of msg.row.preview.match(MARK) ?? []) {
            if (sentAt.has(m) && !(committedAt.get(m)! <= msg.at)) committedAt.set(m, msg.at);
          }
        }
        if (mode === "live") { if (msg.row) seen(msg.row.preview, Date.now()); if (withCounts) counts(); } else refresh();
      }
    }
  };
  const done = (async () => {
    while (!signal.aborted) {
      try { await readStream(); } catch { /* aborted, or the stream broke: reconnect */ }
      if (!signal.aborted) await new Promise((r) => setTimeout(r, 1_000));
    }
  })();
  return { stats, done };
}

/** User + system CPU seconds of a process and all its descendants (Linux /proc). */
export function treeCpuSeconds(pid: number): number {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  const visit = (p: number) => {
    try {
      const stat = readFileSync(`/proc/${p}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      total += (Number(f[11]) + Number(f[12])) / tick;
      for (const task of readdirSync(`/proc/${p}/task`)) {
        for (const c of readFileSync(`/proc/${p}/task/${task}/children`, "utf8").trim().split(/\s+/).filter(Boolean)) visit(Number(c));
      }
    } catch { /* process gone */ }
  };
  visit(pid);
  return total;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
