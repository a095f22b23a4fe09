/**
 * Issue 14, item 4: a caveat clause dropped from the same letter sentence is `selective`; reasons name
 * the real change; "as-needed" is not "needed". Invented sentences only (ESLint RuleTester style).
 */
import { describe, expect, it } from "vitest";
import { withoutConditionalNeed } from "../../../src/core/judge/conditionalNeed.js";
import { criticismIn } from "../../../src/core/judge/polarity.js";
import { findingsOf } from "../../fixtures/judgeAgainst.js";

const letterOf = (...sentences: string[]) =>
  `Dear Mr Lowe\n\nInspection of Ashcroft Lodge\n\n${sentences.join(" ")} Residents told us they enjoy the garden.\n\nYours sincerely`;

function only(letter: string, press: string) {
  const found = findingsOf(letter, press).filter((f) => f.kind !== "not-checked");
  expect(found).toHaveLength(1);
  return found[0] as NonNullable<(typeof found)[0]>;
}

describe("clause-caveat: a caveat clause dropped from the same sentence", () => {
  const letter = letterOf(
    "Night staffing on the dementia unit has improved since the spring, but the unit still depends on agency carers at weekends.",
  );

  const invalid = [
    "The inspectors said night staffing on the dementia unit has improved.",
    "Inspectors found that night staffing on the dementia unit has improved since the spring.",
  ];
  for (const press of invalid) {
    it(`flags "${press}" selective and quotes the dropped clause`, () => {
      const f = only(letter, press);
      expect(f.flags).toContain("selective");
      expect(f.rules).toContain("clause-caveat");
      expect(f.reason).toContain('"but the unit still depends on agency carers at weekends."');
    });
  }

  const valid = [
    // The press keeps the clause.
    "Inspectors said night staffing on the dementia unit has improved since the spring, but the unit still depends on agency carers at weekends.",
  ];
  for (const press of valid) {
    it(`does not flag "${press}"`, () => {
      expect(only(letter, press).flags).not.toContain("selective");
    });
  }

  it("does not flag when another press sentence reports the clause", () => {
    const found = findingsOf(
      letter,
      "Inspectors said night staffing on the dementia unit has improved. The unit still depends on agency carers at weekends, they added.",
    );
    expect(found.some((f) => f.flags.includes("selective"))).toBe(false);
  });

  it("does not take 'not only … but also' for a turn", () => {
    const praise = letterOf(
      "The new manager has not only improved night staffing on the dementia unit but also introduced weekly training.",
    );
    const f = only(
      praise,
      "Inspectors said the new manager has improved night staffing on the dementia unit.",
    );
    expect(f.flags).not.toContain("selective");
  });
});

describe("conditional need: 'as-needed' is not criticism", () => {
  it("blanks 'as-needed', 'when required', 'as and when needed' but keeps 'improvement is needed'", () => {
    expect(criticismIn("Staff give as-needed medicines with care and record why.")).toBeUndefined();
    expect(criticismIn("Extra carers are brought in when required.")).toBeUndefined();
    expect(criticismIn("Families can visit as and when needed.")).toBeUndefined();
    expect(criticismIn("Further improvement is needed in record keeping.")).toBe("needed");
    expect(withoutConditionalNeed("as-needed pain relief")).toHaveLength("as-needed pain relief".length);
  });

  it("names the dropped 'mostly' as the change, never 'needed' from 'as-needed'", () => {
    const letter = letterOf(
      "Medicines are mostly managed safely, and staff give as-needed medicines with care.",
    );
    const f = only(letter, "The report said medicines are managed safely.");
    expect(f.kind).toBe("overstated");
    expect(f.reason).toContain('"mostly"');
    expect(f.reason).not.toMatch(/"needed"/);
  });
});
