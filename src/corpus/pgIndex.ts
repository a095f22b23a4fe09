import { createHash } from "node:crypto";
import type { Pool, PoolClient } from "pg";
import { type LetterMeta, LetterMetaSchema, normaliseBody } from "../core/corpus/letterMeta.js";
import { passageSpans } from "../core/corpus/passages.js";
import { indexTerms, pickQueryTerms } from "../core/corpus/queryTerms.js";
import { InputError } from "../core/ingest/decode.js";
import type { SourceDocument } from "../core/types.js";
import {
  type AddOutcome,
  type Candidate,
  type CorpusIndex,
  type IndexedLetter,
  keyMatches,
} from "./corpusIndex.js";
import { MIGRATIONS, SCHEMA } from "./pgSchema.js";

/**
 * Writers take this transaction-scoped advisory lock first, so two `index add` runs never interleave
 * inside one change (document frequencies, the letter count and a source's replacement stay
 * consistent); readers never wait for it (MVCC shows them the last committed state).
 */
const WRITER_LOCK = 7_311_525_015;
/** Letters per write transaction: a long import commits as it goes, and a second writer gets turns. */
const BATCH_LETTERS = 250;

const FORMATS = new Set<SourceDocument["format"]>(["text", "markdown", "html", "pdf"]);

interface LetterRow {
  id: string;
  source: string;
  format: string;
  chars: number;
  added_at: Date;
  meta: unknown;
}

const LETTER_COLUMNS = "id, source, format, chars, added_at, meta";

function toLetter(row: LetterRow): IndexedLetter {
  const meta = LetterMetaSchema.safeParse(row.meta);
  const format = FORMATS.has(row.format as SourceDocument["format"])
    ? (row.format as SourceDocument["format"])
    : "text";
  return {
    id: row.id,
    source: row.source,
    format,
    chars: row.chars,
    addedAt: row.added_at.toISOString(),
    ...(meta.success && Object.keys(meta.data).length > 0 ? { meta: meta.data } : {}),
  };
}

/** A connection URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return url.replace(/:[^:@/]*@/, ":***@");
  }
}

/** A term as a tsquery lexeme: quoted, so an apostrophe or a digit is taken literally. */
const lexeme = (term: string) => `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** The number of each distinct term among `letters`' term sets, sorted by term (a stable lock order). */
function termCounts(sets: Array<Set<string>>): { terms: string[]; counts: number[] } {
  const n = new Map<string, number>();
  for (const s of sets) for (const t of s) n.set(t, (n.get(t) ?? 0) + 1);
  const terms = [...n.keys()].sort();
  return { terms, counts: terms.map((t) => n.get(t) ?? 0) };
}

/**
 * The corpus index in PostgreSQL (`--index postgres://…`). Tables in the schema `presscheck` (see
 * pgSchema.ts): `letters` (text, metadata and a tsvector of the same stemmed terms the embedded index
 * uses, GIN-indexed), `passages` (each letter's paragraphs with offsets, trigram-indexed for quotation
 * look-ups), `terms` (document frequency per term, for picking an article's telling words without
 * scanning) and `stats` (the letter count). The server owns durability and concurrency; the client
 * holds a pool of two connections and, per article, a few rows.
 */
export class PgCorpusIndex implements CorpusIndex {
  readonly batchSize = 500;

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
  }

  async close(): Promise<void> {
    await this.pool.end();
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
    const outcomes: AddOutcome[] = [];
    for (let i = 0; i < docs.length; i += BATCH_LETTERS) {
      const batch = docs.slice(i, i + BATCH_LETTERS);
      // Terms are computed before the transaction opens: the writer lock is held only for SQL.
      const prepared = batch.map((doc) => ({
        doc,
        id: createHash("sha256").update(doc.text).digest("hex").slice(0, 16),
        terms: new Set(indexTerms(doc.text)),
      }));
      outcomes.push(...(await this.write((c) => this.addBatch(c, prepared))));
    }
    return outcomes;
  }

  /**
   * One batch in one transaction, in a fixed number of statements whatever its size (rows go as
   * arrays through unnest): which ids and sources exist, the replaced letters deleted, the new
   * letters and their passages inserted, the frequencies and the count updated, and the metadata of
   * unchanged letters refreshed.
   */
  private async addBatch(
    c: PoolClient,
    batch: Array<{ doc: SourceDocument & { meta?: LetterMeta }; id: string; terms: Set<string> }>,
  ): Promise<AddOutcome[]> {
    const existing = await c.query<LetterRow & { seq: string }>(
      `select ${LETTER_COLUMNS}, seq from ${SCHEMA}.letters where id = any($1) or source = any($2)`,
      [batch.map((b) => b.id), batch.map((b) => b.doc.source)],
    );
    const byId = new Map(existing.rows.map((r) => [r.id, r]));
    const bySource = new Map(existing.rows.map((r) => [r.source, r]));
    type Row = (typeof batch)[number] & { seq: string | null; status: "added" | "updated" };
    const inserts = new Map<string, Row>(); // by source: a source given twice keeps its last text
    const replaced: string[] = [];
    const unchanged: Array<{ at: number; id: string; meta: LetterMeta }> = [];
    const slots: Array<{ kind: "row"; source: string } | { kind: "same"; id: string }> = [];
    for (const b of batch) {
      const newId = [...inserts.values()].find((r) => r.id === b.id);
      if (byId.has(b.id) || newId) {
        unchanged.push({ at: slots.length, id: b.id, meta: b.doc.meta ?? {} });
        slots.push({ kind: "same", id: b.id });
        continue;
      }
      const old = bySource.get(b.doc.source);
      if (old && !replaced.includes(old.id)) replaced.push(old.id);
      const earlier = inserts.get(b.doc.source);
      inserts.set(b.doc.source, {
        ...b,
        seq: old?.seq ?? earlier?.seq ?? null,
        status: old || earlier ? "updated" : "added",
      });
      slots.push({ kind: "row", source: b.doc.source });
    }
    if (replaced.length > 0) await this.deleteLetters(c, replaced);
    const rows = [...inserts.values()];
    const inserted = new Map<string, LetterRow>();
    if (rows.length > 0) {
      const r = await c.query<LetterRow>(
        `insert into ${SCHEMA}.letters (id, source, format, chars, meta, body_name, body, terms, seq)
         select id, source, format, chars, meta::jsonb, body_name, body,
                array_to_tsvector(string_to_array(terms, ' ')), coalesce(seq, nextval('${SCHEMA}.letters_seq'))
         from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[], $8::text[], $9::bigint[])
           as t(id, source, format, chars, meta, body_name, body, terms, seq)
         returning ${LETTER_COLUMNS}`,
        [
          rows.map((r) => r.id),
          rows.map((r) => r.doc.source),
          rows.map((r) => r.doc.format),
          rows.map((r) => r.doc.text.length),
          rows.map((r) => JSON.stringify(r.doc.meta ?? {})),
          rows.map((r) => (r.doc.meta?.body ? normaliseBody(r.doc.meta.body) : null)),
          rows.map((r) => r.doc.text),
          rows.map((r) => [...r.terms].join(" ")),
          rows.map((r) => r.seq),
        ],
      );
      for (const row of r.rows) inserted.set(row.source, row);
      const ids: string[] = [];
      const starts: number[] = [];
      const ends: number[] = [];
      const ns: number[] = [];
      for (const r of rows)
        passageSpans(r.doc.text).forEach((span, n) => {
          ids.push(r.id);
          ns.push(n + 1);
          starts.push(span.start);
          ends.push(span.end);
        });
      await c.query(
        `insert into ${SCHEMA}.passages (letter_id, n, start_at, end_at, body)
         select p.id, p.n, p.s, p.e, substr(l.body, p.s + 1, p.e - p.s)
         from unnest($1::text[], $2::int[], $3::int[], $4::int[]) as p(id, n, s, e)
         join ${SCHEMA}.letters l on l.id = p.id`,
        [ids, ns, starts, ends],
      );
      const { terms, counts } = termCounts(rows.map((r) => r.terms));
      await c.query(
        `insert into ${SCHEMA}.terms (term, df) select * from unnest($1::text[], $2::int[])
         on conflict (term) do update set df = ${SCHEMA}.terms.df + excluded.df`,
        [terms, counts],
      );
      await c.query(`update ${SCHEMA}.stats set letters = letters + $1`, [rows.length]);
    }
    // The same text again: kept, with the metadata read now (a newer presscheck may find more).
    const refreshed = new Map<string, LetterRow>();
    if (unchanged.length > 0) {
      const r = await c.query<LetterRow>(
        `update ${SCHEMA}.letters l set meta = u.meta::jsonb, body_name = u.body_name
         from unnest($1::text[], $2::text[], $3::text[]) as u(id, meta, body_name)
         where l.id = u.id and l.meta is distinct from u.meta::jsonb
         returning ${LETTER_COLUMNS.split(", ")
           .map((col) => `l.${col}`)
           .join(", ")}`,
        [
          unchanged.map((u) => u.id),
          unchanged.map((u) => JSON.stringify(u.meta)),
          unchanged.map((u) => (u.meta.body ? normaliseBody(u.meta.body) : null)),
        ],
      );
      for (const row of r.rows) refreshed.set(row.id, row);
    }
    const sameRow = (id: string) =>
      refreshed.get(id) ?? byId.get(id) ?? [...inserted.values()].find((r) => r.id === id);
    return slots.map((slot) => {
      if (slot.kind === "same")
        return { letter: toLetter(sameRow(slot.id) as LetterRow), status: "unchanged" };
      const row = inserts.get(slot.source) as Row;
      return { letter: toLetter(inserted.get(slot.source) as LetterRow), status: row.status };
    });
  }

  /** Deletes letters (their passages go with them) and takes their terms out of the frequencies. */
  private async deleteLetters(c: PoolClient, ids: string[]): Promise<LetterRow[]> {
    if (ids.length === 0) return [];
    const r = await c.query<LetterRow & { lexemes: string[] }>(
      `delete from ${SCHEMA}.letters where id = any($1) returning ${LETTER_COLUMNS}, tsvector_to_array(terms) as lexemes`,
      [ids],
    );
    const { terms, counts } = termCounts(r.rows.map((row) => new Set(row.lexemes)));
    await c.query(
      `update ${SCHEMA}.terms t set df = t.df - d.n from unnest($1::text[], $2::int[]) as d(term, n) where t.term = d.term`,
      [terms, counts],
    );
    await c.query(`delete from ${SCHEMA}.terms where df <= 0`);
    await c.query(`update ${SCHEMA}.stats set letters = letters - $1`, [r.rows.length]);
    return r.rows;
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
      return (await this.deleteLetters(c, ids)).map(toLetter);
    });
  }

  async candidates(articleText: string, limit: number): Promise<Candidate[]> {
    const distinct = [...new Set(indexTerms(articleText))];
    if (distinct.length === 0) return [];
    return this.run(async (c) => {
      const stats = await c.query<{ letters: string }>(`select letters from ${SCHEMA}.stats`);
      const documentCount = Number(stats.rows[0]?.letters ?? 0);
      if (documentCount === 0) return [];
      const dfRows = await c.query<{ term: string; df: number }>(
        `select term, df from ${SCHEMA}.terms where term = any($1)`,
        [distinct],
      );
      const df = new Map(dfRows.rows.map((r) => [r.term, r.df]));
      const picked = pickQueryTerms(articleText, (t) => df.get(t) ?? 0, documentCount);
      if (picked.length === 0) return [];
      // Each picked term weighs its rarity (BM25's idf); a letter scores the weights of the terms it
      // holds. One GIN look-up per term, and only ids are read: no letter's text or vector is loaded.
      const weights = picked.map((t) => {
        const n = df.get(t) ?? 0;
        return Math.log(1 + (documentCount - n + 0.5) / (n + 0.5));
      });
      const r = await c.query<LetterRow & { score: number }>(
        `with hits as (
           select l.id, sum(q.w) as score
           from unnest($1::text[], $2::float8[]) as q(term, w)
           join lateral (select id from ${SCHEMA}.letters where terms @@ q.term::tsquery) l on true
           group by l.id order by score desc, l.id limit $3)
         select ${LETTER_COLUMNS.split(", ")
           .map((col) => `l.${col}`)
           .join(", ")}, h.score
         from hits h join ${SCHEMA}.letters l using (id) order by h.score desc, l.seq`,
        [picked.map(lexeme), weights, limit],
      );
      return r.rows.map((row) => ({ letter: toLetter(row), score: Number(row.score) }));
    });
  }

  /**
   * Letters holding a passage close to the quotation (pg_trgm word similarity, GIN-indexed): a
   * quotation altered in a word or two still finds its letter, which word retrieval may rank low.
   */
  async quoted(quotation: string, limit: number): Promise<Candidate[]> {
    if (quotation.trim().length < 12) return [];
    return this.run(async (c) => {
      await c.query("select set_config('pg_trgm.word_similarity_threshold', '0.7', false)");
      const r = await c.query<LetterRow & { score: number }>(
        `with hits as (
           select letter_id, max(word_similarity($1, body)) as score
           from ${SCHEMA}.passages where $1 <% body group by letter_id order by score desc limit $2)
         select l.id, l.source, l.format, l.chars, l.added_at, l.meta, h.score
         from hits h join ${SCHEMA}.letters l on l.id = h.letter_id order by h.score desc, l.seq`,
        [quotation, limit],
      );
      return r.rows.map((row) => ({ letter: toLetter(row), score: Number(row.score) }));
    });
  }

  async byBody(bodies: readonly string[], limit: number): Promise<Candidate[]> {
    if (bodies.length === 0) return [];
    return this.run(async (c) => {
      const r = await c.query<LetterRow>(
        `select ${LETTER_COLUMNS} from ${SCHEMA}.letters where body_name = any($1) order by seq desc limit $2`,
        [bodies.map(normaliseBody), limit],
      );
      return r.rows.map((row) => ({ letter: toLetter(row), score: 0 }));
    });
  }
}
