// "My promises to keep": due and overdue follow-ups for the member (nothing rendered when there are none).
import Link from "next/link";
import type { Member } from "@/lib/auth/member";
import { followUpLabel, isOverdue } from "@/lib/followups/follow-up-due";
import { listMyFollowUps } from "@/lib/followups/list-my-follow-ups";
import { formatDateTime } from "@/lib/format/time";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { fillTemplate } from "@/lib/notifications/fill-template";
import { getPrisma } from "@/lib/server/db";

export async function MyFollowUps({ member, locale, t }: { member: Member; locale: Locale; t: (k: MessageKey) => string }) {
  const list = await listMyFollowUps(await getPrisma(), member);
  if (list.length === 0) return null;
  const now = new Date();
  return (
    <section className="mb-3 rounded-lg bg-white p-3 text-sm ring-1 ring-amber-200" data-testid="my-follow-ups" aria-labelledby="my-follow-ups-title">
      <h2 id="my-follow-ups-title" className="mb-1 text-xs font-semibold uppercase text-amber-800">{t("desk.followups.mine")}</h2>
      <ul className="space-y-1">
        {list.map((f) => {
          const overdue = isOverdue(f, now);
          const label = followUpLabel(f, now);
          return (
            <li key={f.id} data-overdue={overdue} data-undated={f.dueAt === null} className="flex flex-wrap gap-x-2">
              <Link href={`/cases/${f.case.id}`} className="font-medium text-brand hover:underline">#{f.case.number} · {f.case.contact.displayName}</Link>
              <span className="text-slate-700">“{f.phrase.length > 120 ? `${f.phrase.slice(0, 117)}…` : f.phrase}”</span>
              <span className={overdue ? "font-semibold text-rose-700" : "text-slate-500"}>
                {fillTemplate(t(label.key), { time: label.time ? formatDateTime(label.time, locale) : "" })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
