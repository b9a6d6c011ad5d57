// Registers an X channel's webhook through X's v2 APIs (issue #23 item 3): the webhook for our URL is found or
// created (X checks it with a CRC first), re-validated when X holds it invalid, and the channel's account
// subscribed. What happened is kept on the channel (webhookRegistration) and audited; a refusal by X is kept with
// X's words and answered as 502 platform_error, so the Channels page says why and polling goes on as the fallback. Idempotent:
// running it again re-checks and changes nothing that already holds.
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { actorOf, recordAudit } from "../audit/record-audit";
import { ConnectorError, type ChannelContext } from "../connectors/connector";
import type { XSecrets } from "../connectors/secrets-schemas";
import { createWebhook, isSubscribed, listWebhooks, subscribe, validateWebhook } from "../connectors/x/webhook-registration";
import { invalid, notFound } from "../errors/domain-errors";
import { upstreamOf } from "../errors/upstream";
import { contextOf } from "./channel-context";
import type { WebhookRegistration } from "./schemas";

export async function registerXWebhook(prisma: PrismaClient, member: Member, channelId: string, url: string, now = new Date()): Promise<WebhookRegistration> {
  assertCan(member.role, "channels.manage");
  const channel = await prisma.channel.findFirst({ where: { id: channelId, workspaceId: member.workspaceId } });
  if (!channel) throw notFound("Channel");
  if (channel.kind !== "X_ACCOUNT") throw invalid("not_an_x_channel", "Only an X channel registers its webhook through X's v2 Webhooks API.");
  const x = contextOf(channel).ctx as ChannelContext<XSecrets>;
  let reg: WebhookRegistration;
  let refused: ConnectorError | null = null;
  try {
    const hook = (await listWebhooks(x)).find((w) => w.url === url) ?? (await createWebhook(x, url));
    const valid = hook.valid || (await validateWebhook(x, hook.id));
    const subscribed = valid && ((await isSubscribed(x, hook.id)) || (await subscribe(x, hook.id)));
    reg = { via: "x_v2", webhookId: hook.id, url, valid, subscribed, checkedAt: now.toISOString() };
  } catch (err) {
    if (!(err instanceof ConnectorError)) throw err;
    refused = err;
    reg = { via: "x_v2", webhookId: null, url, valid: false, subscribed: false, checkedAt: now.toISOString(), error: err.message };
  }
  await prisma.$transaction(async (tx) => {
    await tx.channel.update({ where: { id: channel.id }, data: { webhookRegistration: reg } });
    await recordAudit(tx, {
      workspaceId: member.workspaceId, action: "CHANNEL_WEBHOOK_REGISTERED", actor: actorOf(member),
      entityType: "channel", entityId: channel.id, data: { ...reg },
    });
  });
  if (refused) throw upstreamOf(refused);
  return reg;
}
