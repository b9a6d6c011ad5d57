import { SignInForm } from "@/components/auth/sign-in-form";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { signInHints } from "@/lib/setup/sign-in-hints";

type Props = { searchParams: Promise<{ error?: string }> };

export default async function SignInPage({ searchParams }: Props) {
  const { t } = await getT();
  const { error } = await searchParams;
  // The demo hint only where the demo exists: a real install has no shared accounts. Before setup nobody can
  // sign in: say where the first admin's account is made (the link in the server's log).
  const { demo, notSetUp } = await signInHints(await getPrisma());
  const message = error === "Throttled" ? t("signin.throttled") : error ? t("signin.invalid") : undefined;
  return (
    <main id="main" className="mx-auto mt-24 max-w-sm rounded-lg bg-white p-8 shadow ring-1 ring-slate-200">
      <h1 className="mb-4 text-2xl font-semibold">{t("signin.title")}</h1>
      {notSetUp && <p className="mb-4 rounded bg-amber-50 px-3 py-2 text-sm text-amber-900" role="status" data-testid="setup-hint">{t("signin.notSetUp")}</p>}
      <SignInForm
        initialError={message}
        labels={{
          email: t("signin.email"),
          password: t("signin.password"),
          submit: t("signin.submit"),
          submitting: t("signin.submitting"),
          invalid: t("signin.invalid"),
          throttled: t("signin.throttled"),
          emailInvalid: t("signin.emailInvalid"),
          passwordMissing: t("signin.passwordMissing"),
        }}
      />
      {demo && <p className="mt-4 text-xs text-slate-600">{t("signin.demo")}</p>}
    </main>
  );
}
