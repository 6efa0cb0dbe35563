"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** A main-navigation link that marks the current section with aria-current. */
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current = href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="aria-[current=page]:font-bold aria-[current=page]:underline"
    >
      {children}
    </Link>
  );
}
