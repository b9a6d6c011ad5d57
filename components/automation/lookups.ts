// What the builder, the rule summaries and the preview name by id: the workspace's teams, people, channels, canned
// replies and open incidents, read once by the page. Removed ones are kept (archived teams, deactivated people)
// so a paused or archived rule still reads with names; pickers offer only the live ones.
export interface Lookups {
  teams: { id: string; name: string; archived: boolean }[];
  people: { id: string; name: string; active: boolean }[];
  channels: { id: string; name: string; platform: string }[];
  canned: { id: string; title: string; language: string; archived: boolean }[];
  incidents: { id: string; title: string }[];
}

/** A label in the reader's language, ICU values filled in (makeL on the client, t on the server). */
export type Label = (key: string, values?: Record<string, string | number>) => string;

export const nameOf = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? "—";
export const titleOf = (list: { id: string; title: string }[], id: string) => list.find((x) => x.id === id)?.title ?? "—";
