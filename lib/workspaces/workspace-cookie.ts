// The workspace a browser works in (several brands per person): a cookie holding the workspace id, set by the
// switcher. It only picks among the person's active memberships (lib/auth/member.ts checks); never a grant.
export const WORKSPACE_COOKIE = "workspace";

export function workspaceFromCookieHeader(header: string | null): string | null {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === WORKSPACE_COOKIE) return decodeURIComponent(v.join("=")) || null;
  }
  return null;
}
