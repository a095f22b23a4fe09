import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { findingId } from "../../src/core/findingId.js";

/** The id as it was made with one Hash object fed each part in turn (the ids of saved reviews). */
function byParts(source: string, press: string, letter: readonly string[], occurrence = 1): string {
  const h = createHash("sha256");
  h.update(source);
  h.update(`\u0000${press.replace(/\s+/g, " ").trim()}`);
  for (const t of letter) h.update(`\u0000${t}`);
  if (occurrence > 1) h.update(`\u0000#${occurrence}`);
  return h.digest().toString("hex", 0, 8);
}

describe("findingId", () => {
  it("is 16 hex characters, the same as hashing the parts one by one", () => {
    const id = findingId("press.txt", "The  school was\nrated good. ", ["Leaders are “ambitious”."]);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(id).toBe(byParts("press.txt", "The  school was\nrated good. ", ["Leaders are “ambitious”."]));
  });

  it("differs by document, by letter sources and by occurrence", () => {
    const one = findingId("a.txt", "Pupils enjoy reading.", ["Pupils read widely."]);
    expect(findingId("b.txt", "Pupils enjoy reading.", ["Pupils read widely."])).not.toBe(one);
    expect(findingId("a.txt", "Pupils enjoy reading.", [])).not.toBe(one);
    const second = findingId("a.txt", "Pupils enjoy reading.", ["Pupils read widely."], 2);
    expect(second).not.toBe(one);
    expect(second).toBe(byParts("a.txt", "Pupils enjoy reading.", ["Pupils read widely."], 2));
  });

  it("reads white space in the press text as single spaces", () => {
    expect(findingId("a.txt", " Staff  are\tkind ", [])).toBe(findingId("a.txt", "Staff are kind", []));
  });
});
