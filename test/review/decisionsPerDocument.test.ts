/**
 * Issue 14, item 1: two press documents that share a sentence. A decision made about it in one document
 * must stay that document's in every export, and `--state FILE` must name the state files the same way
 * whether the review had one press document or several.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { compare } from "../../src/core/compare.js";
import type { Comparison, SourceDocument } from "../../src/core/types.js";
import { renderJson } from "../../src/report/json.js";
import { loadDecisionsForReport, loadReview } from "../../src/review/loadReview.js";
import { buildReviewModel } from "../../src/review/reviewModel.js";
import { saveStateFile } from "../../src/review/stateFile.js";
import { legacyStatePath, statePathFor } from "../../src/review/statePath.js";
import { statePathsFor } from "../../src/review/statePaths.js";
import { SCHOOL_LETTER } from "../fixtures/schoolLetter.js";

const SHARED = "Ofsted said that pupils feel safe and that bullying is rare.";
const letter: SourceDocument = { source: "letter.txt", text: SCHOOL_LETTER, format: "text" };
const first: SourceDocument = {
  source: "news/first.txt",
  text: `School praised by inspectors.\n\n${SHARED}\n\nThe head said she was delighted.`,
  format: "text",
};
const second: SourceDocument = {
  source: "news/second.txt",
  text: `${SHARED}\n\nParents were told at a meeting on Monday.`,
  format: "text",
};
const AT = "2026-01-01T00:00:00.000Z";

function sharedIndex(c: Comparison, d: number): number {
  return c.documents[d]?.findings.findIndex((f) => f.press.text === SHARED) ?? -1;
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "presscheck-decisions-"));
});

describe("finding ids", () => {
  it("differ between two documents that share a sentence, and are the same on every run", () => {
    const c = compare(letter, [first, second]);
    const a = c.documents[0]?.findings[sharedIndex(c, 0)];
    const b = c.documents[1]?.findings[sharedIndex(c, 1)];
    expect(a?.press.text).toBe(SHARED);
    expect(b?.press.text).toBe(SHARED);
    expect(a?.id).not.toBe(b?.id);
    const again = compare(letter, [first, second]);
    expect(again.documents.map((d) => d.findings.map((f) => f.id))).toEqual(
      c.documents.map((d) => d.findings.map((f) => f.id)),
    );
  });

  it("are unique within a document that repeats a sentence", () => {
    const twice: SourceDocument = { ...first, text: `${SHARED}\n\n${SHARED}` };
    const ids = compare(letter, [twice]).documents[0]?.findings.map((f) => f.id) ?? [];
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("exports read each document's own decisions", () => {
  it("confirmed in the first and dismissed in the second stay so in the report", () => {
    const c = compare(letter, [first, second]);
    const model = buildReviewModel(c);
    const path = statePathFor(join(dir, "rev.json"));
    const paths = statePathsFor(
      c.documents.map((d) => d.source),
      path,
    );
    c.documents.forEach((doc, d) => {
      const key = model.keys[d]?.[sharedIndex(c, d)] ?? "";
      const verdict = d === 0 ? "confirmed" : "dismissed";
      saveStateFile(
        paths[d] ?? "",
        { letterHash: model.letterHash, press: doc.source },
        {
          [key]: { verdict, updatedAt: AT },
        },
      );
    });
    const { decisions, messages } = loadDecisionsForReport(c, path);
    expect(messages).toEqual([]);
    const report = JSON.parse(renderJson(c, decisions));
    const verdicts = report.documents.map(
      (doc: { findings: { press: { text: string }; review?: { verdict: string } }[] }) =>
        doc.findings.find((f) => f.press.text === SHARED)?.review?.verdict,
    );
    expect(verdicts).toEqual(["confirmed", "dismissed"]);
  });
});

describe("--state FILE", () => {
  it("names a document's file the same way with one press document as with several", () => {
    const path = statePathFor(join(dir, "rev.json"));
    const several = statePathsFor([first.source, second.source], path);
    const one = statePathsFor([first.source], path);
    expect(one[0]).toBe(several[0]);
    expect(several).toEqual([join(dir, "rev.first.txt.json"), join(dir, "rev.second.txt.json")]);
  });

  it("lets a one-document report find the decisions a two-document review saved", () => {
    const both = compare(letter, [first, second]);
    const model = buildReviewModel(both);
    const path = statePathFor(join(dir, "rev.json"));
    const paths = statePathsFor([first.source, second.source], path);
    const key = model.keys[0]?.[sharedIndex(both, 0)] ?? "";
    saveStateFile(
      paths[0] ?? "",
      { letterHash: model.letterHash, press: first.source },
      {
        [key]: { verdict: "confirmed", updatedAt: AT },
      },
    );
    const alone = compare(letter, [first]);
    const { decisions } = loadDecisionsForReport(alone, path);
    const id = alone.documents[0]?.findings[sharedIndex(alone, 0)]?.id ?? "";
    expect(decisions[id]?.verdict).toBe("confirmed");
  });

  describe("a FILE written by a one-document review before state files were named per document", () => {
    const old = () => join(dir, "rev.json");
    const saveOld = (c: Comparison, verdict: "confirmed" | "dismissed", target = old()) => {
      const model = buildReviewModel(c);
      const key = model.keys[0]?.[sharedIndex(c, 0)] ?? "";
      saveStateFile(
        target,
        { letterHash: model.letterHash, press: c.documents[0]?.source ?? "" },
        {
          [key]: { verdict, updatedAt: AT },
        },
      );
    };
    const verdictIn = (c: Comparison, decisions: Record<string, { verdict?: string }>) =>
      decisions[c.documents[0]?.findings[sharedIndex(c, 0)]?.id ?? ""]?.verdict;

    it("is read when the document's own file is absent, said once, and left as it is", () => {
      const alone = compare(letter, [first]);
      saveOld(alone, "confirmed");
      const before = readFileSync(old(), "utf8");
      const file = join(dir, "rev.json");
      const { decisions, messages } = loadDecisionsForReport(
        alone,
        statePathFor(file),
        legacyStatePath(file),
      );
      expect(verdictIn(alone, decisions)).toBe("confirmed");
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain(old());
      expect(messages[0]).toContain(join(dir, "rev.first.txt.json"));
      expect(readFileSync(old(), "utf8")).toBe(before);
    });

    it("is read by the review too, whose next save then writes the document's own file", () => {
      const alone = compare(letter, [first]);
      saveOld(alone, "dismissed");
      const review = loadReview(alone, statePathFor(old()), { legacyPath: old() });
      expect(Object.values(review.decisions[0] ?? {}).map((d) => d.verdict)).toEqual(["dismissed"]);
      expect(review.messages).toHaveLength(1);
    });

    it("gives way to the document's own file when both exist", () => {
      const alone = compare(letter, [first]);
      saveOld(alone, "confirmed");
      saveOld(alone, "dismissed", join(dir, "rev.first.txt.json"));
      const { decisions, messages } = loadDecisionsForReport(alone, statePathFor(old()), old());
      expect(verdictIn(alone, decisions)).toBe("dismissed");
      expect(messages).toEqual([]);
    });

    it("is never read for another press document", () => {
      saveOld(compare(letter, [first]), "confirmed");
      const other = compare(letter, [second]);
      const { decisions, messages } = loadDecisionsForReport(other, statePathFor(old()), old());
      expect(verdictIn(other, decisions)).toBeUndefined();
      expect(messages).toEqual([]);
    });
  });
});
