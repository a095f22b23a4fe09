import { describe, expect, it } from "vitest";
import { commonRuns, gramPositions } from "../../src/core/corpus/commonRuns.js";
import { confidenceOf, levelOf, MATCH_CONFIDENCE } from "../../src/core/corpus/confidence.js";
import { gatherEvidence, prepareArticle, prepareLetter } from "../../src/core/corpus/evidence.js";
import { words as tokenize } from "../../src/core/corpus/words.js";

// An invented letter of another regulator (a prisons inspectorate) and articles about it.
const LETTER = [
  "HM Inspectorate of Prisons: independent review of progress at HMP Eastmoor, 4 to 6 May 2022.",
  "Leaders had made reasonable progress in reducing the use of segregation for prisoners with mental health needs.",
  "However, too many prisoners still spent more than 22 hours a day locked in their cells.",
  "Staff in the healthcare unit described a more settled environment since the last inspection.",
].join("\n\n");

describe("commonRuns", () => {
  it("finds the longest shared run at each position, with token offsets into both texts", () => {
    const press = tokenize("Critics said too many prisoners still spent more than 22 hours a day in cells.");
    const letter = tokenize(LETTER);
    const runs = commonRuns(press, letter, gramPositions(letter, 3), 6, 3);
    expect(runs).toHaveLength(1);
    const run = runs[0] as (typeof runs)[number];
    expect(press.slice(run.press.from, run.press.to).map((t) => t.norm)).toEqual(
      "too many prisoners still spent more than 22 hours a day".split(" "),
    );
    expect(letter.slice(run.letter.from, run.letter.to).map((t) => t.norm)).toEqual(
      press.slice(run.press.from, run.press.to).map((t) => t.norm),
    );
  });

  it("ignores shared runs shorter than the minimum", () => {
    const press = tokenize("the use of segregation was discussed");
    const letter = tokenize(LETTER);
    expect(commonRuns(press, letter, gramPositions(letter, 3), 6, 3)).toEqual([]);
  });
});

describe("gatherEvidence", () => {
  it("reports shared passages and quotations with [start, end) offsets into the article and the letter", () => {
    const article =
      "The inspectorate said leaders had made “reasonable progress in reducing the use of segregation” at the jail. " +
      "Inspectors found that too many prisoners still spent more than 22 hours a day locked in their cells.";
    const e = gatherEvidence(prepareArticle(article), prepareLetter(LETTER));
    expect(e.quotes).toHaveLength(1);
    const q = e.quotes[0] as (typeof e.quotes)[number];
    expect(q.found).toBe(true);
    expect(article.slice(q.press.start, q.press.end)).toBe(
      "reasonable progress in reducing the use of segregation",
    );
    expect(LETTER.slice(q.letter?.start, q.letter?.end)).toBe(
      "reasonable progress in reducing the use of segregation",
    );
    expect(e.passages.length).toBeGreaterThanOrEqual(2);
    for (const p of e.passages) {
      expect(article.slice(p.press.start, p.press.end)).toBe(p.press.text);
      expect(LETTER.slice(p.letter.start, p.letter.end)).toBe(p.letter.text);
    }
    expect(e.sharedWords).toBe(e.passages.reduce((n, p) => n + p.words, 0));
  });

  it("finds an altered quotation (one word changed) but not one the letter never contains", () => {
    const article =
      "Inspectors said “too many prisoners still spent more than 23 hours a day locked in their cells”. " +
      "They added that the prison was “a beacon of rehabilitation for the region”.";
    const e = gatherEvidence(prepareArticle(article), prepareLetter(LETTER));
    expect(e.quotes.map((q) => q.found)).toEqual([true, false]);
    expect(e.quotesFound).toBe(1);
  });

  it("leaves out quotations given to someone else (a governor's words cannot come from the letter)", () => {
    const article = "The governor said: “we are proud of the progress our staff have made this year”.";
    expect(prepareArticle(article).quotes).toHaveLength(0);
  });
});

describe("confidence", () => {
  const letter = prepareLetter(LETTER);
  const conf = (article: string) => confidenceOf(gatherEvidence(prepareArticle(article), letter));

  it("is high for an article built from the letter's sentences", () => {
    const c = conf(
      "Leaders had made reasonable progress in reducing the use of segregation for prisoners with mental health needs. " +
        "However, too many prisoners still spent more than 22 hours a day locked in their cells. " +
        "Staff in the healthcare unit described a more settled environment since the last inspection.",
    );
    expect(levelOf(c)).toBe("high");
  });

  it("stays below a match for an article that shares only the subject and house style", () => {
    const c = conf(
      "HMP Westfield was praised by inspectors. The inspectorate said the jail had “transformed its education offer” " +
        "and that “prisoners spoke highly of the new library”. The use of segregation was low.",
    );
    expect(c).toBeLessThan(MATCH_CONFIDENCE);
    expect(levelOf(c)).not.toBe("high");
  });

  it("falls when the article's quotations are not in the letter, however much wording it shares", () => {
    const shared =
      "Leaders had made reasonable progress in reducing the use of segregation for prisoners with mental health needs.";
    const faithful = conf(
      `${shared} The report said “too many prisoners still spent more than 22 hours a day”.`,
    );
    const otherQuotes = conf(
      `${shared} The report said “the prison has become one of the safest in the country” and “staff morale is excellent”.`,
    );
    expect(otherQuotes).toBeLessThan(faithful);
  });

  it("maps scores to levels in order", () => {
    expect([0.9, 0.5, 0.2, 0.01].map(levelOf)).toEqual(["high", "medium", "low", "none"]);
  });
});
