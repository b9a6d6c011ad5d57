/**
 * A timestamp as raw SQL wants it for our `timestamp(3) without time zone` columns: UTC text without a zone,
 * like every timestamp Prisma writes (a JS Date handed to the driver would be written in the process's zone).
 */
export const utc = (d: Date | null | undefined): string | null => (d ? d.toISOString().slice(0, -1) : null);
