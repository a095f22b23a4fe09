import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import type { Decisions } from "../../src/review/decisions.js";
import { App } from "../../src/ui/App.js";
import { keyWith } from "../../src/ui/keyOfChar.js";
import { editField } from "../../src/ui/textEdit.js";
import { uiComparison } from "../fixtures/uiComparison.js";
import { KEYS, renderAt } from "./renderAt.js";

afterEach(() => cleanup());

const key = keyWith;

/** Issue 14, item 5: the note editor has a cursor. */
describe("editField", () => {
  it("moves with ←/→, Home/End, inserts and erases at the cursor, and deletes the word before it", () => {
    const f = { value: "hello world", cursor: 11 };
    expect(editField(f, "", key({ leftArrow: true }))).toEqual({ value: "hello world", cursor: 10 });
    expect(editField(f, "", key({ home: true }))).toEqual({ value: "hello world", cursor: 0 });
    expect(editField({ ...f, cursor: 0 }, "", key({ end: true }))?.cursor).toBe(11);
    expect(editField({ ...f, cursor: 6 }, "big ", key())).toEqual({ value: "hello big world", cursor: 10 });
    expect(editField({ ...f, cursor: 6 }, "", key({ backspace: true }))).toEqual({
      value: "helloworld",
      cursor: 5,
    });
    expect(editField({ ...f, cursor: 6 }, "w", key({ ctrl: true }))).toEqual({ value: "world", cursor: 0 });
    expect(editField({ value: "a😀b", cursor: 3 }, "", key({ leftArrow: true }))?.cursor).toBe(1);
  });
});

describe("the note editor in the review", () => {
  it("edits in the middle of a note with the arrows, and the detail pane shows the whole note", async () => {
    let saved: Decisions | undefined;
    const r = await renderAt(
      <App
        comparison={uiComparison}
        onExport={() => {}}
        onDecisionsChange={(_, decisions) => {
          saved = decisions;
        }}
      />,
      100,
      30,
    );
    await r.press("e", "hello world");
    for (let i = 0; i < 5; i++) await r.press("\u001b[D");
    await r.press("big ", KEYS.enter);
    const notes = Object.values(saved ?? {}).map((d) => d.note);
    expect(notes).toEqual(["hello big world"]);
    const long =
      "a long note that goes on well past the width of the detail pane so that it must wrap to be read";
    await r.press("e", "\u0015", long, KEYS.enter);
    const detail = r
      .frame()
      .split("\n")
      .map((line) => line.split("││")[1] ?? "")
      .join(" ")
      .replace(/[│\s]+/g, " ");
    expect(detail).toContain(long);
  });
});
