// Resident memory of a benchmarked process (Linux /proc), for the benchmarks that print RSS beside throughput.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** VmRSS of a process in MiB, 0 once it is gone (or off Linux). */
export function rssMiB(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    return Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024);
  } catch {
    return 0;
  }
}

/** The process and its descendants, with their command names. */
export function processTree(root: number): { pid: number; name: string }[] {
  const children = new Map<number, number[]>();
  for (const d of readdirSync("/proc").filter((x) => /^\d+$/.test(x))) {
    try {
      const ppid = Number(/PPid:\s+(\d+)/.exec(readFileSync(`/proc/${d}/status`, "utf8"))?.[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
    } catch { /* gone */ }
  }
  const out: { pid: number; name: string }[] = [];
  const walk = (pid: number) => {
    let name = "?";
    try { name = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).slice(0, 3).map((p) => path.basename(p)).join(" "); } catch { /* gone */ }
    out.push({ pid, name });
    for (const c of children.get(pid) ?? []) walk(c);
  };
  walk(root);
  return out;
}

/** Resident memory of a process and its descendants (a tsx launcher and the process it starts), in MiB. */
export function treeRssMiB(root: number | undefined): number {
  return root ? processTree(root).reduce((sum, p) => sum + rssMiB(p.pid), 0) : 0;
}
