"use client";

// Under the composer of a review or a video comment whose author has never written to us privately: the platform
// has no private messages, so the product offers the honest alternative — a public answer that invites them to
// write to us privately (the guards check it like any draft) — instead of a private mode that cannot work.
export function PrivateInvite({ text, L, onInsert }: { text: string; L: (k: string) => string; onInsert: (text: string) => void }) {
  return (
    <p className="flex flex-wrap items-center gap-2 text-xs text-slate-600" data-testid="private-invite">
      <span>{L("noPrivateHere")}</span>
      <button type="button" onClick={() => onInsert(text)} className="rounded px-2 py-0.5 font-medium text-brand ring-1 ring-brand hover:bg-brand/10"
        data-testid="private-invite-insert">{L("insertInvite")}</button>
    </p>
  );
}
