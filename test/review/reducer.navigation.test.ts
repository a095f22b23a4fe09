import { describe, expect, it } from "vitest";
import { freshState, run, selectedId } from "./reviewTestState.js";

describe("reviewReducer: moving", () => {
  it("moves down and up, clamped at both ends", () => {
    const s = freshState();
    expect(selectedId(s)).toBe("g-heading");
    expect(selectedId(run(s, { type: "moveDown" }))).toBe("g-kindness");
    expect(selectedId(run(s, { type: "moveUp" }))).toBe("g-heading");
    const bottom = run(s, ...Array.from({ length: 20 }, () => ({ type: "moveDown" as const })));
    expect(selectedId(bottom)).toBe("g-contact");
    expect(bottom.cursor).toBe(9);
  });

  it("jumps to first and last", () => {
    const last = run(freshState(), { type: "moveLast" });
    expect(selectedId(last)).toBe("g-contact");
    expect(selectedId(run(last, { type: "moveFirst" }))).toBe("g-heading");
  });

  it("moves in the omissions list when the omissions view is shown", () => {
    const s = run(freshState(), { type: "toggleOmissions" }, { type: "moveDown" }, { type: "moveLast" });
    expect(s.omissionCursor).toBe(2);
    expect(s.cursor).toBe(0);
    expect(run(s, { type: "moveFirst" }).omissionCursor).toBe(0);
  });

  it("jumps to the next and previous discrepancy, wrapping with a message", () => {
    const s = freshState();
    const first = run(s, { type: "nextDiscrepancy" });
    expect(selectedId(first)).toBe("g-activities");
    expect(first.message).toBeUndefined();
    const ids = [first];
    for (let i = 0; i < 3; i++) ids.push(run(ids[ids.length - 1] ?? s, { type: "nextDiscrepancy" }));
    expect(ids.map(selectedId)).toEqual(["g-activities", "g-staffing", "g-shining", "g-garden"]);
    const wrapped = run(ids[3] ?? s, { type: "nextDiscrepancy" });
    expect(selectedId(wrapped)).toBe("g-activities");
    expect(wrapped.message).toMatch(/wrapped to the top/);
    const back = run(s, { type: "previousDiscrepancy" });
    expect(selectedId(back)).toBe("g-garden");
    expect(back.message).toMatch(/wrapped to the bottom/);
  });

  it("counts a flag on a faithful kind as a discrepancy", () => {
    const echo = run(freshState(), { type: "nextDocument" }, { type: "nextDiscrepancy" });
    expect(selectedId(echo)).toBe("e-careplans");
  });

  it("says so when the list has no discrepancy", () => {
    const s = run(freshState(), { type: "setTextFilter", text: "thrilled" }, { type: "nextDiscrepancy" });
    expect(s.message).toBe("No discrepancies in this list");
    const empty = run(freshState(), { type: "setTextFilter", text: "zzz" }, { type: "nextDiscrepancy" });
    expect(empty.message).toBe("No findings to search");
  });

  it("switches documents both ways, wrapping, and restarts the cursors", () => {
    const s = run(freshState(), { type: "moveLast" }, { type: "nextDocument" });
    expect(s.documentIndex).toBe(1);
    expect(s.cursor).toBe(0);
    expect(run(s, { type: "nextDocument" }).documentIndex).toBe(0);
    expect(run(freshState(), { type: "previousDocument" }).documentIndex).toBe(1);
  });

  it("toggles the letter context", () => {
    const s = run(freshState(), { type: "toggleContext" });
    expect(s.expanded).toBe(true);
    expect(run(s, { type: "toggleContext" }).expanded).toBe(false);
  });
});
