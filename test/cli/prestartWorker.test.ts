import { describe, expect, it } from "vitest";
import { opensReview } from "../../src/cli/prestartWorker.js";

describe("opensReview: whether to start the comparison worker before parsing the command line", () => {
  it("starts it for a review of files, and for the demo (no arguments), on a terminal", () => {
    expect(opensReview(["review", "letter.txt", "a.txt", "b.html"], true)).toBe(true);
    expect(
      opensReview(["review", "letter.txt", "a.txt", "--state", "s.json", "--regulator", "HMIP"], true),
    ).toBe(true);
    expect(opensReview([], true)).toBe(true);
  });

  it("does not without a terminal (review refuses to run), nor for other commands", () => {
    expect(opensReview(["review", "letter.txt", "a.txt"], false)).toBe(false);
    expect(opensReview([], false)).toBe(false);
    expect(opensReview(["report", "letter.txt", "a.txt"], true)).toBe(false);
    expect(opensReview(["check", "letter.txt", "a.txt"], true)).toBe(false);
    expect(opensReview(["index", "list"], true)).toBe(false);
  });

  it("does not when the review compares in this thread or not at all: standard input, corpus, help", () => {
    expect(opensReview(["review", "-", "a.txt"], true)).toBe(false);
    expect(opensReview(["review", "letter.txt", "-"], true)).toBe(false);
    expect(opensReview(["review", "--corpus", "a.txt"], true)).toBe(false);
    expect(opensReview(["review", "--help"], true)).toBe(false);
    expect(opensReview(["review", "-h"], true)).toBe(false);
  });
});
