// Inputs of first-run setup, invitations, members, teams, workspaces and API tokens. Shared by the pages'
// forms, server actions, API routes and the OpenAPI document; no server imports here.
import { z } from "zod";

export const ROLES = ["COMMUNITY_MANAGER", "CUSTOMER_SERVICE", "TEAM_LEAD", "ADMIN"] as const;
export const TEAM_KINDS = ["CUSTOMER_SERVICE", "COMMUNITY_MANAGER"] as const;

export const emailSchema = z.string().trim().toLowerCase().email("email: enter a valid e-mail address").max(254);
export const personName = z.string().trim().min(1, "name: enter a name").max(100, "name: at most 100 characters");
/** Length bounds only; strength (zxcvbn) is checked by the use case, which knows the person's name and e-mail. */
export const passwordSchema = z
  .string()
  .min(10, "password: at least 10 characters")
  .max(200, "password: at most 200 characters");
export const roleSchema = z.enum(ROLES, { error: `role must be one of ${ROLES.join(", ")}` });
export const idSchema = z.uuid({ error: "id must be a UUID" });

export const setupInput = z
  .object({
    token: z.string().min(10, "token: the setup link's token is missing").max(200),
    workspaceName: z.string().trim().min(2, "workspaceName: at least 2 characters").max(80),
    name: personName,
    email: emailSchema,
    password: passwordSchema,
  })
  .strict();
export type SetupInput = z.infer<typeof setupInput>;

export const inviteInput = z
  .object({ email: emailSchema, name: personName, role: roleSchema, teamId: idSchema.nullish() })
  .strict();
export type InviteInput = z.infer<typeof inviteInput>;

export const acceptInvitationInput = z.object({ name: personName, password: passwordSchema }).strict();
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;

export const memberPatch = z
  .object({ role: roleSchema.optional(), teamId: idSchema.nullable().optional(), active: z.boolean().optional() })
  .strict()
  .refine((p) => Object.values(p).some((v) => v !== undefined), { message: "Nothing to change: send role, teamId or active" });
export type MemberPatch = z.infer<typeof memberPatch>;

export const teamInput = z
  .object({
    name: z.string().trim().min(2, "name: at least 2 characters").max(60),
    kind: z.enum(TEAM_KINDS, { error: `kind must be one of ${TEAM_KINDS.join(", ")}` }).default("CUSTOMER_SERVICE"),
  })
  .strict();
export type TeamInput = z.infer<typeof teamInput>;

export const teamPatch = z
  .object({ name: teamInput.shape.name.optional(), archived: z.boolean().optional() })
  .strict()
  .refine((p) => p.name !== undefined || p.archived !== undefined, { message: "Nothing to change: send name or archived" });
export type TeamPatch = z.infer<typeof teamPatch>;

export const workspaceInput = z
  .object({
    name: z.string().trim().min(2, "name: at least 2 characters").max(80),
    slug: z
      .string()
      .regex(/^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/, "slug: lower-case letters, digits and dashes (2–40)")
      .optional(),
  })
  .strict();
export type WorkspaceInput = z.infer<typeof workspaceInput>;

export const tokenInput = z.object({ name: z.string().trim().min(1, "name: give the token a name").max(100) }).strict();
export const tokenPatch = z.object({ revoked: z.literal(true, { error: "revoked: only true (a token is revoked, never deleted)" }) }).strict();
