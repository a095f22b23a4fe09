import { describe, expect, it } from "vitest";
import { contrastParts, evidenceKeys, findingCoverage } from "../../../src/core/judge/omissions.js";
import { letterPolarities } from "../../../src/core/judge/polarity.js";
import { tokenize } from "../../../src/core/text/tokens.js";
import { letterContext } from "../../fixtures/letterContext.js";

// Invented letter of a fire and rescue inspectorate: padded so that IDF weights are meaningful.
const LETTER = [
  "The service has a clear plan for reducing risk in the county.",
  "Crews train regularly and staff morale is good.",
  "The information the board receives has not always been accurate, and as a result it has been slow to act.",
  "Too many engines spent most of the night unavailable because crews were missing.",
  "Home fire safety visits are well targeted at vulnerable residents.",
  "Firefighters do not record hydrant checks consistently.",
].join("\n\n");

function ctxOf(text: string) {
  const ctx = letterContext(text);
  return { ctx, sentences: ctx.sentences, polarities: letterPolarities(ctx.sentences) };
}

function reports(letterNeedle: string, press: string): boolean {
  const { ctx, sentences, polarities } = ctxOf(LETTER);
  const i = sentences.findIndex((s) => s.text.includes(letterNeedle));
  const s = sentences[i];
  if (s === undefined) throw new Error(`no letter sentence ${letterNeedle}`);
  const evidence = [{ stems: evidenceKeys(tokenize(press)), text: press, unsourced: false }];
  return findingCoverage(ctx, s, evidence, polarities[i]).reported;
}

describe("omission coverage on the finding's core", () => {
  it("a press sentence reporting one clause of a joined finding reports it (negative prefix matched)", () => {
    expect(
      reports("information the board receives", "The board was given inaccurate information, it found."),
    ).toBe(true);
  });

  it("drops quantifiers and hedges: 'too many … most of the night' is reported by 'half the engines'", () => {
    expect(
      reports("Too many engines", "Half of the engines were unavailable at night as crews were missing."),
    ).toBe(true);
  });

  it("never lets praise report a criticism", () => {
    expect(reports("hydrant checks", "Firefighters record hydrant checks carefully and well.")).toBe(false);
  });

  it("a participle with 'un' is not the opposite-free form: 'unlocked' never matches 'locked'", () => {
    expect(evidenceKeys(tokenize("unlocked")).has("lock")).toBe(false);
    expect(evidenceKeys(tokenize("inaccurate")).has(tokenize("accurate")[0]?.stem ?? "")).toBe(true);
  });

  it("a clause is not reported by press words of another tone", () => {
    expect(
      reports("information the board receives", "The board receives information about the county."),
    ).toBe(false);
  });
});

describe("recommendations, short clauses and partial reports", () => {
  const LETTER2 = [
    "The trust has a clear plan for its estate.",
    "Tenants told us that staff are polite.",
    "Repairs are not always logged, and the trust does not always tell tenants when contractors will visit.",
    "The board must urgently improve attendance at its residents' panel.",
    "Reports to the trust focused on rent and gave limited information about homes and services to tenants.",
    "The trust's gas safety checks are completed on time.",
  ].join("\n\n");

  function coverage(letterNeedle: string, press: string) {
    const { ctx, sentences, polarities } = ctxOf(LETTER2);
    const i = sentences.findIndex((s) => s.text.includes(letterNeedle));
    const s = sentences[i];
    if (s === undefined) throw new Error(`no letter sentence ${letterNeedle}`);
    const evidence = [{ stems: evidenceKeys(tokenize(press)), text: press, unsourced: false }];
    return { text: LETTER2, c: findingCoverage(ctx, s, evidence, polarities[i]) };
  }

  it("a two-word critical clause is reported by critical press words holding both, and the rest is omitted", () => {
    const { text, c } = coverage(
      "Repairs are not always logged",
      "Repairs were poorly logged, the regulator found.",
    );
    expect(c.reported).toBe(true);
    expect(c.whole).toBe(false);
    expect(c.omitted.map((o) => text.slice(o.start, o.end))).toEqual([
      "the trust does not always tell tenants when contractors will visit.",
    ]);
  });

  it("the addressee of a recommendation is not part of its core", () => {
    expect(
      coverage(
        "must urgently improve attendance",
        "Absence from the residents' panel is high and attendance poor.",
      ).c.reported,
    ).toBe(true);
  });

  it("a noun phrase cut off by 'and' is no finding of its own", () => {
    expect(
      coverage("Reports to the trust", "Some tenants have not received the services they deserve.").c
        .reported,
    ).toBe(false);
  });

  it("synonyms of custody and of numeracy are one sense for coverage", () => {
    const keys = (w: string) => evidenceKeys(tokenize(w));
    const shares = (a: string, b: string) => [...keys(a)].some((k) => keys(b).has(k));
    expect(shares("inmates", "prisoners")).toBe(true);
    expect(shares("maths", "mathematics")).toBe(true);
    expect(shares("housing", "accommodation")).toBe(true);
    expect(shares("housing", "mathematics")).toBe(false);
  });
});

describe("contrastParts", () => {
  const TURN =
    "The panel found some good work on tenancy support, but a third of tenants still moved out of the estate with nowhere settled to live.";

  it("reads the words after a turn from praise as a shortfall of their own", () => {
    const parts = contrastParts(TURN);
    expect(parts).toHaveLength(2);
    expect(parts[1]).toEqual({
      text: "a third of tenants still moved out of the estate with nowhere settled to live.",
      tone: "critical",
    });
  });

  it("leaves a sentence without a turn whole", () => {
    expect(contrastParts("The council answered most calls within a minute.")).toEqual([
      { text: "The council answered most calls within a minute." },
    ]);
  });

  it("a turned part reports a criticism that the sentence as a whole (praise) could not", () => {
    const letter = [
      "The council has a clear plan for its libraries.",
      "However, a third of tenants moved out of the estate without settled homes.",
      "Opening hours are published online.",
      "The council's repairs team is well staffed.",
    ].join("\n\n");
    const { ctx, sentences, polarities } = ctxOf(letter);
    const i = sentences.findIndex((s) => s.text.includes("moved out"));
    const s = sentences[i];
    if (s === undefined) throw new Error("no letter sentence");
    const evidence = contrastParts(TURN).map((p) => ({
      stems: evidenceKeys(tokenize(p.text)),
      text: p.text,
      tone: p.tone,
      unsourced: true,
    }));
    expect(polarities[i]).toBe("critical");
    expect(findingCoverage(ctx, s, evidence, polarities[i]).reported).toBe(true);
    expect(findingCoverage(ctx, s, evidence.slice(0, 1), polarities[i]).reported).toBe(false);
  });
});

describe("one press document asked about many letter sentences", () => {
  it("answers each letter sentence as it would be answered alone, in any order", () => {
    const { ctx, sentences, polarities } = ctxOf(LETTER);
    const texts = [
      "Half of the engines were unavailable at night as crews were missing.",
      "The board was given inaccurate information, it found.",
      "Crews train regularly, the report said.",
      "Hydrant checks are not recorded consistently by firefighters.",
    ];
    const evidenceOf = () =>
      texts.map((text) => ({ stems: evidenceKeys(tokenize(text)), text, unsourced: false }));
    const shared = evidenceOf();
    const alone = sentences.map((s, i) => findingCoverage(ctx, s, evidenceOf(), polarities[i]));
    const forwards = sentences.map((s, i) => findingCoverage(ctx, s, shared, polarities[i]));
    const backwards = [...sentences].reverse().map((s) => {
      const i = sentences.indexOf(s);
      return findingCoverage(ctx, s, shared, polarities[i]);
    });
    expect(forwards).toEqual(alone);
    expect(backwards.reverse()).toEqual(alone);
    expect(alone.filter((c) => c.reported).length).toBeGreaterThanOrEqual(3);
  });
});

describe("carrying a long finding's core", () => {
  // A made-up word list: more distinct core words than the coverage test's scratch space starts with.
  const WORDS = Array.from(
    { length: 90 },
    (_, i) => `zorb${String.fromCharCode(97 + (i % 26))}${Math.floor(i / 26)}x`,
  );
  const sentence = `Firefighters do not check ${WORDS.join(" ")}.`;

  it("counts each distinct word once, however long the core", () => {
    const ctx = letterContext(`${LETTER}\n\n${sentence}`);
    const s = ctx.sentences.find((x) => x.text.startsWith("Firefighters do not check zorb"));
    if (s === undefined) throw new Error("no long sentence");
    const carried = (press: string) =>
      findingCoverage(
        ctx,
        s,
        [{ stems: evidenceKeys(tokenize(press)), text: press, unsourced: false }],
        "critical",
      ).whole;
    expect(carried(`Firefighters never check ${WORDS.join(", ")}.`)).toBe(true);
    expect(carried(`Firefighters never check ${WORDS.slice(0, 30).join(", ")}.`)).toBe(false);
  });
});
