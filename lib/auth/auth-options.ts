// next-auth configuration: e-mail + password, JWT sessions that carry only the user id and the user's
// sessionVersion. The role is never in the token: lib/auth/member.ts reads it per request, and refuses a
// session whose version is older than the user's (sign-out, password change: lib/auth/invalidate-sessions.ts).
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "../server/db";
import { clientIp } from "../security/client-ip";
import { authSecret } from "./app-secrets";
import { authenticatePassword } from "./authenticate-password";
import { signOutUser } from "./invalidate-sessions";
import { signInSchema } from "./schemas";

export const SESSION_MAX_AGE_S = 12 * 60 * 60;

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "E-mail",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const ip = clientIp((req?.headers ?? {}) as Record<string, string>);
          const result = await authenticatePassword(await getPrisma(), { ...parsed.data, ip });
          if (result.ok) return { id: result.userId, sv: result.sessionVersion } as { id: string };
          // next-auth turns a thrown error into ?error=<message> on the sign-in page.
          throw new Error(result.reason === "throttled" ? "Throttled" : "CredentialsSignin");
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) return { sub: user.id, sv: (user as { sv?: number }).sv ?? 0 };
        return { sub: token.sub, sv: token.sv ?? 0 };
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub, sv: token.sv ?? 0 } } as typeof session;
      },
    },
    events: {
      // Server-side: the cookie the browser forgets stops working everywhere (issue #11 item 3).
      async signOut({ token }) {
        if (token?.sub) await signOutUser(await getPrisma(), token.sub, (token.sv as number | undefined) ?? 0);
      },
    },
  };
}
