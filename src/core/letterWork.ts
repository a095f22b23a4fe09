/**
 * A letter prepared from its text, and the letters prepared lately.
 *
 * Preparing a letter is segmenting it, reading its sections and the tone of each sentence, and indexing
 * its words; the rules then build further letter-side tables on the prepared context the first time
 * they need them (its grade statements and judgement table, its omission groups; the `WeakMap`s keyed
 * by `LetterContext`). A long-running consumer compares many press texts with one letter — the review
 * re-running a comparison, `check` over many articles, corpus mode's batches, a script in a loop — and
 * all of that is the same work every time for the same text: it is done once per text and reused
 * while the text stays among the last few prepared.
 *
 * The key is the text itself: a `Map` compares string keys by content (length and hash first, then
 * character by character), so an equal text read again from a file finds its entry and a text that
 * differs in one character does not. Only the text decides what is prepared (never the document's name,
 * its format or an option), and what is kept is only read afterwards, never changed. Bounded: at most
 * `RECENT_LETTERS` texts, the least recently used dropped first, so a run over thousands of letters
 * (corpus mode) holds a few at a time. `forgetPreparedLetters` empties it (the bench's cold-letter figure).
 */
import { buildLetterIndex } from "./align/letterIndex.js";
import type { LetterContext } from "./judge/context.js";
import { letterPolarities } from "./judge/polarity.js";
import { segmentDocument } from "./segment/sentences.js";
import { sectionsOf } from "./segment/structure.js";
import type { LetterFinding } from "./types.js";

/** How many letter texts are kept prepared. */
export const RECENT_LETTERS = 4;

/** What preparing a letter yields from its text alone: the context the rules read and its sentences. */
export interface LetterWork {
  ctx: LetterContext;
  sentences: LetterFinding[];
}

function prepareText(text: string): LetterWork {
  const { blocks, sentences } = segmentDocument(text);
  const sections = sectionsOf(text, blocks, sentences);
  const ctx: LetterContext = { text, sentences, index: buildLetterIndex(text, sentences) };
  const polarities = letterPolarities(sentences);
  const letterSentences: LetterFinding[] = sentences.map((s, i) => ({
    index: s.index,
    start: s.start,
    end: s.end,
    text: s.text,
    polarity: polarities[i] ?? "neutral",
    section: sections[i] ?? { kind: "body" },
  }));
  return { ctx, sentences: letterSentences };
}

/** Prepared letters by text, least recently used first (a `Map` iterates in insertion order). */
const recent = new Map<string, LetterWork>();

/** The letter `text` prepared: kept from an earlier call while it is among the last few, else now. */
export function letterWork(text: string): LetterWork {
  const kept = recent.get(text);
  if (kept !== undefined) {
    recent.delete(text);
    recent.set(text, kept);
    return kept;
  }
  const work = prepareText(text);
  recent.set(text, work);
  if (recent.size > RECENT_LETTERS) recent.delete(recent.keys().next().value as string);
  return work;
}

/** Forgets the letters prepared lately: the next comparison prepares its letter from scratch. */
export function forgetPreparedLetters(): void {
  recent.clear();
}
