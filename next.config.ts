import type { NextConfig } from "next";
import { NON_DOCUMENT_CSP, NON_DOCUMENT_PATHS, STATIC_SECURITY_HEADERS } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Native and engine packages stay in node_modules instead of being bundled.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3", "pg", "@prisma/adapter-pg"],
  poweredByHeader: false,
  // A second build directory lets benchmarks and parallel test runs build without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [
      { source: "/:path*", headers: STATIC_SECURITY_HEADERS },
      ...NON_DOCUMENT_PATHS.map((source) => ({
        source,
        headers: [{ key: "Content-Security-Policy", value: NON_DOCUMENT_CSP }],
      })),
    ];
  },
};

export default nextConfig;
