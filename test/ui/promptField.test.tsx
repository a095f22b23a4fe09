import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { App } from "../../src/ui/App.js";
import { uiComparison } from "../fixtures/uiComparison.js";
import { KEYS, renderAt } from "./renderAt.js";

afterEach(() => cleanup());

const LEFT = "\u001b[D";
const RIGHT = "\u001b[C";
const HOME = "\u001b[H";
const END = "\u001b[F";
const CTRL_W = "\u0017";

/** The prompt line of the frame (the line that starts with the prompt's label). */
const promptLine = (frame: string, label: string) =>
  frame
    .split("\n")
    .find((l) => l.trimStart().startsWith(label))
    ?.trim();

/**
 * Issue 14, item 5: the filter (`/`) and export prompts edit as the note editor does (one line editor,
 * ui/textEdit.ts, through ui/promptField.ts): ←/→, Home/End, Ctrl-W, typing at the cursor.
 */
describe("the filter and export prompts have a cursor", () => {
  it("filter: types in the middle with ←, jumps with Home/End, deletes the word before the cursor", async () => {
    const r = await renderAt(<App comparison={uiComparison} onExport={() => {}} />, 100, 30);
    await r.press("/", "care plans");
    for (let i = 0; i < 5; i++) await r.press(LEFT);
    await r.press("home ");
    expect(promptLine(r.frame(), "Filter:")).toBe("Filter: /care home plans");
    await r.press(HOME, "x", RIGHT, RIGHT, RIGHT, RIGHT, "y");
    expect(promptLine(r.frame(), "Filter:")).toBe("Filter: /xcarey home plans");
    await r.press(END, CTRL_W);
    expect(promptLine(r.frame(), "Filter:")).toBe("Filter: /xcarey home");
    await r.press(KEYS.enter);
    expect(r.frame()).toContain('filter: "xcarey home "');
  });

  it("export: edits the path in the middle, keeps the extension's format, and exports to the edited path", async () => {
    const exported: string[] = [];
    const r = await renderAt(
      <App
        comparison={uiComparison}
        onExport={(format, path) => {
          exported.push(`${format} ${path}`);
        }}
      />,
      100,
      30,
    );
    await r.press("x");
    expect(promptLine(r.frame(), "Export")).toContain("to: presscheck-report.md");
    for (let i = 0; i < 3; i++) await r.press(LEFT);
    await r.press("-monday");
    expect(promptLine(r.frame(), "Export")).toContain("to: presscheck-report-monday.md");
    await r.press(HOME, "out/");
    expect(promptLine(r.frame(), "Export")).toContain("to: out/presscheck-report-monday.md");
    await r.press(KEYS.enter);
    expect(exported).toEqual(["md out/presscheck-report-monday.md"]);
  });
});
