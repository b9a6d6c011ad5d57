"use client";

// First-run form: workspace + first admin, sent with the one-time token from the link.
import { useState, type FormEvent } from "react";
import { completeSetupAction } from "@/app/actions/onboarding";
import { buttonClass, DoneThenSignIn, Field, FormError, makeL, TextInput, useActionRunner, type Labels } from "./form-kit";

export function SetupForm({ token, labels }: { token: string; labels: Labels }) {
  const L = makeL(labels);
  const { pending, error, run } = useActionRunner(labels);
  const [done, setDone] = useState(false);
  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    run(() => completeSetupAction({ token, workspaceName: f.workspaceName, name: f.name, email: f.email, password: f.password }), () => setDone(true));
  }
  if (done) return <DoneThenSignIn message={L("admin.setup.done")} signIn={L("admin.invite.signIn")} />;
  return (
    <form onSubmit={submit} className="space-y-3" aria-busy={pending} data-testid="setup-form">
      <Field label={L("admin.setup.workspaceName")}>{(id) => <TextInput id={id} name="workspaceName" required minLength={2} maxLength={80} />}</Field>
      <Field label={L("admin.setup.name")}>{(id) => <TextInput id={id} name="name" required maxLength={100} autoComplete="name" />}</Field>
      <Field label={L("admin.setup.email")}>{(id) => <TextInput id={id} name="email" type="email" required autoComplete="email" />}</Field>
      <Field label={L("admin.setup.password")} help={L("admin.setup.passwordHelp")}>
        {(id, d) => <TextInput id={id} name="password" type="password" required minLength={10} autoComplete="new-password" aria-describedby={d} />}
      </Field>
      <FormError error={error} />
      <button disabled={pending} className={buttonClass}>{pending ? L("admin.form.saving") : L("admin.setup.submit")}</button>
    </form>
  );
}
