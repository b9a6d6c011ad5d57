import type { ReactNode } from "react";
import { DemoBanner } from "@/components/admin/demo-banner";
import { TopNav } from "@/components/layout/top-nav";
import { LiveProvider } from "@/components/live/live-provider";
import { requireMember } from "@/lib/auth/session";
import { DEMO_SLUG } from "@/lib/demo/demo-slug";
import { getT } from "@/lib/i18n/server";
import { getPrisma } from "@/lib/server/db";
import { getOwnAvailability } from "@/lib/members/get-own-availability";
import { listMyWorkspaces } from "@/lib/workspaces/list-my-workspaces";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const member = await requireMember();
  const { locale, t } = await getT();
  const prisma = await getPrisma();
  const [workspaces, { available }] = await Promise.all([listMyWorkspaces(prisma, member.userId), getOwnAvailability(prisma, member)]);
  const current = workspaces.find((w) => w.id === member.workspaceId);
  return (
    <LiveProvider selfId={member.userId}>
      <TopNav member={member} locale={locale} t={t} workspaces={workspaces} available={available}
        notice={current?.slug === DEMO_SLUG ? <DemoBanner text={t("admin.demo.banner")} /> : null} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-4 focus:outline-none">{children}</main>
    </LiveProvider>
  );
}
