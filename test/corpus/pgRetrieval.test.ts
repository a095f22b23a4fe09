import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CorpusIndex } from "../../src/corpus/corpusIndex.js";
import { generationTerms } from "../../src/corpus/pgRetrieval.js";
import { embedded, postgres, type Store } from "./backends.js";
import { distractorLetter } from "./distractors.js";

describe("generationTerms: the posting lists candidate generation reads", () => {
  const df = (t: string) => ({ rare: 3, place: 40, middling: 900, common: 5000 })[t] ?? 0;

  it("takes the rarest terms first while their postings fit the budget", () => {
    expect(generationTerms(["common", "middling", "place", "rare"], df, 1000)).toEqual([
      "rare",
      "place",
      "middling",
    ]);
    expect(generationTerms(["common", "middling", "place", "rare"], df, 100)).toEqual(["rare", "place"]);
  });

  it("always reads the rarest term's list, however long", () => {
    expect(generationTerms(["common"], df, 100)).toEqual(["common"]);
  });
});

const seed = (name: string) => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8");

describe.skipIf(!postgres.available)("PostgreSQL retrieval ranks as the embedded index does", () => {
  const stores: Store[] = [];
  let file: CorpusIndex;
  let pg: CorpusIndex;

  beforeAll(async () => {
    const letters = [
      ...Array.from({ length: 300 }, (_, i) => ({
        source: `distractor-${i}.txt`,
        text: distractorLetter(i),
        format: "text" as const,
      })),
      { source: "letter.txt", text: seed("001_3ecc2d4aaa3c5f93.txt"), format: "text" as const },
      // Two letters naming one invented place: once, and five times. Term frequency must rank the second first.
      {
        source: "mentions-once.txt",
        text: `${distractorLetter(900)} Inspectors visited Quillanbury once.`,
        format: "text" as const,
      },
      {
        source: "mentions-often.txt",
        text: `${distractorLetter(901)} Quillanbury children, Quillanbury carers, Quillanbury schools, Quillanbury leaders and Quillanbury partners.`,
        format: "text" as const,
      },
    ];
    for (const backend of [embedded, postgres]) {
      const store = await backend.create();
      stores.push(store);
      const index = await store.open();
      await index.add(letters);
      if (backend === embedded) file = index;
      else pg = index;
    }
  }, 120_000);
  afterAll(async () => {
    await file?.close();
    await pg?.close();
    for (const s of stores) await s.drop();
  });

  const articles = [
    seed("000_48be5846dd2c0fe9.txt"),
    seed("002_2ce07d26d9d99a6e.txt"),
    seed("003_911d55b8bae43da8.txt"),
    distractorLetter(17, 6),
    "The council said Quillanbury was improving.",
  ];

  for (const [k, article] of articles.entries())
    it(`gives the same letters in the same order with the same BM25 scores (article ${k + 1})`, async () => {
      const a = await file.candidates(article, 10);
      const b = await pg.candidates(article, 10);
      expect(b.map((c) => c.score.toFixed(6))).toEqual(a.map((c) => c.score.toFixed(6)));
      // Letters of equal score may come in another order (and a tie at the cut may keep another one).
      const tied = (s: number) => a.filter((c) => Math.abs(c.score - s) < 1e-9).length > 1;
      for (const [i, c] of b.entries()) if (!tied(c.score)) expect(c.letter.source).toBe(a[i]?.letter.source);
    });

  it("ranks the letter that uses an article's rare term more often first (term frequency)", async () => {
    const hits = await pg.candidates("Quillanbury", 2);
    expect(hits.map((h) => h.letter.source)).toEqual(["mentions-often.txt", "mentions-once.txt"]);
  });

  it("hands the candidates' texts over with them", async () => {
    const [hit] = await pg.candidates("Quillanbury", 1);
    expect(hit?.text).toBe(await pg.text(hit?.letter.id ?? ""));
  });
});
