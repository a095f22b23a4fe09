import { cleanup } from "ink-testing-library";
import { act } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Decisions } from "../../src/review/decisions.js";
import type { ReviewAction } from "../../src/review/reviewActions.js";
import { buildReviewModel } from "../../src/review/reviewModel.js";
import { App, type LaterDocuments } from "../../src/ui/App.js";
import { uiComparison } from "../fixtures/uiComparison.js";
import { model } from "../review/reviewTestState.js";
import { KEYS, renderAt } from "./renderAt.js";

afterEach(() => cleanup());

const NOW = new Date("2026-03-10T09:00:00.000Z");
const firstOnly = { ...uiComparison, documents: uiComparison.documents.slice(0, 1) };
const echoKey = model.keys[1]?.[2] ?? "";
const echoId = uiComparison.documents[1]?.findings[2]?.id ?? "";
const savedEcho: Decisions = { [echoKey]: { verdict: "dismissed", updatedAt: NOW.toISOString() } };

/** The app opened on the first press document, with the second still being compared. */
async function opened(onExport = vi.fn()) {
  let dispatch: (action: ReviewAction) => void = () => {};
  const unsubscribe = vi.fn();
  const later: LaterDocuments = {
    pending: 1,
    subscribe: (d) => {
      dispatch = d;
      return unsubscribe;
    },
  };
  const saves: number[] = [];
  const r = await renderAt(
    <App
      comparison={firstOnly}
      later={later}
      onExport={onExport}
      onDecisionsChange={(i) => saves.push(i)}
      now={() => NOW}
    />,
    140,
    30,
  );
  const arrive = async () => {
    act(() => dispatch({ type: "documentsArrived", model, from: 1, decisions: [savedEcho], pending: 0 }));
    await r.settle();
  };
  return { r, arrive, saves, unsubscribe };
}

describe("App with press documents still being compared", () => {
  it("counts the pending document in the header and says it is being compared, until it arrives", async () => {
    const { r, arrive, saves } = await opened();
    expect(r.frame()).toContain("press 1/2: press/westbury-gazette.txt");
    expect(r.frame()).toContain("comparing 1 more press document…");
    await arrive();
    expect(r.frame()).toContain("press 1/2: press/westbury-gazette.txt");
    expect(r.frame()).not.toContain("comparing");
    await r.press(KEYS.tab);
    expect(r.frame()).toContain("press 2/2: press/westbury-echo.html");
    expect(saves).toEqual([]); // an arrival is not a decision: nothing is written for it
  });

  it("keeps the reviewer's place and decisions when a document arrives", async () => {
    const { r, arrive } = await opened();
    await r.press("n", "c");
    const before = r.frame();
    expect(before).toContain("1/7 claims reviewed");
    await arrive();
    expect(r.frame()).toContain("1/7 claims reviewed");
    expect(r.frame()).toContain("✓ confirmed");
  });

  it("makes an export wait for the pending document, then includes its saved decisions", async () => {
    const onExport = vi.fn();
    const { r, arrive } = await opened(onExport);
    await r.press("x");
    for (let i = 0; i < "presscheck-report.md".length; i++) await r.press(KEYS.backspace);
    await r.press("out.md", KEYS.enter);
    expect(r.frame()).toContain("Waiting for the other press documents before exporting…");
    expect(onExport).not.toHaveBeenCalled();
    await arrive();
    expect(onExport).toHaveBeenCalledWith("md", "out.md", { [echoId]: savedEcho[echoKey] });
    expect(r.frame()).toContain("Exported md to out.md");
  });

  it("stops listening when it closes", async () => {
    const { r, unsubscribe } = await opened();
    r.unmount();
    expect(unsubscribe).toHaveBeenCalledOnce();
  });
});

// The fixture's model must be what an arrival of both documents builds: the same keys for the first.
describe("arrival fixture", () => {
  it("keys the first document alike whether one or both documents are in", () => {
    expect(buildReviewModel(firstOnly).keys[0]).toEqual(model.keys[0]);
  });
});
