// `next start` on a loopback port against a given SQLite file, for the duration of one part.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { ROOT } from "./util";

/**
 * The app under test: this checkout, or (LIQAAT_BENCH_APP_DIR) a snapshot of it built elsewhere,
 * for when the shared working tree does not build at the moment the benchmark runs.
 */
const APP = path.resolve(process.env.LIQAAT_BENCH_APP_DIR ?? ROOT);
const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
/** next.config reads NEXT_DIST_DIR too: a bench build can live beside the developers' .next. */
const DIST = process.env.NEXT_DIST_DIR || ".next";

/** Builds unless a production build exists (or `force`). Returns a note for the report. */
export function ensureBuild(force: boolean): string {
  const id = path.join(APP, DIST, "BUILD_ID");
  if (!force && fs.existsSync(id))
    return `reused build ${fs.readFileSync(id, "utf8").trim()} in ${path.relative(ROOT, APP) || "."} (${fs.statSync(id).mtime.toISOString()})`;
  console.log("building (next build) …");
  const r = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: APP,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  });
  if (r.status !== 0) throw new Error("next build failed");
  return `fresh build ${fs.readFileSync(id, "utf8").trim()}`;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === "object" ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

export interface Server {
  url: string;
  stop: () => Promise<void>;
}

export async function startServer(dbFile: string): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: APP,
    env: {
      ...process.env,
      DATABASE_URL: `file:${path.resolve(dbFile)}`,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      SITE_URL: url,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr?.on("data", (d: Buffer) => (log += d.toString()));
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise<void>((r) => {
      const t = setTimeout(() => {
        child.kill("SIGKILL");
        r();
      }, 5000);
      child.once("exit", () => {
        clearTimeout(t);
        r();
      });
    });
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited: ${log.slice(-400)}`);
    try {
      const res = await fetch(`${url}/robots.txt`);
      await res.arrayBuffer();
      break;
    } catch {
      if (Date.now() > deadline) {
        await stop();
        throw new Error(`next start did not answer within 60 s: ${log.slice(-400)}`);
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  return { url, stop };
}

export interface Fetched {
  status: number;
  ms: number;
  html: string;
}

/** Time to the last byte of the body. */
export async function get(url: string, timeoutMs = 120_000): Promise<Fetched> {
  for (let attempt = 0; ; attempt++) {
    const t = performance.now();
    try {
      // A fresh connection per request: a keep-alive socket the server is closing fails as "fetch failed".
      const res = await fetch(url, {
        signal: AbortSignal.timeout(timeoutMs),
        headers: { "accept-encoding": "identity", connection: "close" },
      });
      const html = await res.text();
      return { status: res.status, ms: performance.now() - t, html };
    } catch (e) {
      if (attempt >= 1 || (e as Error).name === "TimeoutError") throw e;
    }
  }
}
