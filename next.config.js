// Next.js configuration. PGlite loads its WebAssembly and data files next to its own module, so it and the
// packages that drive it stay outside the server bundle.
/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pglite-prisma-adapter",
    "pg",
    "pg-boss",
  ],
  poweredByHeader: false,
  // The default, stated: proxy.ts answers 413 above it (ACTION_BODY_LIMIT in lib/security/page-request-guard.ts)
  // instead of Next's 500.
  experimental: { serverActions: { bodySizeLimit: "1mb" } },
  typedRoutes: false,
};

export default nextConfig;
