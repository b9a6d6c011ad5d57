// Blocking a person from the account (a ban, R1/R8): POST /2/users/:id/blocking { target_user_id }, where :id
// is our own account. CONNECTORS.md does not cover it; this follows X's reference for "Block an account"
// (https://docs.x.com/x-api/users/blocks/integrate): user context only, answer { data: { blocking: true } }.
// X sells this endpoint with its Enterprise plan only; on other plans X answers 403, which errors.ts reports
// as a permanent failure with X's own words, shown on the ban.
import { z } from "zod";
import { ConnectorError, type BlockTarget, type ChannelContext } from "../connector";
import type { XSecrets } from "../secrets-schemas";
import { readBody, xFetch } from "./http";
import { isNumericId } from "./ids";

const blocking = z.object({ data: z.object({ blocking: z.boolean() }) });

export async function blockUser(channel: ChannelContext<XSecrets>, target: BlockTarget): Promise<void> {
  // Ids go into the path and body: numeric only, so nothing can be injected.
  if (!isNumericId(target.platformUserId) || !isNumericId(channel.externalId)) {
    throw new ConnectorError(`Not an X user id: ${JSON.stringify(target.platformUserId.slice(0, 40))}`, { retryable: false });
  }
  const res = await xFetch(channel, {
    method: "POST",
    path: `/2/users/${channel.externalId}/blocking`,
    json: { target_user_id: target.platformUserId },
  });
  if (!readBody(blocking, res, "POST /2/users/:id/blocking").data.blocking) {
    throw new ConnectorError(`X did not confirm blocking ${target.platformUserId}`, { retryable: false });
  }
}
