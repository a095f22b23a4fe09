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
  holding: (key: string) => readonly number[] | undefined;
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
    holding: pooledHolding(press) ?? stringHolding(press),
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
function pooledHolding(press: readonly PressEvidence[]): EvidenceIndex["holding"] | undefined {
  const pool = poolOf(press[0]?.stems);
  if (pool === undefined) return undefined;
  const byId: number[][] = [];
  for (let i = 0; i < press.length; i++) {
    const run = pool.runOf((press[i] as PressEvidence).stems);
    if (run === undefined) return undefined;
    const { block, start, size } = run;
    for (let k = start; k < start + size; k++) {
      const id = block[k] as number;
      const list = byId[id];
      if (list) list.push(i);
      else byId[id] = [i];
    }
  }
  return (key) => {
    const id = pool.idOf(key);
    return id < 0 ? undefined : byId[id];
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
