"use client";
// What a page shows when it fails to render: a sentence in the reader's language, a retry, a way back, and
// the digest Next.js logs on the server (so an admin can find the error) — never the error's message, which
// may hold internals.
import Link from "next/link";
import { useEffect } from "react";
import { usePageErrorLabels } from "./page-error-labels";

export function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const L = usePageErrorLabels();
  useEffect(() => { console.error(error); }, [error]);
  return (
    <div role="alert" className="mx-auto mt-16 max-w-md rounded-lg bg-white p-8 text-center shadow ring-1 ring-slate-200">
      <h1 className="mb-2 text-2xl font-semibold">{L.title}</h1>
      <p className="mb-4 text-slate-700">{L.body}</p>
      <div className="flex justify-center gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand px-3 py-1.5 text-white">{L.retry}</button>
        <Link href="/inbox" className="px-3 py-1.5 text-brand underline">{L.back}</Link>
      </div>
      {error.digest && <p className="mt-4 text-xs text-slate-600">{L.reference}: <code>{error.digest}</code></p>}
    </div>
  );
}
