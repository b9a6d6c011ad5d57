// `npm run db:roles`: creates the PostgreSQL roles and database (lib/db/setup-roles.ts). Needs
// DATABASE_ADMIN_URL (a role that may create roles and databases), DATABASE_MIGRATION_URL (the owner) and
// DATABASE_URL (the app), each with the password the role should have.
import { setupDatabaseRoles } from "../db/setup-roles";

async function main() {
  const { DATABASE_ADMIN_URL: adminUrl, DATABASE_MIGRATION_URL: ownerUrl, DATABASE_URL: appUrl } = process.env;
  if (!adminUrl || !ownerUrl || !appUrl) {
    throw new Error("Set DATABASE_ADMIN_URL, DATABASE_MIGRATION_URL (schema owner) and DATABASE_URL (app role). See SECURITY.md.");
  }
  const r = await setupDatabaseRoles({ adminUrl, ownerUrl, appUrl });
  console.log(
    `Database ${r.database}: owned by ${r.owner} (runs migrations), the app connects as ${r.app} (rows only).` +
      (r.applied.length ? `\nApplied: ${r.applied.join(", ")}` : ""),
  );
}

main().catch((err: unknown) => {
  console.error((err as Error).message);
  process.exit(1);
});
