import { json, withMember } from "@/lib/api/handler";
import { assertCan } from "@/lib/auth/permissions";
import { connectChannel } from "@/lib/channels/connect-channel";
import { listChannels } from "@/lib/channels/list-channels";
import { connectChannelInput } from "@/lib/channels/schemas";
import { getPrisma } from "@/lib/server/db";
import { enqueuePoll } from "@/lib/server/jobs";

export const GET = withMember(async (_req, member) => json({ data: await listChannels(await getPrisma(), member) }));

export const POST = withMember(async (req, member) => {
  // The role first: a member who may not connect channels learns nothing about the expected body.
  assertCan(member.role, "channels.manage");
  const input = connectChannelInput.parse(await req.json().catch(() => undefined));
  const { channel, created } = await connectChannel(await getPrisma(), member, input, enqueuePoll);
  return json({ data: channel }, created ? 201 : 200);
});
