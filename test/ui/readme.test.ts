import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { KEYMAP } from "../../src/ui/keymap.js";
import { keyTableMarkdown } from "../../src/ui/keyTableMarkdown.js";

const readme = readFileSync("README.md", "utf8");

describe("README review section", () => {
  it("shows exactly the key table generated from the keymap (regenerate: npm run --silent readme:keys)", () => {
    const between = /<!-- keys:start -->\n([\s\S]*?)\n<!-- keys:end -->/.exec(readme);
    expect(between, "README.md has <!-- keys:start --> … <!-- keys:end --> markers").not.toBeNull();
    expect(between?.[1]).toBe(keyTableMarkdown());
    for (const binding of KEYMAP) expect(between?.[1]).toContain(binding.description);
  });

  it("has a screen capture whose lines fit the 120 columns it was taken at, free of escape codes", () => {
    const review = readme.slice(readme.indexOf("### `presscheck review"));
    const capture = /```\n(presscheck review {2}letter:[\s\S]*?)\n```/.exec(review)?.[1];
    expect(capture, "a capture starting with the review's header").toBeDefined();
    const lines = (capture ?? "").split("\n");
    expect(lines.length).toBeLessThan(40);
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(120);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the capture must hold none.
    expect(capture).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(capture).toMatch(/\d+\/\d+ reviewed, \d+ discrepancies/);
    expect(capture).toContain("? help  q quit");
  });
});
