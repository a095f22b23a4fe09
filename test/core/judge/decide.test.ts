import { describe, expect, it } from "vitest";
import {
  CLAIM_PRECEDENCE,
  CLAIM_REVISIONS,
  DOCUMENT_REVISIONS,
  decide,
  FLAG_RULES,
  QUOTE_PRECEDENCE,
  QUOTE_REVISIONS,
} from "../../../src/core/judge/decide.js";
import { CLAIM_RULES, QUOTE_RULES } from "../../../src/core/judge/rules/index.js";
import type { Verdict } from "../../../src/core/judge/rules/rule.js";

const verdict = (kind: Verdict["kind"], reason: string): Verdict => ({
  kind,
  flags: [],
  letter: [],
  similarity: 0.5,
  reason,
});

describe("the precedence tables", () => {
  it("name every rule of the registry exactly once, and no rule the registry lacks", () => {
    const registry = [...CLAIM_RULES, ...QUOTE_RULES].map((r) => r.id);
    const tabled = [
      ...CLAIM_PRECEDENCE.map((r) => r.rule),
      ...QUOTE_PRECEDENCE.map((r) => r.rule),
      ...FLAG_RULES.map((r) => r.rule),
    ];
    expect(new Set(tabled).size).toBe(tabled.length);
    expect([...registry].sort()).toEqual([...tabled].sort());
    const revisions = [...CLAIM_REVISIONS, ...QUOTE_REVISIONS, ...DOCUMENT_REVISIONS].map((r) => r.id);
    for (const id of revisions) expect(tabled).not.toContain(id);
  });

  it("give every rule a kebab-case id and a description", () => {
    for (const r of [
      ...CLAIM_RULES,
      ...QUOTE_RULES,
      ...CLAIM_REVISIONS,
      ...QUOTE_REVISIONS,
      ...DOCUMENT_REVISIONS,
    ]) {
      expect(r.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(r.describe.length).toBeGreaterThan(10);
    }
  });
});

describe("decide", () => {
  it("lets the highest row that proposes a kind decide", () => {
    const d = decide(
      [
        { rule: "paraphrase", verdict: verdict("paraphrase", "in other words") },
        { rule: "number-mismatch", verdict: verdict("overstated", "a figure changed") },
      ],
      CLAIM_PRECEDENCE,
    );
    expect(d.kind).toBe("overstated");
    expect(d.rules).toEqual(["number-mismatch"]);
  });

  it("adds the flag rules' flags to a restatement, and names them", () => {
    const d = decide(
      [
        { rule: "understated", flag: "understated" },
        { rule: "paraphrase", verdict: verdict("paraphrase", "in other words") },
      ],
      CLAIM_PRECEDENCE,
    );
    expect(d.flags).toEqual(["understated"]);
    expect(d.rules).toEqual(["paraphrase", "understated"]);
  });

  it("gives no flag to a verdict that is no restatement", () => {
    const d = decide(
      [
        { rule: "understated", flag: "understated" },
        { rule: "grade-false", verdict: verdict("unsupported", "a grade the letter does not give") },
      ],
      CLAIM_PRECEDENCE,
    );
    expect(d.flags).toEqual([]);
    expect(d.rules).toEqual(["grade-false"]);
  });
});
