import Link from "next/link";
import type { Member } from "@/lib/auth/member";
import { can } from "@/lib/auth/permissions";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { SignOutButton } from "../auth/sign-out-button";
import { LiveIndicator } from "../live/live-indicator";
import { LocaleSwitch } from "./locale-switch";
import { NotificationBell } from "../desk/notification-bell";

export function TopNav({ member, locale, t }: { member: Member; locale: Locale; t: (k: MessageKey) => string }) {
  return (
    <header className="bg-brand text-white">
      <nav className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2" aria-label="Main">
        <Link href="/inbox" className="font-semibold tracking-tight">
          {t("app.name")}
        </Link>
        <Link href="/inbox" className="text-sm text-white/90 hover:text-white">
          {t("nav.inbox")}
        </Link>
        {can(member.role, "reports.view") && (
          <Link href="/reports" className="text-sm text-white/90 hover:text-white">
            {t("reports.nav")}
          </Link>
        )}
        {can(member.role, "channels.view") && (
          <Link href="/channels" className="text-sm text-white/90 hover:text-white">
            {t("nav.channels")}
          </Link>
        )}
        {can(member.role, "canned_replies.manage") && (
          <Link href="/settings/canned-replies" className="text-sm text-white/90 hover:text-white">
            {t("canned.nav")}
          </Link>
        )}
        {can(member.role, "escalations.work") && (
          <Link href="/desk" className="text-sm text-white/90 hover:text-white">
            {t("desk.nav")}
          </Link>
        )}
        {can(member.role, "desk.settings") && (
          <Link href="/settings/desk" className="text-sm text-white/90 hover:text-white">
            {t("desk.settings.nav")}
          </Link>
        )}
        {can(member.role, "guards.manage") && (
          <Link href="/settings/guards" className="text-sm text-white/90 hover:text-white">
            {t("guards.nav")}
          </Link>
        )}
        <span className="ml-auto text-sm" data-testid="current-member">
          {member.name} · <span className="text-white/80">{t(`role.${member.role}` as MessageKey)}</span>
        </span>
        <NotificationBell member={member} locale={locale} t={t} />
        <LiveIndicator label={t("inbox.live")} />
        <LocaleSwitch locale={locale} label={t("nav.language")} />
        <SignOutButton label={t("nav.signOut")} />
      </nav>
    </header>
  );
}
