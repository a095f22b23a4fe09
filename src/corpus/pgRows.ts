import { LetterMetaSchema } from "../core/corpus/letterMeta.js";
import type { SourceDocument } from "../core/types.js";
import type { IndexedLetter } from "./corpusIndex.js";

/** A `letters` row as the queries read it (never the text or the term vector unless asked). */
export interface LetterRow {
  id: string;
  source: string;
  format: string;
  chars: number;
  added_at: Date;
  meta: unknown;
}

export const LETTER_COLUMNS = "id, source, format, chars, added_at, meta";

/** The same columns qualified by a table alias (`l.id, l.source, …`), for joins. */
export const letterColumnsOf = (alias: string) =>
  LETTER_COLUMNS.split(", ")
    .map((col) => `${alias}.${col}`)
    .join(", ");

const FORMATS = new Set<SourceDocument["format"]>(["text", "markdown", "html", "pdf"]);

export function toLetter(row: LetterRow): IndexedLetter {
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

/** A term as a tsvector/tsquery lexeme: quoted, so an apostrophe or a digit is taken literally. */
export const lexeme = (term: string) => `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** The highest position a tsvector holds (PostgreSQL's limit): a term's count is capped there. */
const MAX_POSITION = 16_383;

/**
 * A letter's terms as tsvector text, each lexeme with ONE position that is not a position but how
 * many times the letter uses the term (`'ward':3 'stroke':1`): the vector is GIN-indexed for
 * retrieval as any tsvector, and ranking reads the counts back (BM25's term frequency) from the few
 * candidates' vectors alone, with no table of (term, letter) rows.
 */
export function termVector(terms: readonly string[]): { vector: string; distinct: number } {
  const tf = new Map<string, number>();
  for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
  const parts: string[] = [];
  for (const [t, n] of tf) parts.push(`${lexeme(t)}:${Math.min(n, MAX_POSITION)}`);
  return { vector: parts.join(" "), distinct: tf.size };
}

/** The number of letters holding each distinct term, sorted by term (a stable lock order). */
export function termCounts(sets: Iterable<Iterable<string>>): { terms: string[]; counts: number[] } {
  const n = new Map<string, number>();
  for (const s of sets) for (const t of new Set(s)) n.set(t, (n.get(t) ?? 0) + 1);
  const terms = [...n.keys()].sort();
  return { terms, counts: terms.map((t) => n.get(t) ?? 0) };
}
