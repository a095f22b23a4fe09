import { describe, expect, it } from "vitest";
import { analyseClaim } from "../../../src/core/judge/claimAnalysis.js";
import { isAttributionToken } from "../../../src/core/judge/context.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { tokenize } from "../../../src/core/text/tokens.js";
import type { Sentence } from "../../../src/core/types.js";
import { letterContext } from "../../fixtures/letterContext.js";

const LETTER =
  "Leaders have improved the timeliness of assessments for disabled children. Social workers visit children regularly. Supervision is not yet consistent.";

function sentence(text: string, role: Sentence["role"] = "body"): Sentence {
  const [s] = segmentSentences(text);
  return { ...(s as Sentence), role };
}

describe("analyseClaim", () => {
  const ctx = letterContext(LETTER);

  it("aligns a restatement, its attribution words left out of what it claims", () => {
    const a = analyseClaim(
      ctx,
      sentence("Inspectors said assessments for disabled children are now timely."),
      "regulator",
    );
    expect(a.restates).toBe(true);
    expect(a.letter.map((s) => s.index)).toEqual([0]);
    expect(a.content.map((t) => t.norm)).not.toContain("inspectors");
    expect(a.content.map((t) => t.norm)).toContain("assessments");
    expect(a.matchedEnds.get(0)).toBeGreaterThan(0);
    expect(a.spans).toHaveLength(1);
  });

  it("answers the same for a token however often it is asked", () => {
    const a = analyseClaim(ctx, sentence("The report said social workers see children often."), "regulator");
    for (const t of a.tokens) expect(a.isAttribution(t)).toBe(a.isAttribution(t));
    expect(a.tokens.filter(a.isAttribution).map((t) => t.norm)).toEqual(["report", "said"]);
  });

  it("does not align site furniture, whatever words it shares", () => {
    const a = analyseClaim(ctx, sentence("Social workers visit children regularly.", "furniture"), "unknown");
    expect(a.restates).toBe(false);
    expect(a.alignment).toBeUndefined();
    expect(a.letter).toEqual([]);
  });
});

describe("isAttributionToken", () => {
  it("knows a reporting word with or without a possessive", () => {
    const [inspectors, report, children] = tokenize("inspectors' report's children");
    expect(inspectors && isAttributionToken(inspectors)).toBe(true);
    expect(report && isAttributionToken(report)).toBe(true);
    expect(children && isAttributionToken(children)).toBe(false);
  });
});
