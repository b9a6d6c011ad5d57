// Commenters who may be staff writing from a personal account (issue #25), for a lead to confirm: a commenter
// whose name is a member's name, or who says so ("je travaille chez…", "en tant qu'employée", "I work at…", or
// speaks for the brand: "on n'est pas si nuls"). Only suggested: a link is made by a person (link-staff-identity.ts).
import type { PrismaClient } from "../generated/prisma/client";
import type { Member } from "../auth/member";
import { assertCan } from "../auth/permissions";
import { fold } from "../text/fold";

const DAY = 86_400_000;
/** Words of someone who works for the brand, folded. */
export const STAFF_WORDS = new RegExp([
  "je (travaille|bosse|suis employee?|suis salariee?|suis vendeu(r|se)|suis conseillere?) (chez|pour|a|au|dans|en magasin|ici)",
  "(en tant qu'|en tant que |comme )(employee?|salariee?|vendeu(r|se)|conseillere?|membre du personnel)",
  "(nos|notre) (collegues|equipes?|magasin|rayon|entrepot|chef)",
  "\\bi (work|worked) (at|for|in) ",
  "\\bas an? (employee|member of staff|staff member|sales assistant)",
  "\\b(our|my) (colleagues|store manager)\\b",
  "\\b(on est|on n'est|nous sommes|nous ne sommes|we are|we're|we aren't) (pas |not )?(si |that |so )?(nul|nuls|mauvais|bad|terrible)",
].join("|"));

export interface StaffSuggestion {
  platform: string;
  account: string;
  name: string | null;
  reason: "name" | "words";
  /** The member whose name matches (reason "name"). */
  membershipId: string | null;
  messageId: string;
  text: string;
}

export async function suggestStaffIdentities(prisma: PrismaClient, member: Member): Promise<StaffSuggestion[]> {
  assertCan(member.role, "members.manage");
  const ws = member.workspaceId;
  const [members, linked, recent] = await Promise.all([
    prisma.membership.findMany({ where: { workspaceId: ws, deactivatedAt: null }, select: { id: true, user: { select: { name: true } } } }),
    prisma.staffIdentity.findMany({ where: { workspaceId: ws }, select: { platform: true, account: true } }),
    prisma.message.findMany({
      where: { workspaceId: ws, direction: "INBOUND", staff: false, createdAt: { gte: new Date(Date.now() - 90 * DAY) }, authorIdentityId: { not: null } },
      orderBy: { createdAt: "desc" }, take: 2_000, // received in the last 90 days, whatever the platform time
      select: { id: true, body: true, channel: { select: { platform: true } }, authorIdentity: { select: { platformUserId: true, handle: true, name: true } } },
    }),
  ]);
  const byName = new Map(members.map((m) => [fold(m.user.name), m.id]));
  const taken = new Set(linked.map((l) => `${l.platform}:${l.account}`));
  const out = new Map<string, StaffSuggestion>();
  for (const m of recent) {
    const a = m.authorIdentity!;
    const key = `${m.channel.platform}:${a.platformUserId}`;
    if (out.has(key) || taken.has(key) || (a.handle && taken.has(`${m.channel.platform}:@${a.handle.toLowerCase()}`))) continue;
    const memberId = a.name ? byName.get(fold(a.name)) ?? null : null;
    const words = STAFF_WORDS.test(fold(m.body));
    if (!memberId && !words) continue;
    out.set(key, {
      platform: m.channel.platform, account: a.platformUserId, name: a.name, reason: memberId ? "name" : "words", membershipId: memberId,
      messageId: m.id, text: m.body.slice(0, 200),
    });
  }
  return [...out.values()];
}
