// The customer-service problems incident grouping knows (R7, issue #18 §3). A complaint is read as ONE problem
// type — the type whose rule it meets best — and only complaints of the same type (and, when both name one, the
// same entity: place, carrier, app version, product…) are grouped. A message that meets no rule (a question, a
// thanks, praise) is not a complaint for grouping, whatever its sentiment.
//
// A rule `need` lists alternatives; each alternative is a set of concepts (concepts.ts) that must all be present.
// Score of a type = 2 × the size of the largest alternative met, + 1 per `boost` concept present that the
// alternative did not already count, − 3 per `unless` concept present, + `bias`. The best score wins (ties: the
// type listed first); a score under 2 is no problem at all.
// Types of one category are deliberately fine-grained (a parcel lost / stuck / marked delivered / damaged) so two
// problems of one category do not merge; `aspects` (entities.ts) refine a type further without separating a
// complaint that does not say.
import type { Concept } from "./concepts";
import type { EntityKind } from "./entities";
import { INDUSTRY_PROBLEMS } from "./problems-industries";
import { SERVICE_PROBLEMS } from "./problems-service";
import { TRADE_PROBLEMS } from "./problems-trade";

export interface ProblemType {
  key: string;
  /** Short names of the problem, shown as the incident's title: French, English. */
  fr: string;
  en: string;
  need: Concept[][];
  boost?: Concept[];
  unless?: Concept[];
  bias?: number;
  /** Entities that tell two problems of this type apart (both named and different → not one incident). */
  split?: EntityKind[];
  /** Entities worth naming in the title, without splitting on them. */
  describe?: EntityKind[];
}

export const PROBLEMS: ProblemType[] = [...TRADE_PROBLEMS, ...SERVICE_PROBLEMS, ...INDUSTRY_PROBLEMS];

export const PROBLEM_BY_KEY = new Map(PROBLEMS.map((p) => [p.key, p]));
