"use server";

// Server actions of the canned replies settings page: authenticate (team leads and admins), parse, one use
// case, refresh the pages that show canned replies, and map errors to a result the form can show.
import { revalidatePath } from "next/cache";
import { requireMember } from "@/lib/auth/session";
import { archiveCannedReply } from "@/lib/canned-replies/archive-canned-reply";
import { createCannedReply } from "@/lib/canned-replies/create-canned-reply";
import { cannedReplyId, cannedReplyInput, cannedReplyPatch } from "@/lib/canned-replies/schemas";
import { updateCannedReply } from "@/lib/canned-replies/update-canned-reply";
import { getPrisma } from "@/lib/server/db";

import { runAction, type ActionResult } from "@/lib/server/run-action";

export type CannedActionResult<T = undefined> = ActionResult<T>;

function run<T>(fn: () => Promise<T>): Promise<CannedActionResult<T>> {
  return runAction(async () => {
    const data = await fn();
    // The settings list and every composer (case pages) offer these replies.
    revalidatePath("/settings/canned-replies");
    revalidatePath("/cases/[id]", "page");
    return data;
  });
}

export async function createCannedReplyAction(input: unknown): Promise<CannedActionResult<{ id: string }>> {
  const member = await requireMember("canned_replies.manage");
  return run(async () => {
    const reply = await createCannedReply(await getPrisma(), member, cannedReplyInput.parse(input));
    return { id: reply.id };
  });
}

export async function updateCannedReplyAction(id: string, patch: unknown): Promise<CannedActionResult> {
  const member = await requireMember("canned_replies.manage");
  return run(async () => {
    await updateCannedReply(await getPrisma(), member, cannedReplyId.parse(id), cannedReplyPatch.parse(patch));
    return undefined;
  });
}

export async function archiveCannedReplyAction(id: string): Promise<CannedActionResult> {
  const member = await requireMember("canned_replies.manage");
  return run(async () => {
    await archiveCannedReply(await getPrisma(), member, cannedReplyId.parse(id));
    return undefined;
  });
}
