import { describe, expect, it } from "vitest";
import { currentMode } from "../../src/review/selectors.js";
import { AT, freshState, run } from "./reviewTestState.js";

describe("reviewReducer: views, overlays, saving and quitting", () => {
  it("toggles the omissions view", () => {
    const s = run(freshState(), { type: "toggleOmissions" });
    expect(s.view).toBe("omissions");
    expect(currentMode(s)).toBe("omissions");
    expect(run(s, { type: "toggleOmissions" }).view).toBe("findings");
  });

  it("toggles help, scrolls it (never above the top) and resets the scroll", () => {
    const s = run(freshState(), { type: "toggleHelp" });
    expect(currentMode(s)).toBe("help");
    expect(run(s, { type: "scrollHelp", by: 3 }).helpScroll).toBe(3);
    expect(run(s, { type: "scrollHelp", by: -3 }).helpScroll).toBe(0);
    const closed = run(s, { type: "scrollHelp", by: 2 }, { type: "toggleHelp" });
    expect(closed.overlay).toBe("none");
    expect(closed.helpScroll).toBe(0);
  });

  it("opens the export prompt, cycles formats with the file extension, sets the path and closes", () => {
    const s = run(freshState(), { type: "openExport" });
    expect(currentMode(s)).toBe("export");
    const html = run(s, { type: "cycleExportFormat" });
    expect(html.exportFormat).toBe("html");
    expect(html.exportPath).toBe("presscheck-report.html");
    const back = run(
      html,
      { type: "cycleExportFormat" },
      { type: "cycleExportFormat" },
      { type: "cycleExportFormat" },
    );
    expect(back.exportFormat).toBe("md");
    const custom = run(
      s,
      { type: "setExportPath", path: "out/review" },
      { type: "setExportFormat", format: "csv" },
    );
    expect(custom.exportPath).toBe("out/review");
    expect(custom.exportFormat).toBe("csv");
    expect(run(custom, { type: "closeExport" }).overlay).toBe("none");
  });

  it("quits at once when everything is saved", () => {
    expect(run(freshState(), { type: "requestQuit" }).exit).toBe(true);
  });

  it("asks before quitting with unsaved decisions; cancel stays, confirm quits", () => {
    const dirty = run(freshState(), { type: "confirm", at: AT });
    const asking = run(dirty, { type: "requestQuit" });
    expect(asking.exit).toBe(false);
    expect(currentMode(asking)).toBe("quit");
    expect(run(asking, { type: "cancelQuit" })).toMatchObject({ overlay: "none", exit: false });
    expect(run(asking, { type: "confirmQuit" }).exit).toBe(true);
  });

  it("tracks saves: saved clears a document, a failed save keeps it and shows the error", () => {
    const dirty = run(freshState(), { type: "confirm", at: AT });
    expect(run(dirty, { type: "saved", documentIndex: 0 }).unsaved).toEqual([]);
    const failed = run(
      dirty,
      { type: "saved", documentIndex: 0 },
      { type: "saveFailed", documentIndex: 0, message: "disk full" },
    );
    expect(failed.unsaved).toEqual([0]);
    expect(failed.message).toBe("disk full");
    expect(run(failed, { type: "requestQuit" }).overlay).toBe("quit");
  });

  it("shows and clears a message", () => {
    const s = run(freshState(), { type: "showMessage", text: "Exported" });
    expect(s.message).toBe("Exported");
    expect(run(s, { type: "showMessage", text: undefined }).message).toBeUndefined();
  });
});

describe("reviewReducer: detail scrolling", () => {
  it("scrolls within [0, max] and returns to the top when the detail shows something else", () => {
    const s = run(freshState(), { type: "scrollDetail", by: 3, max: 4 });
    expect(s.detailScroll).toBe(3);
    expect(run(s, { type: "scrollDetail", by: 3, max: 4 }).detailScroll).toBe(4);
    expect(run(s, { type: "scrollDetail", by: -9, max: 4 }).detailScroll).toBe(0);
    expect(run(s, { type: "moveDown" }).detailScroll).toBe(0);
    expect(run(s, { type: "toggleContext" }).detailScroll).toBe(0);
    expect(run(s, { type: "confirm", at: AT }).detailScroll).toBe(3);
  });
});
