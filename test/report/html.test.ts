import { describe, expect, it } from "vitest";
import { FLAGS, KINDS } from "../../src/core/types.js";
import { CONTENT_SECURITY_POLICY, htmlDiff, renderHtml } from "../../src/report/html.js";
import { escapeHtml } from "../../src/report/sanitize.js";
import {
  ARTICLE_SENTENCE,
  ARTICLE_TEXT,
  careHomeComparison,
  careHomeDecisions,
  HOSTILE_TEXT,
  hostileComparison,
  hostileDecisions,
  IMG_BREAKOUT,
  LONG_SENTENCE,
  SCRIPT_TAG,
} from "../fixtures/comparisonFixture.js";
import { controlCharsIn } from "../fixtures/controlChars.js";

const decodeEntities = (html: string): string =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The inner HTML of the press-text block of document `docIndex`. */
function pressTextHtml(html: string, docIndex: number): string {
  const section = html.slice(html.indexOf(`<section class="document" id="doc-${docIndex}">`));
  const match = /<div class="press-text" dir="auto">([\s\S]*?)<\/div>\n<h3>/.exec(section);
  if (!match?.[1]) throw new Error("no press text");
  return match[1];
}

/** The press text as a reader sees it: popups removed, tags removed, entities decoded. */
function visibleText(pressHtml: string): string {
  return decodeEntities(
    pressHtml.replace(/<span class="finding-popup"[\s\S]*?<\/a><\/span>/g, "").replace(/<[^>]+>/g, ""),
  );
}

/** [classes, finding index, highlighted text] of every highlight in a press-text block. */
function highlights(pressHtml: string): [string, number, string][] {
  return Array.from(
    pressHtml.matchAll(
      /<span class="finding ([^"]*)" id="doc-\d+-finding-(\d+)" tabindex="0"><mark>([\s\S]*?)<\/mark>/g,
    ),
    (m) => [m[1] ?? "", Number(m[2]), decodeEntities(m[3] ?? "")],
  );
}

describe("renderHtml", () => {
  const c = careHomeComparison();
  const html = renderHtml(c, careHomeDecisions);

  it("is one self-contained page with a CSP that forbids every load and script", () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    );
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'none'");
    expect(html).not.toMatch(/<(script|link|img|iframe|object|embed)[\s>]/i);
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    expect(html).toContain("@media print");
  });

  it("shows the press text whole, with each finding's span highlighted by kind from its offsets", () => {
    const press = pressTextHtml(html, 0);
    expect(visibleText(press)).toBe(ARTICLE_TEXT);
    const article = c.documents[0];
    if (!article) throw new Error("fixture");
    const found = highlights(press);
    expect(found).toHaveLength(article.findings.length);
    for (const [classes, index, text] of found) {
      const finding = article.findings[index];
      if (!finding) throw new Error(`no finding ${index}`);
      expect(text).toBe(ARTICLE_TEXT.slice(finding.press.start, finding.press.end));
      expect(classes.split(" ")).toEqual([`kind-${finding.kind}`, ...finding.flags.map((f) => `flag-${f}`)]);
    }
  });

  it("slices correctly after emoji and keeps Arabic and Chinese text", () => {
    const families = highlights(pressTextHtml(html, 0)).find(([classes]) => classes === "kind-not-checked");
    expect(families?.[2]).toBe(ARTICLE_SENTENCE.multilingual);
    expect(html).toContain("👵🏽");
    expect(html).toContain("رعاية ممتازة");
    expect(html).toContain("非常好的护理");
    expect(pressTextHtml(html, 0).startsWith("Willow Bank praised by inspectors 🎉\n\n<span")).toBe(true);
  });

  it("puts the letter source, diff, reason and review in each highlight's popup", () => {
    const press = pressTextHtml(html, 0);
    const popup =
      /id="doc-0-finding-2"[\s\S]*?<span class="finding-popup" role="note">([\s\S]*?<\/a>)<\/span>/.exec(
        press,
      )?.[1];
    expect(popup).toContain('<span class="popup-label">quote-altered</span>');
    expect(popup).toContain(
      "Medicines were mostly managed safely, although records for &quot;as required&quot;",
    );
    expect(popup).toContain("<del>mostly</del> <ins>always</ins> managed safely");
    expect(popup).toContain(
      "Reviewer: <strong>confirmed</strong> — Checked against page 2 | the letter says mostly",
    );
    expect(popup).toContain('<a href="#doc-0-row-2">Finding 3 in the table</a>');
  });

  it("makes highlights reachable without a mouse or script: focusable, shown by :hover and :focus", () => {
    expect(html).toMatch(/\.finding:hover > \.finding-popup, \.finding:focus > \.finding-popup/);
    expect((html.match(/tabindex="0"/g) ?? []).length).toBe(11);
  });

  it("has a side-by-side row per finding with press, letter, kind and reason", () => {
    const rows = html.match(/<tr id="doc-0-row-\d+"[\s\S]*?<\/tr>/g) ?? [];
    expect(rows).toHaveLength(10);
    expect(rows[5]).toContain("The manager has introduced a new falls prevention programme.");
    expect(rows[5]).toContain(
      "The registered manager had begun to introduce a new falls prevention programme.",
    );
    expect(rows[5]).toContain('<td class="kind">overstated</td>');
    expect(rows[5]).toContain("<del>had begun to introduce</del> <ins>has introduced</ins>");
    expect(rows[1]).toContain('<td class="kind">quote-exact<br>misattributed</td>');
    expect(rows[3]).toContain("<em>No matching letter passage.</em>");
    expect(html).toContain("<th>Review</th>");
  });

  it("has a legend of every kind and flag", () => {
    const legend = /<section class="legend"[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
    for (const kind of KINDS) expect(legend).toContain(`<span class="swatch kind-${kind}">${kind}</span>`);
    for (const flag of FLAGS) expect(legend).toContain(`<span class="swatch flag-${flag}">${flag}</span>`);
  });

  it("lists omissions, notes a different document, and summarises each document", () => {
    expect(html).toContain(
      '<li><span dir="auto">The provider needs to improve how it monitors fluid intake for people at risk of dehydration.</span>',
    );
    expect(html).toContain(
      '<p class="different-document-note"><strong>Different document:</strong> Reports the CQC inspection of June 2019',
    );
    expect(html).toContain(
      '<tr><th scope="row">Balance</th><td>80% of the letter&#39;s positive findings and 50% of its critical findings reported</td></tr>',
    );
  });

  it("has no review column without decisions", () => {
    expect(renderHtml(c)).not.toContain("<th>Review</th>");
  });
});

describe("renderHtml with hostile input", () => {
  const html = renderHtml(hostileComparison(), hostileDecisions);

  it("renders script tags and attribute break-outs as text, never as elements", () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+=/i);
    expect(html).toContain(escapeHtml(SCRIPT_TAG));
    expect(html).toContain(escapeHtml(IMG_BREAKOUT));
    expect(html).toContain(`<title>Press coverage check: letter ${escapeHtml(SCRIPT_TAG)} | x.txt</title>`);
  });

  it("escapes decision notes and diff parts", () => {
    expect(html).toContain(
      `<del>&lt;b&gt;kind&lt;/b&gt;</del> <ins>${escapeHtml(SCRIPT_TAG)} |pipe| *x*</ins>`,
    );
    expect(html).toContain(`— @SUM(1+1) ${escapeHtml(SCRIPT_TAG)}\n# not a heading`);
  });

  it("strips terminal escapes and control characters but keeps the text around them", () => {
    expect(controlCharsIn(html)).toEqual([]);
    const visible = visibleText(pressTextHtml(html, 0));
    expect(visible).toContain('RED ALERT inspectors said the home was "unsafe".');
    expect(visible).toContain(LONG_SENTENCE);
    expect(visible.length).toBe(HOSTILE_TEXT.length - "\u001b[31m\u001b[0m\u001b]0;pwned\u0007".length);
  });
});

describe("htmlDiff", () => {
  it("marks deletions and insertions and escapes their words", () => {
    expect(
      htmlDiff([
        { op: "equal", text: "was " },
        { op: "delete", text: "good" },
        { op: "insert", text: "<b>great</b>" },
      ]),
    ).toBe("was <del>good</del> <ins>&lt;b&gt;great&lt;/b&gt;</ins>");
  });
});
