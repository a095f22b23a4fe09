import { cleanup } from "ink-testing-library";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Decisions } from "../../src/review/decisions.js";
import { App } from "../../src/ui/App.js";
import { uiComparison } from "../fixtures/uiComparison.js";
import { model } from "../review/reviewTestState.js";
import { KEYS, renderAt } from "./renderAt.js";

afterEach(() => cleanup());

const NOW = new Date("2026-03-10T09:00:00.000Z");
const activitiesKey = model.keys[0]?.[3] ?? "";

function setup(columns = 140) {
  const saves: [number, Decisions][] = [];
  const onExport = vi.fn();
  const tree = (
    <App
      comparison={uiComparison}
      onExport={onExport}
      onDecisionsChange={(i, d) => saves.push([i, d])}
      now={() => NOW}
    />
  );
  return { saves, onExport, tree, columns };
}

describe("App interaction", () => {
  it("n jumps, c confirms, e + typing + Enter saves a note, u undoes — saving after each change", async () => {
    const { saves, tree, columns } = setup();
    const r = await renderAt(tree, columns, 40);

    await r.press("n");
    expect(r.frame()).toMatch(/›\s+ALTERED/);

    await r.press("c");
    expect(r.frame()).toMatch(/›✓ ALTERED/);
    expect(r.frame()).toContain("✓ confirmed");
    expect(r.frame()).toContain("1/7 claims reviewed");
    expect(saves.at(-1)).toEqual([
      0,
      { [activitiesKey]: { verdict: "confirmed", updatedAt: NOW.toISOString() } },
    ]);

    await r.press("e");
    expect(r.frame()).toContain("Note: ");
    expect(r.frame()).toContain("Enter save  Esc cancel");
    await r.press("ask the editor", KEYS.backspace, "r", " q"); // q types, it does not quit
    expect(r.frame()).toContain("Note: ask the editor q");
    await r.press(KEYS.enter);
    expect(r.frame()).toContain("note: ask the editor q");
    expect(saves.at(-1)?.[1][activitiesKey]).toEqual({
      verdict: "confirmed",
      note: "ask the editor q",
      updatedAt: NOW.toISOString(),
    });

    await r.press("u");
    expect(r.frame()).toContain("Undone");
    expect(r.frame()).not.toContain("note: ask the editor");
    expect(saves.at(-1)?.[1][activitiesKey]).toEqual({ verdict: "confirmed", updatedAt: NOW.toISOString() });
    await r.press("u");
    expect(r.frame()).toContain("0/7 claims reviewed");
    expect(saves.at(-1)).toEqual([0, {}]);
  });

  it("handles keys typed faster than the app re-renders", async () => {
    const { saves, tree } = setup();
    const r = await renderAt(tree, 140, 40);
    r.stdin.write("n");
    r.stdin.write("d");
    r.stdin.write("e");
    r.stdin.write("quick");
    r.stdin.write("\r");
    await expect
      .poll(() => saves.at(-1)?.[1][activitiesKey])
      .toMatchObject({ verdict: "dismissed", note: "quick" });
    await expect.poll(() => r.frame()).toContain("Review: ✗ dismissed  note: quick");
  });

  it("takes a run of keys that arrives in one chunk key by key, and text typed into a prompt as text", async () => {
    const { saves, onExport, tree } = setup();
    const r = await renderAt(tree, 140, 30);
    // Two Tabs in one chunk are two document switches (there are two documents: back to the first).
    await r.press("\t\t");
    expect(r.frame()).toContain("press 1/2");
    // "n" then "d" in one chunk, then a note typed fast with its Enter, all in one chunk.
    await r.press("nde inspector's wording, see page 2\r");
    expect(saves.at(-1)?.[1][activitiesKey]).toMatchObject({
      verdict: "dismissed",
      note: "inspector's wording, see page 2",
    });
    // A paste into an open prompt: inner line breaks become spaces and nothing in it runs as a command.
    await r.press("e", "\u0015", "quit\ndismiss\rconfirm");
    expect(r.frame()).toContain("Note: quit dismiss confirm");
    expect(r.frame()).not.toContain("Quit anyway?");
    await r.press(KEYS.escape, "x\t\r");
    expect(onExport).toHaveBeenCalledWith("html", "presscheck-report.html", expect.any(Object));
  });

  it("filters by text live with /, and clears with Esc", async () => {
    const { tree } = setup(80);
    const r = await renderAt(tree, 80, 30);
    await r.press("/", "garden");
    expect(r.frame()).toContain("Filter: /garden");
    expect(r.frame()).toContain("Findings 1 (filtered from 10)");
    await r.press(KEYS.enter);
    expect(r.frame()).toContain('filter: "garden"');
    await r.press("/", KEYS.escape);
    await expect.poll(() => r.frame()).not.toContain("filtered from");
    expect(r.frame()).not.toContain('filter: "garden"');
    expect(r.frame()).toMatch(/Findings \d–\d of 10/);
  });

  it("cycles the kind filter with f and switches documents with Tab and [", async () => {
    const { tree } = setup();
    const r = await renderAt(tree, 140, 30);
    await r.press("f");
    expect(r.frame()).toContain("kind: discrepancies");
    expect(r.frame()).toContain("Findings 4 (filtered from 10)");
    await r.press("f", KEYS.tab);
    expect(r.frame()).toContain("press 2/2: press/westbury-echo.html");
    await r.press("[");
    expect(r.frame()).toContain("press 1/2");
  });

  it("exports through the prompt with the chosen format and path, decisions keyed by finding id", async () => {
    const { onExport, tree } = setup();
    const r = await renderAt(tree, 140, 30);
    await r.press("n", "c", "x");
    expect(r.frame()).toContain("Export [md]");
    await r.press(KEYS.tab, KEYS.tab);
    expect(r.frame()).toContain("[json]");
    for (let i = 0; i < "presscheck-report.json".length; i++) await r.press(KEYS.backspace);
    await r.press("out.json", KEYS.enter);
    expect(onExport).toHaveBeenCalledWith("json", "out.json", {
      "g-activities": { verdict: "confirmed", updatedAt: NOW.toISOString() },
    });
    expect(r.frame()).toContain("Exported json to out.json");
  });

  it("reports a failed export and a failed save", async () => {
    const tree = (
      <App
        comparison={uiComparison}
        onExport={() => Promise.reject(new Error("disk full"))}
        onDecisionsChange={() => {
          throw new Error("read-only file system");
        }}
      />
    );
    const r = await renderAt(tree, 140, 30);
    await r.press("x", KEYS.enter);
    expect(r.frame()).toContain("Export failed: disk full");
    await r.press("c");
    expect(r.frame()).toContain("Could not save: read-only file system");
    await r.press("q");
    expect(r.frame()).toContain("Quit anyway? (y/n)");
    await r.press("n");
    expect(r.frame()).not.toContain("Quit anyway?");
  });
});
