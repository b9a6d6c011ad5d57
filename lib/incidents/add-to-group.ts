// A complaint joins a group (group-complaints.ts's first pass, gather-alike.ts's third): its case, its customer,
// the group's time span, its language and the entity values it names (counted per kind). Mutates the group.
import type { ComplaintDoc, ComplaintGroup } from "./group-complaints";
import type { EntityKind } from "./entities";

export function addToGroup(g: ComplaintGroup, d: ComplaintDoc): void {
  g.caseIds.push(d.caseId);
  g.contactIds.add(d.contactId);
  if (d.at < g.firstAt) g.firstAt = d.at;
  if (d.at > g.lastAt) g.lastAt = d.at;
  g.incidentId ??= d.incidentId ?? null;
  if (d.lang) g.langs[d.lang]++;
  for (const [k, vs] of Object.entries(d.entities) as [EntityKind, string[]][]) {
    const m = g.entities.get(k) ?? new Map<string, number>();
    for (const v of vs) m.set(v, (m.get(v) ?? 0) + 1);
    g.entities.set(k, m);
  }
}
