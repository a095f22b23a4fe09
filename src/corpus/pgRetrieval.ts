import type { PoolClient } from "pg";
import { normaliseBody } from "../core/corpus/letterMeta.js";
import { indexTerms, pickQueryTerms } from "../core/corpus/queryTerms.js";
import type { Candidate } from "./corpusIndex.js";
import { type LetterRow, letterColumnsOf, lexeme, toLetter } from "./pgRows.js";
import { MIGRATIONS, SCHEMA } from "./pgSchema.js";

/**
 * BM25+ as minisearch (the embedded index) computes it, with its default parameters, so both
 * backends rank the same letters alike: per query term, idf × (d + tf·(k+1) / (tf + k·(1 − b + b·len/avg))),
 * len being the letter's number of distinct terms; the sum is multiplied by the number of query
 * terms the letter holds.
 */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/**
 * Candidate generation reads the posting lists of the article's rarest picked terms only, at most
 * this many entries in all (always the rarest term's), and keeps the SCORED_LETTERS letters holding
 * the most of their weight; only those are ranked with every picked term and its frequency. In a
 * corpus small enough that every picked term fits the budget (any corpus of a few hundred letters),
 * every letter holding a picked term is ranked, exactly as the embedded index does.
 */
const GENERATION_POSTINGS = 2_000;
const SCORED_LETTERS = 200;

const idf = (df: number, letters: number) => Math.log(1 + (letters - df + 0.5) / (df + 0.5));

/** The terms whose posting lists generate candidates: rarest first, within the budget. */
export function generationTerms(
  picked: readonly string[],
  df: (t: string) => number,
  budget = GENERATION_POSTINGS,
) {
  const byRarity = [...picked].sort((a, b) => df(a) - df(b) || (a < b ? -1 : 1));
  const out: string[] = [];
  let postings = 0;
  for (const t of byRarity) {
    if (out.length > 0 && postings + df(t) > budget) break;
    out.push(t);
    postings += df(t);
  }
  return out;
}

type Scored = LetterRow & { score: number; body: string };
const toCandidate = (row: Scored): Candidate => ({
  letter: toLetter(row),
  score: Number(row.score),
  text: row.body,
});

/**
 * Queries run per article are named (prepared once per connection): the server plans them once,
 * not on every look-up. (A pooler in transaction mode must support protocol-level prepared
 * statements — PgBouncer ≥ 1.21 with max_prepared_statements — or presscheck must reach the server directly.)
 */
const statement = (name: string, text: string, values: unknown[]) => ({
  name: `presscheck_${name}_v${MIGRATIONS.length}`,
  text,
  values,
});

const FREQUENCIES = `select s.letters, s.lexemes, t.term, t.df from ${SCHEMA}.stats s
  left join ${SCHEMA}.terms t on t.term = any($1)`;

/**
 * $1/$2: the picked terms and their idf; $3/$4: the generating terms (as tsquery lexemes) and theirs;
 * $5: the average letter length; $6: how many letters to return.
 */
const CANDIDATES = `with q as (select * from unnest($1::text[], $2::float8[]) as q(term, w)),
   hits as (
     select l.id, sum(g.w) as weight
     from unnest($3::text[], $4::float8[]) as g(term, w)
     join lateral (select id from ${SCHEMA}.letters where terms @@ g.term::tsquery) l on true
     group by l.id order by weight desc, l.id limit ${SCORED_LETTERS}),
   scored as (
     select l.id, sum(q.w * (${BM25.d} + u.tf * ${BM25.k + 1} /
              (u.tf + ${BM25.k} * (${1 - BM25.b} + ${BM25.b} * l.lexemes / $5::float8)))) * count(*) as score
     from hits h
     cross join lateral (select id, seq, terms, lexemes from ${SCHEMA}.letters where id = h.id) l
     cross join lateral (
       select v.lexeme, coalesce(v.positions[1], 1) as tf
       from unnest(ts_filter(setweight(l.terms, 'A', $1::text[]), '{a}')) v) u
     join q on q.term = u.lexeme
     group by l.id, l.seq order by score desc, l.seq limit $6)
   select ${letterColumnsOf("l")}, l.body, s.score
   from scored s join ${SCHEMA}.letters l using (id) order by s.score desc, l.seq`;

/**
 * The `limit` letters most like the article: its telling terms picked as the embedded index picks
 * them (from the frequencies in `terms`), candidates from the GIN index on the rarest of them, then
 * BM25 with term frequencies over those candidates' own vectors (the counts stored as positions: one
 * vector read per candidate, no per-term row). Two round trips; the winners come with their texts.
 */
export async function candidates(c: PoolClient, articleText: string, limit: number): Promise<Candidate[]> {
  const distinct = [...new Set(indexTerms(articleText))];
  if (distinct.length === 0) return [];
  const known = await c.query<{ letters: string; lexemes: string; term: string | null; df: number | null }>(
    statement("frequencies", FREQUENCIES, [distinct]),
  );
  const letters = Number(known.rows[0]?.letters ?? 0);
  if (letters === 0) return [];
  const avgLength = Number(known.rows[0]?.lexemes ?? 0) / letters || 1;
  const dfOf = new Map(known.rows.flatMap((r) => (r.term === null ? [] : [[r.term, r.df ?? 0] as const])));
  const df = (t: string) => dfOf.get(t) ?? 0;
  const picked = pickQueryTerms(articleText, df, letters);
  if (picked.length === 0) return [];
  const generating = generationTerms(picked, df);
  const r = await c.query<Scored>(
    statement("candidates", CANDIDATES, [
      picked,
      picked.map((t) => idf(df(t), letters)),
      generating.map(lexeme),
      generating.map((t) => idf(df(t), letters)),
      avgLength,
      limit,
    ]),
  );
  return r.rows.map(toCandidate);
}

/**
 * The letters a quotation most likely comes from: retrieval on the quotation's own words, as the
 * embedded index does; the evidence stage then finds the passage (even altered in a word) in each.
 */
export function quoted(c: PoolClient, quotation: string, limit: number): Promise<Candidate[]> {
  return candidates(c, quotation, limit);
}

/** The letters whose metadata names one of these bodies, latest added first. */
export async function byBody(c: PoolClient, bodies: readonly string[], limit: number): Promise<Candidate[]> {
  if (bodies.length === 0) return [];
  const r = await c.query<Scored>(
    statement(
      "by_body",
      `select ${letterColumnsOf("l")}, l.body, 0 as score from ${SCHEMA}.letters l
       where body_name = any($1) order by seq desc limit $2`,
      [bodies.map(normaliseBody), limit],
    ),
  );
  return r.rows.map(toCandidate);
}
