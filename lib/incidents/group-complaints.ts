// Groups similar complaints from different customers within a time window (R7). Pure and deterministic: documents
// are taken in time order and each joins the closest group whose centroid it resembles (cosine of TF-IDF vectors
// ≥ threshold) and whose latest complaint is within the window; a group counts once it has `minContacts`
// different customers.
import { addInto, cosine, tfidf, type Vector } from "./similarity";

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
  const groups: ComplaintGroup[] = [];
  ordered.forEach((d, i) => {
    const v = vectors[i]!;
    let best: ComplaintGroup | null = null;
    let bestScore = opts.threshold;
    for (const g of groups) {
      if (d.at.getTime() - g.lastAt.getTime() > opts.windowMs) continue;
      // A case already in an incident only joins that incident's group.
      if (d.incidentId && g.incidentId && d.incidentId !== g.incidentId) continue;
      const s = cosine(v, g.centroid);
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
      addInto(best.centroid, v);
    } else {
      groups.push({ caseIds: [d.caseId], contactIds: new Set([d.contactId]), incidentId: d.incidentId ?? null, firstAt: d.at, lastAt: d.at, centroid: new Map(v) });
    }
  });
  return groups.filter((g) => g.contactIds.size >= opts.minContacts || g.incidentId);
}

/** The strongest terms of a group, for the incident's `terms`. */
export function topTerms(centroid: Vector, n = 6): string[] {
  return [...centroid.entries()].sort((a, b) => b[1] - a[1]).slice(0, n).map(([t]) => t);
}
