import { describe, expect, it } from "vitest";
import { ADVERSARIAL_TARGETS, exemptFromTimeTarget, OVER_TARGET_SLACK } from "../../bench/adversarial.mjs";
import { CASES } from "../../bench/adversarialCases.mjs";

// The adversarial bench holds every hostile input up to 1 MiB of press text to the 2 s target. A case
// is sized in its own unit (characters, repetitions, KB), so a text of curly quotes (3 bytes of UTF-8
// each) can weigh more than its size says; these tests keep the sizes honest without running the bench.
describe("adversarial cases", () => {
  const limit = ADVERSARIAL_TARGETS.maxBytes * OVER_TARGET_SLACK;

  it("every case not marked as over the target weighs at most 1 MiB (plus the slack) at its larger size", () => {
    for (const c of CASES.filter((x) => !x.overTarget && !x.memory)) {
      const larger = Math.max(...c.sizes);
      const bytes = Buffer.byteLength(c.make(larger).press);
      expect({ id: c.id, within: bytes <= limit }).toEqual({ id: c.id, within: true });
    }
  });

  it("only a case marked as over the target is exempt from the time target when it is over 1 MiB", () => {
    expect(exemptFromTimeTarget({}, 2 * limit)).toBe(false);
    expect(exemptFromTimeTarget({ overTarget: true }, 2 * limit)).toBe(true);
    expect(exemptFromTimeTarget({ memory: true }, 2 * limit)).toBe(true);
    expect(exemptFromTimeTarget({ overTarget: true }, limit)).toBe(false);
  });
});
