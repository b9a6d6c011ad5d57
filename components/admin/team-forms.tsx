"use client";

// Create a team; archive one (never deleted).
import { useRef, type FormEvent } from "react";
import { createTeamAction, updateTeamAction } from "@/app/actions/admin";
import { buttonClass, Field, FormError, inputClass, makeL, TextInput, useActionRunner, type Labels } from "./form-kit";

export function CreateTeamForm({ labels, locale }: { labels: Labels; locale: "en" | "fr" }) {
  const L = makeL(labels, locale);
  const form = useRef<HTMLFormElement>(null);
  const { pending, error, run } = useActionRunner(labels);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    run(() => createTeamAction({ name: f.name, kind: f.kind }), () => form.current?.reset());
  }
  return (
    <form ref={form} onSubmit={submit} className="space-y-3" aria-busy={pending} data-testid="team-form">
      <Field label={L("admin.teams.name")}>{(id) => <TextInput id={id} name="name" required minLength={2} maxLength={60} />}</Field>
      <Field label={L("admin.teams.kindLabel")}>
        {(id) => (
          <select id={id} name="kind" className={inputClass} defaultValue="CUSTOMER_SERVICE">
            {["CUSTOMER_SERVICE", "COMMUNITY_MANAGER"].map((k) => <option key={k} value={k}>{L(`admin.teams.kind.${k}`)}</option>)}
          </select>
        )}
      </Field>
      <FormError error={error} />
      <button disabled={pending} className={buttonClass}>{pending ? L("admin.form.saving") : L("admin.teams.createSubmit")}</button>
    </form>
  );
}

export function ArchiveTeamButton({ id, name, labels, locale }: { id: string; name: string; labels: Labels; locale: "en" | "fr" }) {
  const L = makeL(labels, locale);
  const { pending, error, run } = useActionRunner(labels);
  return (
    <span className="inline-flex flex-col items-end">
      <button type="button" disabled={pending} aria-label={L("admin.teams.archiveLabel", { name })}
        className="rounded px-2 py-1 text-sm text-slate-700 ring-1 ring-slate-400 hover:bg-slate-50"
        onClick={() => window.confirm(L("admin.teams.archiveConfirm", { name })) && run(() => updateTeamAction(id, { archived: true }), () => undefined)}>
        {L("admin.teams.archive")}
      </button>
      <FormError error={error} />
    </span>
  );
}
