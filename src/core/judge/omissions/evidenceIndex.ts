import { KeyPool } from "../../text/keyPool.js";
import type { PressEvidence } from "../omissions.js";
import { type Polarity, toneOf } from "../polarity.js";
import { memo } from "../rules/rule.js";

/**
 * Per list of press evidence (one press document's), built once: each evidence's tone, and for each
 * word key the evidence that holds it (in order). findingCoverage is asked about every critical letter
 * sentence against the same list: it looks only at the evidence that shares a word with a unit, and
 * reads each evidence's tone once, rather than every evidence's tone and words per letter sentence.
 * `found`, `wordMark` and `touched` are scratch space for one unit's count (see unitHit), reused so
 * that a document's hundreds of questions allocate nothing: a sum is stale once its mark is older than
 * the unit being counted.
 */
export interface EvidenceIndex {
  tones: Polarity[];
  /** The evidence holding a word key, in order (undefined for none). */
  holding: (key: string) => (ArrayLike<number> & Iterable<number>) | undefined;
  /**
   * When every evidence's keys were stored by one pool: the pool, and the evidence holding each of its
   * key numbers (what `holding` reads after numbering the key): `list[starts[id]]` to
   * `list[starts[id + 1]]`, in order. A reader that has its keys' numbers in the pool's vocabulary reads
   * these directly.
   */
  pool?: KeyPool;
  byId?: { starts: Int32Array; list: Int32Array };
  /** Per letter polarity and unit kind (whole or clause), which evidence may report it (mayReport). */
  eligible: Map<string, Uint8Array>;
  found: Float64Array;
  wordMark: Int32Array;
  mark: number;
  touched: number[];
}
const evidenceIndexes = new WeakMap<readonly PressEvidence[], EvidenceIndex>();
export function evidenceIndexOf(press: readonly PressEvidence[]): EvidenceIndex {
  return memo(evidenceIndexes, press, () => ({
    tones: press.map((p) => p.tone ?? toneOf(p.text)),
    ...(pooledHolding(press) ?? { holding: stringHolding(press) }),
    eligible: new Map(),
    found: new Float64Array(press.length),
    wordMark: new Int32Array(press.length),
    mark: 0,
    touched: [],
  }));
}

/**
 * The evidence holding each key, when every evidence's keys were stored by one pool (a press document's
 * are: documentEvidence.ts): indexed by the pool's key numbers, read straight from the pool's store.
 */
function pooledHolding(
  press: readonly PressEvidence[],
): Pick<EvidenceIndex, "holding" | "pool" | "byId"> | undefined {
  const pool = poolOf(press[0]?.stems);
  if (pool === undefined) return undefined;
  const runs: { block: Int32Array; start: number; size: number }[] = [];
  for (const p of press) {
    const run = pool.runOf(p.stems);
    if (run === undefined) return undefined;
    runs.push(run);
  }
  // Two passes over the runs, into two typed arrays (no list per key): how many evidence hold each
  // number, as where its run starts; then the evidence, in order, at those places.
  const keys = pool.keyCount;
  const starts = new Int32Array(keys + 1);
  for (const { block, start, size } of runs)
    for (let k = start; k < start + size; k++) {
      const at = (block[k] as number) + 1;
      starts[at] = (starts[at] as number) + 1;
    }
  for (let id = 0; id < keys; id++) starts[id + 1] = (starts[id + 1] as number) + (starts[id] as number);
  const list = new Int32Array(starts[keys] as number);
  const next = starts.slice(0, keys);
  runs.forEach(({ block, start, size }, i) => {
    for (let k = start; k < start + size; k++) {
      const id = block[k] as number;
      list[next[id] as number] = i;
      next[id] = (next[id] as number) + 1;
    }
  });
  // By key (a reader without the numbers, such as the list items'): each number's list made when first
  // asked for, and kept for the document's other questions.
  const asked = new Map<number, number[]>();
  return {
    holding: (key) => {
      const id = pool.idOf(key);
      if (id < 0 || starts[id] === starts[id + 1]) return undefined;
      let held = asked.get(id);
      if (held === undefined) {
        held = Array.from(list.subarray(starts[id], starts[id + 1]));
        asked.set(id, held);
      }
      return held;
    },
    pool,
    byId: { starts, list },
  };
}

/** The pool a set of keys was stored by, if any. */
function poolOf(keys: ReadonlySet<string> | undefined): KeyPool | undefined {
  return keys !== undefined && "pool" in keys && keys.pool instanceof KeyPool ? keys.pool : undefined;
}

/** The evidence holding each key, for evidence whose keys are plain sets. */
function stringHolding(press: readonly PressEvidence[]): EvidenceIndex["holding"] {
  const holding = new Map<string, number[]>();
  press.forEach((p, i) => {
    for (const k of p.stems) {
      const list = holding.get(k);
      if (list) list.push(i);
      else holding.set(k, [i]);
    }
  });
  return (key) => holding.get(key);
}
