// The workspaces (brands) a person works in, for the switcher: only active memberships.
import type { PrismaClient } from "../generated/prisma/client";

export async function listMyWorkspaces(prisma: PrismaClient, userId: string) {
  const ms = await prisma.membership.findMany({
    where: { userId, deactivatedAt: null },
    include: { workspace: { select: { id: true, slug: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });
  return ms.map((m) => ({ id: m.workspace.id, slug: m.workspace.slug, name: m.workspace.name, role: m.role }));
}
