import { describe, expect, it } from "vitest";
import type { LetterContext } from "../../../src/core/judge/context.js";
import {
  CLAIM_PRECEDENCE,
  CLAIM_REVISIONS,
  DOCUMENT_REVISIONS,
  decide,
  decideByRules,
  FLAG_RULES,
  QUOTE_PRECEDENCE,
  QUOTE_REVISIONS,
} from "../../../src/core/judge/decide.js";
import { CLAIM_RULES, QUOTE_RULES } from "../../../src/core/judge/rules/index.js";
import type { Evidence, Verdict } from "../../../src/core/judge/rules/rule.js";

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

describe("decideByRules", () => {
  /** Invented rules over a string "analysis": each proposes its kind when the string names its id. */
  const ran: string[] = [];
  const proposing = (id: string, kind: Verdict["kind"]) => ({
    id,
    applies: (a: string): Evidence[] => {
      ran.push(id);
      return a.includes(id) ? [{ rule: id, verdict: verdict(kind, id) }] : [];
    },
  });
  const flagging = {
    id: "understated",
    applies: (a: string): Evidence[] => {
      ran.push("understated");
      return a.includes("soft") ? [{ rule: "understated", flag: "understated" }] : [];
    },
  };
  const rules = [
    proposing("paraphrase", "paraphrase"),
    proposing("number-mismatch", "overstated"),
    proposing("site-furniture", "not-checked"),
    proposing("not-a-claim", "not-checked"),
    flagging,
  ];
  const ctx = {} as LetterContext;
  const everyRule = (a: string) =>
    decide(
      rules.flatMap((r) => r.applies(a)),
      CLAIM_PRECEDENCE,
    );

  it("decides as decide does over every rule's evidence", () => {
    for (const a of [
      "paraphrase number-mismatch soft",
      "paraphrase soft",
      "site-furniture paraphrase soft",
      "not-a-claim soft",
    ])
      expect(decideByRules(rules, CLAIM_PRECEDENCE, a, ctx)).toEqual(everyRule(a));
  });

  it("runs no rule below the row that decides, and the flag rules only for a restatement", () => {
    ran.length = 0;
    decideByRules(rules, CLAIM_PRECEDENCE, "site-furniture paraphrase soft", ctx);
    expect(ran).toEqual(["site-furniture"]);
    ran.length = 0;
    const d = decideByRules(rules, CLAIM_PRECEDENCE, "number-mismatch paraphrase soft", ctx);
    expect(ran).toEqual(["site-furniture", "number-mismatch", "understated"]);
    expect(d.rules).toEqual(["number-mismatch", "understated"]);
  });
});
