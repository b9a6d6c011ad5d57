"use client";

// A plain form posting to a server action, showing its error (or a done message) in place. Works as a normal
// form submission; the pending state disables the button so a lead cannot send the same answer twice.
import { useActionState, type ReactNode } from "react";
import type { ActionResult } from "@/lib/server/run-action";

type Action = (prev: ActionResult<never> | null, f: FormData) => Promise<ActionResult<never>>;

export function ActionForm({ action, children, submit, done, className, buttonClass }: {
  action: unknown; children?: ReactNode; submit: string; done?: string; className?: string; buttonClass?: string;
}) {
  const [state, formAction, pending] = useActionState(action as Action, null);
  return (
    <form action={formAction} className={className}>
      {children}
      <button disabled={pending} className={buttonClass ?? "rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-50"}>
        {submit}
      </button>
      {state && !state.ok && <p role="alert" className="mt-1 text-xs text-rose-700">{state.error}</p>}
      {state?.ok && done && <p role="status" className="mt-1 text-xs text-emerald-700">{done}</p>}
    </form>
  );
}
