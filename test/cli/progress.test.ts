import { describe, expect, it } from "vitest";
import { progress } from "../../src/cli/progress.js";

function sink(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, columns: 80, written, write: (s: string) => written.push(s) > 0 };
}

describe("progress", () => {
  it("redraws one line with a bar on a terminal, and ends it with the summary", () => {
    const out = sink(true);
    let t = 0;
    const p = progress(4, "letters read", out, () => t);
    for (const name of ["a.pdf", "b.pdf", "c.pdf", "d.pdf"]) {
      t += 200;
      p.tick(name);
    }
    p.done("1 skipped");
    expect(out.written[0]).toBe(`\r\x1b[2K[######${".".repeat(18)}] 1/4 letters read  a.pdf`);
    expect(out.written.at(-1)).toBe("\r\x1b[2K4/4 letters read in 0.8 s: 1 skipped\n");
  });

  it("prints plain count lines every few seconds elsewhere, and one at the end", () => {
    const out = sink(false);
    let t = 0;
    const p = progress(100, "articles checked", out, () => t);
    for (let i = 0; i < 100; i++) {
      t += 100;
      p.tick();
    }
    p.done();
    expect(out.written).toEqual(["50/100 articles checked\n", "100/100 articles checked in 10.0 s\n"]);
  });
});
