// Issue #21 item 3: pages, components, route handlers and server actions read and write through use cases
// (lib/<domain>/<verb-noun>.ts), which scope the query to the member's workspace and check the permission. The
// rule, for every file under app/ and components/ (API routes and actions included: none needs an exception):
// `getPrisma()` may be called only to hand the client to a use case as its dependency; no query on the client
// (`prisma.case…`, `(await getPrisma()).user…`, `$queryRaw`, `$transaction`), and no import of the generated
// Prisma client or of a Prisma package.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const DIRS = ["app", "components"];

const DIRECT = [
  /\bfrom\s+["'][^"']*(?:generated\/prisma|@prisma\/)[^"']*["']/, // the client, its types or an adapter
  /\b(?:prisma|tx)\s*\??\.\s*[\w$]/, // prisma.case.findMany(…), tx.message.create(…), prisma.$queryRaw
  /\)\s*\.\s*\$?[a-z]\w*\s*\.\s*(?:find|count|create|update|upsert|delete|aggregate|groupBy)\w*\s*\(/, // (await getPrisma()).user.count()
  /\$(?:queryRaw|executeRaw|transaction)\w*/,
];

/** The code of a line: without a trailing `//` comment, nothing for a line inside a block comment. */
function codeOf(line: string): string {
  if (/^\s*(?:\*|\/\*)/.test(line)) return "";
  return line.replace(/(^|\s)\/\/.*$/, "$1");
}

/** 1-based numbers of the lines of `source` that query Prisma or import it. */
function directPrisma(source: string): number[] {
  return source.split("\n").flatMap((line, i) => (DIRECT.some((re) => re.test(codeOf(line))) ? [i + 1] : []));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(?:ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

describe("the matcher", () => {
  it("flags queries on the client and imports of Prisma", () => {
    const bad = [
      "const people = await prisma.membership.findMany({ where });",
      "    prisma.team.findMany({ where: { workspaceId } }),",
      "const n = (await getPrisma()).user.count();",
      "await prisma.$queryRaw`SELECT 1`;",
      "await db.$transaction(async (tx) => tx.case.update(args));",
      'import type { CaseStatus } from "@/lib/generated/prisma/enums";',
      'import { PrismaPg } from "@prisma/adapter-pg";',
    ];
    for (const line of bad) expect(directPrisma(line), line).toEqual([1]);
  });

  it("lets getPrisma() be handed to a use case, and ignores comments", () => {
    const good = [
      "const prisma = await getPrisma();",
      "const rows = await listPeople(prisma, member);",
      "const c = await getCase(await getPrisma(), member, id);",
      "// the page used to call prisma.membership.findMany here",
      ' * e.g. prisma.case.findMany({ where }) in a doc comment',
      'import { getPrisma } from "@/lib/server/db";',
    ];
    for (const line of good) expect(directPrisma(line), line).toEqual([]);
  });
});

describe("edges read through use cases", () => {
  it("no file under app/ or components/ queries Prisma or imports it", () => {
    const offenders = DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)))
      .flatMap((file) => directPrisma(readFileSync(file, "utf8")).map((line) => `${path.relative(ROOT, file)}:${line}`));
    expect(offenders, "move the query into a use case in lib/<domain>/<verb-noun>.ts").toEqual([]);
  });
});
