// Environment configuration, parsed once with zod so a bad value fails loudly at start, not deep in a request.
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies } from "../security/client-ip";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL (leave unset for the embedded database)")
    .optional(),
  // The schema owner, for migrations; DATABASE_URL is then the app's role with row access only (SECURITY.md).
  DATABASE_MIGRATION_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_MIGRATION_URL must be a postgresql:// URL")
    .optional(),
  DATA_DIR: z.string().min(1).default("./.data"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Optional second port for platform webhooks only, outside the Next.js pipeline (lib/webhooks/webhook-listener.ts).
  WEBHOOK_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  HOSTNAME: z.string().default("127.0.0.1"),
  // Unset: a password is generated into DATA_DIR/demo-password at first start (no well-known password).
  DEMO_PASSWORD: z.string().min(8, "DEMO_PASSWORD must be at least 8 characters").optional(),
  SEED_DEMO: z.enum(["true", "false"]).default("true"),
  RUN_JOBS: z.enum(["true", "false"]).default("true"),
  NEXTAUTH_SECRET: z.string().min(16).optional(),
  // Invitations are also e-mailed when set, e.g. smtps://user:pass@smtp.example.com:465.
  SMTP_URL: z.string().regex(/^smtps?:\/\//, "SMTP_URL must be an smtp:// or smtps:// URL").optional(),
  MAIL_FROM: z.string().min(3).default("Social Inbox <no-reply@localhost>"),
  // Security (SECURITY.md): reverse proxies whose X-Forwarded-For is believed (addresses / CIDR ranges).
  TRUSTED_PROXIES: z
    .string()
    .refine((v) => {
      try {
        parseTrustedProxies(v);
        return true;
      } catch {
        return false;
      }
    }, "TRUSTED_PROXIES must be comma-separated IP addresses or CIDR ranges")
    .optional(),
  // Only for tests and local development against fake platforms: lets a channel's apiBaseUrl be private.
  CONNECTOR_ALLOW_PRIVATE_URLS: z.enum(["true", "false"]).default("false"),
  API_RATE_LIMIT: z.coerce.number().int().min(1).default(600),
  API_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  // How often an open live stream re-checks its session (sign-out, deactivation end it); 30 s at most.
  LIVE_SESSION_RECHECK_MS: z.coerce.number().int().min(10).max(30_000).default(30_000),
  // Extra public origins accepted for cookie-authenticated mutations, besides NEXTAUTH_URL and the Host.
  APP_ORIGINS: z.string().optional(),
  APP_ENCRYPTION_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, "APP_ENCRYPTION_KEY must be 32 bytes in base64")
    .optional(),
});

export type AppEnv = z.infer<typeof schema>;

let cached: (AppEnv & { dataDir: string }) | undefined;

export function loadEnv(source: Record<string, string | undefined> = process.env): AppEnv & { dataDir: string } {
  if (cached && source === process.env) return cached;
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const env = { ...parsed.data, dataDir: path.resolve(parsed.data.DATA_DIR) };
  if (source === process.env) cached = env;
  return env;
}

/** For tests that change the environment between cases. */
export function resetEnvCache(): void {
  cached = undefined;
}
