/**
 * A report read as a structured document: a PDF's text extracted line by line (hard-wrapped at a
 * column, headings on two lines, square bullets, numbered paragraphs, a page number between pages)
 * gives whole sentences, and each sentence knows its section. An invented report, not a real one.
 */
import { describe, expect, it } from "vitest";
import { splitBlocks, wrapWidth } from "../../../src/core/segment/blocks.js";
import { segmentDocument, segmentSentences } from "../../../src/core/segment/sentences.js";
import { sectionsOf } from "../../../src/core/segment/structure.js";

const REPORT = [
  "Inspection of Westmere local authority",
  "children’s services",
  "Judgement Grade",
  "The impact of leaders on social work",
  "practice with children and families",
  "Requires improvement to be good",
  "Overall effectiveness Requires improvement to be good",
  "Leaders in Westmere have a clear picture of what works well and what needs to be",
  "better for the children of the borough. The front door responds quickly to most new",
  "referrals, and the help that families receive from the early help hubs is well regarded.",
  "Leaders have persuaded the housing providers of the borough to sign a protocol with all",
  "14 housing associations for homeless young people, and the protocol is now in use.",
  "Too many children in care still experience several changes of social worker, and the",
  "Independent Reviewing Service does not always challenge plans that drift.",
  "What needs to improve?",
  "◼ The stability of the social work workforce, so that children keep the same worker",
  "for long enough to build a trusting relationship.",
  "◼ The rigour of independent reviewing officers’ challenge when plans drift.",
  "The experiences and progress of children who need help and",
  "protection: requires improvement to be good",
  "1. Children and families who need early help receive it promptly from the hubs, and",
  "most plans are reviewed often enough to keep the work on track. The hubs work well",
  "with schools, health visitors and the police to share what they know about families.",
  "7",
  "2. The quality of assessments of disabled children is variable, and some assessments",
  "are not updated when a child’s circumstances change. Managers recognise this and a",
  "new audit programme started in the spring, but it is too early to see its impact on",
  "children.",
  "",
].join("\n");

describe("splitBlocks on hard-wrapped text", () => {
  it("finds the column width of a text wrapped line by line, and none for one paragraph per line", () => {
    const lines = REPORT.split("\n")
      .filter((l) => l !== "")
      .map((l) => ({ width: l.length }));
    expect(wrapWidth(lines)).toBeGreaterThan(70);
    const unwrapped = [
      "A short headline",
      "A paragraph that runs on as one long line, as a web page's text does when it is saved, with no wrap at any column at all, as long as the writer made it.",
      "Another line.",
      "A third paragraph of a different length from the others, long enough to matter.",
      "Short.",
      "And one more line, which is neither long nor short.",
      "A line.",
      "The last paragraph of the text is of middling length and ends here.",
    ].map((l) => ({ width: l.length }));
    expect(wrapWidth(unwrapped)).toBeUndefined();
  });

  it("joins a line the wrap cut even when the next starts with a capital or a number", () => {
    const sentences = segmentSentences(REPORT).map((s) => s.text.replace(/\s+/g, " "));
    expect(sentences).toContain(
      "Leaders have persuaded the housing providers of the borough to sign a protocol with all 14 housing associations for homeless young people, and the protocol is now in use.",
    );
    expect(sentences).toContain(
      "Too many children in care still experience several changes of social worker, and the Independent Reviewing Service does not always challenge plans that drift.",
    );
  });

  it("reads square bullets as list items and two-line titles as headings, and never a page number", () => {
    const blocks = splitBlocks(REPORT).map((b) => ({
      role: b.role,
      text: REPORT.slice(b.start, b.end).replace(/\s+/g, " "),
      number: b.number,
    }));
    expect(blocks).toContainEqual({
      role: "list-item",
      text: "The rigour of independent reviewing officers’ challenge when plans drift.",
      number: undefined,
    });
    expect(
      blocks.find((b) => b.text.startsWith("The experiences and progress of children who need"))?.role,
    ).toBe("heading");
    // A table row whose grade stands on the next line is a title of its own
    expect(blocks.find((b) => b.text.startsWith("The impact of leaders"))?.role).toBe("heading");
    expect(blocks.some((b) => b.text === "7")).toBe(false);
    expect(blocks.filter((b) => b.number !== undefined).map((b) => b.number)).toEqual([1, 2]);
  });

  it("keeps offsets true: every sentence's text is its span of the text", () => {
    for (const s of segmentSentences(REPORT)) expect(s.text).toBe(REPORT.slice(s.start, s.end));
  });
});

describe("sectionsOf", () => {
  it("names the judgement table, summary, improvement list and numbered paragraphs", () => {
    const { blocks, sentences } = segmentDocument(REPORT);
    const sections = sectionsOf(REPORT, blocks, sentences);
    const sectionOf = (start: string) => {
      const i = sentences.findIndex((s) => s.text.replace(/\s+/g, " ").startsWith(start));
      return sections[i];
    };
    expect(sectionOf("Overall effectiveness")?.kind).toBe("judgements");
    expect(sectionOf("Too many children in care")?.kind).toBe("summary");
    expect(sectionOf("The stability of the social work workforce")?.kind).toBe("improve");
    expect(sectionOf("The quality of assessments of disabled children")).toMatchObject({
      kind: "body",
      paragraph: 2,
      heading:
        "The experiences and progress of children who need help and protection: requires improvement to be good",
    });
    expect(sectionOf("The hubs work well")).toMatchObject({ kind: "body", paragraph: 1 });
  });

  it("gives a plain letter without that plan a summary and a body", () => {
    const letter =
      "Dear Ms Hart\n\nThe home is clean and well run, and residents say they feel safe.\n\nStaffing\n\nRotas are not always filled, and agency staff cover most nights.\n";
    const { blocks, sentences } = segmentDocument(letter);
    const kinds = sectionsOf(letter, blocks, sentences).map((s) => s.kind);
    expect(kinds).toEqual(["front", "summary", "body", "body"]);
  });
});

describe("sentencesOfBlock", () => {
  it("keeps a footnote mark or a contents page number with the sentence before it", () => {
    const text = "What needs to improve?1\n\nAreas for improvement 4\n";
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      "What needs to improve?1",
      "Areas for improvement 4",
    ]);
  });
});
