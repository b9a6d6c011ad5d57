// `npm run bench:ingest:profile`: where a batch's time goes. On a fresh database (TEST_PG_ADMIN_URL, else
// in-memory PGlite) it appends N single-comment Facebook deliveries (each a new author, so a new case), runs the
// real processDeliveries in batches, and prints wall time per batch (transaction vs post-commit work) and
// the SQL statements that took the most time in all, grouped by their text. A tool for finding the next lever.
// `--rules`: the cost of automation (issue #22): the same ingestion with no rule, with 50 enabled rules
// (tests/bench/bench-rules.ts) on comments of eight kinds, and with the 50 rules on comments none matches
// (evaluation alone), alternated ROUNDS times (default 3, after an uncounted warm-up) on one database in one run; prints the rates and their ratios.
import "../helpers/setup-env";
import { Session } from "node:inspector/promises";
import { writeFileSync } from "node:fs";
import pg from "pg";
import { performance } from "node:perf_hooks";
import { processDeliveries } from "@/lib/ingest/process-deliveries";
import { appendDelivery } from "@/lib/webhooks/append-delivery";
import { afterIngestSettled } from "@/lib/ingest/after-ingest";
import { AFTER_INGEST_HANDLERS } from "@/lib/ingest/after-ingest-handlers";
import { startFakeGraph } from "../fakes/fake-graph";
import { feedCommentValue, feedEnvelope, metaJson } from "../fakes/graph-webhooks";
import { facebookChannelOn } from "../helpers/channels";
import { createTestDatabase, type TestDatabase } from "../helpers/test-db";
import type { FakeGraph } from "../fakes/fake-graph";
import type { Member } from "@/lib/auth/member";
import { seedBenchRules } from "./bench-rules";

const N = Number(process.argv[2] ?? 1200);
const BATCH = Number(process.argv[3] ?? 300);

const stats = new Map<string, { n: number; ms: number }>();
const origQuery = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string })?.text ?? "?";
  const key = text.replace(/\$\d+/g, "$").replace(/\s+/g, " ").slice(0, 110);
  const t = performance.now();
  const r = (origQuery as (...a: unknown[]) => unknown).apply(this, args);
  if (r && typeof (r as Promise<unknown>).then === "function") {
    void (r as Promise<unknown>).finally(() => {
      const s = stats.get(key) ?? { n: 0, ms: 0 };
      s.n++;
      s.ms += performance.now() - t;
      stats.set(key, s);
    }).catch(() => undefined);
  }
  return r;
} as typeof pg.Client.prototype.query;

const handlerMs = new Map<string, number>();
for (const h of AFTER_INGEST_HANDLERS) {
  const run = h.run.bind(h);
  h.run = async (prisma, batch) => {
    const t = performance.now();
    try {
      await run(prisma, batch);
    } finally {
      handlerMs.set(h.name, (handlerMs.get(h.name) ?? 0) + performance.now() - t);
    }
  };
}

async function main() {
  const db = await createTestDatabase();
  const fake = await startFakeGraph({ appSecret: "profile-secret" });
  const { channel, lead } = await facebookChannelOn(db.prisma, fake);
  if (process.argv.includes("--rules")) return compareRules(db, fake, channel.id, lead);
  if (process.env.PROFILE_SQL && process.env.TEST_PG_ADMIN_URL) {
    // An experiment on the schema (e.g. DISABLE TRIGGER ...), run as the owner on this fresh database.
    const owner = Object.assign(new URL(process.env.TEST_PG_ADMIN_URL), { pathname: new URL(db.url!).pathname });
    const c = new pg.Client({ connectionString: owner.toString() });
    await c.connect();
    await c.query(process.env.PROFILE_SQL);
    await c.end();
  }
  await appendComments(db, fake, channel.id);
  stats.clear();
  // --cpu FILE: a CPU profile of the ingestion alone (open it in Chrome DevTools).
  const cpuFile = process.argv.includes("--cpu") ? process.argv[process.argv.indexOf("--cpu") + 1] : undefined;
  const session = new Session();
  if (cpuFile) {
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
  }
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  for (;;) {
    const t = performance.now();
    const r = await processDeliveries(db.prisma, { limit: BATCH, deferAfterBatch: true });
    if (r.claimed === 0) break;
    const tx = performance.now() - t;
    await r.after();
    console.log(`batch ${r.claimed}: tx ${tx.toFixed(0)} ms, after ${(performance.now() - t - tx).toFixed(0)} ms`);
  }
  await afterIngestSettled();
  if (cpuFile) writeFileSync(cpuFile, JSON.stringify((await session.post("Profiler.stop")).profile));
  const total = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(`${N} events in ${total.toFixed(0)} ms: ${(N / (total / 1000)).toFixed(0)} events/s (${db.kind}); this process's CPU `
    + `${((cpu.user + cpu.system) / 1000 / N).toFixed(2)} ms per event (user ${(cpu.user / 1000 / N).toFixed(2)}, system ${(cpu.system / 1000 / N).toFixed(2)})`);
  for (const [k, ms] of handlerMs) console.log(`handler ${k}: ${ms.toFixed(0)} ms`);
  const top = [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(process.env.TOP ?? 25));
  for (const [k, s] of top) console.log(`${s.ms.toFixed(0).padStart(6)} ms ${String(s.n).padStart(5)}× ${k}`);
  await fake.close();
  await db.dispose();
}

/** What customers write in the --rules passes: several topics, as a page gets them (most rules match none). */
const VARIED = [
  (id: string) => `Commande ${id} toujours pas livrée, où est mon colis ?`,
  (id: string) => `Je demande le remboursement de ma commande ${id}, produit reçu cassé`,
  () => "Merci pour l'accueil en boutique, super conseils !",
  () => "Quelle taille prendre pour le pull marin ?",
  (id: string) => `Ma facture ${id} est fausse, vous m'avez prélevé deux fois`,
  () => "L'appli plante à chaque connexion depuis la mise à jour",
  () => "Vous êtes ouverts dimanche ?",
  () => "Toujours aucune nouvelle du service client, c'est inadmissible",
];

/** N new authors' comments, appended as webhook deliveries (not yet processed). */
async function appendComments(db: TestDatabase, fake: FakeGraph, channelId: string, kind: "fixed" | "varied" | "unmatched" = "fixed") {
  const run = Math.random().toString(36).slice(2, 7);
  await Promise.all(Array.from({ length: N }, (_, i) => {
    const id = `${run}${i}`;
    const body = metaJson(feedEnvelope(fake.pageId, [feedCommentValue({
      verb: "add", comment_id: `${fake.pageId}_${id}`, post_id: `${fake.pageId}_${run}`, from: { id: `u${id}`, name: `Client ${id}` },
      message: kind === "varied" ? VARIED[i % VARIED.length]!(id) : kind === "unmatched" ? `Vous êtes ouverts dimanche ${id} ?`
        : `Commande ${id} toujours pas livrée, remboursement ?`, created_time: new Date(),
    })]));
    return appendDelivery(db.sql, false, "FACEBOOK_PAGE", [channelId], Buffer.from(body));
  }));
}

/** Events per second of processing N appended comments to the end (after-ingest work included). */
async function ingestRate(db: TestDatabase): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const r = await processDeliveries(db.prisma, { limit: BATCH, deferAfterBatch: true });
    if (r.claimed === 0) break;
    await r.after();
  }
  await afterIngestSettled();
  return N / ((performance.now() - t0) / 1000);
}

async function compareRules(db: TestDatabase, fake: FakeGraph, channelId: string, lead: Member) {
  const rules = await seedBenchRules(db.prisma, lead);
  const setRules = (enabled: boolean) => db.prisma.automationRule.updateMany({ where: { workspaceId: lead.workspaceId }, data: { enabled } });
  // Each workload twice, without and with the rules: comments of eight kinds (some rules match most of them), and
  // comments none of the rules matches (what evaluating 50 rules costs when there is nothing to write).
  const modes = [["varied", false], ["varied", true], ["unmatched", false], ["unmatched", true]] as const;
  const rates = new Map<string, number[]>();
  const ruleStats = new Map<string, { n: number; ms: number }>(); // SQL of the passes with rules (TOP=n prints them)
  // A first pass, not counted: the first one ran on a cold process and database (JIT, caches) and flattered the rules.
  await setRules(false);
  await appendComments(db, fake, channelId, "varied");
  console.log(`warm-up, not counted: ${(await ingestRate(db)).toFixed(0)} events/s`);
  const rounds = Number(process.env.ROUNDS ?? 3);
  for (const [kind, on] of Array.from({ length: rounds }, () => modes).flat()) {
    await setRules(on);
    await appendComments(db, fake, channelId, kind);
    stats.clear();
    const handler0 = handlerMs.get("automation-rules") ?? 0;
    const rate = await ingestRate(db);
    const handler = (handlerMs.get("automation-rules") ?? 0) - handler0;
    if (on) for (const [k, v] of stats) { const t = ruleStats.get(k) ?? { n: 0, ms: 0 }; t.n += v.n; t.ms += v.ms; ruleStats.set(k, t); }
    rates.set(`${kind}:${on}`, [...(rates.get(`${kind}:${on}`) ?? []), rate]);
    console.log(`${kind} comments, ${on ? `${rules} rules` : "no rule "}: ${N} events, ${rate.toFixed(0)} events/s (rules handler ${handler.toFixed(0)} ms)`);
  }
  const mean = (k: string) => rates.get(k)!.reduce((a, b) => a + b, 0) / rates.get(k)!.length;
  const runs = await db.prisma.automationRun.count();
  for (const kind of ["varied", "unmatched"]) {
    console.log(`${db.kind}, ${kind} comments: no rule ${mean(`${kind}:false`).toFixed(0)} events/s, ${rules} rules ${mean(`${kind}:true`).toFixed(0)} events/s, `
      + `ratio ${(mean(`${kind}:true`) / mean(`${kind}:false`)).toFixed(2)} (target >= 0.90)`);
  }
  console.log(`${runs} rule runs applied`);
  for (const [k, ms] of handlerMs) console.log(`handler ${k}: ${ms.toFixed(0)} ms`);
  if (process.env.TOP) {
    for (const [k, v] of [...ruleStats].sort((a, b) => b[1].ms - a[1].ms).slice(0, Number(process.env.TOP))) console.log(`${v.ms.toFixed(0).padStart(6)} ms ${String(v.n).padStart(5)}× ${k}`);
  }
  await fake.close();
  await db.dispose();
}

main().then(() => process.exit(0), (err: unknown) => { console.error(err); process.exit(1); });
