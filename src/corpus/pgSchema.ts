/** The PostgreSQL schema (namespace) presscheck's tables live in, apart from a database's other tables. */
export const SCHEMA = "presscheck";

/**
 * The schema's migrations, in order: the database records how many have run (`schema_version`), and
 * opening an index runs the rest, each in the writer's transaction. Never edit a released step; add one.
 *
 * Step 1:
 * - `letters`: one row per letter — id (SHA-256 prefix of the text), source (unique: adding it again
 *   with a new text replaces it), metadata (jsonb, with the inspected body's name in its own column
 *   for look-ups), the text as extracted, and `terms`: a tsvector of the same stemmed content words
 *   the embedded index uses (built with array_to_tsvector, so no text-search configuration re-stems
 *   them), GIN-indexed for full-text retrieval. `seq` keeps the order letters were added.
 * - `passages`: each letter's paragraphs with their `[start, end)` offsets, trigram-indexed (pg_trgm)
 *   so a quotation, even altered, finds the paragraph it came from; deleted with their letter.
 * - `terms`: how many letters hold each term, kept in the same transaction as the letters, so an
 *   article's telling (rare) words are picked with one indexed look-up instead of a scan.
 * - `stats`: the letter count, likewise (count(*) would scan the table).
 *
 * Step 2 (ranking with term frequency, as the embedded index's BM25 does; no passage table):
 * - `letters.terms` now gives each lexeme one "position" that is the number of times the letter uses
 *   the term (see termVector in pgRows.ts); letters added before get the count 1 (their vectors had
 *   no positions: a ":1" is written after each lexeme), until they are added again.
 * - `letters.lexemes`: how many distinct terms the letter has (BM25's document length, as minisearch
 *   counts it), and `stats.lexemes` their sum over all letters (for the average length).
 * - `passages` is dropped. Its trigram look-up of a quotation read the posting lists of every common
 *   trigram: 7 to 32 s per quotation at 10,000 letters, and the table with its index was two thirds
 *   of the database and most of the build time. A quotation is now looked up by its words, as the
 *   embedded index does, and the evidence stage finds the passage in the few letters retrieved.
 */
export const MIGRATIONS: readonly string[] = [
  `create extension if not exists pg_trgm;
   create sequence ${SCHEMA}.letters_seq;
   create table ${SCHEMA}.letters (
     id text primary key,
     source text not null unique,
     format text not null,
     chars integer not null,
     added_at timestamptz not null default now(),
     meta jsonb not null default '{}',
     body_name text,
     body text not null,
     terms tsvector not null,
     seq bigint not null
   );
   create index letters_terms on ${SCHEMA}.letters using gin (terms);
   create index letters_body_name on ${SCHEMA}.letters (body_name);
   create index letters_seq_order on ${SCHEMA}.letters (seq);
   create table ${SCHEMA}.passages (
     letter_id text not null references ${SCHEMA}.letters (id) on delete cascade,
     n integer not null,
     start_at integer not null,
     end_at integer not null,
     body text not null,
     primary key (letter_id, n)
   );
   create index passages_trgm on ${SCHEMA}.passages using gin (body gin_trgm_ops);
   create table ${SCHEMA}.terms (term text primary key, df integer not null);
   create table ${SCHEMA}.stats (letters bigint not null);
   insert into ${SCHEMA}.stats values (0);`,
  `alter table ${SCHEMA}.letters add column lexemes integer;
   update ${SCHEMA}.letters
     set lexemes = length(terms), terms = regexp_replace(terms::text, '''( |$)', ''':1\\1', 'g')::tsvector;
   alter table ${SCHEMA}.letters alter column lexemes set not null;
   alter table ${SCHEMA}.stats add column lexemes bigint not null default 0;
   update ${SCHEMA}.stats set lexemes = (select coalesce(sum(lexemes), 0) from ${SCHEMA}.letters);
   drop table ${SCHEMA}.passages;`,
];

/**
 * The search index (GIN on the term vectors). A bulk load into an empty index drops it and builds it
 * once at the end, which is faster than keeping it up to date row by row; opening an index builds it
 * when it is missing (an import that died before its end).
 */
export const SEARCH_INDEXES: ReadonlyArray<{ name: string; create: string }> = [
  { name: "letters_terms", create: `create index letters_terms on ${SCHEMA}.letters using gin (terms)` },
];
