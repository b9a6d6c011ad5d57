"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { escalationAction } from "@/app/actions/desk-actions";

export function PickUpButton({ escalationId, label }: { escalationId: string; label: string }) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <>
      <button type="button" disabled={pending} data-testid="desk-pick-up"
        onClick={() => start(async () => {
          const r = await escalationAction(escalationId, { action: "pick_up" });
          setError(r.ok ? undefined : r.error);
          if (r.ok) router.refresh();
        })}
        className="rounded bg-brand px-2 py-1 text-xs text-white hover:bg-brand-dark disabled:opacity-60">{label}</button>
      {error && <span role="alert" className="block text-xs text-rose-700">{error}</span>}
    </>
  );
}
