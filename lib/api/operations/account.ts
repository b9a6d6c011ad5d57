// Who the caller is.
import { z } from "zod";
import { PERMISSIONS, can, type Permission } from "../../auth/permissions";
import { jsonOperation } from "../operation";
import { dataOf } from "./wire";

export const getMe = jsonOperation({
  method: "GET", path: "/api/v1/me", tag: "Account", summary: "The caller, their role and permissions: lets API clients adapt instead of probing for 403s",
  access: { member: true }, status: 200,
  response: dataOf(z.looseObject({ userId: z.string(), name: z.string(), email: z.string(), role: z.string(), permissions: z.array(z.string()) })),
  async handler({ member }) {
    const permissions = (Object.keys(PERMISSIONS) as Permission[]).filter((p) => can(member.role, p));
    return { data: { userId: member.userId, name: member.name, email: member.email, role: member.role, permissions } };
  },
});

export const ACCOUNT_OPERATIONS = [getMe];
