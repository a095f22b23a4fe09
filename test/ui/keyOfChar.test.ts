import { describe, expect, it } from "vitest";
import { keyOfChar, promptPresses } from "../../src/ui/keyOfChar.js";

describe("keyOfChar", () => {
  it("decodes the named keys a run of characters can hold", () => {
    expect(keyOfChar("\r")).toMatchObject({ input: "", key: { return: true } });
    expect(keyOfChar("\n")).toMatchObject({ input: "", key: { return: true } });
    expect(keyOfChar("\t")).toMatchObject({ input: "", key: { tab: true, shift: false } });
    expect(keyOfChar("\u007f")).toMatchObject({ input: "", key: { delete: true } });
    expect(keyOfChar("\b")).toMatchObject({ input: "", key: { backspace: true } });
  });

  it("names control characters by their letter with ctrl, as Ink does", () => {
    expect(keyOfChar("\u0015")).toMatchObject({ input: "u", key: { ctrl: true } });
    expect(keyOfChar("\u0017")).toMatchObject({ input: "w", key: { ctrl: true } });
  });

  it("passes printable characters through, with shift for capitals", () => {
    expect(keyOfChar("n")).toMatchObject({ input: "n", key: { shift: false, ctrl: false, return: false } });
    expect(keyOfChar("N")).toMatchObject({ input: "N", key: { shift: true } });
    expect(keyOfChar("/")).toMatchObject({ input: "/", key: { shift: false } });
    expect(keyOfChar("é").input).toBe("é");
  });
});

describe("promptPresses", () => {
  const inputs = (run: string) =>
    promptPresses(run).map((p) => (p.key.return ? "⏎" : p.key.tab ? "⇥" : p.input));
  it("types a run into a prompt, inner line breaks as spaces, and submits on trailing ones", () => {
    expect(inputs("Ask the council\r")).toEqual([..."Ask the council", "⏎"]);
    expect(inputs("first\nsecond")).toEqual([..."first", " ", ..."second"]);
    expect(inputs("a\r\n")).toEqual(["a", "⏎"]);
    expect(inputs("\r")).toEqual(["⏎"]);
  });

  it("keeps Tab and control keys as keys", () => {
    expect(inputs("\t\r")).toEqual(["⇥", "⏎"]);
    expect(promptPresses("\u0015")[0]).toMatchObject({ input: "u", key: { ctrl: true } });
  });
});
