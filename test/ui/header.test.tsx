import { cleanup, render } from "ink-testing-library";
import { afterEach, describe, expect, it } from "vitest";
import { Header } from "../../src/ui/Header.js";
import { shortenPath } from "../../src/ui/shortenPath.js";
import { uiComparison } from "../fixtures/uiComparison.js";

afterEach(() => cleanup());

/** Issue 14, item 5: the header keeps "press N/M" and the press file's name at 80 and 120 columns. */
describe("Header with long paths", () => {
  const long = {
    ...uiComparison,
    letter: {
      ...uiComparison.letter,
      source: "/home/reporter/work/inspections/2026/march/letters/maple-court-cqc.txt",
    },
    documents: uiComparison.documents.map((d) => ({
      ...d,
      source: `/home/reporter/work/inspections/2026/march/coverage/${d.source.split("/").pop()}`,
    })),
  };
  const progress = { reviewed: 0, total: 7, discrepancies: 4, notChecked: 0, assessed: true };
  for (const width of [80, 120]) {
    it(`at ${width} columns shows press 1/2 and the whole press file name`, () => {
      const r = render(
        <Header
          comparison={long}
          documentIndex={0}
          progress={progress}
          kindFilter="all"
          textFilter=""
          width={width}
        />,
      );
      const first = (r.lastFrame() ?? "").split("\n")[0] ?? "";
      expect(first).toContain("press 1/2: ");
      expect(first).toMatch(/westbury-gazette\.txt$/);
      expect(Array.from(first).length).toBeLessThanOrEqual(width);
    });
  }
});

describe("shortenPath", () => {
  it("cuts from the left at a directory, keeping the name", () => {
    expect(shortenPath("a/b.txt", 20)).toBe("a/b.txt");
    expect(shortenPath("news/2026/march/westbury-gazette.txt", 28)).toBe("…/march/westbury-gazette.txt");
    expect(shortenPath("news/westbury-gazette.txt", 10)).toBe("…zette.txt");
  });
});
