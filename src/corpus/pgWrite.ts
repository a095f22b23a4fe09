import { createHash } from "node:crypto";
import type { PoolClient } from "pg";
import { type LetterMeta, normaliseBody } from "../core/corpus/letterMeta.js";
import { indexTerms } from "../core/corpus/queryTerms.js";
import type { SourceDocument } from "../core/types.js";
import type { AddOutcome } from "./corpusIndex.js";
import {
  LETTER_COLUMNS,
  type LetterRow,
  letterColumnsOf,
  termCounts,
  termVector,
  toLetter,
} from "./pgRows.js";
import { SCHEMA } from "./pgSchema.js";

type NewLetter = SourceDocument & { meta?: LetterMeta };

/** A letter ready to write: everything computed before the transaction, which then holds only SQL. */
export interface PreparedLetter {
  doc: NewLetter;
  id: string;
  /** The tsvector text of its terms with their counts (pgRows.termVector). */
  vector: string;
  /** Its distinct terms (for the document frequencies) and how many there are (BM25's length). */
  terms: Set<string>;
}

export function prepareLetter(doc: NewLetter): PreparedLetter {
  const all = indexTerms(doc.text);
  const { vector } = termVector(all);
  return {
    doc,
    id: createHash("sha256").update(doc.text).digest("hex").slice(0, 16),
    vector,
    terms: new Set(all),
  };
}

const bodyName = (meta: LetterMeta | undefined) => (meta?.body ? normaliseBody(meta.body) : null);

type Insert = PreparedLetter & { seq: string | null; status: "added" | "updated" };
type Slot = { kind: "row"; source: string } | { kind: "same"; id: string };

/**
 * What a batch does, decided from the rows already there: a text indexed before (same id) is kept
 * ("unchanged", its metadata refreshed); a source indexed before with another text is replaced
 * ("updated", keeping its place in the order); a source given twice in the batch keeps its last text.
 */
function planBatch(batch: PreparedLetter[], existing: Array<LetterRow & { seq: string }>) {
  const byId = new Map(existing.map((r) => [r.id, r]));
  const bySource = new Map(existing.map((r) => [r.source, r]));
  const inserts = new Map<string, Insert>();
  const newIds = new Set<string>();
  const replaced = new Set<string>();
  const unchanged: Array<{ id: string; meta: LetterMeta }> = [];
  const slots: Slot[] = [];
  for (const b of batch) {
    if (byId.has(b.id) || newIds.has(b.id)) {
      unchanged.push({ id: b.id, meta: b.doc.meta ?? {} });
      slots.push({ kind: "same", id: b.id });
      continue;
    }
    const old = bySource.get(b.doc.source);
    if (old) replaced.add(old.id);
    const earlier = inserts.get(b.doc.source);
    if (earlier) newIds.delete(earlier.id);
    newIds.add(b.id);
    inserts.set(b.doc.source, {
      ...b,
      seq: old?.seq ?? earlier?.seq ?? null,
      status: old || earlier ? "updated" : "added",
    });
    slots.push({ kind: "row", source: b.doc.source });
  }
  return { byId, inserts: [...inserts.values()], replaced: [...replaced], unchanged, slots };
}

/** The new letters, the frequencies of their terms and the counts, in three statements. */
async function insertLetters(c: PoolClient, rows: Insert[]): Promise<Map<string, LetterRow>> {
  const inserted = new Map<string, LetterRow>();
  if (rows.length === 0) return inserted;
  const r = await c.query<LetterRow>(
    `insert into ${SCHEMA}.letters (id, source, format, chars, meta, body_name, body, terms, lexemes, seq)
     select id, source, format, chars, meta::jsonb, body_name, body, terms::tsvector, lexemes,
            coalesce(seq, nextval('${SCHEMA}.letters_seq'))
     from unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[], $6::text[], $7::text[],
                 $8::text[], $9::int[], $10::bigint[])
       as t(id, source, format, chars, meta, body_name, body, terms, lexemes, seq)
     returning ${LETTER_COLUMNS}`,
    [
      rows.map((r) => r.id),
      rows.map((r) => r.doc.source),
      rows.map((r) => r.doc.format),
      rows.map((r) => r.doc.text.length),
      rows.map((r) => JSON.stringify(r.doc.meta ?? {})),
      rows.map((r) => bodyName(r.doc.meta)),
      rows.map((r) => r.doc.text),
      rows.map((r) => r.vector),
      rows.map((r) => r.terms.size),
      rows.map((r) => r.seq),
    ],
  );
  for (const row of r.rows) inserted.set(row.source, row);
  const { terms, counts } = termCounts(rows.map((r) => r.terms));
  await c.query(
    `insert into ${SCHEMA}.terms (term, df) select * from unnest($1::text[], $2::int[])
     on conflict (term) do update set df = ${SCHEMA}.terms.df + excluded.df`,
    [terms, counts],
  );
  await c.query(`update ${SCHEMA}.stats set letters = letters + $1, lexemes = lexemes + $2`, [
    rows.length,
    rows.reduce((n, r) => n + r.terms.size, 0),
  ]);
  return inserted;
}

/** The same text again: kept, with the metadata read now (a newer presscheck may find more). */
async function refreshMeta(c: PoolClient, unchanged: Array<{ id: string; meta: LetterMeta }>) {
  const refreshed = new Map<string, LetterRow>();
  if (unchanged.length === 0) return refreshed;
  const r = await c.query<LetterRow>(
    `update ${SCHEMA}.letters l set meta = u.meta::jsonb, body_name = u.body_name
     from unnest($1::text[], $2::text[], $3::text[]) as u(id, meta, body_name)
     where l.id = u.id and l.meta is distinct from u.meta::jsonb
     returning ${letterColumnsOf("l")}`,
    [
      unchanged.map((u) => u.id),
      unchanged.map((u) => JSON.stringify(u.meta)),
      unchanged.map((u) => bodyName(u.meta)),
    ],
  );
  for (const row of r.rows) refreshed.set(row.id, row);
  return refreshed;
}

/**
 * One batch in one transaction (the caller's), in a fixed number of statements whatever its size
 * (rows go as arrays through unnest): which ids and sources exist, the replaced letters deleted, the
 * new letters inserted, the frequencies and counts updated, and the metadata of
 * unchanged letters refreshed.
 */
export async function addBatch(c: PoolClient, batch: PreparedLetter[]): Promise<AddOutcome[]> {
  const existing = await c.query<LetterRow & { seq: string }>(
    `select ${LETTER_COLUMNS}, seq from ${SCHEMA}.letters where id = any($1) or source = any($2)`,
    [batch.map((b) => b.id), batch.map((b) => b.doc.source)],
  );
  const plan = planBatch(batch, existing.rows);
  await deleteLetters(c, plan.replaced);
  const inserted = await insertLetters(c, plan.inserts);
  const refreshed = await refreshMeta(c, plan.unchanged);
  const insertedById = new Map([...inserted.values()].map((r) => [r.id, r]));
  const statusOf = new Map(plan.inserts.map((r) => [r.doc.source, r.status]));
  return plan.slots.map((slot) => {
    if (slot.kind === "same") {
      const row = refreshed.get(slot.id) ?? plan.byId.get(slot.id) ?? insertedById.get(slot.id);
      return { letter: toLetter(row as LetterRow), status: "unchanged" };
    }
    return {
      letter: toLetter(inserted.get(slot.source) as LetterRow),
      status: statusOf.get(slot.source) ?? "added",
    };
  });
}

/** Deletes letters and takes their terms out of the frequencies and counts. */
export async function deleteLetters(c: PoolClient, ids: string[]): Promise<LetterRow[]> {
  if (ids.length === 0) return [];
  const r = await c.query<LetterRow & { words: string[]; lexemes: number }>(
    `delete from ${SCHEMA}.letters where id = any($1)
     returning ${LETTER_COLUMNS}, tsvector_to_array(terms) as words, lexemes`,
    [ids],
  );
  const { terms, counts } = termCounts(r.rows.map((row) => row.words));
  await c.query(
    `update ${SCHEMA}.terms t set df = t.df - d.n from unnest($1::text[], $2::int[]) as d(term, n)
     where t.term = d.term`,
    [terms, counts],
  );
  await c.query(`delete from ${SCHEMA}.terms where term = any($1) and df <= 0`, [terms]);
  await c.query(`update ${SCHEMA}.stats set letters = letters - $1, lexemes = lexemes - $2`, [
    r.rows.length,
    r.rows.reduce((n, row) => n + row.lexemes, 0),
  ]);
  return r.rows;
}
