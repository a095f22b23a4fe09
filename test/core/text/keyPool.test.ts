import { describe, expect, it } from "vitest";
import { KeyPool, keyVocabulary, runHolds } from "../../../src/core/text/keyPool.js";

/** The numbers a pool stored a text's keys under (its run), or none when another pool stored them. */
function idsOf(pool: KeyPool, keys: ReadonlySet<string>): number[] {
  const run = pool.runOf(keys);
  return run ? [...run.block.subarray(run.start, run.start + run.size)] : [];
}

describe("KeyPool", () => {
  it("answers has() as the Set it was made from", () => {
    const pool = new KeyPool();
    const words = ["plan", "review", "child", "plan", "visit"];
    const keys = pool.add(words);
    for (const w of words) expect(keys.has(w)).toBe(true);
    expect(keys.has("garden")).toBe(false);
    expect(keys.size).toBe(4);
  });

  it("keeps each text's keys apart though they share one store", () => {
    const pool = new KeyPool();
    const a = pool.add(["staff", "morale"]);
    const b = pool.add(["morale", "caseloads"]);
    expect(a.has("caseloads")).toBe(false);
    expect(b.has("staff")).toBe(false);
    expect([...a].sort()).toEqual(["morale", "staff"]);
    expect([...b].sort()).toEqual(["caseloads", "morale"]);
  });

  it("iterates like a set: values, keys, entries, forEach", () => {
    const pool = new KeyPool();
    const keys = pool.add(["b", "a", "b"]);
    expect(new Set(keys)).toEqual(new Set(["a", "b"]));
    expect([...keys.keys()].sort()).toEqual(["a", "b"]);
    expect([...keys.entries()].sort()).toEqual([
      ["a", "a"],
      ["b", "b"],
    ]);
    const seen: string[] = [];
    keys.forEach((v) => {
      seen.push(v);
    });
    expect(seen.sort()).toEqual(["a", "b"]);
  });

  it("holds an empty text and texts past one block of the store", () => {
    const pool = new KeyPool();
    expect(pool.add([]).size).toBe(0);
    const many = Array.from({ length: 70_000 }, (_, i) => `w${i}`);
    const first = pool.add(many.slice(0, 40_000));
    const second = pool.add(many.slice(30_000));
    const third = pool.add(["w1", "w69999"]);
    expect(first.size).toBe(40_000);
    expect(second.size).toBe(40_000);
    expect(first.has("w39999")).toBe(true);
    expect(first.has("w40000")).toBe(false);
    expect(second.has("w30000")).toBe(true);
    expect(second.has("w29999")).toBe(false);
    expect(third.has("w1") && third.has("w69999") && !third.has("w2")).toBe(true);
  });

  it("keeps every text's keys when many short texts fill one growing block after another", () => {
    const pool = new KeyPool();
    const texts = Array.from({ length: 3_000 }, (_, i) => [`w${i}`, `w${i + 1}`, `w${i + 2}`, "shared"]);
    const stored = texts.map((t) => pool.add(t));
    stored.forEach((keys, i) => {
      expect(keys.size).toBe(4);
      expect([...keys].sort()).toEqual([...(texts[i] as string[])].sort());
      expect(keys.has(`w${i + 3}`)).toBe(false);
    });
  });

  it("stores the keys of many items as add() of all their keys would", () => {
    const pool = new KeyPool();
    const words = ["unsafe", "rooms", "safe", "room"];
    const keysOf = (w: string) => (w.startsWith("un") ? [w, w.slice(2)] : [w]);
    const keys = pool.addKeysOf(words, keysOf);
    expect([...keys].sort()).toEqual([...new Set(words.flatMap(keysOf))].sort());
    expect(keys.size).toBe(4);
  });

  it("gives the numbers of the keys it stored, and nothing for another set", () => {
    const pool = new KeyPool();
    const keys = pool.add(["beds", "staff", "beds"]);
    const ids = idsOf(pool, keys);
    expect(ids.map((id) => pool.keyOf(id)).sort()).toEqual(["beds", "staff"]);
    expect(ids.every((id) => pool.idOf(pool.keyOf(id)) === id)).toBe(true);
    expect(pool.runOf(new Set(["beds"]))).toBeUndefined();
    expect(new KeyPool().runOf(keys)).toBeUndefined();
  });

  it("with a vocabulary, stores its keys by its numbers and drops every other key", () => {
    const vocabulary = keyVocabulary(["staff", "beds", "staff", "rota"]);
    expect(vocabulary.keyOf).toEqual(["staff", "beds", "rota"]);
    const pool = new KeyPool(vocabulary);
    const keys = pool.add(["rota", "garden", "staff", "rota"]);
    expect(keys.has("rota") && keys.has("staff")).toBe(true);
    expect(keys.has("beds") || keys.has("garden")).toBe(false);
    expect([...keys].sort()).toEqual(["rota", "staff"]);
    expect(idsOf(pool, keys).sort()).toEqual([0, 2]);
    expect(pool.idOf("garden")).toBe(-1);
    // The vocabulary is only read: another pool over it numbers the same keys the same way.
    expect(vocabulary.keyOf).toEqual(["staff", "beds", "rota"]);
    expect(new KeyPool(vocabulary).addKeysOf(["beds"], (w) => [w, `${w}!`]).size).toBe(1);
  });

  it("tells where a text's numbers are stored, sorted, and nothing for another set", () => {
    const pool = new KeyPool();
    pool.add(["a", "b", "c", "d"]);
    const keys = pool.add(["d", "zz", "b", "yy", "a"]);
    const run = pool.runOf(keys);
    const ids = idsOf(pool, keys);
    expect(ids).toEqual([...ids].sort((x, y) => x - y));
    expect(ids.map((id) => pool.keyOf(id)).sort()).toEqual(["a", "b", "d", "yy", "zz"]);
    for (const key of ["a", "b", "c", "d", "yy", "zz"])
      expect(run !== undefined && runHolds(run, pool.idOf(key))).toBe(keys.has(key));
    expect(pool.runOf(new Set(["a"]))).toBeUndefined();
    expect(new KeyPool().runOf(keys)).toBeUndefined();
  });
});
