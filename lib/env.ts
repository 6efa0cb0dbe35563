// The one reader of process.env: parsed once with zod, so a bad value fails loudly at start-up
// instead of deep inside a request.
import { z } from "zod";

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .min(1)
    .default("file:./data/liqaat.db")
    .refine((u) => u.startsWith("file:") || /^postgres(ql)?:\/\//.test(u), {
      message: "DATABASE_URL must be file:… (SQLite) or postgresql://…",
    }),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Public origin used in canonical URLs, feeds and OpenGraph tags. */
  SITE_URL: z.string().url().default("http://localhost:3000"),
  /** Set to "1" behind HTTPS so session cookies are Secure. */
  COOKIE_SECURE: z.enum(["0", "1"]).optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function databaseProvider(url = getEnv().DATABASE_URL): "sqlite" | "postgresql" {
  return url.startsWith("file:") ? "sqlite" : "postgresql";
}
