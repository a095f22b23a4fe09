/**
 * The corpus backends every corpus test runs against: the embedded index (always) and PostgreSQL when
 * $PRESSCHECK_TEST_PG names a server where databases may be created (`.ci/run` starts a throwaway
 * cluster and sets it; test/corpus/pgSetup.ts prints one line when it is absent). Each store is a
 * fresh directory or a fresh database, dropped afterwards.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CorpusIndex } from "../../src/corpus/corpusIndex.js";
import { FileCorpusIndex } from "../../src/corpus/fileIndex.js";
import { PgCorpusIndex } from "../../src/corpus/pgIndex.js";

export const PG_ADMIN_URL = process.env.PRESSCHECK_TEST_PG || undefined;

export interface Store {
  /** What `--index` takes: a directory or a postgres:// URL. */
  spec: string;
  open(): Promise<CorpusIndex>;
  drop(): Promise<void>;
}

export interface Backend {
  name: "embedded" | "postgres";
  /** False when the backend cannot run here (no server): its tests are skipped. */
  available: boolean;
  create(): Promise<Store>;
}

async function admin<T>(fn: (c: import("pg").Client) => Promise<T>): Promise<T> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The admin URL with another database name. */
export function pgUrlFor(database: string): string {
  const u = new URL(PG_ADMIN_URL ?? "postgres://localhost/postgres");
  u.pathname = `/${database}`;
  return u.toString();
}

export const embedded: Backend = {
  name: "embedded",
  available: true,
  async create() {
    const dir = mkdtempSync(join(tmpdir(), "presscheck-store-"));
    const spec = join(dir, "index");
    return {
      spec,
      open: async () => new FileCorpusIndex(spec),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

export const postgres: Backend = {
  name: "postgres",
  available: PG_ADMIN_URL !== undefined,
  async create() {
    const name = `presscheck_test_${randomBytes(6).toString("hex")}`;
    await admin((c) => c.query(`create database ${name}`));
    const spec = pgUrlFor(name);
    const opened: CorpusIndex[] = [];
    return {
      spec,
      open: async () => {
        const index = await PgCorpusIndex.open(spec);
        opened.push(index);
        return index;
      },
      drop: async () => {
        for (const i of opened) await i.close().catch(() => {});
        await admin((c) => c.query(`drop database if exists ${name} with (force)`));
      },
    };
  },
};

export const BACKENDS: readonly Backend[] = [embedded, postgres];
