// Security headers for every response. The CSP needs a fresh nonce per request (Next's own
// inline bootstrap scripts carry it), so it is built in proxy.ts; the static headers are set in
// next.config.ts so they also cover static files and API routes the proxy skips.

export function buildCsp(nonce: string, opts: { dev?: boolean } = {}): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced Next runtime load its own chunks; no inline script without the nonce.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    // React and Next set style attributes inline; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  return directives.join("; ");
}

export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  // Browsers ignore HSTS over plain HTTP; behind HTTPS it pins the site to HTTPS.
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

/**
 * Responses that are not documents (API exports, static files) get a CSP that allows nothing: a
 * JSON or CSV export opened directly in a browser can then run no script and be framed nowhere.
 * Pages get their nonce-based policy from proxy.ts instead (two CSP headers would intersect).
 */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
export const NON_DOCUMENT_PATHS = ["/api/:path*", "/_next/static/:path*", "/fonts/:path*"];
