import { describe, expect, it } from "vitest";
import { compare } from "../../src/core/compare.js";
import { renderCsv } from "../../src/report/csv.js";
import { closestLabel, rulesLabel } from "../../src/report/findingNotes.js";
import { renderHtml } from "../../src/report/html.js";
import { toReport } from "../../src/report/json.js";
import { renderMarkdown } from "../../src/report/markdown.js";
import { NURSERY_LETTER } from "../fixtures/nurseryLetter.js";
import { parseCsv } from "../fixtures/parseCsv.js";

const comparison = compare({ source: "letter.txt", text: NURSERY_LETTER, format: "text" }, [
  {
    source: "article.txt",
    text: "Ofsted said the nursery has an outstanding garden for the children. Inspectors found the nursery keeps children safe.",
    format: "text",
  },
]);
const [unsupported, paraphrase] = comparison.documents[0]?.findings ?? [];
const closestSentence = "Inspectors found that the nursery keeps children safe.";

describe("the rules and the closest passage beside a finding's reason", () => {
  it("are worded once", () => {
    expect(rulesLabel({ rules: ["paraphrase", "understated"] })).toBe("rules: paraphrase, understated");
    expect(rulesLabel({ rules: [] })).toBeUndefined();
    const label = closestLabel({ closest: { letterStart: 5, letterEnd: 12, similarity: 0.344 } }, (s, e) =>
      "the  nursery".slice(s, e),
    );
    expect(label).toBe('closest in the letter: "nursery", 34% of its words');
  });

  it("reach the JSON report: rule ids on every finding, the closest passage as offsets only", () => {
    const [doc] = toReport(comparison).documents;
    expect(doc?.findings.map((f) => f.rules)).toEqual([["no-source-regulator"], ["paraphrase"]]);
    const closest = doc?.findings[0]?.closest;
    expect(closest && Object.keys(closest).sort()).toEqual(["letterEnd", "letterStart", "similarity"]);
    expect(closest && NURSERY_LETTER.slice(closest.letterStart, closest.letterEnd)).toBe(closestSentence);
  });

  it("reach the Markdown, HTML and CSV reports", () => {
    expect(unsupported?.kind).toBe("unsupported");
    expect(paraphrase?.rules).toEqual(["paraphrase"]);
    const md = renderMarkdown(comparison);
    expect(md).toContain("**Rules:** `no-source-regulator`");
    expect(md).toMatch(
      /no matching passage; the closest \(\d+% of its words\):\n\n> Inspectors found that the nursery/,
    );
    const html = renderHtml(comparison);
    expect(html).toContain('<span class="rules">rules: no-source-regulator</span>');
    expect(html).toMatch(/<div class="closest">Closest in the letter \(\d+% of its words\)/);
    const [header, first] = parseCsv(renderCsv(comparison));
    const cell = (name: string) => first?.[header?.indexOf(name) ?? -1];
    expect(cell("rules")).toBe("no-source-regulator");
    expect(Number(cell("closest_start"))).toBe(NURSERY_LETTER.indexOf(closestSentence));
  });
});
