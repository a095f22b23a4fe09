import MiniSearch from "minisearch";
import { z } from "zod";
import { indexTerms, pickQueryTerms } from "../core/corpus/queryTerms.js";

/**
 * The retrieval half of the corpus: minisearch (BM25 over the stems of each letter's content words),
 * plus each term's document frequency, which minisearch keeps internally but does not expose and which
 * picking an article's telling terms needs. In memory; `toJSON`/`fromJSON` are the on-disk form.
 *
 * Why minisearch: maintained, dependency-free, in-process (no server), serialises to JSON, removes
 * documents exactly, and ranks by BM25. A letter is one document; passages are then found by
 * `core/corpus` on the few letters retrieved, so the index holds words, not n-grams, and stays small.
 */
export const SEARCH_FORMAT_VERSION = 1;

const splitTerms = (s: string) => (s.length === 0 ? [] : s.split(" "));
const keep = (t: string) => t;

function options() {
  return {
    fields: ["text"],
    idField: "id",
    // Terms are computed once by `indexTerms` (tokenised, stemmed) and handed over space-separated;
    // minisearch only splits and stores them.
    tokenize: splitTerms,
    processTerm: keep,
    searchOptions: { tokenize: splitTerms, processTerm: keep, combineWith: "OR" as const },
  };
}

/** The serialised form: checked on load, so a damaged or foreign file is refused with a clear message. */
export const SearchFileSchema = z.object({
  version: z.literal(SEARCH_FORMAT_VERSION),
  df: z.record(z.string(), z.number().int().positive()),
  minisearch: z.looseObject({
    documentCount: z.number().int().nonnegative(),
    documentIds: z.record(z.string(), z.unknown()),
    index: z.array(z.unknown()),
  }),
});

export class SearchIndex {
  private constructor(
    private readonly ms: MiniSearch<{ id: string; text: string }>,
    private readonly df: Map<string, number>,
  ) {}

  static empty(): SearchIndex {
    return new SearchIndex(new MiniSearch(options()), new Map());
  }

  /** Restores an index from `toJSON`'s output; throws a ZodError on a file of another shape. */
  static fromJSON(json: unknown): SearchIndex {
    const parsed = SearchFileSchema.parse(json);
    const ms = MiniSearch.loadJS<{ id: string; text: string }>(
      parsed.minisearch as unknown as Parameters<typeof MiniSearch.loadJS>[0],
      options(),
    );
    return new SearchIndex(ms, new Map(Object.entries(parsed.df)));
  }

  get size(): number {
    return this.ms.documentCount;
  }

  has(id: string): boolean {
    return this.ms.has(id);
  }

  add(id: string, text: string): void {
    const terms = indexTerms(text);
    this.ms.add({ id, text: terms.join(" ") });
    for (const t of new Set(terms)) this.df.set(t, (this.df.get(t) ?? 0) + 1);
  }

  /** Removes a letter; its text is needed to find the terms it was indexed under. */
  remove(id: string, text: string): void {
    if (!this.ms.has(id)) return;
    const terms = indexTerms(text);
    this.ms.remove({ id, text: terms.join(" ") });
    for (const t of new Set(terms)) {
      const n = (this.df.get(t) ?? 1) - 1;
      if (n > 0) this.df.set(t, n);
      else this.df.delete(t);
    }
  }

  /** The `limit` letters sharing most of the article's telling terms (BM25), best first. */
  search(articleText: string, limit: number): Array<{ id: string; score: number }> {
    const terms = pickQueryTerms(articleText, (t) => this.df.get(t) ?? 0, this.size);
    if (terms.length === 0) return [];
    return this.ms
      .search(terms.join(" "))
      .slice(0, limit)
      .map((r) => ({ id: String(r.id), score: r.score }));
  }

  /** The serialised index as a JSON string (the minisearch part in its own documented format). */
  toJSON(): string {
    return `{"version":${SEARCH_FORMAT_VERSION},"df":${JSON.stringify(Object.fromEntries(this.df))},"minisearch":${JSON.stringify(this.ms)}}`;
  }
}
