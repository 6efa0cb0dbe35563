// next/headers outside a request: a cookie jar and headers the tests control.
import { vi } from "vitest";

export const jar = new Map<string, string>();
export const requestHeaders = new Headers({ "x-forwarded-for": "192.0.2.10" });

export const cookieStore = {
  get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
  has: (name: string) => jar.has(name),
  getAll: () => [...jar].map(([name, value]) => ({ name, value })),
  set: vi.fn((name: string, value: string) => void jar.set(name, value)),
  delete: vi.fn((name: string) => void jar.delete(name)),
};

export const nextHeadersMock = () => ({
  cookies: async () => cookieStore,
  headers: async () => requestHeaders,
});

export const nextCacheMock = () => ({
  revalidatePath: vi.fn(),
  revalidateTag: vi.fn(),
  updateTag: vi.fn(),
  refresh: vi.fn(),
});

/** The digest Next puts on the error redirect() throws: "NEXT_REDIRECT;replace;/admin/login;307;". */
export function redirectTarget(e: unknown): string | null {
  const digest = (e as { digest?: unknown })?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) return null;
  return digest.split(";")[2] ?? null;
}

export async function thrownBy(p: () => Promise<unknown>): Promise<unknown> {
  try {
    await p();
  } catch (e) {
    return e;
  }
  return undefined;
}
