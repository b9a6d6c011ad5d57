// Groups similar complaints from different customers within a time window (R7). Pure and deterministic: documents
// are taken in time order and each joins the closest group whose centroid it resembles (cosine of TF-IDF vectors
// ≥ threshold) and whose latest complaint is within the window; a group counts once it has `minContacts`
// different customers.
import { dot, squaredNorm, tfidf, type Vector } from "./similarity";

export interface ComplaintDoc {
  caseId: string;
  contactId: string;
  at: Date;
  terms: string[];
  /** An incident the case is already linked to: groups form around it. */
  incidentId?: string | null;
}

export interface GroupOptions {
  threshold: number;
  windowMs: number;
  minContacts: number;
}

export const DEFAULT_GROUPING: GroupOptions = { threshold: 0.3, windowMs: 72 * 3_600_000, minContacts: 3 };

export interface ComplaintGroup {
  caseIds: string[];
  contactIds: Set<string>;
  incidentId: string | null;
  firstAt: Date;
  lastAt: Date;
  centroid: Vector;
}

export function groupComplaints(docs: ComplaintDoc[], opts: GroupOptions = DEFAULT_GROUPING): ComplaintGroup[] {
  const ordered = [...docs].sort((a, b) => a.at.getTime() - b.at.getTime() || a.caseId.localeCompare(b.caseId));
  const vectors = tfidf(ordered.map((d) => d.terms));
  // Each group keeps its centroid's squared length up to date as documents join: recomputing it for every
  // comparison walked the whole centroid (one term per order number, so as many terms as complaints) and made
  // grouping quadratic in the number of complaints per document (measured: most of the worker's grouping time).
  const groups: (ComplaintGroup & { norm2: number })[] = [];
  ordered.forEach((d, i) => {
    const v = vectors[i]!;
    const vNorm2 = squaredNorm(v);
    let best: (typeof groups)[number] | null = null;
    let bestScore = opts.threshold;
    for (const g of groups) {
      if (d.at.getTime() - g.lastAt.getTime() > opts.windowMs) continue;
      // A case already in an incident only joins that incident's group.
      if (d.incidentId && g.incidentId && d.incidentId !== g.incidentId) continue;
      const s = vNorm2 && g.norm2 ? dot(v, g.centroid) / Math.sqrt(vNorm2 * g.norm2) : 0;
      if (s >= bestScore) {
        best = g;
        bestScore = s;
      }
    }
    if (best) {
      best.caseIds.push(d.caseId);
      best.contactIds.add(d.contactId);
      best.lastAt = d.at;
      best.incidentId ??= d.incidentId ?? null;
      for (const [t, y] of v) {
        const old = best.centroid.get(t) ?? 0;
        best.centroid.set(t, old + y);
        best.norm2 += (old + y) * (old + y) - old * old;
      }
    } else {
      groups.push({ caseIds: [d.caseId], contactIds: new Set([d.contactId]), incidentId: d.incidentId ?? null, firstAt: d.at, lastAt: d.at, centroid: new Map(v), norm2: vNorm2 });
    }
  });
  return groups.filter((g) => g.contactIds.size >= opts.minContacts || g.incidentId).map(({ norm2: _, ...g }) => g);
}

/** The strongest terms of a group, for the incident's `terms`. */
export function topTerms(centroid: Vector, n = 6): string[] {
  return [...centroid.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([t]) => t);
}
