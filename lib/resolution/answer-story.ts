// A satisfaction answer told as a story ("it broke, I called twice, now it works"): what went wrong before the last
// turn is context once the story ends fixed. Kept apart from classify-answer.ts because it reads the clauses in
// order, across one another, after each was read alone (answer-clause.ts).
import { emptyReading, readClause, type Reading } from "./answer-clause";
import type { Clause } from "./answer-layout";

/** A turn in the story: a contrast, or a conclusion or a change of time ("so yes", "enfin", "depuis hier"). */
const CONCLUSION = /^(so|donc|du coup|bref|long story short|anyway|anyways|en tout cas|bottom line|au final|finalement|finally|enfin|now|maintenant|aujourd hui|today|depuis|since)\b/;
/** The state changed since the trouble: the story's tail says now, at last, since. */
const TIME_SHIFT = /\b(enfin|finally|at last|now|maintenant|depuis|since|today|aujourd hui|ce matin|ce midi|ce soir|hier soir|this morning|last night|so yes|donc oui|alors oui|so|donc|du coup|this time|cette fois)\b/;
/** Or the fix is said to be ours after trouble with someone else ("the first agent was useless but you fixed it"). */
const YOU_FIXED = /\b(you|vous|tu|u) (have |ve |avez |as |finally |enfin |actually )?(fixed|sorted|solved|resolved|regle|resolu|repare|corrige|debloque|rembourse)\b/;
/** What went wrong on the way, told before the fix: context once the story ends fixed. */
const NARRATIVE = /^(discontent|damaged, lost or wrong|waiting|waiting for so long|asked again and again|lack|absence|wrong item|a problem named)\b/;
/** A negated status word before the fix ("pas reçu… mais enfin arrivé") may be a second thing still owed. */
const OPEN_BEFORE = /^(not fixed|a negation first)\b/;

/**
 * A story told in order — what went wrong, then the turn, then "it works now" — ends where the customer is now.
 * When the clauses after the last turn say it is fixed (with a change of time: "enfin", "since", "so yes") and
 * nothing against it, what went wrong before is context (weak); a negated status word before it is left to a
 * person (doubt), never dropped. And words the reader does not know, in clauses before the last verdict when that
 * verdict is positive, are the story's details ("le technicien est passé à l'heure pile, tout est réparé").
 */
export function readStoryInOrder(clauses: Clause[], r: Reading) {
  const per = clauses.map((c) => {
    const x = emptyReading();
    readClause(c, x);
    return x;
  });
  const negs = (x: Reading) => x.strongNeg.length + x.weakNeg.length;
  const poss = (x: Reading) => x.strongPos.length + x.weakPos.length;
  const firm = (x: Reading) => x.doubt.filter((d) => !d.startsWith("unknown")).length;
  const remove = (list: string[], item: string) => {
    const i = list.indexOf(item);
    if (i >= 0) list.splice(i, 1);
    return i >= 0;
  };
  let turn = -1;
  clauses.forEach((c, k) => {
    if (k > 0 && ((c.afterContrast && !clauses[k - 1]!.afterContrast) || CONCLUSION.test(c.text))) turn = k;
  });
  if (turn > 0) {
    const tail = per.slice(turn);
    const head = per.slice(0, turn);
    const fixedNow = tail.some((x) => x.strongPos.length > 0) && tail.every((x) => negs(x) === 0 && firm(x) === 0)
      && [TIME_SHIFT, YOU_FIXED].some((re) => re.test(clauses.slice(turn).map((c) => c.text).join(" ")));
    const headNegs = head.flatMap((x) => x.strongNeg);
    if (fixedNow && headNegs.every((n) => NARRATIVE.test(n) || OPEN_BEFORE.test(n))) {
      for (const n of headNegs) if (remove(r.strongNeg, n)) (OPEN_BEFORE.test(n) ? r.doubt : r.weakNeg).push(`before the fix: ${n}`);
    }
  }
  let last = -1;
  per.forEach((x, k) => { if (poss(x) + negs(x) + firm(x) > 0) last = k; });
  if (last > 0 && poss(per[last]!) > 0 && negs(per[last]!) === 0 && firm(per[last]!) === 0) {
    for (const x of per.slice(0, last)) for (const d of x.doubt) if (d.startsWith("unknown")) remove(r.doubt, d);
  }
}
