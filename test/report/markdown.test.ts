import { describe, expect, it } from "vitest";
import { escapeMarkdown, markdownDiff, renderMarkdown } from "../../src/report/markdown.js";
import {
  ARTICLE_SENTENCE,
  careHomeComparison,
  careHomeDecisions,
  hostileComparison,
  hostileDecisions,
  LONG_SENTENCE,
} from "../fixtures/comparisonFixture.js";
import { controlCharsIn } from "../fixtures/controlChars.js";

/** The section of `markdown` from the heading starting with `heading` up to the next heading of that level. */
function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(heading);
  expect(start, `heading ${heading}`).toBeGreaterThanOrEqual(0);
  const level = heading.match(/^#+ /)?.[0] ?? "";
  const next = markdown.indexOf(`\n${level}`, start + heading.length);
  return markdown.slice(start, next < 0 ? undefined : next);
}

describe("renderMarkdown", () => {
  const markdown = renderMarkdown(careHomeComparison(), careHomeDecisions);

  it("names the letter in the title and gives an overview row per document", () => {
    expect(markdown.startsWith("# Press coverage check: letters/cqc-willow-bank-2025.txt\n")).toBe(true);
    expect(markdown).toContain("| 1 | news/hartford-gazette-willow-bank.txt | discrepancies | 6 | 1 |");
    expect(markdown).toContain(
      "| 2 | news/hartford-weekly-2019-archive.txt | different document | 1 not checked | not assessed |",
    );
  });

  it("summarises each document from its summary: shares, counts per kind, flags, balance", () => {
    const article = section(markdown, "## 1. ");
    expect(article).toContain("| Sentences | 11 |");
    expect(article).toContain(
      "| Sourced share | 75% of its claims outside quotation marks have a letter source",
    );
    expect(article).toContain("| Flags | selective 1, misattributed 1 |");
    expect(article).toContain("| Omissions | 1 |");
    expect(article).toContain(
      "| Balance | 80% of the letter's positive findings and 50% of its critical findings reported |",
    );
    expect(article).toContain(
      "| quote-exact | quote-altered | quote-not-found | copied | paraphrase | overstated | unsupported | not-checked |\n" +
        "|---:|---:|---:|---:|---:|---:|---:|---:|\n| 1 | 1 | 1 | 1 | 2 | 1 | 1 | 2 |",
    );
  });

  it("lists only discrepancies: discrepancy kinds and flagged findings", () => {
    const discrepancies = section(section(markdown, "## 1. "), "### Discrepancies (6)");
    const headings = discrepancies.match(/^#### .*$/gm);
    expect(headings).toEqual([
      "#### 1.1 `quote-exact` · `misattributed`",
      "#### 1.2 `quote-altered`",
      "#### 1.3 `quote-not-found`",
      "#### 1.4 `paraphrase` · `selective`",
      "#### 1.5 `overstated`",
      "#### 1.6 `unsupported`",
    ]);
    expect(discrepancies).not.toContain("Care plans were person");
    expect(discrepancies).not.toContain(ARTICLE_SENTENCE.multilingual);
  });

  it("shows press text, letter text, inline diff, reason and the reviewer's verdict and note", () => {
    const altered = section(markdown, "#### 1.2 ");
    expect(altered).toContain(
      '**Press:**\n\n> The report said medicines were "always managed safely" at the home.',
    );
    expect(altered).toContain("**Letter:**\n\n> Medicines were mostly managed safely, although records for");
    expect(altered).toContain("**Diff:** ~~mostly~~ **always** managed safely");
    expect(altered).toContain('**Why:** "mostly" became "always" inside the quotation marks.');
    expect(altered).toContain("**Reviewer:** confirmed — Checked against page 2 \\| the letter says mostly");
    expect(section(markdown, "#### 1.4 ")).toContain("**Reviewer:** dismissed");
    expect(section(markdown, "#### 1.6 ")).toContain(
      "**Reviewer:** note — Ask the editor where this came from",
    );
    expect(section(markdown, "#### 1.5 ")).toContain(
      "**Diff:** The ~~registered~~ manager ~~had begun to introduce~~ **has introduced** a new falls prevention programme.",
    );
  });

  it("lists the omitted critical findings with their reasons", () => {
    expect(section(markdown, "### Omitted critical findings (1)")).toContain(
      "1. The provider needs to improve how it monitors fluid intake for people at risk of dehydration. — Area for improvement that the article never mentions.",
    );
  });

  it("notes a different document with its reason and does not call its quotes misquotes", () => {
    const other = section(markdown, "## 2. ");
    expect(other).toContain("> [!WARNING]");
    expect(other).toContain(
      "> **Different document:** Reports the CQC inspection of June 2019, not the March 2025 inspection this letter describes.",
    );
    expect(other).toContain("### Findings not checked against this letter (1)");
    expect(other).not.toContain("### Discrepancies");
  });

  it("renders without decisions: no reviewer lines", () => {
    expect(renderMarkdown(careHomeComparison())).not.toContain("**Reviewer:**");
  });
});

describe("renderMarkdown with hostile input", () => {
  const markdown = renderMarkdown(hostileComparison(), hostileDecisions);

  it("escapes HTML so GitHub shows it as text", () => {
    // Every "<" is backslash-escaped: GitHub renders "\\<img" as text, never as a tag.
    expect(markdown).not.toMatch(/(?<!\\)</);
    expect(markdown).toContain("> Headline \\<script\\>alert\\(1\\)\\</script\\> about the care home");
  });

  it("escapes pipes in table cells so rows keep their columns", () => {
    const row = markdown.split("\n").find((line) => line.startsWith("| 1 | reports/"));
    expect(row).toBe(
      '| 1 | reports/"\\>\\<img src=x onerror=alert\\(1\\)\\>\\|evil.html | discrepancies | 9 | 1 |',
    );
    expect(row?.split(/(?<!\\)\|/)).toHaveLength(7);
  });

  it("escapes Markdown syntax in document text", () => {
    expect(markdown).toContain(
      "> Pipes \\| and \\*stars\\* and \\_underscores\\_ and \\[links\\]\\(http://evil.example\\) and \\# hashes.",
    );
    expect(markdown).toContain("> \\+1 for the home, inspectors said.");
    expect(markdown).toContain("> \\-2 stars for safety, the report said.");
    // A note's line break cannot start a heading.
    expect(markdown).toContain(
      "**Reviewer:** confirmed — @SUM\\(1+1\\) \\<script\\>alert\\(1\\)\\</script\\> \\# not a heading",
    );
    expect(markdown).not.toMatch(/^# not a heading/m);
  });

  it("strips terminal escape sequences and control characters", () => {
    expect(controlCharsIn(markdown)).toEqual([]);
    expect(markdown).toContain('> RED ALERT inspectors said the home was "unsafe".');
  });

  it("keeps a very long sentence whole, on one line", () => {
    const line = markdown.split("\n").find((l) => l.startsWith('> Inspectors said "the home was very good'));
    expect(line).toBe(`> ${LONG_SENTENCE}`);
    expect(line?.length).toBeGreaterThan(5000);
  });

  it("escapes diff words inside the strike and bold markers", () => {
    expect(markdown).toContain(
      "**Diff:** ~~\\<b\\>kind\\</b\\>~~ **\\<script\\>alert\\(1\\)\\</script\\> \\|pipe\\| \\*x\\***",
    );
  });
});

describe("renderMarkdown with non-Latin text and emoji", () => {
  it("keeps Arabic, Chinese and emoji intact", () => {
    const c = careHomeComparison();
    const article = c.documents[0];
    if (!article) throw new Error("fixture");
    const families = article.findings.find((f) => f.id === "f-families");
    if (!families) throw new Error("fixture");
    families.kind = "quote-not-found";
    const markdown = renderMarkdown(c);
    expect(markdown).toContain(`> ${ARTICLE_SENTENCE.multilingual}`);
    expect(markdown).toContain('"رعاية ممتازة" and "非常好的护理"');
    expect(markdown).toContain("👵🏽");
  });
});

describe("escapeMarkdown", () => {
  it("escapes a line-start list or heading marker and inline syntax", () => {
    expect(escapeMarkdown("1. first")).toBe("1\\. first");
    expect(escapeMarkdown("- item")).toBe("\\- item");
    expect(escapeMarkdown("=== underline")).toBe("\\=== underline");
    expect(escapeMarkdown("a `b` ~c~ $d$ &amp;")).toBe("a \\`b\\` \\~c\\~ \\$d\\$ \\&amp;");
    expect(escapeMarkdown("well-led, 3.5 stars")).toBe("well-led, 3.5 stars");
  });
});

describe("markdownDiff", () => {
  it("puts markers around words, not spaces, and separates touching changes", () => {
    expect(
      markdownDiff([
        { op: "equal", text: "rated " },
        { op: "delete", text: "good " },
        { op: "insert", text: "outstanding " },
        { op: "equal", text: "overall" },
      ]),
    ).toBe("rated ~~good~~ **outstanding** overall");
    expect(
      markdownDiff([
        { op: "delete", text: "a" },
        { op: "insert", text: "b" },
      ]),
    ).toBe("~~a~~ **b**");
  });

  it("collapses line breaks inside parts", () => {
    expect(
      markdownDiff([
        { op: "equal", text: "a\n\nb" },
        { op: "insert", text: "\nc" },
      ]),
    ).toBe("a b **c**");
  });
});
