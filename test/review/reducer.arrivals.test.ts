import { describe, expect, it } from "vitest";
import type { Decisions } from "../../src/review/decisions.js";
import { buildReviewModel } from "../../src/review/reviewModel.js";
import { initialReviewState } from "../../src/review/reviewState.js";
import { uiComparison } from "../fixtures/uiComparison.js";
import { AT, model, run, selectedId } from "./reviewTestState.js";

// The review opened on the first press document while the second was still being compared.
const firstOnly = buildReviewModel({ ...uiComparison, documents: uiComparison.documents.slice(0, 1) });
const echoKey = model.keys[1]?.[2] ?? "";
const savedEcho: Decisions = { [echoKey]: { verdict: "dismissed", updatedAt: AT } };
const opening = () => initialReviewState(firstOnly, [{}], { pendingDocuments: 1 });
const arrival = { type: "documentsArrived" as const, model, from: 1, decisions: [savedEcho], pending: 0 };

describe("reviewReducer: press documents compared after the review opened", () => {
  it("starts with the documents it has and counts the pending ones", () => {
    const s = opening();
    expect(s.model.comparison.documents).toHaveLength(1);
    expect(s.decisions).toEqual([{}]);
    expect(s.pendingDocuments).toBe(1);
    expect(run(s, { type: "nextDocument" }).message).toBe(
      "Still comparing the other press document (1); a moment",
    );
    expect(run(s, arrival, { type: "nextDocument" }).documentIndex).toBe(1);
    const alone = initialReviewState(firstOnly, [{}]);
    expect(run(alone, { type: "nextDocument" }).message).toBe("Only one press document");
  });

  it("adds an arrived document with its saved decisions, leaving cursor and decisions in place", () => {
    const before = run(opening(), { type: "moveDown" }, { type: "confirm", at: AT });
    const after = run(before, arrival);
    expect(after.model).toBe(model);
    expect(after.pendingDocuments).toBe(0);
    expect(after.decisions[0]).toBe(before.decisions[0]);
    expect(after.decisions[1]).toBe(savedEcho);
    expect(selectedId(after)).toBe(selectedId(before));
    expect(after.history).toEqual(before.history); // undo still undoes the confirmation
    const second = run(after, { type: "nextDocument" });
    expect(second.documentIndex).toBe(1);
    expect(second.decisions[1]?.[echoKey]?.verdict).toBe("dismissed");
  });

  it("ignores an update that brings nothing new (repeated or late)", () => {
    const once = run(opening(), arrival);
    const twice = run(once, { ...arrival, decisions: [{}] });
    expect(twice.decisions).toBe(once.decisions);
    expect(twice.model).toBe(once.model);
  });

  it("shows what was wrong with an arrived document's state file", () => {
    const s = run(opening(), { ...arrival, message: "echo.json is not valid JSON; moved aside" });
    expect(s.message).toBe("echo.json is not valid JSON; moved aside");
  });

  it("stops waiting when the rest cannot be compared, and says so", () => {
    const s = run(opening(), { type: "comparisonFailed", message: "Could not compare: boom" });
    expect(s.pendingDocuments).toBe(0);
    expect(s.message).toBe("Could not compare: boom");
    expect(s.model).toBe(firstOnly);
  });
});
