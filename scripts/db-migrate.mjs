#!/usr/bin/env node
// Offline Prisma Migrate: drives @prisma/schema-engine-wasm (Prisma's own schema engine,
// compiled to Wasm) through a Prisma driver adapter, so no schema-engine binary is downloaded.
// Writes/reads the standard prisma/migrations/<ts>_<name>/migration.sql + migration_lock.toml
// layout and the standard _prisma_migrations table, so the real `prisma migrate deploy`
// stays compatible wherever the binary is available.
//
// Project copy of ../shared/tools/prisma-offline.mjs (a fresh clone has no ../shared);
// changes: the default DATABASE_URL (as in lib/env.ts), and schema/migrations chosen by provider.
// Usage: node scripts/db-migrate.mjs <command> [args]
//   dev <name> [--create-only] [--force-reset]   like `prisma migrate dev --name <name>`
//   deploy                                       like `prisma migrate deploy`
//   status                                       like `prisma migrate status`
//   diff                                         migrations folder -> schema; exit 2 if they differ
//   push [--accept-data-loss]                    like `prisma db push`
//   reset                                        drop everything, re-apply all migrations
// Env: DATABASE_URL (file:./dev.db | postgresql://...), PRISMA_SCHEMA (file or folder),
//      PRISMA_MIGRATIONS (folder).
import fs from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);
const DATABASE_URL = process.env.DATABASE_URL || "file:./data/liqaat.db";
// One schema and migrations folder per provider (see scripts/pg-schema.mjs).
const IS_PG = /^postgres(ql)?:/.test(DATABASE_URL);
const SCHEMA = process.env.PRISMA_SCHEMA ?? (IS_PG ? "prisma/postgres/schema.prisma" : "prisma/schema.prisma");
const MIGRATIONS = path.resolve(
  process.env.PRISMA_MIGRATIONS ?? (IS_PG ? "prisma/postgres/migrations" : "prisma/migrations"),
);
if (DATABASE_URL.startsWith("file:") && DATABASE_URL !== "file::memory:") {
  // better-sqlite3 creates the file but not its folder.
  await fs.mkdir(path.dirname(path.resolve(DATABASE_URL.slice("file:".length))), { recursive: true });
}
const FILTERS = { externalTables: [], externalEnums: [] };
const OPEN = []; // adapters to dispose on exit (an open pg pool keeps Node alive ~10 s)
const track = (a) => (OPEN.push(a), a);

async function loadSchemaEngine() {
  // The package's ESM entry imports the .wasm directly (needs --experimental-wasm-modules on
  // Node 20), so instantiate it by hand the way the Prisma 6 CLI did.
  const glue = "@prisma/schema-engine-wasm/schema_engine_bg";
  const bg = await import(glue);
  const wasmFile = path.join(path.dirname(require.resolve(glue)), "schema_engine_bg.wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(await fs.readFile(wasmFile)), {
    "./schema_engine_bg.js": bg,
  });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg.SchemaEngine;
}

function forwardTo(target, overrides) {
  return new Proxy(target, {
    get(t, prop, receiver) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop];
      const v = Reflect.get(t, prop, receiver);
      return typeof v === "function" ? v.bind(t) : v;
    },
  });
}

// The engine replays migrations on the shadow DB with executeRaw (one statement), but
// better-sqlite3 refuses multi-statement strings there: send parameterless raw SQL that fails
// that way through executeScript, which is what the engine uses for the real database.
function scriptTolerant(adapter) {
  return forwardTo(adapter, {
    executeRaw: async (query) => {
      try {
        return await adapter.executeRaw(query);
      } catch (e) {
        const msg = String(e?.cause?.message ?? e?.message ?? e);
        if ((query.args?.length ?? 0) === 0 && /more than one statement/i.test(msg)) {
          await adapter.executeScript(query.sql);
          return 0;
        }
        throw e;
      }
    },
  });
}

async function sqliteFactory() {
  const { PrismaBetterSqlite3 } = await import("@prisma/adapter-better-sqlite3");
  const f = new PrismaBetterSqlite3({ url: DATABASE_URL }); // shadow DB: ":memory:"
  return {
    provider: f.provider,
    adapterName: f.adapterName,
    connect: async () => track(scriptTolerant(await f.connect())),
    connectToShadowDb: async () => scriptTolerant(await f.connectToShadowDb()),
  };
}

async function postgresFactory() {
  // 1. The Postgres schema describer reads pg_catalog columns of type "char" (OID 18), which
  //    @prisma/adapter-pg 7.10 refuses ("Column type 'char' could not be deserialized");
  //    report them as text (OID 25). Only this CLI process is patched, not the app.
  const { default: pg } = await import("pg");
  const query = pg.Pool.prototype.query;
  pg.Pool.prototype.query = function (...args) {
    const r = query.apply(this, args);
    if (!r || typeof r.then !== "function") return r;
    return r.then((res) => {
      for (const f of res?.fields ?? []) if (f.dataTypeID === 18) f.dataTypeID = 25;
      return res;
    });
  };
  const { PrismaPg } = await import("@prisma/adapter-pg");
  // 2. Discrete fields, not connectionString: pg lets a connectionString override `database`,
  //    which would point the shadow DB at the real one.
  const u = new URL(DATABASE_URL);
  const cfg = {
    host: u.hostname,
    port: Number(u.port || 5432),
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
  };
  const base = new PrismaPg(cfg);
  return {
    provider: base.provider,
    adapterName: base.adapterName,
    connect: async () => track(await base.connect()),
    // 3. Own shadow DB handling: adapter-pg 7.10 drops it before closing its pool.
    //    Needs CREATEDB for the role, like `prisma migrate dev` does.
    connectToShadowDb: async () => {
      const admin = await base.connect();
      const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
      await admin.executeScript(`CREATE DATABASE "${name}"`);
      const shadow = await new PrismaPg({ ...cfg, database: name }).connect();
      return forwardTo(shadow, {
        dispose: async () => {
          await shadow.dispose();
          await admin.executeScript(`DROP DATABASE IF EXISTS "${name}"`);
          await admin.dispose();
        },
      });
    },
  };
}

async function pgliteFactory() {
  // DATABASE_URL=pglite:<dataDir> (embedded Postgres in Wasm; shadow DB = in-memory PGlite).
  const { PGlite } = await import("@electric-sql/pglite");
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  const db = new PGlite(DATABASE_URL.slice("pglite:".length) || undefined);
  const f = new PrismaPGlite(db);
  OPEN.push({ dispose: () => db.close() });
  return {
    provider: f.provider,
    adapterName: f.adapterName,
    connect: () => f.connect(),
    connectToShadowDb: () => f.connectToShadowDb(),
  };
}

async function schemaFiles() {
  const st = await fs.stat(SCHEMA);
  const files = st.isDirectory()
    ? (await fs.readdir(SCHEMA, { recursive: true }))
        .filter((f) => f.endsWith(".prisma"))
        .sort()
        .map((f) => path.join(SCHEMA, f))
    : [SCHEMA];
  return Promise.all(files.map(async (p) => ({ path: path.resolve(p), content: await fs.readFile(p, "utf8") })));
}

async function migrationsList() {
  const lockfile = {
    path: "migration_lock.toml",
    content: await fs.readFile(path.join(MIGRATIONS, "migration_lock.toml"), "utf8").catch(() => null),
  };
  const entries = await fs.readdir(MIGRATIONS, { withFileTypes: true }).catch(() => []);
  const migrationDirectories = [];
  for (const e of entries.filter((d) => d.isDirectory())) {
    const content = await fs.readFile(path.join(MIGRATIONS, e.name, "migration.sql"), "utf8").then(
      (value) => ({ tag: "ok", value }),
      (err) => ({ tag: "error", value: err.message }),
    );
    migrationDirectories.push({ path: e.name, migrationFile: { path: "migration.sql", content } });
  }
  migrationDirectories.sort((a, b) => a.path.localeCompare(b.path));
  return { baseDir: MIGRATIONS, lockfile, migrationDirectories, shadowDbInitScript: "" };
}

async function writeMigration(out) {
  const dir = path.join(MIGRATIONS, out.generatedMigrationName);
  await fs.mkdir(dir, { recursive: true });
  await fs.writeFile(path.join(dir, `migration.${out.extension}`), out.migrationScript);
  await fs.writeFile(
    path.join(MIGRATIONS, "migration_lock.toml"),
    `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${out.connectorType}"\n`,
  );
  return path.relative(process.cwd(), dir);
}

async function main() {
  const args = process.argv.slice(2);
  const flags = new Set(args.filter((a) => a.startsWith("--")));
  const [cmd, name = "migration"] = args.filter((a) => !a.startsWith("--"));
  const files = await schemaFiles();
  const factory = bindMigrationAwareSqlAdapterFactory(
    DATABASE_URL.startsWith("file:")
      ? await sqliteFactory()
      : DATABASE_URL.startsWith("pglite:")
        ? await pgliteFactory()
        : await postgresFactory(),
  );
  const SchemaEngine = await loadSchemaEngine();
  const log = process.env.PRISMA_OFFLINE_DEBUG ? (l) => console.error(l) : () => {};
  const engine = await SchemaEngine.new({ datamodels: files.map((f) => [f.path, f.content]) }, log, factory);
  const schema = { files };
  const apply = async () =>
    (await engine.applyMigrations({ migrationsList: await migrationsList(), filters: FILTERS })).appliedMigrationNames;
  try {
    switch (cmd) {
      case "dev": {
        // Same sequence as `prisma migrate dev`. applyMigrations first also creates
        // _prisma_migrations (the Wasm engine's diagnostics fail with P1014 without it).
        let applied = await apply();
        if (applied.length) console.log("Applied pending:", applied.join(", "));
        let list = await migrationsList();
        const diag = await engine.devDiagnostic({ migrationsList: list, filters: FILTERS });
        if (diag.action.tag === "reset") {
          if (!flags.has("--force-reset"))
            throw new Error(
              `Database needs a reset: ${diag.action.reason}\nRe-run with --force-reset to drop all data.`,
            );
          await engine.reset({ filter: FILTERS });
          console.log("Database reset. Re-applied:", (await apply()).join(", ") || "(none)");
          list = await migrationsList();
          await engine.devDiagnostic({ migrationsList: list, filters: FILTERS });
        }
        const loss = await engine.evaluateDataLoss({ migrationsList: list, schema, filters: FILTERS });
        for (const w of loss.warnings) console.warn("Warning:", w.message);
        if (loss.unexecutableSteps.length) throw new Error(loss.unexecutableSteps.map((s) => s.message).join("\n"));
        const out = await engine.createMigration({
          draft: flags.has("--create-only"),
          migrationName: name,
          migrationsList: list,
          schema,
          filters: FILTERS,
        });
        if (out.migrationScript == null)
          console.log("Already in sync, no schema change or pending migration was found.");
        else console.log("Created", await writeMigration(out));
        if (!flags.has("--create-only")) {
          applied = await apply();
          if (applied.length) console.log("Applied:", applied.join(", "));
        }
        break;
      }
      case "deploy": {
        const list = await migrationsList();
        console.log(
          `${list.migrationDirectories.length} migration(s) found in ${path.relative(process.cwd(), MIGRATIONS)}`,
        );
        const applied = await apply();
        console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations to apply.");
        break;
      }
      case "status": {
        const r = await engine
          .diagnoseMigrationHistory({
            migrationsList: await migrationsList(),
            optInToShadowDatabase: false,
            filters: FILTERS,
          })
          .catch((e) => {
            if (e?.code === "P1014") return null;
            throw e;
          });
        if (!r) {
          console.log("No _prisma_migrations table: no migration has been applied.");
          process.exitCode = 1;
          break;
        }
        const h = r.history;
        if (!h && !r.failedMigrationNames.length && !r.editedMigrationNames.length)
          console.log("Database schema is up to date!");
        else {
          console.log(JSON.stringify(r, null, 2));
          process.exitCode = 1;
        }
        break;
      }
      case "diff": {
        const r = await engine.diff({
          from: { tag: "migrations", ...(await migrationsList()) },
          to: { tag: "schemaDatamodel", files },
          script: true,
          exitCode: true,
          shadowDatabaseUrl: null,
          filters: FILTERS,
        });
        process.stdout.write(r.stdout ?? "");
        process.exitCode = r.exitCode;
        break;
      }
      case "push": {
        const r = await engine.schemaPush({ force: flags.has("--accept-data-loss"), schema, filters: FILTERS });
        if (r.unexecutable.length) throw new Error(r.unexecutable.join("\n"));
        if (r.warnings.length && !flags.has("--accept-data-loss"))
          throw new Error(`Data loss warnings (use --accept-data-loss):\n${r.warnings.join("\n")}`);
        console.log(`Database is in sync with the schema (${r.executedSteps} step(s) executed).`);
        break;
      }
      case "reset": {
        await engine.reset({ filter: FILTERS });
        console.log("Reset. Applied:", (await apply()).join(", ") || "(none)");
        break;
      }
      default:
        throw new Error(`Unknown command: ${cmd ?? "(none)"}`);
    }
  } finally {
    engine.free();
    for (const a of OPEN) await a.dispose().catch(() => {});
  }
}

main()
  .catch((e) => {
    console.error(`Error${e?.code ? ` ${e.code}` : ""}: ${e?.message ?? e}`);
    process.exitCode = 1;
  })
  // The Wasm engine leaves timers behind (10-60 s for Postgres); don't wait for them.
  .finally(() => process.exit());
