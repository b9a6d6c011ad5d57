"use client";

// Accept an invitation: a name and a new password, or the existing account's password. One form for both, which
// does not say which applies: the page must not tell the link's holder whether the address has an account.
import { useState, type FormEvent } from "react";
import { acceptInvitationAction } from "@/app/actions/onboarding";
import { buttonClass, DoneThenSignIn, Field, FormError, makeL, TextInput, useActionRunner, type Labels } from "./form-kit";

export function AcceptInviteForm({ token, name, labels }: { token: string; name: string; labels: Labels }) {
  const L = makeL(labels);
  const { pending, error, run } = useActionRunner(labels);
  const [done, setDone] = useState(false);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    run(() => acceptInvitationAction(token, { name: f.name ?? name, password: f.password }), () => setDone(true));
  }
  if (done) return <DoneThenSignIn message={L("admin.invite.done")} signIn={L("admin.invite.signIn")} />;
  return (
    <form onSubmit={submit} className="space-y-3" aria-busy={pending} data-testid="accept-form">
      <Field label={L("admin.setup.name")}>{(id) => <TextInput id={id} name="name" required maxLength={100} defaultValue={name} autoComplete="name" />}</Field>
      <Field label={L("admin.setup.password")} help={`${L("admin.setup.passwordHelp")} ${L("admin.invite.existing")}`}>
        {(id, d) => <TextInput id={id} name="password" type="password" required minLength={10} autoComplete="new-password" aria-describedby={d} />}
      </Field>
      <FormError error={error} />
      <button disabled={pending} className={buttonClass}>{pending ? L("admin.form.saving") : L("admin.invite.submit")}</button>
    </form>
  );
}
