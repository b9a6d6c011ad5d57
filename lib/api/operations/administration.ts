// Administration: first-run setup, members and their invitations, members' personal social accounts (staff
// identities, issue #25) and teams. Workspaces, API tokens and the audit log are in ./access-tokens.ts, listed
// here too. Nothing is deleted: members are deactivated, teams archived, identity links kept.
import { z } from "zod";
import { requestLocale } from "../../i18n/request-locale";
import { acceptInvitation } from "../../members/accept-invitation";
import { inviteMember } from "../../members/invite-member";
import { listMembers } from "../../members/list-members";
import { assertMayManage } from "../../members/member-rules";
import { acceptInvitationInput, idSchema, inviteInput, memberPatch, setupInput, teamInput, teamPatch } from "../../members/schemas";
import { updateMember } from "../../members/update-member";
import { clientIp } from "../../security/client-ip";
import { getPrisma } from "../../server/db";
import { publicBaseUrl } from "../../server/public-url";
import { completeSetup } from "../../setup/complete-setup";
import { linkStaffIdentity } from "../../staff/link-staff-identity";
import { listStaffIdentities } from "../../staff/list-staff-identities";
import { linkIdentityInput } from "../../staff/schemas";
import { suggestStaffIdentities } from "../../staff/suggest-staff-identities";
import { createTeam } from "../../teams/create-team";
import { listTeams } from "../../teams/list-teams";
import { updateTeam } from "../../teams/update-team";
import { jsonOperation } from "../operation";
import { TOKEN_OPERATIONS } from "./access-tokens";
import { dataOf, id, isoDate, nullableDate, ref } from "./wire";

const idParams = z.object({ id: idSchema });
const role = z.enum(["COMMUNITY_MANAGER", "CUSTOMER_SERVICE", "TEAM_LEAD", "ADMIN"]);
const platform = z.enum(["FACEBOOK", "X", "INSTAGRAM"]);
const teamKind = z.enum(["CUSTOMER_SERVICE", "COMMUNITY_MANAGER"]);
const staffIdentity = z.looseObject({ id, platform, account: z.string(), createdAt: isoDate });
const team = z.looseObject({ id, name: z.string(), kind: teamKind, archived: z.boolean() });

// A member's personal social accounts (issue #25): what they write from them is marked staff, not customer.
// The member reads and links their own; leads and admins anyone's (lib/staff/load-member-target.ts). Links are
// never deleted.
export const listIdentitiesOp = jsonOperation({
  method: "GET", path: "/api/v1/members/{id}/identities", tag: "Administration",
  summary: "A member's linked personal social accounts (the member, leads, admins; issue #25)",
  access: { permission: "members.manage", ownRecord: "a member reads their own links" }, params: idParams, status: 200, response: dataOf(z.array(staffIdentity)),
  handler: async ({ member, params }) => ({ data: await listStaffIdentities(await getPrisma(), member, params.id) }),
});

export const linkIdentityOp = jsonOperation({
  method: "POST", path: "/api/v1/members/{id}/identities", tag: "Administration",
  summary: "Link a personal social account to a member: its messages, earlier ones included, are marked staff (issue #25)",
  access: { permission: "members.manage", ownRecord: "a member links their own accounts" }, params: idParams, body: linkIdentityInput, status: 201,
  response: dataOf(staffIdentity.extend({ messagesMarked: z.number().int() })),
  handler: async ({ member, params, body }) => ({ data: await linkStaffIdentity(await getPrisma(), member, params.id, body) }),
});

// Commenters who may be staff on a personal account: a name that matches a member's, or words such as
// "je travaille chez…". For a lead to confirm (POST /api/v1/members/{id}/identities); never applied here.
export const staffSuggestionsOp = jsonOperation({
  method: "GET", path: "/api/v1/staff-suggestions", tag: "Administration",
  summary: "Commenters who may be staff on a personal account, for a lead to confirm (issue #25)",
  access: { permission: "members.manage" }, status: 200,
  response: dataOf(z.array(z.looseObject({
    platform: z.string(), account: z.string(), name: z.string().nullable(), reason: z.enum(["name", "words"]),
    membershipId: id.nullable(), messageId: id, text: z.string(),
  }))),
  handler: async ({ member }) => ({ data: await suggestStaffIdentities(await getPrisma(), member) }),
});

// First run, for automated provisioning: the one-time token printed by `npm start` creates the workspace and
// its first admin. No session: the token is the credential, and it works once. A weak password's hints follow
// the request's language (locale cookie, else Accept-Language).
export const setupOp = jsonOperation({
  method: "POST", path: "/api/v1/setup", tag: "Administration",
  summary: "First run: create the workspace and its first admin with the one-time setup token",
  access: { public: "first run: the one-time setup token printed by npm start is the credential (410 once used); rate-limited per source" },
  body: setupInput, status: 201,
  response: dataOf(z.looseObject({ workspaceId: id, workspaceSlug: z.string(), userId: id })),
  async handler({ req, body }) {
    const r = await completeSetup(await getPrisma(), body, { locale: requestLocale(req) });
    return { data: { workspaceId: r.workspaceId, workspaceSlug: r.workspaceSlug, userId: r.userId } };
  },
});

export const listMembersOp = jsonOperation({
  method: "GET", path: "/api/v1/members", tag: "Administration",
  summary: "Members (id, email, name, role, active, team) and pending invitations",
  access: { permission: "members.manage" }, status: 200,
  response: z.looseObject({
    data: z.array(z.looseObject({
      id, userId: id, email: z.string(), name: z.string(), role, active: z.boolean(), team: ref.nullable(),
      deactivatedAt: nullableDate, createdAt: isoDate,
    })),
    invitations: z.array(z.looseObject({
      id, email: z.string(), name: z.string(), role, teamId: id.nullable(), expiresAt: isoDate, createdAt: isoDate,
      state: z.enum(["pending", "accepted", "revoked", "expired"]),
    })),
  }),
  async handler({ member }) {
    const { members, invitations } = await listMembers(await getPrisma(), member);
    return { data: members, invitations };
  },
});

export const inviteMemberOp = jsonOperation({
  method: "POST", path: "/api/v1/members", tag: "Administration",
  summary: "Invite by link (e-mailed too when SMTP is configured)",
  access: { permission: "members.manage" }, body: inviteInput, status: 201,
  response: dataOf(z.looseObject({ id, inviteUrl: z.string(), expiresAt: isoDate, emailed: z.boolean() })),
  async handler({ req, member, body }) {
    // The role first: a member who may not invite learns nothing about the expected body.
    assertMayManage(member);
    const r = await inviteMember(await getPrisma(), member, body, { baseUrl: publicBaseUrl(req) });
    return { data: { id: r.id, inviteUrl: r.inviteUrl, expiresAt: r.expiresAt, emailed: r.mail === "sent" } };
  },
});

// Change role or team, deactivate ({ active: false }) or reactivate. Members are never deleted.
export const patchMemberOp = jsonOperation({
  method: "PATCH", path: "/api/v1/members/{id}", tag: "Administration",
  summary: "Change role or team, deactivate ({ active: false }) or reactivate; members are never deleted",
  access: { permission: "members.manage" }, params: idParams, body: memberPatch, status: 200,
  response: dataOf(z.looseObject({
    id, userId: id, email: z.string(), name: z.string(), role, teamId: id.nullable(), active: z.boolean(),
  })),
  async handler({ member, params, body }) {
    // The role first: a member who may not manage gets 403, whatever the id and body.
    assertMayManage(member);
    return { data: await updateMember(await getPrisma(), member, params.id, body) };
  },
});

// No session: the invitation token is the credential. 404 unknown, 410 used/expired/withdrawn; a rate limit per
// source (withPublic). An existing account's password is checked as a sign-in from the request's source: 403
// wrong, 429 once locked out. A weak password's hints follow the request's language (locale cookie, else
// Accept-Language).
export const acceptInvitationOp = jsonOperation({
  method: "POST", path: "/api/v1/invitations/{token}/accept", tag: "Administration",
  summary: "Accept an invitation: a name and a new password, or the current password of the address's existing account (checked as a sign-in: 403 wrong, 429 once locked out)",
  access: { public: "the invitation token is the credential (404 unknown, 410 used/expired); rate-limited per source; an existing account's password is checked as a sign-in (lock-out)" },
  params: z.object({ token: z.string() }), body: acceptInvitationInput, status: 201,
  response: dataOf(z.looseObject({ userId: id, workspaceId: id, membershipId: id })),
  async handler({ req, params, body }) {
    const r = await acceptInvitation(await getPrisma(), params.token.slice(0, 200), body, { locale: requestLocale(req), ip: clientIp(req.headers) });
    return { data: { userId: r.userId, workspaceId: r.workspaceId, membershipId: r.membershipId } };
  },
});

// Readable by every member: pickers need it.
export const listTeamsOp = jsonOperation({
  method: "GET", path: "/api/v1/teams", tag: "Administration", summary: "Teams with their active members; archived=true adds the archived teams",
  access: { member: true }, query: z.object({ archived: z.string().optional().meta({ description: "true: include archived teams" }) }), status: 200,
  response: dataOf(z.array(team.extend({
    createdAt: isoDate,
    members: z.array(z.looseObject({ membershipId: id, userId: id, name: z.string(), email: z.string(), role })),
  }))),
  handler: async ({ member, query }) => ({ data: await listTeams(await getPrisma(), member, { includeArchived: query.archived === "true" }) }),
});

export const createTeamOp = jsonOperation({
  method: "POST", path: "/api/v1/teams", tag: "Administration", summary: "Create a customer-service or community-manager team",
  access: { permission: "teams.manage" }, body: teamInput, status: 201, response: dataOf(team),
  async handler({ member, body }) {
    return { data: await createTeam(await getPrisma(), member, body) };
  },
});

// Rename or archive ({ archived: true }); teams are never deleted.
export const patchTeamOp = jsonOperation({
  method: "PATCH", path: "/api/v1/teams/{id}", tag: "Administration", summary: "Rename or archive ({ archived: true }) a team; teams are never deleted",
  access: { permission: "teams.manage" }, params: idParams, body: teamPatch, status: 200, response: dataOf(team),
  async handler({ member, params, body }) {
    return { data: await updateTeam(await getPrisma(), member, params.id, body) };
  },
});

export const ADMINISTRATION_OPERATIONS = [
  listIdentitiesOp, linkIdentityOp, staffSuggestionsOp, setupOp, listMembersOp, inviteMemberOp, patchMemberOp,
  acceptInvitationOp, listTeamsOp, createTeamOp, patchTeamOp, ...TOKEN_OPERATIONS,
];
