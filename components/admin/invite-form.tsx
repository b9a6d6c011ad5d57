"use client";

// Invite a teammate: the link comes back at once (and is e-mailed when SMTP is configured).
import { useRef, useState, type FormEvent } from "react";
import { inviteMemberAction } from "@/app/actions/admin";
import { buttonClass, Field, FormError, inputClass, makeL, TextInput, useActionRunner, type Labels } from "./form-kit";

interface Props {
  roles: string[];
  teams: { id: string; name: string }[];
  labels: Labels;
  locale: "en" | "fr";
}

export function InviteForm({ roles, teams, labels, locale }: Props) {
  const L = makeL(labels, locale);
  const form = useRef<HTMLFormElement>(null);
  const { pending, error, run } = useActionRunner(labels);
  const [created, setCreated] = useState<{ inviteUrl: string; email: string; emailed: boolean } | null>(null);
  const [copied, setCopied] = useState(false);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    setCreated(null);
    setCopied(false);
    run(() => inviteMemberAction({ name: f.name, email: f.email, role: f.role, teamId: f.teamId || null }), (data) => {
      setCreated(data ?? null);
      form.current?.reset();
    });
  }
  return (
    <form ref={form} onSubmit={submit} className="space-y-3" aria-busy={pending} data-testid="invite-form">
      <Field label={L("admin.invite.name")}>{(id) => <TextInput id={id} name="name" required maxLength={100} />}</Field>
      <Field label={L("admin.invite.email")}>{(id) => <TextInput id={id} name="email" type="email" required />}</Field>
      <Field label={L("admin.invite.role")}>
        {(id) => (
          <select id={id} name="role" className={inputClass} defaultValue="COMMUNITY_MANAGER">
            {roles.map((r) => <option key={r} value={r}>{L(`role.${r}`)}</option>)}
          </select>
        )}
      </Field>
      <Field label={L("admin.invite.team")}>
        {(id) => (
          <select id={id} name="teamId" className={inputClass} defaultValue="">
            <option value="">{L("admin.members.noTeam")}</option>
            {teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
        )}
      </Field>
      <FormError error={error} />
      {created && (
        <div role="status" className="space-y-2 rounded bg-emerald-50 p-3 text-sm text-emerald-900" data-testid="invite-created">
          <p>{L("admin.invite.created", { email: created.email })}</p>
          <p className="break-all font-mono text-xs" data-testid="invite-url">{created.inviteUrl}</p>
          {created.emailed && <p>{L("admin.invite.emailed")}</p>}
          <button type="button" className="rounded px-2 py-1 text-sm ring-1 ring-emerald-700"
            onClick={() => navigator.clipboard?.writeText(created.inviteUrl).then(() => setCopied(true), () => undefined)}>
            {copied ? L("admin.invite.copied") : L("admin.invite.copy")}
          </button>
        </div>
      )}
      <button disabled={pending} className={buttonClass}>{pending ? L("admin.form.saving") : L("admin.invite.send")}</button>
    </form>
  );
}
