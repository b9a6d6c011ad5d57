"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { completeFollowUpAction } from "@/app/actions/desk-actions";

export function FollowUpDone({ id, label }: { id: string; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <button type="button" disabled={pending} className="ml-2 text-xs text-brand hover:underline"
      onClick={() => start(async () => { if ((await completeFollowUpAction(id)).ok) router.refresh(); })}>{label}</button>
  );
}
