import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpusReportTargets } from "../../src/cli/corpusReportTargets.js";

describe("corpusReportTargets: where report --corpus writes each letter's report", () => {
  it("writes one letter's report where report would: -o FILE, or standard output", () => {
    expect(corpusReportTargets(["letters/a.txt"], "out.html", "html")).toEqual(["out.html"]);
    expect(corpusReportTargets(["letters/a.txt"], undefined, "json")).toEqual([undefined]);
    expect(corpusReportTargets(["letters/a.txt"], "-", "json")).toEqual([undefined]);
  });

  it("writes several into the -o directory, named after each letter, numbered when names repeat", () => {
    expect(
      corpusReportTargets(
        [
          "letters/ofsted-2024.pdf",
          "https://example.org/reports/cqc%20gp.html?download=1",
          "other/ofsted-2024.txt",
          "https://example.org/",
        ],
        "reports",
        "md",
      ),
    ).toEqual([
      join("reports", "ofsted-2024.md"),
      join("reports", "cqc-20gp.md"),
      join("reports", "ofsted-2024-2.md"),
      join("reports", "example.md"),
    ]);
  });

  it("refuses several letters without a directory: their reports cannot share standard output", () => {
    expect(() => corpusReportTargets(["a.txt", "b.txt"], undefined, "json")).toThrow(
      /2 letters matched: give -o DIR/,
    );
    expect(() => corpusReportTargets(["a.txt", "b.txt"], "-", "json")).toThrow(/give -o DIR/);
  });

  it("never names a file outside the directory or hidden", () => {
    const [target] = corpusReportTargets(["../../..", "x"], "reports", "csv");
    expect(target).toBe(join("reports", "letter.csv"));
    const [hidden] = corpusReportTargets(["letters/.secret.txt", "x"], "reports", "csv");
    expect(hidden).toBe(join("reports", "secret.csv"));
  });
});
