// What a suggested incident is about, in words (R7, issue #18 §3): its problem type and the entities its
// complaints share, stored as `terms` ("problem:payment.double_charge", "paymethod:card") and shown in the
// reader's language: "Double prélèvement — carte bancaire" / "Charged twice — card". Never stems.
import { PROBLEM_BY_KEY } from "./taxonomy";
import { entityLabel, type EntityKind } from "./entities";
import type { ComplaintGroup } from "./group-complaints";

/** The terms of a group: its problem, then each entity most of its complaints that name one agree on. */
export function groupTerms(g: ComplaintGroup): string[] {
  const p = PROBLEM_BY_KEY.get(g.problem);
  const terms = [`problem:${g.problem}`];
  for (const k of [...(p?.split ?? []), ...(p?.describe ?? [])]) {
    const counts = g.entities.get(k);
    if (!counts?.size) continue;
    const [value, n] = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    // Named by at least two complaints and by most of those that name one of its kind.
    const named = [...counts.values()].reduce((a, b) => a + b, 0);
    if (n >= 2 && n * 2 > named) terms.push(`${k}:${value}`);
  }
  return terms;
}

/** The incident's problem in words of `lang`, or null for terms written before problem types (plain stems). */
export function incidentLabel(terms: string[], lang: "fr" | "en"): string | null {
  const head = terms[0]?.startsWith("problem:") ? PROBLEM_BY_KEY.get(terms[0].slice(8)) : undefined;
  if (!head) return null;
  const parts = terms.slice(1).flatMap((t) => {
    const i = t.indexOf(":");
    return i > 0 ? [entityLabel(t.slice(0, i) as EntityKind, t.slice(i + 1), lang)] : [];
  });
  return [lang === "en" ? head.en : head.fr, ...parts].join(" — ");
}

/** The title to show: the problem in the reader's language while the title is still the automatic one. */
export function displayTitle(inc: { title: string; terms: string[] }, lang: "fr" | "en"): string {
  const auto = [incidentLabel(inc.terms, "fr"), incidentLabel(inc.terms, "en")];
  return auto.includes(inc.title) ? incidentLabel(inc.terms, lang)! : inc.title;
}
