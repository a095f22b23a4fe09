/**
 * Issue 14, item 5: the review as used all day — Tab away and back keeps the place, omissions take
 * decisions and notes like findings (and are exported with them), an old "Exported …" message does not
 * outlive a cancelled export.
 */
import { describe, expect, it } from "vitest";
import { decisionsById } from "../../src/review/decisionsById.js";
import { omissionDecisionAt, selectedFindingIndex } from "../../src/review/selectors.js";
import { uiComparison } from "../fixtures/uiComparison.js";
import { AT, freshState, model, run } from "./reviewTestState.js";

describe("Tab away and back", () => {
  it("returns to the same finding and omission", () => {
    const s = run(freshState(), { type: "moveDown" }, { type: "moveDown" }, { type: "moveDown" });
    expect(selectedFindingIndex(s)).toBe(3);
    const away = run(s, { type: "nextDocument" });
    expect(away.documentIndex).toBe(1);
    expect(selectedFindingIndex(away)).toBe(0);
    const back = run(away, { type: "moveDown" }, { type: "previousDocument" });
    expect(back.documentIndex).toBe(0);
    expect(selectedFindingIndex(back)).toBe(3);
    // And the other document kept its own place too.
    expect(selectedFindingIndex(run(back, { type: "nextDocument" }))).toBe(1);
  });
});

describe("omission decisions", () => {
  it("c, d and e work in the omissions view, u undoes, and exports carry them by omission id", () => {
    const s = run(
      freshState(),
      { type: "toggleOmissions" },
      { type: "moveDown" },
      { type: "confirm", at: AT },
      { type: "openNoteEditor" },
      { type: "setNote", note: "asked the council", at: AT },
    );
    expect(s.message).toBeUndefined();
    expect(omissionDecisionAt(s, 0, 1)).toEqual({
      verdict: "confirmed",
      note: "asked the council",
      updatedAt: AT,
    });
    const key = model.omissionKeys[0]?.[1] ?? "";
    expect(model.keys[0]).not.toContain(key);
    const omission = uiComparison.documents[0]?.omissions[1];
    expect(decisionsById(model, s.decisions)[omission?.id ?? ""]?.verdict).toBe("confirmed");
    const dismissed = run(s, { type: "dismiss", at: AT });
    expect(omissionDecisionAt(dismissed, 0, 1)?.verdict).toBe("dismissed");
    const undone = run(dismissed, { type: "toggleOmissions" }, { type: "undo" });
    expect(undone.view).toBe("omissions");
    expect(undone.omissionCursor).toBe(1);
    expect(omissionDecisionAt(undone, 0, 1)?.verdict).toBe("confirmed");
  });
});

describe("export messages", () => {
  it("an earlier 'Exported …' message clears when a later export is opened and cancelled", () => {
    const s = run(
      freshState(),
      { type: "showMessage", text: "Exported md to presscheck-report.md" },
      { type: "openExport" },
      { type: "closeExport" },
    );
    expect(s.message).toBeUndefined();
  });
});
