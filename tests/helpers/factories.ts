// Small builders for integration tests: a workspace with members and channels, and neutral inbound events.
import { hashPassword } from "@/lib/auth/password";
import type { InboundMessage } from "@/lib/connectors/types";
import type { Member } from "@/lib/auth/member";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";

let seq = 0;
export const uniq = (p: string) => `${p}-${process.pid}-${++seq}`;

export async function makeWorkspace(prisma: PrismaClient) {
  const ws = await prisma.workspace.create({ data: { slug: uniq("ws"), name: "Test brand" } });
  const channel = await prisma.channel.create({
    data: { workspaceId: ws.id, kind: "DEMO", platform: "FACEBOOK", externalId: uniq("page"), name: "Page" },
  });
  return { ws, channel };
}

export async function makeMember(prisma: PrismaClient, workspaceId: string, role: Role, password = "correct horse"): Promise<Member> {
  const email = `${uniq(role.toLowerCase())}@example.test`;
  const user = await prisma.user.create({ data: { email, name: `Test ${role}`, passwordHash: await hashPassword(password) } });
  await prisma.membership.create({ data: { workspaceId, userId: user.id, role } });
  return { userId: user.id, name: user.name, email, workspaceId, role, via: "session" };
}

export function comment(over: Partial<InboundMessage> & { externalId: string; body: string }): InboundMessage {
  return {
    type: "message",
    kind: "COMMENT",
    direction: "INBOUND",
    visibility: "PUBLIC",
    thread: { externalId: "post-1", kind: "POST", text: "Nos nouveautés de saison" },
    author: { platformUserId: "user-1", name: "Claire Dupont" },
    platformCreatedAt: new Date("2026-11-20T10:00:00Z"),
    ...over,
  };
}
