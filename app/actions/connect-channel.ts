"use server";

import { revalidatePath } from "next/cache";
import { formErrorOf } from "@/lib/server/run-action";
import { requireMember } from "@/lib/auth/session";
import { connectChannel } from "@/lib/channels/connect-channel";
import { connectChannelInput } from "@/lib/channels/schemas";
import { secretsFromForm } from "@/lib/channels/connect-fields";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { enqueuePoll } from "@/lib/server/jobs";

export type ConnectState = { ok?: string; error?: string; fieldErrors?: Record<string, string> };

const str = (f: FormData, k: string) => {
  const v = f.get(k);
  return typeof v === "string" && v.trim() !== "" ? v.trim() : undefined;
};

export async function connectChannelAction(_prev: ConnectState, form: FormData): Promise<ConnectState> {
  const member = await requireMember("channels.manage");
  const kind = str(form, "kind");
  const secrets = secretsFromForm(kind, (name) => str(form, name));
  try {
    const input = connectChannelInput.parse({
      kind, externalId: str(form, "externalId"), name: str(form, "name"), secrets,
      ...(str(form, "apiBaseUrl") ? { apiBaseUrl: str(form, "apiBaseUrl") } : {}),
    });
    const { channel, created } = await connectChannel(await getPrisma(), member, input, enqueuePoll);
    revalidatePath("/channels");
    const { t } = await getT();
    return { ok: t(created ? "channels.form.connected" : "channels.form.reconnected", { name: channel.name }) };
  } catch (err) {
    const shaped = await formErrorOf(err);
    if (!shaped) throw err;
    if (!shaped.fieldErrors) return { error: shaped.error };
    return { error: (await getT()).t("channels.form.checkFields"), fieldErrors: shaped.fieldErrors };
  }
}
