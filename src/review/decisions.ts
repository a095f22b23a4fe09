/** What a reviewer said about one finding. Keyed by `Finding.id`, which survives small edits elsewhere. */
export type Verdict = "confirmed" | "dismissed";

export interface Decision {
  verdict?: Verdict;
  note?: string;
  /** ISO time of the last change. */
  updatedAt: string;
}

/** Decisions by finding id. */
export type Decisions = Record<string, Decision>;
