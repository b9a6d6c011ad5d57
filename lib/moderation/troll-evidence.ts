// The troll signals a team lead decides a mark on (issue #19, R8): is this someone who keeps insulting us, or a
// customer with a real relationship and a complaint? Hostile messages (insults, mockery, threats: the rules our
// own drafts are checked with), how much they wrote, their case history (a resolved case means we served them
// before), order numbers they cited, when we first saw them, their reach and what they say they are (a
// journalist or a lawyer is a reason to be careful, not a troll signal). Platforms do not give us the age of
// the account, so it is `null`: shown as unknown rather than guessed.
import type { PrismaClient } from "../generated/prisma/client";
import { checkTone } from "../guards/check-tone";
import { findPersonalData } from "../guards/check-personal-data";
import { OPEN_STATUSES } from "./open-complaints";

export interface TrollEvidence {
  inboundCount: number;
  hostileCount: number;
  caseCount: number;
  openCases: number;
  /** Resolved or closed cases: a past customer relationship. */
  closedCases: number;
  /** Their messages citing an order number (the workspace's pattern, or the default one). */
  orderMentions: number;
  /** When we first saw them on our pages (ISO). */
  firstSeenAt: string;
  /** The platform account's age: not given by the platforms we connect, so unknown. */
  accountCreatedAt: string | null;
  followers: number | null;
  /** What they say they are: journalist, professional, legal. */
  selfDeclared: string[];
}

// The tone categories (#19) whose `high` findings are hostility, not clumsiness.
const HOSTILE = ["dismissal", "sarcasm", "threat"];
const SELF_DECLARED = ["journalist", "professional", "legal", "high_reach"];

export function isHostile(body: string): boolean {
  // Rules only: the learned fallback speaks at `warning`, which this count ignores anyway.
  return checkTone(body, { model: false }).some((f) => f.severity === "high" && HOSTILE.includes(f.category));
}

export async function trollEvidence(prisma: PrismaClient, workspaceId: string, contactId: string): Promise<TrollEvidence> {
  const [contact, inbound, cases, settings] = await Promise.all([
    prisma.contact.findFirstOrThrow({
      where: { id: contactId, workspaceId },
      select: { createdAt: true, signals: true, identities: { select: { followerCount: true, createdAt: true } } },
    }),
    prisma.message.findMany({ where: { workspaceId, direction: "INBOUND", case: { contactId } }, select: { body: true }, orderBy: { platformCreatedAt: "desc" }, take: 200 }),
    prisma.case.findMany({ where: { workspaceId, contactId }, select: { status: true } }),
    prisma.guardSettings.findUnique({ where: { workspaceId }, select: { orderNumberPattern: true } }),
  ]);
  const pattern = settings?.orderNumberPattern ?? undefined;
  const followers = contact.identities.map((i) => i.followerCount).filter((n): n is number => n != null);
  const firstSeen = [contact.createdAt, ...contact.identities.map((i) => i.createdAt)].reduce((a, b) => (a < b ? a : b));
  return {
    inboundCount: inbound.length,
    hostileCount: inbound.filter((m) => isHostile(m.body)).length,
    caseCount: cases.length,
    openCases: cases.filter((c) => (OPEN_STATUSES as readonly string[]).includes(c.status)).length,
    closedCases: cases.filter((c) => c.status === "RESOLVED" || c.status === "CLOSED").length,
    orderMentions: inbound.filter((m) => findPersonalData(m.body, pattern).some((f) => f.category === "order_number")).length,
    firstSeenAt: firstSeen.toISOString(),
    accountCreatedAt: null,
    followers: followers.length ? Math.max(...followers) : null,
    selfDeclared: contact.signals.filter((s) => SELF_DECLARED.includes(s)),
  };
}
