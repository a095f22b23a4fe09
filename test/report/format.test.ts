import { describe, expect, it } from "vitest";
import { cleanLine, displayWidth, percent, plural, truncate } from "../../src/report/format.js";

describe("format helpers", () => {
  it("formats shares as whole percentages and non-numbers as n/a", () => {
    expect(percent(0.754)).toBe("75%");
    expect(percent(1)).toBe("100%");
    expect(percent(Number.NaN)).toBe("n/a");
  });

  it("truncates by grapheme, never splitting an emoji or a ZWJ sequence", () => {
    expect(truncate("short", 10)).toBe("short");
    expect(truncate("Better quality care", 8)).toBe("Better…");
    expect(truncate("👵🏽👨‍👩‍👧abc", 3)).toBe("👵🏽👨‍👩‍👧…");
    expect(truncate("非常好的护理", 4)).toBe("非常好…");
  });

  it("measures terminal columns: wide CJK and emoji take two", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("非常")).toBe(4);
    expect(displayWidth("🎉")).toBe(2);
    expect(displayWidth("رعاية")).toBe(5);
  });

  it("cleans a line: control characters stripped, white space collapsed", () => {
    expect(cleanLine(" a\u001b[1m\n\tb\u0000 ")).toBe("a b");
    expect(plural(1, "omission")).toBe("1 omission");
    expect(plural(5, "omission")).toBe("5 omissions");
  });
});
