import type { LetterMeta } from "../core/corpus/letterMeta.js";
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
  /** What the letter says about itself (regulator, inspected body, kind, dates, judgement), when found. */
  meta?: LetterMeta;
}

export interface AddOutcome {
  letter: IndexedLetter;
  /** `updated`: the same source was indexed before with another text, which it replaces. */
  status: "added" | "updated" | "unchanged";
}

/** A letter retrieval offers for an article, with the backend's own score (only its order matters). */
export interface Candidate {
  letter: IndexedLetter;
  score: number;
  /** The letter's text, when the backend read it with the candidate (a server saves a round trip per letter). */
  text?: string;
}

/**
 * What corpus mode needs from an index of letters, and nothing more — the seam between backends.
 * `fileIndex.ts` keeps minisearch and the letters' texts in a directory (the default, nothing to
 * start); `pgIndex.ts` keeps them in PostgreSQL. Everything after retrieval (evidence, confidence,
 * ranking) is `core/corpus`, the same for every backend, which only ever sees a few candidate
 * letters' texts — so no command loads the whole index to check an article.
 */
export interface CorpusIndex {
  /** Where the index lives, for messages ("/home/me/.local/share/presscheck/index", a URL without password). */
  readonly location: string;
  /**
   * How many letters a bulk import should hand to `add` at once; undefined: all in one call (the
   * embedded index rewrites its search file per call, the server commits per batch anyway).
   */
  readonly batchSize?: number;
  /** Every letter, in the order added (for `index list`, the one command that shows them all). */
  list(): Promise<IndexedLetter[]>;
  /** How many letters the index holds. */
  count(): Promise<number>;
  add(letters: Array<SourceDocument & { meta?: LetterMeta }>): Promise<AddOutcome[]>;
  /** Removes the letters with these ids (or id prefixes) or sources; returns those removed. */
  remove(keys: string[]): Promise<IndexedLetter[]>;
  /** The `limit` letters most likely to be the article's source by word overlap, best first. */
  candidates(articleText: string, limit: number): Promise<Candidate[]>;
  /**
   * Letters holding a passage close to this quotation, best first: where a quotation the matched
   * letter lacks was taken from.
   */
  quoted(quotation: string, limit: number): Promise<Candidate[]>;
  /**
   * The letters whose own metadata names one of these inspected bodies (`index list`'s "body",
   * compared folded: lower case, single spaces), at most `limit`, latest added first: how an article
   * that names its council reaches every report on it.
   */
  byBody(bodies: readonly string[], limit: number): Promise<Candidate[]>;
  /** The text of an indexed letter (as extracted when it was added). */
  text(id: string): Promise<string>;
  /** Releases connections (a no-op for the embedded index). */
  close(): Promise<void>;
}

/** Whether a removal key names this letter: its source as added, or its id or an id prefix of 4+ hex digits. */
export function keyMatches(key: string, letter: { id: string; source: string }): boolean {
  return letter.source === key || (/^[0-9a-f]{4,16}$/.test(key) && letter.id.startsWith(key));
}
