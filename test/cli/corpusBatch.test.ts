import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCorpusFailOn, readArticleList } from "../../src/cli/corpusBatch.js";
import * as check from "../../src/report/check.js";

describe("readArticleList", () => {
  it("takes one article a line, skipping blank lines and comments", () => {
    const dir = mkdtempSync(join(tmpdir(), "presscheck-list-"));
    try {
      writeFileSync(join(dir, "list.txt"), "# Monday\r\nnews/a.html\n\n  https://example.org/b  \n#done\n");
      expect(readArticleList(join(dir, "list.txt"))).toEqual(["news/a.html", "https://example.org/b"]);
      expect(() => readArticleList(join(dir, "missing.txt"))).toThrow(/cannot read the list/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("parseCorpusFailOn", () => {
  it("adds 'unmatched' to the check's tokens, and an empty list fails on nothing", () => {
    expect(parseCorpusFailOn(undefined, check)).toEqual({
      failOn: check.DEFAULT_FAIL_ON,
      failUnmatched: false,
    });
    expect(parseCorpusFailOn("unmatched", check)).toEqual({ failOn: new Set(), failUnmatched: true });
    expect([...parseCorpusFailOn("overstated,unmatched", check).failOn]).toEqual(["overstated"]);
    expect(() => parseCorpusFailOn("nonsense", check)).toThrow(/^--fail-on: /);
  });
});
