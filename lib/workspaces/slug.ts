// URL-safe workspace slugs from a brand name ("Café Lumière" → "cafe-lumiere"), made unique with -2, -3…
// Folded by lib/text (accents, case, ligatures: "Œuvre" → "oeuvre").
import type { Prisma } from "../generated/prisma/client";
import { fold } from "../text/fold";

export function slugify(name: string): string {
  const s = fold(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 36)
    .replace(/-+$/, "");
  return s.length >= 2 ? s : `ws-${s || "new"}`;
}

export async function uniqueSlug(tx: Prisma.TransactionClient, base: string): Promise<string> {
  const taken = new Set(
    (await tx.workspace.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((w) => w.slug),
  );
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}
