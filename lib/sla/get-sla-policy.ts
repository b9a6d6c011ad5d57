// The workspace's SLA policy, or null when a lead has not set one: cases then keep the flat, around-the-clock
// targets ingestion gives them (workspace.firstResponseSlaMinutes / resolutionSlaHours).
import type { PrismaClient, Prisma } from "../generated/prisma/client";
import { log } from "../log";
import { slaPolicyInput, type SlaPolicyInput } from "./schemas";

type Db = PrismaClient | Prisma.TransactionClient;

// Ingestion reads the policy once per batch. Parsing it validates the time zone with a new Intl.DateTimeFormat
// (measured: a third of the SLA refresh's CPU), so the parsed policy is kept per workspace while its row's
// updatedAt is unchanged. The same object comes back each time, which also lets business-time.ts keep its
// per-calendar day cache. Frozen: a caller cannot alter what the next one reads.
const parsedPolicies = new Map<string, { updatedAt: number; policy: SlaPolicyInput }>();

export async function getSlaPolicy(db: Db, workspaceId: string): Promise<SlaPolicyInput | null> {
  const row = await db.slaPolicy.findUnique({ where: { workspaceId } });
  if (!row) return null;
  const cached = parsedPolicies.get(workspaceId);
  if (cached && cached.updatedAt === row.updatedAt.getTime()) return cached.policy;
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
  const policy = deepFreeze(parsed.data);
  parsedPolicies.set(workspaceId, { updatedAt: row.updatedAt.getTime(), policy });
  return policy;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
