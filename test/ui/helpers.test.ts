import { describe, expect, it } from "vitest";
import { statePathsFor } from "../../src/review/statePaths.js";
import { commandAction } from "../../src/ui/commandAction.js";
import { diffSegments } from "../../src/ui/diffSegments.js";
import { KEYMAP } from "../../src/ui/keymap.js";
import { keyWith } from "../../src/ui/keyOfChar.js";
import { computeLayout } from "../../src/ui/layout.js";
import { letterContext } from "../../src/ui/letterContext.js";
import { listWindow } from "../../src/ui/listWindow.js";
import { editField } from "../../src/ui/textEdit.js";
import { uiComparison } from "../fixtures/uiComparison.js";
import { AT, freshState, run } from "../review/reviewTestState.js";

const key = keyWith;

describe("listWindow", () => {
  it("shows everything that fits, else a window around the cursor within the list", () => {
    expect(listWindow(5, 3, 10)).toEqual({ start: 0, end: 5 });
    expect(listWindow(100, 0, 10)).toEqual({ start: 0, end: 10 });
    expect(listWindow(100, 50, 10)).toEqual({ start: 45, end: 55 });
    expect(listWindow(100, 99, 10)).toEqual({ start: 90, end: 100 });
    expect(listWindow(100, 5, 0)).toEqual({ start: 0, end: 0 });
  });
});

describe("computeLayout", () => {
  it("puts the panes side by side from 100 columns, stacked below, one line shorter than the terminal", () => {
    const wide = computeLayout(140, 40);
    expect(wide).toMatchObject({ stacked: false, height: 39, listHeight: 34, detailHeight: 34 });
    expect(wide.listWidth + wide.detailWidth).toBe(140);
    const narrow = computeLayout(99, 40);
    expect(narrow.stacked).toBe(true);
    expect(narrow.listHeight + narrow.detailHeight).toBe(narrow.bodyHeight);
    expect(computeLayout(80, 3).bodyHeight).toBe(0);
  });
});

describe("diffSegments", () => {
  it("marks deletions and insertions so the diff reads without colour", () => {
    const text = diffSegments([
      { op: "equal", text: "staff were " },
      { op: "delete", text: "mostly " },
      { op: "equal", text: "kind" },
    ])
      .map((s) => s.text)
      .join("");
    expect(text).toBe("staff were [-mostly-] kind");
  });

  it("adds a space between bare word tokens, but not before punctuation", () => {
    const text = diffSegments([
      { op: "equal", text: "the" },
      { op: "delete", text: "many" },
      { op: "insert", text: "all" },
      { op: "equal", text: "children" },
      { op: "equal", text: "." },
    ])
      .map((s) => s.text)
      .join("");
    expect(text).toBe("the [-many-] {+all+} children.");
  });
});

describe("letterContext", () => {
  it("gives the source sentences with two neighbours each side, marked", () => {
    const sentences = uiComparison.letter.sentences;
    const source = sentences[5];
    if (!source) throw new Error("fixture");
    const lines = letterContext(sentences, [source]);
    expect(lines.map((l) => l.sentence.index)).toEqual([3, 4, 5, 6, 7]);
    expect(lines.filter((l) => l.isSource).map((l) => l.sentence.index)).toEqual([5]);
    expect(letterContext(sentences, [{ start: 0, end: 5 }]).map((l) => l.sentence.index)).toEqual([0, 1, 2]);
    expect(letterContext(sentences, [])).toEqual([]);
  });
});

describe("editField at the end of a field (as a prompt opens)", () => {
  const atEnd = (value: string, input: string, k = key()) =>
    editField({ value, cursor: value.length }, input, k)?.value;
  it("types, pastes, erases, clears and ignores non-edits", () => {
    expect(atEnd("ab", "c")).toBe("abc");
    expect(atEnd("ab", "cd\u001b[31m\ne")).toBe("abcd[31m e");
    expect(atEnd("abc", "", key({ backspace: true }))).toBe("ab");
    expect(atEnd("abc", "", key({ delete: true }))).toBe("ab");
    expect(atEnd("a😀", "", key({ delete: true }))).toBe("a");
    expect(atEnd("hello world", "w", key({ ctrl: true }))).toBe("hello ");
    expect(atEnd("hello", "u", key({ ctrl: true }))).toBe("");
    expect(atEnd("ab", "", key({ return: true }))).toBeUndefined();
    expect(editField({ value: "ab", cursor: 2 }, "", key({ leftArrow: true }))).toEqual({
      value: "ab",
      cursor: 1,
    });
  });
});

describe("statePathsFor", () => {
  const sources = uiComparison.documents.map((d) => d.source);
  it("keeps distinct paths and splits one shared path per document", () => {
    expect(statePathsFor(sources, (s) => `${s}.state.json`)).toEqual([
      "press/westbury-gazette.txt.state.json",
      "press/westbury-echo.html.state.json",
    ]);
    expect(statePathsFor(sources, () => "review.json")).toEqual([
      "review.westbury-gazette.txt.json",
      "review.westbury-echo.html.json",
    ]);
  });
});

const CTX = { at: AT, detailScrollMax: 4 };

describe("commandAction", () => {
  it("maps every command except runExport to an action", () => {
    const state = freshState();
    for (const binding of KEYMAP) {
      const action = commandAction(binding.command, state, CTX);
      if (binding.command === "runExport") expect(action).toBeUndefined();
      else expect(action, binding.command).toBeDefined();
    }
  });

  it("scrolls in help, saves the draft as the note", () => {
    const help = run(freshState(), { type: "toggleHelp" });
    expect(commandAction("moveDown", help, CTX)).toEqual({ type: "scrollHelp", by: 1 });
    const drafting = run(freshState(), { type: "openNoteEditor" }, { type: "setNoteDraft", text: "hm" });
    expect(commandAction("saveNote", drafting, CTX)).toEqual({ type: "setNote", note: "hm", at: AT });
    expect(commandAction("scrollDetailDown", freshState(), CTX)).toEqual({
      type: "scrollDetail",
      by: 3,
      max: 4,
    });
  });
});
