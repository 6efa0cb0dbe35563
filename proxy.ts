// Runs before every page request. Two jobs:
// 1. The Content-Security-Policy with a fresh nonce per request (lib/security/headers.ts builds
//    it; Next reads the nonce from the request's CSP header and puts it on its own scripts).
// 2. Comfort only: a visitor without a session cookie is sent to the sign-in page before an
//    admin page renders. This does not check the session (no database here); every admin page,
//    server action and route handler checks it itself through requireAdmin().
import { NextResponse, type NextRequest } from "next/server";
import { getEnv } from "./lib/env";
import { buildCsp } from "./lib/security/headers";

const SESSION_COOKIE = "liqaat_session";

function needsSignIn(request: NextRequest): boolean {
  const { pathname } = request.nextUrl;
  if (pathname !== "/admin" && !pathname.startsWith("/admin/")) return false;
  if (pathname === "/admin/login" || request.cookies.has(SESSION_COOKIE)) return false;
  // Server actions post to the page URL: they answer for themselves.
  return request.method === "GET" || request.method === "HEAD";
}

export function proxy(request: NextRequest) {
  if (needsSignIn(request)) {
    const url = request.nextUrl.clone();
    url.search = `?next=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    url.pathname = "/admin/login";
    return NextResponse.redirect(url);
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = buildCsp(nonce, { dev: getEnv().NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: static files, images and API routes carry the static headers from next.config.ts.
      source: "/((?!api|_next/static|_next/image|favicon.ico|fonts/).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
