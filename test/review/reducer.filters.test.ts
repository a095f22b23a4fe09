import { describe, expect, it } from "vitest";
import { visibleFindingIndices } from "../../src/review/selectors.js";
import { freshState, run, selectedId } from "./reviewTestState.js";

describe("reviewReducer: filters", () => {
  it("opens the filter prompt, filters live, keeps the text on Enter and clears it on Esc", () => {
    const open = run(freshState(), { type: "openFilter" });
    expect(open.overlay).toBe("filter");
    const typed = run(open, { type: "setTextFilter", text: "INSPECTORS" });
    expect(visibleFindingIndices(typed).length).toBe(3);
    const kept = run(typed, { type: "closeFilter", clear: false });
    expect(kept.overlay).toBe("none");
    expect(kept.textFilter).toBe("INSPECTORS");
    const cleared = run(typed, { type: "closeFilter", clear: true });
    expect(cleared.textFilter).toBe("");
    expect(visibleFindingIndices(cleared).length).toBe(10);
  });

  it("matches letter text, reason and note as well as the press text", () => {
    expect(
      visibleFindingIndices(run(freshState(), { type: "setTextFilter", text: "many activities" })),
    ).toEqual([3]);
    expect(visibleFindingIndices(run(freshState(), { type: "setTextFilter", text: "garden room" }))).toEqual([
      6,
    ]);
  });

  it("keeps the selected finding selected when it stays visible", () => {
    const s = run(freshState(), { type: "moveDown" }, { type: "moveDown" }, { type: "moveDown" });
    expect(selectedId(s)).toBe("g-activities");
    const filtered = run(s, { type: "cycleKindFilter" }); // discrepancies
    expect(selectedId(filtered)).toBe("g-activities");
    expect(filtered.cursor).toBe(0);
  });

  it("clamps the cursor when the selected finding is filtered out", () => {
    const s = run(freshState(), { type: "moveLast" }, { type: "setTextFilter", text: "inspectors" });
    expect(s.cursor).toBe(2);
    const none = run(s, { type: "setTextFilter", text: "nothing like this" });
    expect(none.cursor).toBe(0);
    expect(selectedId(none)).toBeUndefined();
  });

  it("cycles the kind filter: all, discrepancies, each kind present, back to all", () => {
    const seen: string[] = [];
    let s = freshState();
    for (let i = 0; i < 11; i++) {
      seen.push(s.kindFilter);
      s = run(s, { type: "cycleKindFilter" });
    }
    expect(seen).toEqual([
      "all",
      "discrepancies",
      "quote-exact",
      "quote-altered",
      "quote-not-found",
      "copied",
      "paraphrase",
      "overstated",
      "unsupported",
      "not-checked",
      "all",
    ]);
  });

  it("skips kinds absent from the document and restarts when the filter's kind is absent", () => {
    const echo = run(freshState(), { type: "nextDocument" });
    const kinds = [1, 2, 3, 4, 5].map(
      (n) => run(echo, ...Array.from({ length: n }, () => ({ type: "cycleKindFilter" as const }))).kindFilter,
    );
    expect(kinds).toEqual(["discrepancies", "quote-exact", "paraphrase", "not-checked", "all"]);
    const onOverstated = run(
      freshState(),
      ...Array.from({ length: 7 }, () => ({ type: "cycleKindFilter" as const })),
    );
    expect(onOverstated.kindFilter).toBe("overstated");
    const switched = run(onOverstated, { type: "nextDocument" });
    expect(visibleFindingIndices(switched)).toEqual([]);
    expect(run(switched, { type: "cycleKindFilter" }).kindFilter).toBe("all");
  });
});
