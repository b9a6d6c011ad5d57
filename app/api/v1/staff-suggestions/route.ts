import { json, methodNotAllowed, withMember } from "@/lib/api/handler";
import { suggestStaffIdentities } from "@/lib/staff/suggest-staff-identities";
import { getPrisma } from "@/lib/server/db";

// Commenters who may be staff on a personal account (issue #25): a name that matches a member's, or words such
// as "je travaille chez…". For a lead to confirm (POST /api/v1/members/{id}/identities); never applied here.
export const GET = withMember(async (_req, member) => json({ data: await suggestStaffIdentities(await getPrisma(), member) }));

export const DELETE = methodNotAllowed("GET");
