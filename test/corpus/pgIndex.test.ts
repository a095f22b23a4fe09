import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PgCorpusIndex } from "../../src/corpus/pgIndex.js";
import { SCHEMA } from "../../src/corpus/pgSchema.js";
import { postgres, type Store } from "./backends.js";
import { distractorLetter } from "./distractors.js";

const letters = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    source: `letter-${i}.txt`,
    text: distractorLetter(i, 4),
    format: "text" as const,
  }));

describe.skipIf(!postgres.available)("PgCorpusIndex: a bulk load into an empty index", () => {
  let store: Store;
  let client: import("pg").Client;
  const searchIndexExists = async () =>
    (await client.query("select to_regclass($1) as i", [`${SCHEMA}.letters_terms`])).rows[0]?.i !== null;

  beforeEach(async () => {
    store = await postgres.create();
    const { default: pg } = await import("pg");
    client = new pg.Client({ connectionString: store.spec });
    await client.connect();
  });
  afterEach(async () => {
    await client.end();
    await store.drop();
  });

  it("loads without the search index and builds it once when the index closes", async () => {
    const index = await PgCorpusIndex.open(store.spec);
    await index.add(letters(index.batchSize));
    expect(await searchIndexExists()).toBe(false);
    await index.close();
    expect(await searchIndexExists()).toBe(true);
    const reopened = await PgCorpusIndex.open(store.spec);
    try {
      expect(await reopened.count()).toBe(index.batchSize);
      const hits = await reopened.candidates(distractorLetter(7, 4), 1);
      expect(hits[0]?.letter.source).toBe("letter-7.txt");
    } finally {
      await reopened.close();
    }
  });

  it("keeps the search index up to date row by row when the index already holds letters", async () => {
    const first = await PgCorpusIndex.open(store.spec);
    await first.add(letters(3));
    await first.close();
    const second = await PgCorpusIndex.open(store.spec);
    await second.add(letters(second.batchSize).map((l) => ({ ...l, source: `more-${l.source}` })));
    expect(await searchIndexExists()).toBe(true);
    await second.close();
  });

  it("builds a search index an import left missing (it died before its end) when the index next opens", async () => {
    const dying = await PgCorpusIndex.open(store.spec);
    await dying.add(letters(dying.batchSize));
    expect(await searchIndexExists()).toBe(false);
    // The process dies here: no close. The next one to open the index finds the search index missing.
    const next = await PgCorpusIndex.open(store.spec);
    expect(await searchIndexExists()).toBe(true);
    await next.close();
    await (dying as unknown as { pool: { end(): Promise<void> } }).pool.end();
  });
});
