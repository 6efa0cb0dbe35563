import type { Metadata } from "next";
import Link from "next/link";
import { getEnv } from "@/lib/env";
import { NavLink } from "./_components/nav-link";
// The Arabic font ships with the app (fontsource, OFL): its CSS carries unicode-range per
// subset, so Arabic and Latin glyphs both come from Noto Naskh Arabic. No request leaves the site.
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./globals.css";

export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getEnv().SITE_URL),
    title: { default: "لقاءات — من التقى من، ومتى، وأين", template: "%s — لقاءات" },
    description: "لقاءات المسؤولين كما ترويها الأخبار العربية، مع الجملة التي تثبت كل لقاء.",
  };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ar" dir="rtl">
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2"
        >
          تخطَّ إلى المحتوى
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav
            aria-label="التنقل الرئيسي"
            className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-1 px-4 py-3"
          >
            <Link href="/" className="text-xl font-bold text-ink no-underline">
              لقاءات
            </Link>
            <NavLink href="/">الخط الزمني</NavLink>
            <NavLink href="/officials">المسؤولون</NavLink>
            <NavLink href="/agencies">الجهات</NavLink>
          </nav>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-6 focus:outline-none">
          {children}
        </main>
        <footer className="border-t border-stone-200 bg-white">
          <div className="mx-auto flex max-w-5xl flex-wrap gap-x-4 px-4 py-3 text-sm text-muted">
            <span>لقاءات المسؤولين كما ترويها الأخبار، مع الجملة التي تثبت كل لقاء.</span>
            <a href="/feed.xml" type="application/atom+xml">
              خلاصة Atom للخط الزمني
            </a>
            <a href="/api/meetings" type="application/json">
              البيانات (JSON)
            </a>
          </div>
        </footer>
      </body>
    </html>
  );
}
