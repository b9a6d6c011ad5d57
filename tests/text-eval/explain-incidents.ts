// `npx tsx tests/text-eval/explain-incidents.ts <file.tsv>`: which incident each complaint of one problem lands in, the problem's complaints alone with every unrelated one
// (a debugging aid for fresh and development files; never for the sealed half).
import { readFileSync } from "node:fs";
import { parseRows } from "./corpus";
import { complaintDoc } from "../../lib/incidents/complaint-doc";
import { groupComplaints, DEFAULT_GROUPING } from "../../lib/incidents/group-complaints";
import { detectLanguage } from "../../lib/ingest/detect-language";
const rows = parseRows("incidents", readFileSync(process.argv[2]!, "utf8"), "f");
const unrelated = rows.filter((r) => r.family.startsWith("u-"));
const fams = [...new Set(rows.filter((r) => !r.family.startsWith("u-")).map((r) => r.family))];
const at = new Date(Date.UTC(2026, 2, 10, 6));
for (const f of fams) {
  const mine = rows.filter((r) => r.family === f);
  const all = [...mine, ...unrelated];
  const docs = all.flatMap((r, i) => complaintDoc({ caseId: `${i}`, contactId: `c${i}`, at: new Date(at.getTime() + i * 60_000), messages: [{ body: r.text, language: detectLanguage(r.text) }] }) ?? []);
  const gs = groupComplaints(docs, DEFAULT_GROUPING);
  const where = new Map<string, number>();
  gs.forEach((g, gi) => g.caseIds.forEach((id) => where.set(id, gi)));
  console.log(`\n## ${f}: groups ${gs.map((g, gi) => `#${gi} ${g.problem} (${g.caseIds.filter((id) => Number(id) < mine.length).length} mine + ${g.caseIds.filter((id) => Number(id) >= mine.length).length} unrelated)`).join("; ")}`);
  all.forEach((r, i) => {
    const d = docs.find((x) => x.caseId === `${i}`);
    if (i >= mine.length && !where.has(`${i}`)) return;
    console.log(`  ${i < mine.length ? " " : "U"} ${where.has(`${i}`) ? "#" + where.get(`${i}`) : "--"} ${d?.problem ?? "-"} [${(d?.concepts ?? []).join(",")}] | ${r.text.slice(0, 110)}`);
  });
}
