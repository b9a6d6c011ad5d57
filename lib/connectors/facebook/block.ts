// Blocking a person from the Page (a ban, R1/R8): POST /{page-id}/blocked with a list of ids. CONNECTORS.md
// does not cover it; this follows Meta's reference for the Page `blocked` edge
// (https://developers.facebook.com/docs/graph-api/reference/page/blocked/): Page access token, parameters
// `user` (page-scoped user ids, as comments carry them) or `psid` (Messenger senders), and an answer that maps
// each id to true when it is blocked. Blocking someone already blocked answers true again.
import { z } from "zod";
import { ConnectorError, type BlockTarget, type ChannelContext } from "../connector";
import type { FacebookSecrets } from "../secrets-schemas";
import type { ResolvedOptions } from "./config";
import { graphClient } from "./graph-client";
import { parseGraph } from "./graph-comments";

const blockedSchema = z.record(z.string(), z.boolean());

export async function blockUser(channel: ChannelContext<FacebookSecrets>, target: BlockTarget, o: ResolvedOptions): Promise<void> {
  // Undisclosed commenters have a made-up id (authors.ts): there is nobody Facebook could block.
  if (!/^\d+$/.test(target.platformUserId)) {
    throw new ConnectorError("Facebook: this author's id was not disclosed to the app, so the Page cannot block them", { retryable: false });
  }
  const param = target.via === "private" ? "psid" : "user";
  const body = await graphClient(channel, o).post([channel.externalId, "blocked"], { [param]: [target.platformUserId] });
  const result = parseGraph(blockedSchema, body, "Page block");
  if (result[target.platformUserId] !== true) {
    throw new ConnectorError(`Facebook: Graph did not confirm blocking ${target.platformUserId} from the Page`, { retryable: false });
  }
}
