// The composer's warning on a route that failed (R10, issue #25): a draft that gives a number, address, link or
// department which customers reported as not working this week, for the same kind of problem as this case
// ("this number failed 3 times this week for delivery problems"). Pure: the composer runs it on every keystroke
// with the counts loaded once with the case (load-guard-context.ts).
import { findRoutes, type RouteKind } from "./find-routes";

/** Failures of one route for one kind of problem (family: the taxonomy key's first part, "delivery"). */
export interface FailedRouteCount {
  route: string;
  family: string | null;
  count: number;
}

/** A route that failed at least this many times this week is worth a warning (one customer's word is enough:
 *  the next customer sent there would be sent round in circles the same way). */
export const FAILED_ROUTE_MIN = 1;

export interface FailedRouteFinding {
  kind: RouteKind;
  count: number;
  family: string | null;
  start: number;
  end: number;
}

/**
 * `family`: this case's kind of problem. The failures for that kind are named with it ("for delivery problems");
 * when there are none, the route's failures for any kind still warn, without a kind (a number that could not
 * help one problem may well be the wrong number; and the kind a case is read as may be wrong too).
 */
export function findFailedRoutes(draft: string, failed: readonly FailedRouteCount[], family: string | null): FailedRouteFinding[] {
  if (failed.length === 0) return [];
  return findRoutes(draft).flatMap((r) => {
    const ofRoute = failed.filter((f) => f.route === r.route);
    const same = family === null ? 0 : ofRoute.filter((f) => f.family === family).reduce((n, f) => n + f.count, 0);
    const all = ofRoute.reduce((n, f) => n + f.count, 0);
    if (same >= FAILED_ROUTE_MIN) return [{ kind: r.kind, count: same, family, start: r.start, end: r.end }];
    return all >= FAILED_ROUTE_MIN ? [{ kind: r.kind, count: all, family: null, start: r.start, end: r.end }] : [];
  });
}

/** "delivery.late" → "delivery". */
export const problemFamily = (problem: string | null | undefined): string | null => (problem ? problem.split(".")[0]! : null);
