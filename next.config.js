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
    // Language detection's model (~22 MiB once loaded): bundled, each server layer (pages, routes, actions)
    // held its own copy; required from node_modules it is loaded once per process (issue #27).
    "eld",
  ],
  poweredByHeader: false,
  // The default, stated: proxy.ts answers 413 above it (ACTION_BODY_LIMIT in lib/security/page-request-guard.ts)
  // instead of Next's 500.
  // preloadEntriesOnStart: off, so a route's code loads on its first request, not every route at start: about
  // 50 MiB of an idle server (issue #27, measured: ten copies of the shared server chunk).
  experimental: { serverActions: { bodySizeLimit: "1mb" }, preloadEntriesOnStart: false },
  typedRoutes: false,
};

export default nextConfig;
