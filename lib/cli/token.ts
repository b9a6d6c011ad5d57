// `npm run -s token -- --email <user> [--workspace <slug>] [--name <label>]`: prints a new API token for that
// user, acting in that workspace only (default: their oldest active membership).
// With DATABASE_URL or a stopped app it writes directly; while the app holds the embedded database it asks
// the running app (PGlite is one process's database, see docs/ARCHITECTURE.md § Database modes).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createApiToken } from "../auth/api-tokens";
import { loadEnv } from "../config/env";
import { openDatabase } from "../db/open-database";
import { DataDirLockedError } from "../db/pglite";
import { demoPassword } from "../demo/demo-password";
import { seedDemoWorkspace } from "../demo/seed-demo-workspace";

const args = z.object({
  email: z.string().email("--email must be an e-mail address"),
  name: z.string().optional(),
  workspace: z.string().regex(/^[a-z0-9-]{1,40}$/, "--workspace must be a workspace slug").optional(),
});

async function viaRunningApp(dataDir: string, input: z.infer<typeof args>): Promise<string> {
  const { url } = JSON.parse(readFileSync(path.join(dataDir, "app.json"), "utf8")) as { url: string };
  const secret = readFileSync(path.join(dataDir, "cli-secret"), "utf8").trim();
  const res = await fetch(`${url}/api/internal/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-cli-secret": secret },
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { data?: { token: string }; error?: { message: string } };
  if (!res.ok || !body.data) throw new Error(body.error?.message ?? `The app answered ${res.status}.`);
  return body.data.token;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, workspace: { type: "string" } } });
  const input = args.parse(values);
  const env = loadEnv();
  try {
    const db = await openDatabase({ url: env.DATABASE_URL, dataDir: env.dataDir });
    try {
      if (env.SEED_DEMO === "true") await seedDemoWorkspace(db.prisma, { password: demoPassword().password });
      console.log((await createApiToken(db.prisma, input)).token);
    } finally {
      await db.close();
    }
  } catch (err) {
    if (!(err instanceof DataDirLockedError)) throw err;
    console.log(await viaRunningApp(env.dataDir, input));
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof z.ZodError ? err.issues.map((i) => i.message).join("\n") : (err as Error).message);
  process.exit(1);
});
