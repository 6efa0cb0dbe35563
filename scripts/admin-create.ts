// npm run admin:create -- --email admin@example.org [--role admin|editor] [--name "…"]
// The password comes from ADMIN_PASSWORD or is typed at a prompt that does not echo. Running it
// again for an existing email resets the password (and ends that account's sessions).
import { parseArgs } from "node:util";
import { z } from "zod";
import { upsertUser } from "../lib/auth";
import { getDb } from "../lib/db";
import { newPasswordSchema } from "../lib/schemas/sign-in";

function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    if (!stdin.isTTY) {
      // Piped: read the first line.
      let buf = "";
      stdin.setEncoding("utf8");
      stdin.on("data", (d) => (buf += d));
      stdin.on("end", () => resolve(buf.split(/\r?\n/)[0] ?? ""));
      stdin.on("error", reject);
      return;
    }
    process.stderr.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding("utf8");
    let value = "";
    const onData = (ch: string) => {
      for (const c of ch) {
        if (c === "\r" || c === "\n" || c === "\u0004") {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off("data", onData);
          process.stderr.write("\n");
          resolve(value);
          return;
        }
        if (c === "\u0003") {
          stdin.setRawMode(false);
          process.stderr.write("\n");
          process.exit(130);
        }
        if (c === "\u007f" || c === "\b") value = value.slice(0, -1);
        else value += c;
      }
    };
    stdin.on("data", onData);
  });
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "admin" }, name: { type: "string" } },
  });
  const email = z.email().safeParse(values.email?.trim().toLowerCase());
  if (!email.success) {
    console.error("usage: npm run admin:create -- --email admin@example.org [--role admin|editor] [--name …]");
    process.exit(2);
  }
  const role = values.role === "editor" ? "editor" : values.role === "admin" ? "admin" : null;
  if (!role) {
    console.error("--role must be admin or editor");
    process.exit(2);
  }
  let password = process.env.ADMIN_PASSWORD;
  if (!password) {
    password = await readHidden("Password (12+ characters): ");
    if (process.stdin.isTTY) {
      const again = await readHidden("Repeat: ");
      if (again !== password) {
        console.error("The two passwords differ.");
        process.exit(1);
      }
    }
  }
  const ok = newPasswordSchema.safeParse(password);
  if (!ok.success) {
    console.error("Password must be 12 to 200 characters.");
    process.exit(1);
  }
  const result = await upsertUser(getDb(), { email: email.data, password, role, name: values.name ?? null });
  console.log(
    result.created
      ? `Created ${role} ${email.data} (id ${result.id}).`
      : `Updated password and role of ${email.data}; its sessions were signed out.`,
  );
  await getDb().$disconnect();
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
