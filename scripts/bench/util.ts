// Small helpers shared by the benchmark parts: timing, medians, table printing.
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const OUT_DIR = path.join(ROOT, "data/bench");

export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** Median wall time in ms of `reps` runs after `warmup` untimed ones. */
export async function timeIt(fn: () => unknown | Promise<unknown>, reps: number, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export const ms = (x: number | null | undefined) =>
  x == null || Number.isNaN(x) ? "—" : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0);
export const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a == null || b == null || !b || Number.isNaN(a) || Number.isNaN(b) ? "—" : `${(a / b).toFixed(a / b < 10 ? 2 : 0)}×`;
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** A markdown table (the docs use the same text the terminal shows). */
export function table(head: string[], rows: (string | number)[][]): string {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)));
  const line = (r: string[]) =>
    `| ${r.map((c, i) => c + " ".repeat(Math.max(0, (widths[i] ?? 0) - [...c].length))).join(" | ")} |`;
  return [
    line(head),
    `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`,
    ...rows.map((r) => line(r.map(String))),
  ].join("\n");
}

export function errorText(e: unknown): string {
  return ((e as Error)?.message ?? String(e)).split("\n")[0]?.slice(0, 160) ?? "error";
}
