import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { decisionsById } from "../../src/review/decisionsById.js";
import { loadDecisionsForReport, loadReview } from "../../src/review/loadReview.js";
import { saveStateFile } from "../../src/review/stateFile.js";
import { statePathsFor } from "../../src/review/statePaths.js";
import { uiComparison } from "../fixtures/uiComparison.js";
import { AT, model } from "./reviewTestState.js";

let dir: string;
const statePath = (source: string) => join(dir, `${basename(source)}.state.json`);
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "presscheck-review-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("loadReview and decisionsById", () => {
  it("loads each document's decisions and re-keys them by finding id for reports", () => {
    const gazetteKey = model.keys[0]?.[3] ?? "";
    const echoKey = model.keys[1]?.[2] ?? "";
    const gazette = uiComparison.documents[0]?.source ?? "";
    saveStateFile(
      statePath(gazette),
      { letterHash: model.letterHash, press: gazette },
      {
        [gazetteKey]: { verdict: "confirmed", updatedAt: AT },
      },
    );
    const review = loadReview(uiComparison, statePath);
    expect(review.messages).toEqual([]);
    expect(review.decisions[0]).toEqual({ [gazetteKey]: { verdict: "confirmed", updatedAt: AT } });
    expect(review.decisions[1]).toEqual({});
    const byId = decisionsById(model, [
      review.decisions[0] ?? {},
      { [echoKey]: { verdict: "dismissed", updatedAt: AT } },
    ]);
    expect(byId).toEqual({
      "g-activities": { verdict: "confirmed", updatedAt: AT },
      "e-medicines": { verdict: "dismissed", updatedAt: AT },
    });
    expect(loadDecisionsForReport(uiComparison, statePath).decisions).toEqual({
      "g-activities": { verdict: "confirmed", updatedAt: AT },
    });
  });

  it("reads, for a report, the per-document files a review kept beside one --state FILE", () => {
    const shared = join(dir, "review.json");
    const paths = statePathsFor(
      uiComparison.documents.map((d) => d.source),
      () => shared,
    );
    expect(paths).toEqual([
      join(dir, "review.westbury-gazette.txt.json"),
      join(dir, "review.westbury-echo.html.json"),
    ]);
    const echo = uiComparison.documents[1]?.source ?? "";
    const echoKey = model.keys[1]?.[2] ?? "";
    saveStateFile(
      paths[1] ?? "",
      { letterHash: model.letterHash, press: echo },
      { [echoKey]: { verdict: "dismissed", note: "checked with the home", updatedAt: AT } },
    );
    const report = loadDecisionsForReport(uiComparison, () => shared);
    expect(report.messages).toEqual([]);
    expect(report.decisions).toEqual({
      "e-medicines": { verdict: "dismissed", note: "checked with the home", updatedAt: AT },
    });
  });

  it("collects a message for each unusable state file", () => {
    writeFileSync(statePath("westbury-echo.html"), "garbage");
    const review = loadReview(uiComparison, statePath);
    expect(review.messages).toHaveLength(1);
    expect(review.messages[0]).toMatch(/westbury-echo\.html\.state\.json is not valid JSON/);
  });
});
