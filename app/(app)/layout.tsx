import type { ReactNode } from "react";
import { TopNav } from "@/components/layout/top-nav";
import { LiveProvider } from "@/components/live/live-provider";
import { requireMember } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const member = await requireMember();
  const { locale, t } = await getT();
  return (
    <LiveProvider selfId={member.userId}>
      <TopNav member={member} locale={locale} t={t} />
      <main className="mx-auto max-w-7xl px-4 py-4">{children}</main>
    </LiveProvider>
  );
}
