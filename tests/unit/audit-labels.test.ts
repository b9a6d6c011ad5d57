// Every audit action has a human name in English and French (the audit viewer shows names, not codes). The codes
// come from the schema's AuditAction enum — the type every writer (recordAudit, the ingest's batch insert) must
// use — and, belt and braces, from the action literals written anywhere in the application's source.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "@/lib/audit/schemas";
import { en, fr, type MessageKey } from "@/lib/i18n/messages";

const root = path.resolve(__dirname, "../..");

function schemaActions(): string[] {
  const schema = readFileSync(path.join(root, "prisma/schema.prisma"), "utf8");
  const block = /enum AuditAction \{([^}]*)\}/.exec(schema)?.[1] ?? "";
  return block.split("\n").map((l) => l.replace(/\/\/.*/, "").trim()).filter(Boolean);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules" || name.startsWith(".")) return [];
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|sql)$/.test(name) ? [full] : [];
  });
}

/** Action codes written by audit writers: `action: "X"`, `"X" as AuditAction`, `'X'::"AuditAction"`, and the
 * enum values migrations add. Only files that write or read audit events (live-update events have actions too). */
function writtenActions(): Map<string, string> {
  const found = new Map<string, string>();
  const patterns = [
    /\baction\s*:\s*(?:[^,;\n]*\?\s*)?["']([A-Z][A-Z0-9_]+)["']/g,
    /\baction\s*:\s*[^,;\n]*\?\s*["'][A-Z][A-Z0-9_]+["']\s*:\s*["']([A-Z][A-Z0-9_]+)["']/g,
    /["']([A-Z][A-Z0-9_]+)["']\s+as\s+AuditAction\b/g,
    /'([A-Z][A-Z0-9_]+)'::"AuditAction"/g,
    /ALTER TYPE "AuditAction" ADD VALUE '([A-Z][A-Z0-9_]+)'/g,
  ];
  for (const file of ["lib", "app", "components", "prisma"].flatMap((d) => sourceFiles(path.join(root, d)))) {
    const text = readFileSync(file, "utf8");
    if (!/recordAudit|auditEvent|AuditAction|audit_events/.test(text)) continue;
    for (const re of patterns) for (const m of text.matchAll(re)) found.set(m[1]!, path.relative(root, file));
  }
  return found;
}

const label = (lang: Record<string, string>, code: string) => lang[`audit.action.${code}` as MessageKey];

describe("audit action names", () => {
  it("the generated client and the schema agree on the action codes", () => {
    expect([...AUDIT_ACTIONS].sort()).toEqual(schemaActions().sort());
    expect(AUDIT_ACTIONS.length).toBeGreaterThan(60);
  });

  it.each(schemaActions())("%s has a name in English and in French", (code) => {
    expect(label(en, code), `audit.action.${code} (en)`).toBeTruthy();
    expect(label(fr, code), `audit.action.${code} (fr)`).toBeTruthy();
    expect(label(en, code)).not.toBe(code);
    expect(label(fr, code)).not.toBe(code);
  });

  it("every action code written in the source is a named schema action", () => {
    const written = writtenActions();
    // The scan must see the writers, or it proves nothing.
    expect(written.size).toBeGreaterThan(50);
    const known = new Set(schemaActions());
    const unnamed = [...written].filter(([code]) => !known.has(code) || !label(en, code) || !label(fr, code));
    expect(unnamed.map(([code, file]) => `${code} in ${file}`)).toEqual([]);
  });

  it("names no action that does not exist", () => {
    const named = Object.keys(en).filter((k) => k.startsWith("audit.action.")).map((k) => k.slice("audit.action.".length));
    expect(named.sort()).toEqual(schemaActions().sort());
  });
});
