"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signInSchema } from "@/lib/auth/schemas";

type Labels = Record<"email" | "password" | "submit" | "submitting" | "invalid" | "throttled" | "emailInvalid" | "passwordMissing", string>;

export function SignInForm({ labels, initialError }: { labels: Labels; initialError?: string }) {
  const router = useRouter();
  const [error, setError] = useState(initialError);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const parsed = signInSchema.safeParse({ email: form.get("email"), password: form.get("password") });
    if (!parsed.success) {
      // In the page's language: the schema's own messages are the API's (English).
      setError(parsed.error.issues[0]?.path[0] === "email" ? labels.emailInvalid : labels.passwordMissing);
      return;
    }
    setPending(true);
    const res = await signIn("credentials", { ...parsed.data, redirect: false });
    setPending(false);
    if (res?.ok && !res.error) {
      router.replace("/inbox");
      router.refresh();
    } else {
      setError(res?.error === "Throttled" ? labels.throttled : labels.invalid);
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <div>
        <label htmlFor="email" className="mb-1 block text-sm font-medium">
          {labels.email}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required
          className="w-full rounded border border-slate-300 px-3 py-2" />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium">
          {labels.password}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required
          className="w-full rounded border border-slate-300 px-3 py-2" />
      </div>
      {error && (
        <p role="alert" className="rounded bg-rose-50 px-3 py-2 text-sm text-rose-800">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending}
        className="w-full rounded bg-brand py-2 font-medium text-white hover:bg-brand-dark disabled:opacity-60">
        {pending ? labels.submitting : labels.submit}
      </button>
    </form>
  );
}
