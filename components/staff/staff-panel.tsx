// The lead's view of staff personal accounts (issue #25), on the members page: suggestions to confirm (a name that
// matches a member's, or "je travaille chez…"), each with its words, and a form to link an account for anyone.
import { LinkIdentityForm } from "./link-identity-form";
import type { Labels } from "@/components/admin/form-kit";
import type { StaffSuggestion } from "@/lib/staff/suggest-staff-identities";

interface Props {
  suggestions: StaffSuggestion[];
  members: { id: string; name: string }[];
  labels: Labels;
  locale: "en" | "fr";
  t: (k: string) => string;
}

export function StaffPanel({ suggestions, members, labels, locale, t }: Props) {
  return (
    <section aria-labelledby="staff-accounts" className="space-y-3" data-testid="staff-panel">
      <h2 id="staff-accounts" className="text-lg font-semibold">{t("staff.panel.title")}</h2>
      <p className="max-w-3xl text-sm text-slate-700">{t("staff.panel.intro")}</p>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <ul className="space-y-2">
          {suggestions.length === 0 && <li className="rounded-lg bg-white p-4 text-sm text-slate-700 ring-1 ring-slate-200">{t("staff.panel.noSuggestion")}</li>}
          {suggestions.map((s) => (
            <li key={`${s.platform}:${s.account}`} data-testid="staff-suggestion" className="space-y-2 rounded-lg bg-white p-3 text-sm ring-1 ring-slate-200">
              <p><span className="font-medium">{s.name ?? s.account}</span> · {t(`staff.platform.${s.platform}`)} · {t(`staff.reason.${s.reason}`)}</p>
              <blockquote className="border-l-2 border-slate-300 pl-2 text-slate-700">{s.text}</blockquote>
              <LinkIdentityForm labels={labels} locale={locale} members={members} preset={{ platform: s.platform, account: s.account, membershipId: s.membershipId }} />
            </li>
          ))}
        </ul>
        <aside className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
          <h3 className="mb-2 font-semibold">{t("staff.link")}</h3>
          <LinkIdentityForm labels={labels} locale={locale} members={members} />
        </aside>
      </div>
    </section>
  );
}
