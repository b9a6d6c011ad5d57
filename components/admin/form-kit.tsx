"use client";

// Small pieces shared by the administration forms: a labelled field, and running a server action with a
// pending state and a readable, translated error (known error codes and fields have their own sentence).
import Link from "next/link";
import { useId, useState, useTransition, type InputHTMLAttributes, type ReactNode } from "react";
import type { ActionResult } from "@/lib/server/run-action";
import { formatLabel } from "@/lib/i18n/translate";

export type Labels = Record<string, string>;

export function makeL(labels: Labels, locale: "en" | "fr" = "en") {
  return (key: string, values?: Record<string, string | number>) =>
    values ? formatLabel(labels[key] ?? key, values, locale) : (labels[key] ?? key);
}

/** The sentence to show for a failed action: a translation of its code or first invalid field, else its message. */
export function errorText(res: Extract<ActionResult<unknown>, { ok: false }>, labels: Labels): string {
  const byCode = res.code ? labels[`admin.error.${res.code}`] : undefined;
  const field = res.fieldErrors ? Object.keys(res.fieldErrors)[0] : undefined;
  const byField = field ? labels[`admin.error.field.${field}`] : undefined;
  // A weak password: the estimator's own hints, already in the reader's language (see password-strength.ts).
  const hints = res.code === "weak_password" ? (res.details as { warning?: string | null; suggestions?: string[] } | undefined) : undefined;
  const sentence = (x: string) => (/[.!?…]$/.test(x) ? x : `${x}.`); // zxcvbn's warnings lack the full stop
  return [byCode ?? byField ?? res.error, hints?.warning, ...(hints?.suggestions ?? [])]
    .filter((x): x is string => Boolean(x)).map(sentence).join(" ");
}

export function useActionRunner(labels: Labels) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function run<T>(action: () => Promise<ActionResult<T>>, onOk: (data: T | undefined) => void) {
    setError(null);
    start(async () => {
      try {
        const res = await action();
        if (res.ok) onOk(res.data);
        else setError(errorText(res, labels));
      } catch {
        setError(labels["admin.form.failed"] ?? "Failed");
      }
    });
  }
  return { pending, error, setError, run };
}

export function Field({ label, help, children }: { label: string; help?: string; children: (id: string, describedBy?: string) => ReactNode }) {
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-slate-700">{label}</label>
      {children(id, help ? `${id}-help` : undefined)}
      {help && <p id={`${id}-help`} className="mt-1 text-xs text-slate-600">{help}</p>}
    </div>
  );
}

export const inputClass = "w-full rounded border border-slate-400 bg-white px-2 py-1.5 text-sm";

export function TextInput(props: InputHTMLAttributes<HTMLInputElement>) {
  return <input {...props} className={`${inputClass} ${props.className ?? ""}`} />;
}

export function FormError({ error }: { error: string | null }) {
  return error ? <p role="alert" className="rounded bg-rose-50 px-3 py-2 text-sm text-rose-800">{error}</p> : null;
}

export const buttonClass = "rounded bg-brand px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-dark disabled:opacity-60";

/** What a first-run or invitation form shows once the account exists: the outcome, then the way to sign in. */
export function DoneThenSignIn({ message, signIn }: { message: string; signIn: string }) {
  return (
    <div role="status" className="space-y-3">
      <p className="rounded bg-emerald-50 px-3 py-2 text-emerald-900">{message}</p>
      <Link href="/signin" className={buttonClass}>{signIn}</Link>
    </div>
  );
}
