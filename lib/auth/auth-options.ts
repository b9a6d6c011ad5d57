// next-auth configuration: e-mail + password, JWT sessions that carry only the user id. The role is never
// in the token: lib/auth/member.ts reads it per request.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getPrisma } from "../server/db";
import { authSecret } from "./app-secrets";
import { authenticatePassword } from "./authenticate-password";
import { signInSchema } from "./schemas";

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: 12 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "E-mail",
        credentials: { email: { label: "E-mail", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const parsed = signInSchema.safeParse(credentials);
          if (!parsed.success) return null;
          const fwd = req?.headers?.["x-forwarded-for"];
          const ip = (Array.isArray(fwd) ? fwd[0] : fwd)?.split(",")[0]?.trim() ?? null;
          const result = await authenticatePassword(await getPrisma(), { ...parsed.data, ip });
          if (result.ok) return { id: result.userId };
          // next-auth turns a thrown error into ?error=<message> on the sign-in page.
          throw new Error(result.reason === "throttled" ? "Throttled" : "CredentialsSignin");
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) return { sub: user.id };
        return { sub: token.sub };
      },
      session({ session, token }) {
        return { expires: session.expires, user: { id: token.sub } } as typeof session;
      },
    },
  };
}
