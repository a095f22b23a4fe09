import { describe, expect, it } from "vitest";
import { listSharer } from "../../src/core/sharedLists.js";

describe("listSharer", () => {
  it("returns one frozen list for equal lists", () => {
    const share = listSharer((x: string) => x);
    const a = share(["copied", "selective-caveat"]);
    const b = share(["copied", "selective-caveat"]);
    expect(b).toBe(a);
    expect(a).toEqual(["copied", "selective-caveat"]);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => (a as string[]).push("x")).toThrow();
  });

  it("keeps lists apart that differ in an item or in order", () => {
    const share = listSharer((x: string) => x);
    const a = share(["a", "b"]);
    expect(share(["b", "a"])).not.toBe(a);
    expect(share(["a"])).not.toBe(a);
    expect(share(["a", "b", "c"])).toEqual(["a", "b", "c"]);
  });

  it("does not confuse items whose keys run together", () => {
    const share = listSharer((x: string) => x);
    expect(share(["ab", "c"])).not.toBe(share(["a", "bc"]));
  });

  it("shares one empty list", () => {
    const share = listSharer((x: number) => String(x));
    expect(share([])).toBe(share([]));
    expect(share([])).toEqual([]);
  });

  it("compares items by the key given", () => {
    const share = listSharer((s: { start: number; end: number }) => `${s.start}:${s.end}`);
    const first = { start: 3, end: 9 };
    const a = share([first]);
    expect(share([{ start: 3, end: 9 }])).toBe(a);
    expect(a[0]).toBe(first);
  });

  it("never changes the list it is given", () => {
    const share = listSharer((x: string) => x);
    const mine = ["a"];
    share(mine);
    mine.push("b");
    expect(share(["a"])).toEqual(["a"]);
    expect(Object.isFrozen(mine)).toBe(false);
  });

  it("stops remembering new lists past its bound, still returning equal frozen copies", () => {
    const share = listSharer((x: number) => String(x));
    for (let i = 0; i < 5000; i++) share([i]);
    const late = share([4999]);
    expect(late).toEqual([4999]);
    expect(Object.isFrozen(late)).toBe(true);
    expect(share([0])).toBe(share([0]));
  });
});
