// Client components get plain label objects: the dictionary entries under some key prefixes, translated.
import { en, type MessageKey } from "./messages";

export function labelsFor(t: (k: MessageKey) => string, ...prefixes: string[]): Record<string, string> {
  return Object.fromEntries(
    (Object.keys(en) as MessageKey[]).filter((k) => prefixes.some((p) => k.startsWith(p))).map((k) => [k, t(k)]),
  );
}
