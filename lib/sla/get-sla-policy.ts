// The workspace's SLA policy, or null when a lead has not set one: cases then keep the flat, around-the-clock
// targets ingestion gives them (workspace.firstResponseSlaMinutes / resolutionSlaHours).
import type { PrismaClient, Prisma } from "../generated/prisma/client";
import { log } from "../log";
import { slaPolicyInput, type SlaPolicyInput } from "./schemas";

type Db = PrismaClient | Prisma.TransactionClient;

export async function getSlaPolicy(db: Db, workspaceId: string): Promise<SlaPolicyInput | null> {
  const row = await db.slaPolicy.findUnique({ where: { workspaceId } });
  if (!row) return null;
  const parsed = slaPolicyInput.safeParse({
    timeZone: row.timeZone,
    businessHours: row.businessHours,
    holidays: row.holidays,
    targets: row.targets,
    atRiskPercent: row.atRiskPercent,
  });
  if (!parsed.success) {
    log.error("sla.policy_unreadable", { workspaceId, error: parsed.error.message });
    return null;
  }
  return parsed.data;
}
