import { describe, expect, it } from "vitest";
import { reviewReducer } from "../../src/review/reducer.js";
import { decisionAt, documentProgress, selectedFindingIndex } from "../../src/review/selectors.js";
import { AT, freshState, model, run, selectedId } from "./reviewTestState.js";

const LATER = "2026-03-10T09:05:00.000Z";

describe("reviewReducer: decisions", () => {
  it("confirms the selected finding, keyed by its finding key, and marks the document unsaved", () => {
    const s = run(freshState(), { type: "moveDown" }, { type: "confirm", at: AT });
    const key = model.keys[0]?.[1] ?? "";
    expect(s.decisions[0]?.[key]).toEqual({ verdict: "confirmed", updatedAt: AT });
    expect(s.unsaved).toEqual([0]);
    expect(documentProgress(s)).toEqual({
      reviewed: 1,
      total: 7,
      discrepancies: 4,
      notChecked: 0,
      assessed: true,
    });
  });

  it("dismisses, switches verdicts and clears a verdict when the same key is pressed again", () => {
    const s = run(freshState(), { type: "dismiss", at: AT });
    expect(decisionAt(s, 0, 0)?.verdict).toBe("dismissed");
    expect(decisionAt(run(s, { type: "confirm", at: LATER }), 0, 0)?.verdict).toBe("confirmed");
    const cleared = run(s, { type: "dismiss", at: LATER });
    expect(decisionAt(cleared, 0, 0)).toBeUndefined();
    expect(Object.keys(cleared.decisions[0] ?? {})).toEqual([]);
  });

  it("opens the note editor with the existing note, edits the draft, sets and closes", () => {
    const open = run(freshState(), { type: "openNoteEditor" });
    expect(open.overlay).toBe("note");
    expect(open.noteDraft).toBe("");
    const drafted = run(open, { type: "setNoteDraft", text: "call the paper" });
    expect(drafted.noteDraft).toBe("call the paper");
    const saved = run(drafted, { type: "setNote", note: "  call the paper ", at: AT });
    expect(saved.overlay).toBe("none");
    expect(decisionAt(saved, 0, 0)).toEqual({ note: "call the paper", updatedAt: AT });
    expect(run(saved, { type: "openNoteEditor" }).noteDraft).toBe("call the paper");
    const removed = run(saved, { type: "setNote", note: "", at: LATER });
    expect(decisionAt(removed, 0, 0)).toBeUndefined();
    const cancelled = run(drafted, { type: "closeNoteEditor" });
    expect(cancelled.overlay).toBe("none");
    expect(decisionAt(cancelled, 0, 0)).toBeUndefined();
  });

  it("keeps the note when the verdict changes and the verdict when the note changes", () => {
    const s = run(freshState(), { type: "confirm", at: AT }, { type: "setNote", note: "checked", at: LATER });
    expect(decisionAt(s, 0, 0)).toEqual({ verdict: "confirmed", note: "checked", updatedAt: LATER });
    expect(decisionAt(run(s, { type: "confirm", at: LATER }), 0, 0)).toEqual({
      note: "checked",
      updatedAt: LATER,
    });
  });

  it("does nothing but say so when no finding is selected", () => {
    const empty = run(freshState(), { type: "setTextFilter", text: "no such words" });
    const after = run(empty, { type: "confirm", at: AT });
    expect(after.decisions).toEqual(empty.decisions);
    expect(after.history).toEqual([]);
    expect(after.message).toBe("No finding selected");
    expect(run(empty, { type: "openNoteEditor" }).overlay).toBe("none");
  });

  it("undoes changes one at a time, back to the original decisions", () => {
    const start = freshState();
    const s = run(
      start,
      { type: "confirm", at: AT },
      { type: "moveDown" },
      { type: "dismiss", at: AT },
      { type: "setNote", note: "why", at: LATER },
    );
    expect(s.history).toHaveLength(3);
    const one = run(s, { type: "undo" });
    expect(decisionAt(one, 0, 1)).toEqual({ verdict: "dismissed", updatedAt: AT });
    const two = run(one, { type: "undo" });
    expect(decisionAt(two, 0, 1)).toBeUndefined();
    const three = run(two, { type: "undo" });
    expect(three.decisions).toEqual(start.decisions);
    expect(three.history).toEqual([]);
    expect(run(three, { type: "undo" }).message).toBe("Nothing to undo");
  });

  it("undo shows the document and selects the finding whose decision it restored", () => {
    const s = run(freshState(), { type: "moveLast" }, { type: "confirm", at: AT }, { type: "nextDocument" });
    expect(s.documentIndex).toBe(1);
    const undone = run(s, { type: "undo" });
    expect(undone.documentIndex).toBe(0);
    expect(selectedId(undone)).toBe("g-contact");
    expect(decisionAt(undone, 0, 9)).toBeUndefined();
    expect(undone.unsaved).toContain(0);
  });

  it("restores a decision that existed before the review started", () => {
    const key = model.keys[0]?.[0] ?? "";
    const before = { verdict: "confirmed" as const, note: "earlier", updatedAt: "2026-01-01T00:00:00.000Z" };
    const s = run(freshState([{ [key]: before }]), { type: "dismiss", at: AT }, { type: "undo" });
    expect(s.decisions[0]?.[key]).toEqual(before);
  });

  it("is pure: the previous state is not modified", () => {
    const s = freshState();
    const snapshot = structuredClone({ decisions: s.decisions, history: s.history });
    reviewReducer(s, { type: "confirm", at: AT });
    expect({ decisions: s.decisions, history: s.history }).toEqual(snapshot);
    expect(selectedFindingIndex(s)).toBe(0);
  });
});
