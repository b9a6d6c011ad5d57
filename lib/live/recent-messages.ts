// What the tab's stream said lately, with the server's time of each message, so that a part of a page that
// starts listening late still hears what happened after the server read its data. A page's server render and
// its first listener are moments apart (a client navigation fetches the page, then mounts it): a change in
// between reached only the listeners of the page being left. No server imports here.
import type { LiveMessage } from "./events";

export const RECENT_MAX = 200;

export class RecentMessages {
  private items: { at: number; message: LiveMessage }[] = [];
  /** The server time of the newest message forgotten to stay within `max`; before it, nothing can be replayed. */
  private forgottenUpTo = -Infinity;

  constructor(private readonly max = RECENT_MAX) {}

  /** `at`: the server's time (epoch ms) of the message. */
  add(at: number, message: LiveMessage) {
    this.items.push({ at, message });
    if (this.items.length > this.max) this.forgottenUpTo = Math.max(this.forgottenUpTo, this.items.shift()!.at);
  }

  /**
   * What a listener whose data was read at `since` (server time) has not seen: the messages after it, in
   * order, or one "resync" if some of them were already forgotten.
   */
  after(since: number): LiveMessage[] {
    if (since < this.forgottenUpTo) return [{ type: "resync" }];
    return this.items.filter((i) => i.at > since).map((i) => i.message);
  }
}
