import { describe, expect, it } from "vitest";
import { findingKey, findingKeys, hashLetterText } from "../../src/review/findingKey.js";

const letterHash = hashLetterText("The letter.");
const finding = {
  press: { start: 10, end: 40, text: 'Staff were "kind and caring".' },
  letter: [{ start: 100, end: 130, text: "Staff were kind and caring." }],
};

describe("findingKey", () => {
  it("is a sha256 hex digest", () => {
    expect(findingKey(letterHash, "a/press.txt", finding)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashLetterText("x")).toMatch(/^[0-9a-f]{64}$/);
  });

  it("ignores offsets, so an edit elsewhere in the press file keeps the key", () => {
    const moved = { ...finding, press: { ...finding.press, start: 500, end: 530 } };
    expect(findingKey(letterHash, "press.txt", moved)).toBe(findingKey(letterHash, "press.txt", finding));
  });

  it("uses the press file's base name, not the path it was given by", () => {
    expect(findingKey(letterHash, "/home/me/press.txt", finding)).toBe(
      findingKey(letterHash, "press.txt", finding),
    );
    expect(findingKey(letterHash, "other.txt", finding)).not.toBe(
      findingKey(letterHash, "press.txt", finding),
    );
  });

  it("ignores changes of white space only", () => {
    const rewrapped = { ...finding, press: { ...finding.press, text: 'Staff  were\n"kind and caring". ' } };
    expect(findingKey(letterHash, "p.txt", rewrapped)).toBe(findingKey(letterHash, "p.txt", finding));
  });

  it("differs for another letter, another press text or another letter source", () => {
    const base = findingKey(letterHash, "p.txt", finding);
    expect(findingKey(hashLetterText("Another letter."), "p.txt", finding)).not.toBe(base);
    expect(
      findingKey(letterHash, "p.txt", { ...finding, press: { ...finding.press, text: "Other." } }),
    ).not.toBe(base);
    expect(findingKey(letterHash, "p.txt", { ...finding, letter: [] })).not.toBe(base);
  });

  it("cannot be confused by moving text between fields", () => {
    const a = { press: { start: 0, end: 1, text: "a b" }, letter: [{ start: 0, end: 1, text: "c" }] };
    const b = { press: { start: 0, end: 1, text: "a" }, letter: [{ start: 0, end: 1, text: "b c" }] };
    expect(findingKey(letterHash, "p", a)).not.toBe(findingKey(letterHash, "p", b));
  });

  it("gives repeated identical findings distinct keys, in order", () => {
    const keys = findingKeys(letterHash, "p.txt", [finding, finding, { ...finding, letter: [] }, finding]);
    const base = findingKey(letterHash, "p.txt", finding);
    expect(keys[0]).toBe(base);
    expect(keys[1]).toBe(`${base}#2`);
    expect(keys[3]).toBe(`${base}#3`);
    expect(new Set(keys).size).toBe(4);
  });
});
