import type { Metadata } from "next";
import Link from "next/link";
// The Arabic font ships with the app (fontsource, OFL): its CSS carries unicode-range per
// subset, so Arabic and Latin glyphs both come from Noto Naskh Arabic. No request leaves the site.
import "@fontsource/noto-naskh-arabic/400.css";
import "@fontsource/noto-naskh-arabic/700.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "لقاءات — من التقى من، ومتى، وأين", template: "%s — لقاءات" },
  description: "لقاءات المسؤولين كما ترويها الأخبار العربية، مع الجملة التي تثبت كل لقاء.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ar" dir="rtl">
      <body className="min-h-screen">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:bg-white focus:p-2">
          تخطَّ إلى المحتوى
        </a>
        <header className="border-b border-stone-200 bg-white">
          <nav aria-label="التنقل الرئيسي" className="mx-auto flex max-w-4xl items-center gap-6 px-4 py-3">
            <Link href="/" className="text-xl font-bold text-ink no-underline">
              لقاءات
            </Link>
            <Link href="/">الخط الزمني</Link>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-4xl px-4 py-6">
          {children}
        </main>
      </body>
    </html>
  );
}
