"use client";

// An admin creates another workspace (brand) and becomes its admin.
import { useRef, useState, type FormEvent } from "react";
import { createWorkspaceAction } from "@/app/actions/admin";
import { buttonClass, Field, FormError, makeL, TextInput, useActionRunner, type Labels } from "./form-kit";

export function CreateWorkspaceForm({ labels }: { labels: Labels }) {
  const L = makeL(labels);
  const form = useRef<HTMLFormElement>(null);
  const { pending, error, run } = useActionRunner(labels);
  const [done, setDone] = useState(false);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setDone(false);
    run(() => createWorkspaceAction({ name: f.name, ...(f.slug ? { slug: f.slug } : {}) }), () => {
      setDone(true);
      form.current?.reset();
    });
  }
  return (
    <form ref={form} onSubmit={submit} className="space-y-3" aria-busy={pending} data-testid="workspace-form">
      <Field label={L("admin.workspace.name")}>{(id) => <TextInput id={id} name="name" required minLength={2} maxLength={80} />}</Field>
      <Field label={L("admin.workspace.slug")}>{(id) => <TextInput id={id} name="slug" pattern="[a-z0-9][a-z0-9\-]*[a-z0-9]" maxLength={40} />}</Field>
      <FormError error={error} />
      {done && <p role="status" className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{L("admin.workspace.created")}</p>}
      <button disabled={pending} className={buttonClass}>{pending ? L("admin.form.saving") : L("admin.workspace.createSubmit")}</button>
    </form>
  );
}
