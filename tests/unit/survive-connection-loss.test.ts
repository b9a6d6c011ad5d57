// The worker process outlives a PostgreSQL restart that surfaces as an unhandled rejection (pg-boss 10.4 does not
// await fail()/complete()), and still dies on any other unhandled rejection. Real child processes, real exit codes.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { isConnectionLoss } from "@/lib/jobs/survive-connection-loss";

function runChild(rejection: string): { status: number | null; stderr: string } {
  const script = `
    import { surviveConnectionLoss } from "./lib/jobs/survive-connection-loss";
    surviveConnectionLoss();
    Promise.reject(${rejection});
    // no-event: what is shown is that nothing ends the process; exiting by itself a moment later proves it lived.
    setTimeout(() => { console.log("still running"); process.exit(0); }, 200);
  `;
  const r = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { cwd: process.cwd(), encoding: "utf8", timeout: 60_000 });
  return { status: r.status, stderr: r.stderr };
}

describe("a worker and a lost database connection", () => {
  it("recognises PostgreSQL's shutdown and connection errors, by code or message", () => {
    expect(isConnectionLoss(Object.assign(new Error("the database system is shutting down"), { code: "57P03" }))).toBe(true);
    expect(isConnectionLoss(Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }))).toBe(true);
    expect(isConnectionLoss(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isConnectionLoss(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isConnectionLoss(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isConnectionLoss(Object.assign(new Error("duplicate key"), { code: "23505" }))).toBe(false);
    expect(isConnectionLoss(undefined)).toBe(false);
  });
  it("keeps running after an unhandled connection loss", () => {
    const r = runChild(`Object.assign(new Error("the database system is shutting down"), { code: "57P03" })`);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("jobs.connection_lost_unhandled");
  });
  it("still ends the process on any other unhandled rejection", () => {
    const r = runChild(`new TypeError("a bug")`);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("process.unhandled_rejection");
  });
});
