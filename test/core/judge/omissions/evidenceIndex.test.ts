import { describe, expect, it } from "vitest";
import { evidenceIndexOf } from "../../../../src/core/judge/omissions/evidenceIndex.js";
import type { PressEvidence } from "../../../../src/core/judge/omissions.js";
import { KeyPool } from "../../../../src/core/text/keyPool.js";

// Invented press evidence: the same keys stored by one pool, and as plain sets.
const TEXTS = [
  ["inspector", "visit", "home"],
  ["garden", "visit"],
  ["staff", "train", "home", "visit"],
];

function evidence(stems: (keys: string[]) => ReadonlySet<string>): PressEvidence[] {
  return TEXTS.map((keys) => ({
    stems: stems(keys),
    text: keys.join(" "),
    tone: "neutral",
    unsourced: false,
  }));
}

describe("evidenceIndexOf", () => {
  it("lists the evidence holding each key, in order, whether the keys are pooled or plain sets", () => {
    const pool = new KeyPool();
    const pooled = evidenceIndexOf(evidence((k) => pool.add(k)));
    const plain = evidenceIndexOf(evidence((k) => new Set(k)));
    for (const index of [pooled, plain]) {
      const holding = (key: string) => {
        const list = index.holding(key);
        return list && [...list];
      };
      expect(holding("visit")).toEqual([0, 1, 2]);
      expect(holding("home")).toEqual([0, 2]);
      expect(holding("garden")).toEqual([1]);
      expect(holding("kitchen")).toBeUndefined();
    }
    // Pooled, the same lists by key number.
    const { byId } = pooled;
    const byNumber = (key: string) => {
      const id = pool.idOf(key);
      return byId ? [...byId.list.subarray(byId.starts[id], byId.starts[id + 1])] : [];
    };
    expect(byNumber("visit")).toEqual([0, 1, 2]);
    expect(byNumber("train")).toEqual([2]);
  });

  it("reads keys from two pools, or pooled and plain sets mixed, as plain sets", () => {
    const pools = [new KeyPool(), new KeyPool()];
    const mixed = evidence((k) =>
      k.includes("garden") ? new Set(k) : (pools[k.length % 2] as KeyPool).add(k),
    );
    const index = evidenceIndexOf(mixed);
    expect(index.holding("visit")).toEqual([0, 1, 2]);
    expect(index.holding("staff")).toEqual([2]);
  });
});
