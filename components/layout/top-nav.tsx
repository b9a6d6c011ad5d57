import Link from "next/link";
import type { ReactNode } from "react";
import type { Member } from "@/lib/auth/member";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Locale, MessageKey } from "@/lib/i18n/messages";
import { WorkspaceSwitcher } from "../admin/workspace-switcher";
import { AvailabilitySwitch } from "../automation/availability-switch";
import { SignOutButton } from "../auth/sign-out-button";
import { LiveIndicator } from "../live/live-indicator";
import { LocaleSwitch } from "./locale-switch";
import { NotificationBell } from "../desk/notification-bell";

// The header's pages, in order; each shows only to the roles its permission allows. Add a page here (one line).
// `daily` pages sit on the bar; the others (settings, used now and then) go under one "Settings" menu, so the
// bar stays on one line at 1280 px for every role in both languages (tests/e2e/layout.spec.ts measures it).
const LINKS: { href: string; label: MessageKey; permission?: Permission; daily?: true }[] = [
  { href: "/inbox", label: "nav.inbox", daily: true },
  { href: "/desk", label: "desk.nav", permission: "escalations.work", daily: true },
  { href: "/reports", label: "reports.nav", permission: "reports.view", daily: true },
  { href: "/channels", label: "nav.channels", permission: "channels.view", daily: true },
  { href: "/settings/canned-replies", label: "canned.nav", permission: "canned_replies.manage", daily: true },
  { href: "/settings/desk", label: "desk.settings.nav", permission: "desk.settings" },
  { href: "/settings/guards", label: "guards.nav", permission: "guards.manage" },
  { href: "/settings/automation", label: "automation.nav", permission: "automation.manage" },
  { href: "/settings/members", label: "admin.nav.members", permission: "members.manage" },
  { href: "/settings/tokens", label: "admin.nav.tokens", permission: "api_tokens.create_own" },
  { href: "/settings/profile", label: "staff.nav" },
  { href: "/settings/audit", label: "admin.nav.audit", permission: "audit.view" },
  { href: "/settings/workspaces", label: "admin.nav.workspaces" },
];

interface Props {
  member: Member;
  locale: Locale;
  t: (k: MessageKey) => string;
  workspaces?: { id: string; name: string }[];
  /** A line above the bar, inside the header landmark (the demo-workspace notice). */
  notice?: ReactNode;
  /** Whether the member takes new cases (issue #22): their switch opens the settings menu, on every page. */
  available?: boolean;
}

const AVAILABILITY_KEYS: MessageKey[] = ["automation.me.label", "automation.me.on", "automation.me.off", "automation.me.onHelp", "automation.me.offHelp", "admin.form.failed"];

/**
 * Wide screens: one row — the daily pages, then a "Settings" disclosure with the rest. Phones (< 768 px): every
 * link folds into a "Menu" disclosure so nothing is pushed off the bar; the language switch and sign-out stay
 * reachable on the bar itself.
 */
export function TopNav({ member, locale, t, workspaces = [], notice, available }: Props) {
  const links = LINKS.filter((l) => !l.permission || can(member.role, l.permission));
  // Round-robin rules skip a member who is away: the switch sits at the top of the menu every role opens.
  const presence = available !== undefined && can(member.role, "presence.set_own") && (
    <div className="border-b border-slate-200 px-3 pb-2 pt-1">
      <AvailabilitySwitch available={available} locale={locale} labels={Object.fromEntries(AVAILABILITY_KEYS.map((k) => [k, t(k)]))} />
    </div>
  );
  const linkList = (className: string, only = links) =>
    only.map((l) => (
      <Link key={l.href} href={l.href} className={className}>
        {t(l.label)}
      </Link>
    ));
  return (
    <header className="bg-brand text-white">
      <a href="#main" className="sr-only rounded bg-white px-3 py-2 text-sm font-semibold text-brand focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50">
        {t("admin.skip")}
      </a>
      {notice}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2 2xl:gap-x-4">
        <Link href="/inbox" className="font-semibold tracking-tight">
          {t("app.name")}
        </Link>
        <nav aria-label="Main" className="hidden items-center gap-3 whitespace-nowrap md:flex 2xl:gap-4">
          {linkList("text-sm text-white hover:underline", links.filter((l) => l.daily))}
          {links.some((l) => !l.daily) && (
            <details className="relative" data-testid="nav-settings">
              <summary className="cursor-pointer list-none text-sm hover:underline">{t("nav.settings")} ▾</summary>
              <div className="absolute left-0 z-30 mt-1 flex w-56 flex-col rounded bg-white py-1 text-slate-900 shadow-lg ring-1 ring-slate-300">
                {presence}
                {linkList("px-3 py-2 text-sm hover:bg-slate-100", links.filter((l) => !l.daily))}
              </div>
            </details>
          )}
        </nav>
        <details className="relative md:hidden" data-testid="nav-menu">
          <summary className="cursor-pointer list-none rounded px-2 py-1 text-sm ring-1 ring-white/70">{t("admin.nav.menu")}</summary>
          <nav aria-label="Main" className="absolute left-0 z-30 mt-1 flex w-56 flex-col rounded bg-white py-1 text-slate-900 shadow-lg ring-1 ring-slate-300">
            {presence}
            {linkList("px-3 py-2 text-sm hover:bg-slate-100")}
          </nav>
        </details>
        <div className="ml-auto flex flex-wrap items-center gap-x-2 gap-y-1 2xl:gap-x-3">
          <WorkspaceSwitcher workspaces={workspaces} currentId={member.workspaceId} label={t("admin.workspace.label")} submit={t("admin.workspace.switch")} />
          {/* Below 1536 px the bar shows initials (its title and screen readers get name and role), so the bar stays
              on one line at 1280 px in French with the workspace switcher; the whole name and role from 1536 px. */}
          <span className="hidden items-center text-sm sm:inline-flex" data-testid="current-member" title={`${member.name} · ${t(`role.${member.role}` as MessageKey)}`}>
            <span aria-hidden className="rounded-full px-1.5 py-0.5 text-xs font-semibold ring-1 ring-white/70 2xl:hidden">{initials(member.name)}</span>
            <span className="sr-only 2xl:not-sr-only 2xl:max-w-56 2xl:truncate">{member.name} · {t(`role.${member.role}` as MessageKey)}</span>
          </span>
          <NotificationBell member={member} locale={locale} t={t} />
          <LiveIndicator label={t("inbox.live")} />
          <LocaleSwitch locale={locale} label={t("nav.language")} />
          <SignOutButton label={t("nav.signOut")} />
        </div>
      </div>
    </header>
  );
}

const initials = (name: string) => name.split(/\s+/).filter(Boolean).slice(0, 2).map((w) => w[0]!.toUpperCase()).join("");
