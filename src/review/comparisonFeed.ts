import type { Comparison, DocumentComparison } from "../core/types.js";

/**
 * A comparison that may still be growing. The review opens on `initial` (the letter and the first press
 * document compared) while the other press documents are compared, and takes each in as it is done —
 * so the first screen does not wait for the last document.
 */
export interface ComparisonFeed {
  /** The letter and the press documents compared so far: at least the first. */
  initial: Comparison;
  /** Every press document's source, in order, including those still being compared. */
  sources: readonly string[];
  /**
   * `onUpdate` gets the comparison each time another document is done (at once, if some were done
   * since `initial`); `onFailure` gets one line if the rest cannot be compared. Returns an unsubscribe.
   */
  subscribe(onUpdate: (c: Comparison) => void, onFailure: (message: string) => void): () => void;
  /** The whole comparison, once every document is done (rejects if one could not be compared). */
  complete: Promise<Comparison>;
  /** Stops comparing: the review was closed before the last document was done. */
  cancel(): void;
}

/** A feed that is already complete: the comparison ran in this thread, or came from elsewhere. */
export function completeFeed(comparison: Comparison): ComparisonFeed {
  return {
    initial: comparison,
    sources: comparison.documents.map((d) => d.source),
    subscribe: () => () => {},
    complete: Promise.resolve(comparison),
    cancel: () => {},
  };
}

interface Listener {
  onUpdate: (c: Comparison) => void;
  onFailure: (message: string) => void;
}

/**
 * The receiving end of a comparison made one document at a time (see cli/compareInWorker.ts): give it
 * the letter and the sources, then each document in order with `add`, then `finish` — or `fail`.
 * `ready` resolves with the feed as soon as the first document is in.
 */
export function growingFeed(
  letter: Comparison["letter"],
  sources: readonly string[],
  cancel: () => void,
): {
  ready: Promise<ComparisonFeed>;
  add: (document: DocumentComparison) => void;
  finish: () => void;
  fail: (message: string) => void;
} {
  let current: Comparison = { letter, documents: [] };
  let initial: Comparison | undefined;
  let failure: string | undefined;
  const listeners = new Set<Listener>();
  let resolveReady: (feed: ComparisonFeed) => void = () => {};
  const ready = new Promise<ComparisonFeed>((resolve) => {
    resolveReady = resolve;
  });
  let resolveComplete: (c: Comparison) => void = () => {};
  let rejectComplete: (err: Error) => void = () => {};
  const complete = new Promise<Comparison>((resolve, reject) => {
    resolveComplete = resolve;
    rejectComplete = reject;
  });
  // Nobody may be waiting for the whole comparison when it fails (the review reports it in its message line).
  complete.catch(() => {});

  const feed = (first: Comparison): ComparisonFeed => ({
    initial: first,
    sources,
    subscribe(onUpdate, onFailure) {
      const listener = { onUpdate, onFailure };
      listeners.add(listener);
      if (current.documents.length > first.documents.length) onUpdate(current);
      if (failure !== undefined) onFailure(failure);
      return () => listeners.delete(listener);
    },
    complete,
    cancel,
  });
  const open = () => {
    if (initial !== undefined) return;
    initial = current;
    resolveReady(feed(initial));
  };

  return {
    ready,
    add(document) {
      current = { letter, documents: [...current.documents, document] };
      if (initial === undefined) open();
      else for (const l of listeners) l.onUpdate(current);
    },
    finish() {
      open();
      resolveComplete(current);
    },
    fail(message) {
      failure = message;
      rejectComplete(new Error(message));
      for (const l of listeners) l.onFailure(message);
    },
  };
}
