import type { SourceDocument } from "../core/types.js";

/** One letter held by a corpus index. */
export interface IndexedLetter {
  /** First 16 hex digits of the SHA-256 of the letter's text: the same text is indexed once. */
  id: string;
  /** Where it was read from (path or URL), as given to `index add`. */
  source: string;
  format: SourceDocument["format"];
  chars: number;
  addedAt: string;
}

export interface AddOutcome {
  letter: IndexedLetter;
  /** `updated`: the same source was indexed before with another text, which it replaces. */
  status: "added" | "updated" | "unchanged";
}

/**
 * What corpus mode needs from an index of letters, and nothing more — the seam for another backend.
 * This repository's adapter keeps minisearch and the letters' texts in a directory
 * (`fileIndex.ts`); a team's adapter could keep them in OpenSearch or PostgreSQL full-text search
 * (see the README). Everything after retrieval (evidence, confidence, ranking) is `core/corpus`, the
 * same for every backend, which only ever sees a few candidate letters' texts.
 */
export interface CorpusIndex {
  /** Where the index lives, for messages ("/home/me/.local/share/presscheck/index"). */
  readonly location: string;
  list(): Promise<IndexedLetter[]>;
  add(letters: SourceDocument[]): Promise<AddOutcome[]>;
  /** Removes the letters with these ids (or id prefixes) or sources; returns those removed. */
  remove(keys: string[]): Promise<IndexedLetter[]>;
  /** The `limit` letters most likely to be the article's source by word overlap, best first. */
  candidates(articleText: string, limit: number): Promise<Array<{ letter: IndexedLetter; score: number }>>;
  /** The text of an indexed letter (as extracted when it was added). */
  text(id: string): Promise<string>;
}
