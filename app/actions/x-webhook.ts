"use server";

// The Channels page's "register with X" button (issue #23 item 3): authenticate, parse, one use case, refresh.
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { registerXWebhook } from "@/lib/channels/register-x-webhook";
import { channelIdParam, registerXWebhookInput } from "@/lib/channels/schemas";
import { getPrisma } from "@/lib/server/db";
import { runAction, type ActionResult } from "@/lib/server/run-action";

export async function registerXWebhookAction(channelId: string, url: string): Promise<ActionResult<{ subscribed: boolean }>> {
  const member = await requireMember("channels.manage");
  // A refusal by X is stored on the channel before it is answered: the page shows it either way.
  const result = await runAction(async () => {
    const reg = await registerXWebhook(await getPrisma(), member, channelIdParam.parse(channelId), registerXWebhookInput.parse({ url }).url);
    return { subscribed: reg.subscribed };
  });
  revalidatePath("/channels");
  return result;
}
