"use client";

// Create an API token (shown once, here) and revoke one (it stays listed as revoked).
import { useRef, useState, type FormEvent } from "react";
import { createTokenAction, revokeTokenAction } from "@/app/actions/admin";
import { buttonClass, Field, FormError, makeL, TextInput, useActionRunner, type Labels } from "./form-kit";

export function CreateTokenForm({ labels, locale }: { labels: Labels; locale: "en" | "fr" }) {
  const L = makeL(labels, locale);
  const form = useRef<HTMLFormElement>(null);
  const { pending, error, run } = useActionRunner(labels);
  const [token, setToken] = useState<string | null>(null);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const name = String(new FormData(e.currentTarget).get("name") ?? "");
    setToken(null);
    run(() => createTokenAction({ name }), (data) => {
      setToken(data?.token ?? null);
      form.current?.reset();
    });
  }
  return (
    <form ref={form} onSubmit={submit} className="space-y-3" aria-busy={pending} data-testid="token-form">
      <Field label={L("admin.tokens.name")}>{(id) => <TextInput id={id} name="name" required maxLength={100} />}</Field>
      <FormError error={error} />
      {token && (
        <div role="status" className="space-y-1 rounded bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-medium">{L("admin.tokens.shownOnce")}</p>
          <p className="break-all font-mono text-xs" data-testid="new-token">{token}</p>
        </div>
      )}
      <button disabled={pending} className={buttonClass}>{pending ? L("admin.form.saving") : L("admin.tokens.createSubmit")}</button>
    </form>
  );
}

export function RevokeTokenButton({ id, name, labels, locale }: { id: string; name: string; labels: Labels; locale: "en" | "fr" }) {
  const L = makeL(labels, locale);
  const { pending, error, run } = useActionRunner(labels);
  return (
    <span className="inline-flex flex-col items-start">
      <button type="button" disabled={pending} aria-label={L("admin.tokens.revokeLabel", { name })} data-testid="token-revoke"
        className="rounded px-2 py-1 text-sm text-rose-800 ring-1 ring-rose-400 hover:bg-rose-50"
        onClick={() => window.confirm(L("admin.tokens.revokeConfirm", { name })) && run(() => revokeTokenAction(id), () => undefined)}>
        {L("admin.tokens.revoke")}
      </button>
      <FormError error={error} />
    </span>
  );
}
