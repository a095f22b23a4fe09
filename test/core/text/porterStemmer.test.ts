import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { categorizeGroups, measure, porterStem } from "../../../src/core/text/porterStemmer.js";

// The reference: natural's own Porter stemmer, which porterStem replaces and must equal exactly.
const natural = createRequire(import.meta.url)("natural/lib/natural/stemmers/porter_stemmer") as {
  stem(word: string): string;
  measure(word: string): number;
  categorizeGroups(word: string): string;
};

/** Every word that differs from natural's stem, with both stems (empty when all agree). */
const differences = (words: Iterable<string>) =>
  [...words].flatMap((w) => (porterStem(w) === natural.stem(w) ? [] : [[w, natural.stem(w), porterStem(w)]]));

// The suffixes every step of the algorithm tests for, so that generated words reach each rule.
const SUFFIXES =
  "ational tional enci anci izer abli bli alli entli eli ousli ization ation ator alism iveness fulness ousness aliti iviti biliti logi icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ment ent ou ism ate iti ous ive ize sion tion ion eed ed ing ies sses ss s e ll y at bl iz".split(
    " ",
  );

describe("porterStem", () => {
  it("stems as the Porter algorithm does", () => {
    expect(porterStem("caresses")).toBe("caress");
    expect(porterStem("ponies")).toBe("poni");
    expect(porterStem("hopping")).toBe("hop");
    expect(porterStem("filing")).toBe("file");
    expect(porterStem("relational")).toBe("relat");
    expect(porterStem("hopefulness")).toBe("hope");
    expect(porterStem("adjustment")).toBe("adjust");
    expect(porterStem("controll")).toBe("control");
    expect(porterStem("timely")).toBe("time");
  });

  it("leaves words of fewer than three letters and a long run of consonants as they are", () => {
    expect(porterStem("is")).toBe("is");
    expect(porterStem("b".repeat(5000))).toBe("b".repeat(5000));
  });

  it("equals natural's stemmer on every word of up to four letters over letters that steer the rules", () => {
    const letters = [..."aeiouybcdlstw"];
    const words: string[] = [""];
    for (let i = 0; i < words.length && (words[i] as string).length < 4; i++)
      for (const c of letters) words.push(`${words[i]}${c}`);
    expect(differences(words)).toEqual([]);
  });

  it("equals natural's stemmer on generated words built on the rules' suffixes", () => {
    const stemLetters = fc.constantFrom(..."aeiouyybcdlmnrstwxzs'-é1\nAV");
    const word = fc
      .tuple(
        fc.array(stemLetters, { maxLength: 8 }),
        fc.array(fc.constantFrom(...SUFFIXES), { maxLength: 2 }),
      )
      .map(([head, tail]) => head.join("") + tail.join(""));
    fc.assert(
      fc.property(word, (w) => porterStem(w) === natural.stem(w)),
      { numRuns: 5000, seed: 7 },
    );
  });

  it("equals natural's stemmer on every word of the bundled seeds, stemmed once and twice", () => {
    const dir = new URL("../../../seeds/", import.meta.url);
    const words = new Set<string>();
    for (const f of readdirSync(dir))
      for (const w of readFileSync(new URL(f, dir), "utf8")
        .toLowerCase()
        .split(/[^\p{L}\p{N}'’-]+/u))
        words.add(w);
    expect(differences(words)).toEqual([]);
    expect(differences([...words].map((w) => natural.stem(w)))).toEqual([]);
  });
});

describe("measure and categorizeGroups", () => {
  it("count consonant-vowel groups as natural does, a y after a consonant as a vowel of its own", () => {
    for (const w of ["tree", "trouble", "oats", "bya", "syzygy", "yyb", "", "strength"]) {
      expect(categorizeGroups(w)).toBe(natural.categorizeGroups(w));
      expect(measure(w)).toBe(natural.measure(w));
    }
    expect(categorizeGroups("bya")).toBe("CVV");
    expect(measure(null)).toBe(-1);
  });
});
