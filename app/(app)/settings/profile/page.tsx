// The signed-in member's own personal social accounts (issue #25): what they write from them on the brand's pages
// is marked staff, not customer, and their lead is told (coaching, not a customer case).
import { LinkIdentityForm } from "@/components/staff/link-identity-form";
import { requireMember } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/format/time";
import { labelsFor } from "@/lib/i18n/labels";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { listOwnStaffIdentities } from "@/lib/staff/list-own-staff-identities";

export default async function ProfilePage() {
  const member = await requireMember();
  const { locale, t } = await getT();
  const { membershipId, identities } = await listOwnStaffIdentities(await getPrisma(), member);
  const labels = labelsFor(t, "admin.", "staff.");
  return (
    <div className="space-y-4">
      <div>
        <h1 className="mb-1 text-xl font-semibold">{t("staff.profile.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("staff.profile.intro")}</p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-label={t("staff.profile.title")}>
          {identities.length === 0 ? (
            <p className="rounded-lg bg-white p-4 text-sm text-slate-700 ring-1 ring-slate-200">{t("staff.none")}</p>
          ) : (
            <ul className="space-y-2">
              {identities.map((i) => (
                <li key={i.id} data-testid="staff-identity" className="rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200">
                  <span className="font-medium">{t(`staff.platform.${i.platform}`)}</span> · <span className="font-mono">{i.account}</span>
                  <span className="ml-2 text-slate-600">{formatDateTime(new Date(i.createdAt), locale)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <aside className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <h2 className="mb-2 font-semibold">{t("staff.link")}</h2>
          <LinkIdentityForm labels={labels} locale={locale} membershipId={membershipId} />
        </aside>
      </div>
    </div>
  );
}
