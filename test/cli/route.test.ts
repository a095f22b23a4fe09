import { describe, expect, it } from "vitest";
import { mayOpenReview } from "../../src/cli/route.js";

describe("mayOpenReview: which build of the command line a run loads", () => {
  it("is yes for a review or the demo (no command) on a terminal", () => {
    expect(mayOpenReview(["review", "letter.txt", "a.txt"], true)).toBe(true);
    expect(mayOpenReview(["--debug", "review", "letter.txt", "a.txt"], true)).toBe(true);
    expect(mayOpenReview([], true)).toBe(true);
    expect(mayOpenReview(["--debug"], true)).toBe(true);
  });

  it("is no for the other commands, and for anything off a terminal", () => {
    expect(mayOpenReview(["check", "letter.txt", "a.txt"], true)).toBe(false);
    expect(mayOpenReview(["report", "letter.txt", "a.txt", "-o", "r.html"], true)).toBe(false);
    expect(mayOpenReview(["index", "list"], true)).toBe(false);
    expect(mayOpenReview(["review", "letter.txt", "a.txt"], false)).toBe(false);
    expect(mayOpenReview([], false)).toBe(false);
  });
});
