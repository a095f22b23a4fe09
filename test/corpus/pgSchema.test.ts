import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexTerms } from "../../src/core/corpus/queryTerms.js";
import { PgCorpusIndex } from "../../src/corpus/pgIndex.js";
import { MIGRATIONS, SCHEMA } from "../../src/corpus/pgSchema.js";
import { postgres, type Store } from "./backends.js";

describe.skipIf(!postgres.available)("the PostgreSQL schema's migrations", () => {
  let store: Store;
  let client: import("pg").Client;

  beforeAll(async () => {
    store = await postgres.create();
    const { default: pg } = await import("pg");
    client = new pg.Client({ connectionString: store.spec });
    await client.connect();
  });
  afterAll(async () => {
    await client.end();
    await store.drop();
  });

  it("brings an index written by step 1 (no term counts) to the current step, and it still finds its letters", async () => {
    // A database as the first release left it: step 1 only, a letter whose vector has no counts.
    const text = "Inspectors found that Wexcombe Lodge kept careful records of every visit.";
    await client.query(`create schema ${SCHEMA}`);
    await client.query(`create table ${SCHEMA}.schema_version (version integer not null)`);
    await client.query(MIGRATIONS[0] as string);
    await client.query(`insert into ${SCHEMA}.schema_version values (1)`);
    await client.query(
      `insert into ${SCHEMA}.letters (id, source, format, chars, body, terms, seq)
       values ('0123456789abcdef', 'old.txt', 'text', $1, $2, array_to_tsvector($3::text[]), 1)`,
      [text.length, text, [...new Set(indexTerms(text))]],
    );
    await client.query(`update ${SCHEMA}.stats set letters = 1`);
    await client.query(`insert into ${SCHEMA}.terms select t, 1 from unnest($1::text[]) t`, [
      [...new Set(indexTerms(text))],
    ]);

    const index = await PgCorpusIndex.open(store.spec);
    try {
      const version = await client.query(`select version from ${SCHEMA}.schema_version`);
      expect(version.rows[0]?.version).toBe(MIGRATIONS.length);
      const stats = await client.query(`select letters, lexemes from ${SCHEMA}.stats`);
      expect(Number(stats.rows[0]?.lexemes)).toBe(new Set(indexTerms(text)).size);
      const hits = await index.candidates("A visit to Wexcombe Lodge", 3);
      expect(hits.map((h) => h.letter.source)).toEqual(["old.txt"]);
      expect(hits[0]?.score).toBeGreaterThan(0);
      // The passage table of step 1 is gone (quotations are looked up by their words).
      const passages = await client.query("select to_regclass($1) as t", [`${SCHEMA}.passages`]);
      expect(passages.rows[0]?.t).toBeNull();
    } finally {
      await index.close();
    }
  });
});
