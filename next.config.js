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
  typedRoutes: false,
};

export default nextConfig;
