import type { Pool, PoolClient } from "pg";
import type { LetterMeta } from "../core/corpus/letterMeta.js";
import { InputError } from "../core/ingest/decode.js";
import type { SourceDocument } from "../core/types.js";
import {
  type AddOutcome,
  type Candidate,
  type CorpusIndex,
  type IndexedLetter,
  keyMatches,
} from "./corpusIndex.js";
import { byBody, candidates, quoted } from "./pgRetrieval.js";
import { LETTER_COLUMNS, type LetterRow, redactUrl, toLetter } from "./pgRows.js";
import { MIGRATIONS, SCHEMA, SEARCH_INDEXES } from "./pgSchema.js";
import { addBatch, deleteLetters, prepareLetter } from "./pgWrite.js";

/**
 * Writers take this transaction-scoped advisory lock first, so two `index add` runs never interleave
 * inside one change (document frequencies, the letter count and a source's replacement stay
 * consistent); readers never wait for it (MVCC shows them the last committed state).
 */
const WRITER_LOCK = 7_311_525_015;
/** Letters per write transaction: a long import commits as it goes, and a second writer gets turns. */
const BATCH_LETTERS = 250;

/**
 * The corpus index in PostgreSQL (`--index postgres://…`). Tables in the schema `presscheck` (see
 * pgSchema.ts): `letters` (text, metadata and a tsvector of the same stemmed terms the embedded index
 * uses, with their counts, GIN-indexed), `terms` (document frequency per term, for picking an
 * article's telling words without scanning) and `stats` (the letter count and total length). The
 * server owns durability and concurrency; the client holds a pool of two connections and, per
 * article, a few rows.
 */
export class PgCorpusIndex implements CorpusIndex {
  readonly batchSize = 500;
  /**
   * Whether this process is bulk-loading an empty index (its first `add` was a full batch into no
   * letters): the search indexes are then dropped and built once when it closes.
   */
  private bulk: "unknown" | "no" | "loading" = "unknown";

  private constructor(
    private readonly pool: Pool,
    readonly location: string,
  ) {}

  static async open(url: string): Promise<PgCorpusIndex> {
    const { default: pg } = await import("pg");
    const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 10_000 });
    // An idle connection the server drops is replaced on next use; it must not crash the process.
    pool.on("error", () => {});
    const index = new PgCorpusIndex(pool, redactUrl(url));
    try {
      await index.migrate();
    } catch (err) {
      await pool.end().catch(() => {});
      throw index.failure(err);
    }
    return index;
  }

  /** A server or connection error as one line naming the index. */
  private failure(err: unknown): Error {
    if (err instanceof InputError) return err;
    const e = err as Error & { code?: string };
    const why =
      e.code === "ECONNREFUSED"
        ? "no PostgreSQL server answers there (connection refused)"
        : e.code === "3D000"
          ? `${e.message} (create it first: createdb NAME)`
          : e.message || String(err);
    return new InputError(this.location, why);
  }

  private async run<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    let client: PoolClient;
    try {
      client = await this.pool.connect();
    } catch (err) {
      throw this.failure(err);
    }
    try {
      return await fn(client);
    } catch (err) {
      throw this.failure(err);
    } finally {
      client.release();
    }
  }

  /** Runs `fn` in one transaction holding the writer lock; rolls back on any error. */
  private write<T>(fn: (c: PoolClient) => Promise<T>): Promise<T> {
    return this.run(async (c) => {
      await c.query("begin");
      try {
        await c.query("select pg_advisory_xact_lock($1)", [WRITER_LOCK]);
        const out = await fn(c);
        await c.query("commit");
        return out;
      } catch (err) {
        await c.query("rollback").catch(() => {});
        throw err;
      }
    });
  }

  /**
   * Brings the schema to this version, one step per migration, each in a transaction under the
   * writer lock (two first runs at once: the second finds the work done). A database migrated by a
   * newer presscheck is refused, not misread.
   */
  private async migrate(): Promise<void> {
    await this.write(async (c) => {
      await c.query(`create schema if not exists ${SCHEMA}`);
      await c.query(`create table if not exists ${SCHEMA}.schema_version (version integer not null)`);
      const r = await c.query<{ version: number }>(`select version from ${SCHEMA}.schema_version`);
      const current = r.rows[0]?.version ?? 0;
      if (current > MIGRATIONS.length) {
        throw new InputError(
          this.location,
          `index schema ${current} is newer than this presscheck reads (${MIGRATIONS.length})`,
        );
      }
      for (let v = current; v < MIGRATIONS.length; v++) await c.query(MIGRATIONS[v] as string);
      if (r.rows.length === 0)
        await c.query(`insert into ${SCHEMA}.schema_version values ($1)`, [MIGRATIONS.length]);
      else if (current < MIGRATIONS.length)
        await c.query(`update ${SCHEMA}.schema_version set version = $1`, [MIGRATIONS.length]);
    });
    await this.buildSearchIndexes();
  }

  /** Builds the search indexes that are missing (after a bulk load, or one that died before its end). */
  private async buildSearchIndexes(): Promise<void> {
    const names = SEARCH_INDEXES.map((i) => `${SCHEMA}.${i.name}`);
    const missing = await this.run(async (c) => {
      const r = await c.query<{ present: boolean[] }>(
        "select array_agg(to_regclass(n) is not null order by o) as present from unnest($1::text[]) with ordinality as u(n, o)",
        [names],
      );
      return SEARCH_INDEXES.filter((_, k) => r.rows[0]?.present[k] === false);
    });
    if (missing.length === 0) return;
    await this.write(async (c) => {
      for (const index of missing) {
        const exists = await c.query("select to_regclass($1) as i", [`${SCHEMA}.${index.name}`]);
        if (exists.rows[0]?.i === null) await c.query(index.create);
      }
      // Fresh statistics: right after a bulk load the planner would otherwise plan blind until autovacuum.
      await c.query(`analyze ${SCHEMA}.letters, ${SCHEMA}.terms`);
    });
  }

  /**
   * On the first `add`: a full batch into an empty index starts a bulk load, which drops the search
   * indexes (committed, so the rows go in without them) until `close` builds them. Readers meanwhile
   * see the letters committed so far, found without the indexes (slower, not wrong).
   */
  private async startBulk(letters: number): Promise<"no" | "loading"> {
    if (letters < this.batchSize) return "no";
    return this.write(async (c) => {
      const r = await c.query<{ letters: string }>(`select letters from ${SCHEMA}.stats`);
      if (Number(r.rows[0]?.letters ?? 0) > 0) return "no";
      for (const index of SEARCH_INDEXES) await c.query(`drop index if exists ${SCHEMA}.${index.name}`);
      return "loading";
    });
  }

  async close(): Promise<void> {
    try {
      if (this.bulk === "loading") await this.buildSearchIndexes();
    } finally {
      await this.pool.end();
    }
  }

  async list(): Promise<IndexedLetter[]> {
    return this.run(async (c) => {
      const r = await c.query<LetterRow>(`select ${LETTER_COLUMNS} from ${SCHEMA}.letters order by seq`);
      return r.rows.map(toLetter);
    });
  }

  async count(): Promise<number> {
    return this.run(async (c) => {
      const r = await c.query<{ letters: string }>(`select letters from ${SCHEMA}.stats`);
      return Number(r.rows[0]?.letters ?? 0);
    });
  }

  async text(id: string): Promise<string> {
    return this.run(async (c) => {
      const r = await c.query<{ body: string }>(`select body from ${SCHEMA}.letters where id = $1`, [id]);
      const row = r.rows[0];
      if (!row) throw new InputError(this.location, `no letter with the id ${id}`);
      return row.body;
    });
  }

  async add(docs: Array<SourceDocument & { meta?: LetterMeta }>): Promise<AddOutcome[]> {
    if (this.bulk === "unknown") this.bulk = await this.startBulk(docs.length);
    const outcomes: AddOutcome[] = [];
    for (let i = 0; i < docs.length; i += BATCH_LETTERS) {
      // Terms are computed before the transaction opens: the writer lock is held only for SQL.
      const prepared = docs.slice(i, i + BATCH_LETTERS).map(prepareLetter);
      outcomes.push(...(await this.write((c) => addBatch(c, prepared))));
    }
    return outcomes;
  }

  async remove(keys: string[]): Promise<IndexedLetter[]> {
    const sources = keys;
    const prefixes = keys.filter((k) => /^[0-9a-f]{4,16}$/.test(k)).map((k) => `${k}%`);
    return this.write(async (c) => {
      const r = await c.query<{ id: string; source: string }>(
        `select id, source from ${SCHEMA}.letters where source = any($1) or id like any($2)`,
        [sources, prefixes],
      );
      const ids = r.rows.filter((row) => keys.some((k) => keyMatches(k, row))).map((row) => row.id);
      return (await deleteLetters(c, ids)).map(toLetter);
    });
  }

  candidates(articleText: string, limit: number): Promise<Candidate[]> {
    return this.run((c) => candidates(c, articleText, limit));
  }

  quoted(quotation: string, limit: number): Promise<Candidate[]> {
    return this.run((c) => quoted(c, quotation, limit));
  }

  byBody(bodies: readonly string[], limit: number): Promise<Candidate[]> {
    return this.run((c) => byBody(c, bodies, limit));
  }
}
