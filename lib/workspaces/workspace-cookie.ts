// The workspace a browser works in (several brands per person): a cookie holding the workspace id, set by the
// switcher. It only picks among the person's active memberships (lib/auth/member.ts checks); never a grant.
// A value that is not an id (`%ZZ` broke decodeURIComponent, a NUL byte broke the query: both were 500s on every
// request, issue #20 item 9) is ignored like an absent cookie: it is a preference, and the oldest membership is
// the same fallback as for a workspace the person left.
export const WORKSPACE_COOKIE = "workspace";

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The cookie's value as a workspace id, or null when it cannot be one. */
export function parseWorkspaceId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return ID.test(value) ? value : null;
}

export function workspaceFromCookieHeader(header: string | null): string | null {
  for (const part of (header ?? "").split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === WORKSPACE_COOKIE) return parseWorkspaceId(v.join("="));
  }
  return null;
}
