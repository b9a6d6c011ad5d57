// Prisma CLI configuration. Only `prisma generate` is run through the CLI here: migrations are created and
// applied by scripts/ (offline-capable, see README "Database").
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
