// What the sign-in page may say before anyone is signed in: whether the demo workspace exists (its shared
// accounts are then worth a hint) and whether the instance is set up at all (before setup nobody can sign in).
// Two booleans about the instance, nothing about any workspace's content.
import type { PrismaClient } from "../generated/prisma/client";
import { DEMO_SLUG } from "../demo/demo-slug";

export async function signInHints(prisma: PrismaClient) {
  const [demo, users] = await Promise.all([prisma.workspace.count({ where: { slug: DEMO_SLUG } }), prisma.user.count()]);
  return { demo: demo > 0, notSetUp: users === 0 };
}
