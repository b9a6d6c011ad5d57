// Reads the next-auth session cookie of an API request directly (the same JWT next-auth signs), so
// lib/api/handler.ts does not depend on Next's request scope and can be tested with real requests.
import { decode } from "next-auth/jwt";
import { authSecret } from "./app-secrets";

const NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

function cookieValue(cookieHeader: string, name: string): string | undefined {
  const jar = new Map<string, string>();
  for (const part of cookieHeader.split(";")) {
    const i = part.indexOf("=");
    if (i > 0) jar.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
  }
  if (jar.has(name)) return jar.get(name);
  // next-auth splits a large token into name.0, name.1…
  const chunks = [...jar.keys()].filter((k) => k.startsWith(`${name}.`)).sort((a, b) => Number(a.split(".").pop()) - Number(b.split(".").pop()));
  return chunks.length ? chunks.map((k) => jar.get(k)).join("") : undefined;
}

export interface SessionClaims {
  userId: string;
  sessionVersion: number;
}

export async function sessionFromRequest(req: Request): Promise<SessionClaims | null> {
  const header = req.headers.get("cookie");
  if (!header) return null;
  for (const name of NAMES) {
    const raw = cookieValue(header, name);
    if (!raw) continue;
    try {
      const token = await decode({ token: raw, secret: authSecret() });
      if (token?.sub) return { userId: token.sub, sessionVersion: typeof token.sv === "number" ? token.sv : 0 };
    } catch {
      return null;
    }
  }
  return null;
}

/** Does the request present a session cookie at all (it then gets the CSRF checks)? */
export function hasSessionCookie(req: Request): boolean {
  const header = req.headers.get("cookie") ?? "";
  return NAMES.some((n) => header.includes(`${n}=`) || header.includes(`${n}.0=`));
}
