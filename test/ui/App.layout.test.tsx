import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "../../src/ui/App.js";
import { CLEAR_SCREEN, RESIZE_SETTLE_MS } from "../../src/ui/useRedrawOnResize.js";
import { hostileComparison, uiComparison } from "../fixtures/uiComparison.js";
import { KEYS, lineWidths, renderAt, tick } from "./renderAt.js";

afterEach(() => cleanup());

const app = () => <App comparison={uiComparison} onExport={() => {}} />;

function expectWithin(frame: string, columns: number, rows: number) {
  const lines = frame.split("\n");
  expect(lines.length).toBeLessThanOrEqual(rows - 1);
  for (const width of lineWidths(frame)) expect(width).toBeLessThanOrEqual(columns);
}

describe.each([
  [140, 30],
  [80, 30],
])("App at %i×%i", (columns, rows) => {
  it("shows the header with progress, the list with badges and marks, and stays within the terminal", async () => {
    const r = await renderAt(app(), columns, rows);
    const frame = r.frame();
    expect(frame).toContain("letters/maple-court-cqc.txt");
    expect(frame).toContain("press 1/2");
    expect(frame).toContain("0/7 claims reviewed, 4 discrepancies");
    expect(frame).toMatch(/›\s+NOCHECK\s+Maple Court care home/);
    expect(frame).toMatch(/ALTERED\s+The report said staff/);
    expect(frame).toMatch(/OVERSTAT ⚑sel The home has improved/);
    expect(frame).toContain("? help");
    expectWithin(frame, columns, rows);
  });

  it("shows the selected finding with press, letter, a marked diff, kind, flags and reason", async () => {
    const r = await renderAt(app(), columns, 40);
    await r.press("n", "n"); // the overstated finding, flagged selective
    const frame = r.frame();
    expect(frame).toContain("Overstated (overstated)");
    expect(frame).toContain("⚑ selective");
    expect(frame).toContain("Letter");
    expect(frame).toContain("The provider had begun to improve staffing levels at night");
    expect(frame).toMatch(/\[-The provider had begun to improve-\] \{\+The home has improved\+\}/);
    expect(frame).toContain("Stage inflated");
    expect(frame).toContain("Review: not reviewed");
    expectWithin(frame, columns, 40);
  });

  it("expands the letter context around the source", async () => {
    const r = await renderAt(app(), columns, 40);
    await r.press("n", KEYS.enter);
    const frame = r.frame();
    expect(frame).toContain("Letter, in context");
    expect(frame).toContain("▶ Staff knew people well and many activities");
    expect(frame).toContain("  People told us they felt safe");
  });

  it("shows the omissions view", async () => {
    const r = await renderAt(app(), columns, rows);
    await r.press("o");
    const frame = r.frame();
    expect(frame).toContain("Omitted critical findings (3)");
    expect(frame).toMatch(/› {2}OMITTED However, records of medicines/);
    expect(frame).toContain("Not reported by this press document");
    await r.press("j");
    expect(r.frame()).toMatch(/› {2}OMITTED Some care plans/);
    expectWithin(r.frame(), columns, rows);
  });

  it("shows the help overlay from the keymap and closes it", async () => {
    const r = await renderAt(app(), columns, 40);
    await r.press("?");
    const frame = r.frame();
    expect(frame).toContain("Keys");
    expect(frame).toMatch(/j ↓\s+Move down/);
    expect(frame).toMatch(/\/\s+Filter findings by text/);
    expect(frame).toContain("Esc close");
    expectWithin(frame, columns, 40);
    await r.press(KEYS.escape);
    expect(r.frame()).not.toContain("Filter findings by text");
  });
});

describe("App layout", () => {
  it("puts list and detail side by side at 140 columns", async () => {
    const r = await renderAt(app(), 140, 30);
    const row = r
      .frame()
      .split("\n")
      .find((line) => line.includes("Findings 10"));
    expect(row).toContain("Finding ");
  });

  it("stacks the panes below 100 columns", async () => {
    const r = await renderAt(app(), 80, 30);
    const lines = r.frame().split("\n");
    const listTitle = lines.findIndex((line) => line.includes("Findings"));
    const detailTitle = lines.findIndex((line) => /^│Finding\s+│$/.test(line));
    expect(listTitle).toBeGreaterThan(-1);
    expect(detailTitle).toBeGreaterThan(listTitle);
    expect(lines[listTitle]).not.toMatch(/^│Finding\s+│$/);
  });

  it("windows a long list and never draws more lines than the terminal has", async () => {
    const r = await renderAt(app(), 80, 16);
    expect(r.frame()).toMatch(/Findings 1–\d of 10/);
    await r.press("G");
    expect(r.frame()).toContain("For more information call");
    expect(r.frame()).not.toContain("Maple Court care home praised");
    expectWithin(r.frame(), 80, 16);
  });

  it("re-renders on resize", async () => {
    const r = await renderAt(app(), 140, 30);
    Object.defineProperty(r.stdout, "columns", { value: 80, configurable: true });
    r.stdout.emit("resize");
    // Waited for rather than timed: on a loaded machine the redraw can come later than any fixed tick.
    await vi.waitFor(
      () =>
        expect(
          r
            .frame()
            .split("\n")
            .some((l) => /^│Finding\s+│$/.test(l)),
        ).toBe(true),
      { timeout: 10_000 },
    );
    expectWithin(r.frame(), 80, 30);
  });

  it("wipes the screen and redraws the frame whole once a full-screen resize settles", async () => {
    const r = await renderAt(<App comparison={uiComparison} onExport={() => {}} fullScreen />, 140, 30);
    const clearsBefore = r.frames.filter((f) => f.includes(CLEAR_SCREEN)).length;
    Object.defineProperty(r.stdout, "columns", { value: 90, configurable: true });
    r.stdout.emit("resize");
    await vi.waitFor(
      () => expect(r.frames.filter((f) => f.includes(CLEAR_SCREEN)).length).toBe(clearsBefore + 1),
      { timeout: 10_000 },
    );
    // (ink-testing-library renders in Ink's debug mode, which repaints on the next render, not at once.)
    await r.press("j");
    await vi.waitFor(() => expect(r.frame()).toContain("press 1/2: press/westbury-gazette.txt"), {
      timeout: 10_000,
    });
    expect(r.frame()).toContain("? help");
    expectWithin(r.frame(), 90, 30);
  });

  it("leaves the screen alone on resize when it does not own it", async () => {
    const r = await renderAt(app(), 140, 30);
    Object.defineProperty(r.stdout, "columns", { value: 90, configurable: true });
    r.stdout.emit("resize");
    await tick(RESIZE_SETTLE_MS * 3);
    expect(r.frames.some((f) => f.includes(CLEAR_SCREEN))).toBe(false);
  });

  it("draws hostile document text inert", async () => {
    const r = await renderAt(<App comparison={hostileComparison()} onExport={() => {}} />, 140, 30);
    await r.press("j");
    const frame = r.frame();
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them.
    const withoutColour = frame.replace(/\u001b\[[0-9;]*m/g, "");
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for them.
    expect(withoutColour).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(frame).toContain("␛]0;pwned␇␛[2J");
    expect(frame).toContain("press/evil␛[31m.txt");
  });
});

describe("App on a short terminal", () => {
  it("keeps the lines of a pane with room for one line apart (they must clip, not overlap)", async () => {
    const r = await renderAt(app(), 70, 15);
    await r.press("n");
    const detail = r.frame().split("\n").slice(-6, -3);
    expect(detail[1]).toMatch(/^│Altered quote \(quote-altered\)\s+discrepancy\s+│$/);
    expect(r.frame()).not.toContain("Review: not reviewed");
    expectWithin(r.frame(), 70, 15);
  });

  it("draws both stacked panes whole when there is little room for them", async () => {
    for (const rows of [12, 13, 14]) {
      const r = await renderAt(app(), 70, rows);
      const frame = r.frame();
      expect(frame.match(/╭/g), `${rows} rows`).toHaveLength(2);
      expect(frame.match(/╰/g), `${rows} rows`).toHaveLength(2);
      expectWithin(frame, 70, rows);
      r.unmount();
    }
  });
});

describe("App detail scrolling", () => {
  it("scrolls a clipped detail pane with J and K", async () => {
    const r = await renderAt(app(), 80, 24);
    await r.press("n", KEYS.enter);
    expect(r.frame()).toContain("↓ more (J/K)");
    expect(r.frame()).not.toContain("[-many-]");
    await r.press("J", "J", "J", "J");
    expect(r.frame()).toContain("[-many-] {+all+}");
    expect(r.frame()).not.toContain("Altered quote (quote-altered)");
    expectWithin(r.frame(), 80, 24);
    await r.press("K", "K", "K", "K");
    expect(r.frame()).toContain("Altered quote (quote-altered)");
  });
});
