// The schema pg-boss keeps its queues in. The owner creates it for the app role (lib/db/app-role.ts), which may
// create nothing elsewhere; lib/jobs/boss.ts then installs pg-boss's tables in it as the app role.
export const BOSS_SCHEMA = "pgboss";
