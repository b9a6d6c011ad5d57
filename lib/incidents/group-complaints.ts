// Groups complaints from different customers about one problem within a time window (R7, issue #18 §3). Pure and
// deterministic: documents (complaint-doc.ts) are taken in time order; each joins a group of the SAME problem
// type whose latest complaint is within the window and whose entities agree with its own (for every entity kind
// that splits the type and that both name, a shared value: the outage in Lyon is not the one in Marseille), else
// starts a group. Among several groups it may join, the one sharing the most entity values, then the largest.
// A group counts once it has `minContacts` different customers.
import { addToGroup } from "./add-to-group";
import { attachToWaves } from "./attach-to-waves";
import { gatherAlike } from "./gather-alike";
import { PROBLEM_BY_KEY } from "./taxonomy";
import type { Entities, EntityKind } from "./entities";

export interface ComplaintDoc {
  caseId: string;
  contactId: string;
  at: Date;
  /** The problem type (taxonomy.ts) the complaint states; null: a complaint of no known type, which can only
   * join a wave in the second pass (attach-to-waves.ts). */
  problem: string | null;
  /** The concepts (concepts.ts) its text names, compared by the second pass. */
  concepts?: string[];
  /** Content words' stems of its messages about the problem (lib/text/terms.ts), compared by the third pass. */
  terms?: string[];
  /** It says "me too" ("pareil", "same here"): the second pass asks less of it. */
  meToo?: boolean;
  entities: Entities;
  /** The language the complaint was read in, for the suggestion's title. */
  lang?: "fr" | "en" | null;
  /** An incident the case is already linked to: groups form around it. */
  incidentId?: string | null;
}

export interface GroupOptions {
  windowMs: number;
  minContacts: number;
}

export const DEFAULT_GROUPING: GroupOptions = { windowMs: 72 * 3_600_000, minContacts: 3 };

export interface ComplaintGroup {
  problem: string;
  caseIds: string[];
  contactIds: Set<string>;
  incidentId: string | null;
  firstAt: Date;
  lastAt: Date;
  /** How many of the group's complaints name each entity value, per kind. */
  entities: Map<EntityKind, Map<string, number>>;
  /** How many complaints were read in each language. */
  langs: { fr: number; en: number };
}

function splitKinds(problem: string | null): EntityKind[] {
  return problem ? PROBLEM_BY_KEY.get(problem)?.split ?? [] : [];
}

/** -1 when the document names a value the group contradicts, else how many of its values the group shares. */
function agreement(g: ComplaintGroup, d: ComplaintDoc, kinds: EntityKind[]): number {
  let shared = 0;
  for (const k of kinds) {
    const mine = d.entities[k];
    const theirs = g.entities.get(k);
    if (!mine?.length || !theirs?.size) continue;
    const n = mine.filter((v) => theirs.has(v)).length;
    if (n === 0) return -1;
    shared += n;
  }
  return shared;
}

export function groupComplaints(docs: ComplaintDoc[], opts: GroupOptions = DEFAULT_GROUPING): ComplaintGroup[] {
  const ordered = [...docs].sort((a, b) => a.at.getTime() - b.at.getTime() || a.caseId.localeCompare(b.caseId));
  const groups: ComplaintGroup[] = [];
  for (const d of ordered) {
    if (!d.problem && !d.incidentId) continue; // untyped: second pass only
    const kinds = splitKinds(d.problem);
    let best: ComplaintGroup | null = null;
    let bestKey = [-1, -1];
    for (const g of groups) {
      if (d.at.getTime() - g.lastAt.getTime() > opts.windowMs) continue;
      // A case already in an incident only joins that incident's group (whatever the problem read).
      if (d.incidentId && g.incidentId && d.incidentId !== g.incidentId) continue;
      const sameIncident = !!d.incidentId && d.incidentId === g.incidentId;
      if (!sameIncident && g.problem !== d.problem) continue;
      const a = sameIncident ? 1_000 : agreement(g, d, kinds);
      if (a < 0) continue;
      const key = [a, g.caseIds.length];
      if (key[0]! > bestKey[0]! || (key[0] === bestKey[0] && key[1]! > bestKey[1]!)) {
        best = g;
        bestKey = key;
      }
    }
    const g = best ?? {
      problem: d.problem ?? "", caseIds: [], contactIds: new Set<string>(), incidentId: null, firstAt: d.at, lastAt: d.at,
      entities: new Map<EntityKind, Map<string, number>>(), langs: { fr: 0, en: 0 },
    };
    if (!best) groups.push(g);
    addToGroup(g, d);
  }
  return gatherAlike(attachToWaves(groups, ordered, opts), ordered, opts);
}
