// An invitation link: who invites whom to which workspace, then a form to accept (or why it no longer works).
// The page is the same whether or not the address already has an account (#20 item 1): the form asks for a
// password either way, and the use case tells a new account from a sign-in.
import Link from "next/link";
import { AcceptInviteForm } from "@/components/admin/accept-invite-form";
import type { MessageKey } from "@/lib/i18n/messages";
import { labelsFor } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { findInvitation } from "@/lib/members/accept-invitation";
import { getPrisma } from "@/lib/server/db";

type Props = { params: Promise<{ token: string }> };

export default async function InvitePage({ params }: Props) {
  const { t } = await getT();
  const { token } = await params;
  const inv = await findInvitation(await getPrisma(), token.slice(0, 200));
  return (
    <main id="main" className="mx-auto mt-16 max-w-md rounded-lg bg-white p-6 shadow ring-1 ring-slate-200 sm:p-8">
      {!inv || inv.state !== "pending" ? (
        <div className="space-y-3">
          <h1 className="text-2xl font-semibold">{t("admin.invite.submit")}</h1>
          <p role="alert" className="text-slate-700">{t(inv ? (`admin.invite.${inv.state}` as MessageKey) : "admin.invite.unknown")}</p>
          <Link href="/signin" className="text-brand underline">{t("admin.invite.signIn")}</Link>
        </div>
      ) : (
        <>
          <h1 className="mb-2 text-2xl font-semibold">{t("admin.invite.pageTitle", { workspace: inv.workspaceName })}</h1>
          <p className="mb-4 text-sm text-slate-700">
            {t("admin.invite.introNoInviter", { email: inv.email, role: t(`role.${inv.role}` as MessageKey) })}
          </p>
          <AcceptInviteForm token={token} name={inv.name}
            labels={labelsFor(t, "admin.setup.", "admin.invite.", "admin.form.", "admin.error.")} />
        </>
      )}
    </main>
  );
}
