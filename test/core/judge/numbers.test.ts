import { describe, expect, it } from "vitest";
import { extractQuantities, findNumberMismatch, fits } from "../../../src/core/judge/numbers.js";

const only = (text: string) => {
  const qs = extractQuantities(text);
  expect(qs).toHaveLength(1);
  return qs[0] as NonNullable<(typeof qs)[0]>;
};

describe("extractQuantities", () => {
  it("reads percentages written three ways, with offsets and the counted noun", () => {
    const text = "The trust discharged 64% of patients, 64 per cent of visitors and 64 percent of carers.";
    const qs = extractQuantities(text);
    expect(qs.map((q) => q.text)).toEqual(["64%", "64 per cent", "64 percent"]);
    expect(qs.map((q) => q.value)).toEqual([64, 64, 64]);
    expect(qs.map((q) => q.noun)).toEqual([["patient"], ["visitor"], ["carer"]]);
    for (const q of qs) expect(text.slice(q.start, q.end)).toBe(q.text);
  });

  it("reads 'up 12%' as a change and 'make up 12%' (constitute) as a share", () => {
    expect(only("Fares went up 12% last year.").dimension).toBe("change");
    expect(only("Night buses make up 12% of services.").dimension).toBe("share");
    expect(only("Temporary staff made up 30% of the team.").dimension).toBe("share");
  });

  it("reads decimals and counts with commas, multipliers and number words", () => {
    expect(only("Response times met the target in 73.6% of fire calls.").precision).toBeCloseTo(0.1);
    const cases = only("The ombudsman held 2,350 open complaints.");
    expect(cases).toMatchObject({ dimension: "count", value: 2350, noun: ["open", "complaint"] });
    expect(only("The board reported twelve serious incidents.").value).toBe(12);
    expect(only("The scheme reached 1.5 million households.").value).toBe(1_500_000);
  });

  it("reads fractions, ratios and verbal proportions as intervals", () => {
    const third = only("Almost a third of bus services ran late.");
    expect(third.lo).toBeCloseTo(28.33, 1);
    expect(third.hi).toBeCloseTo(33.33, 1);
    expect(third.noun).toContain("servic");
    const half = only("Nearly half of tenants waited for repairs.");
    expect([half.lo, half.hi]).toEqual([42.5, expect.closeTo(50, 5)]);
    expect(only("Two in five libraries shortened their hours.").value).toBe(40);
    expect(only("The auditors found 7 of 28 contracts lacked a signature.").value).toBe(25);
    const quarter = only("More than a quarter of inspections were late.");
    expect(quarter.lo).toBeGreaterThan(25);
    expect(quarter.bound).toBe("above");
    expect(only("The majority of wards had a named matron.").lo).toBeGreaterThan(50);
    expect(only("Most residents felt safe in the home.").lo).toBeGreaterThan(50);
    expect(only("Around a fifth of drivers failed the test.").lo).toBeCloseTo(17);
  });

  it("marks percentage rises and falls as changes, not shares", () => {
    expect(only("Complaints rose by 12% over the year.").dimension).toBe("change");
    expect(only("Missed bin collections were up 8%.").dimension).toBe("change");
  });

  it("ignores years, dates, times, ages, money, phone numbers, grades, labels and paragraph numbers", () => {
    const none = [
      "The council was inspected on 3 and 4 October 2023.",
      "Inspectors visited on November 12 at 9:30am.",
      "The service supports 16-to-25-year-olds and an 11-year-old in Year 7 at key stage 3.",
      "The contract is worth £4.2m and the helpline is 0800 123456.",
      "The water company kept its G2 rating and was graded 3 – Requires improvement.",
      "As paragraph 2.4 sets out, the A38 junction 5 works continued.",
      "The authority was last inspected in 2019.",
    ];
    for (const text of none) expect(extractQuantities(text), text).toEqual([]);
    expect(extractQuantities("3.2 Leaders of the fire service act on feedback.")).toEqual([]);
  });

  it("does not count a number that names the thing a share counts (emergency numbers)", () => {
    const qs = extractQuantities("The service answered 88.1% of 111 calls promptly.");
    expect(qs.map((q) => q.text)).toEqual(["88.1%"]);
    expect(qs[0]?.noun).toEqual(["call", "promptli"]);
  });

  it("leaves out a count with no noun it counts", () => {
    expect(extractQuantities("The figure was 40 in total.")).toEqual([]);
  });

  it("marks a figure whose clause is negated", () => {
    expect(only("Over a tenth of ambulances were not cleaned daily.").negated).toBe(true);
    expect(only("Over a tenth of ambulances were cleaned daily.").negated).toBe(false);
  });
});

describe("fits", () => {
  const q = (t: string) => only(t);
  it("accepts rounding of stated figures, not a different figure", () => {
    expect(fits(q("Some 64% of claims were paid."), q("64.3% of claims were paid."))).toBe(true);
    expect(fits(q("Only 64% of claims were paid."), q("64.3% of claims were paid."))).toBe(true);
    expect(fits(q("Only 65% of claims were paid."), q("64.3% of claims were paid."))).toBe(false);
  });
  it("holds two bounds on the same side to the same threshold", () => {
    expect(fits(q("Uptake was below 50% in rural areas."), q("Uptake is below 60% in rural areas."))).toBe(
      false,
    );
    expect(fits(q("Uptake was 55% in rural areas."), q("Uptake is below 60% in rural areas."))).toBe(true);
  });
});

describe("findNumberMismatch", () => {
  it("reports a hedged proportion that does not contain the letter's figure", () => {
    const letter = ["At the time of the visit, 36% of care plans had not been reviewed within six months."];
    expect(findNumberMismatch("Nearly half of care plans had not been reviewed.", letter)).toBe(
      'says "Nearly half"; the letter says "36%"',
    );
    expect(
      findNumberMismatch("More than a third of care plans had not been reviewed.", letter),
    ).toBeUndefined();
    expect(findNumberMismatch("Around a third of care plans had not been reviewed.", letter)).toBeUndefined();
  });

  it("holds 'almost' to a value a little below the fraction", () => {
    const letter = ["Council tax arrears were recovered in 26% of the sampled accounts."];
    expect(
      findNumberMismatch("Almost a third of the sampled accounts had arrears recovered.", letter),
    ).toMatch(/Almost a third.*26%/);
    const closer = ["Council tax arrears were recovered in 31% of the sampled accounts."];
    expect(
      findNumberMismatch("Almost a third of the sampled accounts had arrears recovered.", closer),
    ).toBeUndefined();
  });

  it("compares a changed figure with the letter's one figure when neither names a noun", () => {
    const letter = ["Library visits reached 72.5% of the pre-closure level by the summer."];
    expect(findNumberMismatch("Library visits, at 62.5 per cent, have not recovered.", letter)).toMatch(
      /62\.5 per cent.*72\.5%/,
    );
    expect(
      findNumberMismatch("Library visits, at 72.5 per cent, have not recovered.", letter),
    ).toBeUndefined();
  });

  it("picks the letter figure that counts the same noun", () => {
    const letter = [
      "In the survey, 52% of residents said bins were collected on time, and 17% of streets were littered.",
    ];
    expect(findNumberMismatch("Nearly a quarter of streets were littered.", letter)).toMatch(
      /Nearly a quarter.*17%/,
    );
    expect(findNumberMismatch("About a sixth of streets were littered.", letter)).toBeUndefined();
  });

  it("accepts the complement when one side is negated", () => {
    const letter = ["The helpline answered 68.2 percent of calls within two minutes."];
    expect(
      findNumberMismatch("Almost a third of calls were not answered within two minutes.", letter),
    ).toBeUndefined();
    expect(findNumberMismatch("Nearly half of calls were not answered within two minutes.", letter)).toMatch(
      /Nearly half/,
    );
  });

  it("compares counts only when they count the same thing", () => {
    const letter = ["The panel made 9 recommendations and identified 3 areas for improvement."];
    expect(findNumberMismatch("The panel made 11 recommendations.", letter)).toMatch(/11.*9/);
    expect(findNumberMismatch("The panel made 9 recommendations to the board.", letter)).toBeUndefined();
    expect(findNumberMismatch("The panel met 11 councillors.", letter)).toBeUndefined();
  });

  it("compares ratios with percentages and verbal proportions with figures", () => {
    const letter = ["Inspectors found 6 of 40 foster carers had no up-to-date training."];
    expect(
      findNumberMismatch("Fifteen per cent of foster carers had no up-to-date training.", letter),
    ).toBeUndefined();
    expect(findNumberMismatch("Most foster carers had no up-to-date training.", letter)).toMatch(/Most/);
  });

  it("never compares years, dates or grades, and is silent when the letter has no figure", () => {
    const letter = ["The regulator inspected the trust on 4 May 2022 and rated it 2 – Good."];
    expect(
      findNumberMismatch("The trust was inspected on 5 May 2021 and rated 3 – Good.", letter),
    ).toBeUndefined();
    expect(
      findNumberMismatch("Almost half of wards were short-staffed.", ["Some wards were short-staffed."]),
    ).toBeUndefined();
  });

  it("does not pair figures that count the same noun but say different things of it", () => {
    const letter = ["In the autumn term, 41% of pupils were persistently absent from lessons."];
    expect(
      findNumberMismatch("Most pupils were attending regularly, the watchdog said.", letter),
    ).toBeUndefined();
    const staff = ["Inspectors spoke with 120 staff during the visit to the hospice."];
    expect(
      findNumberMismatch("The hospice, which employs 1,200 staff, welcomed the visit.", staff),
    ).toBeUndefined();
  });

  it("keeps percentage changes apart from shares", () => {
    const letter = ["Complaints rose by 18% and 40% of them were upheld."];
    expect(findNumberMismatch("Complaints rose by 18%.", letter)).toBeUndefined();
    expect(findNumberMismatch("Complaints rose by 30%.", letter)).toMatch(/30%.*18%/);
  });
});
