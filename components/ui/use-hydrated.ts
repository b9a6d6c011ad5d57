// True once React has hydrated this page in the browser (false during server rendering). Keyboard layers
// expose it as data-ready, so tests (and people on slow devices) know shortcuts are live.
import { useSyncExternalStore } from "react";

const noop = () => () => undefined;

export function useHydrated(): boolean {
  return useSyncExternalStore(noop, () => true, () => false);
}
