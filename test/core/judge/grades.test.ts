import { describe, expect, it } from "vitest";
import {
  areaMatch,
  canonicalArea,
  type GradeClaim,
  gradeOf,
  judgeGrades,
  letterGrades,
  pressGradeClaims,
} from "../../../src/core/judge/grades.js";
import { judgeClaim } from "../../../src/core/judge/judgeClaim.js";
import { segmentSentences } from "../../../src/core/segment/sentences.js";
import { sentence } from "../../fixtures/bodySentence.js";
import { letterContext } from "../../fixtures/letterContext.js";

// Invented letters of several regulators (no seed wording).
const OFSTED_ACADEMY = [
  "Inspection of Harbourside Academy",
  "",
  "Overall effectiveness Good",
  "",
  "The quality of education Good",
  "",
  "Behaviour and attitudes Outstanding",
  "",
  "Personal development Good",
  "",
  "Leadership and management Good",
  "",
  "Sixth-form provision Requires improvement",
  "",
  "Previous inspection grade Requires improvement",
  "",
  "Pupils enjoy coming to school and attend well. Teachers check what pupils know before moving on.",
  "",
].join("\n");

const CQC_HOME = [
  "Ratings",
  "",
  "Overall rating for this service\tGood",
  "",
  "Are services safe?\tRequires improvement",
  "Are services effective?\tGood",
  "Are services caring?\tOutstanding",
  "Are services responsive?\tGood",
  "Are services well-led?\tGood",
  "",
  "Overall, the service is rated as good.",
  "",
  "Medicines were not always stored at the right temperature. People said staff treated them with great warmth.",
  "",
].join("\n");

const SCOTTISH_NURSERY = [
  "How good is our care, play and learning?\t5 - Very good",
  "How good is our setting?",
  "3 - Adequate",
  "How good is our leadership?\t4 - Good",
  "",
  "How good is our setting?\t3 - Adequate",
  "",
  "We evaluated this key question as adequate, where strengths just outweighed weaknesses.",
  "",
  "The outdoor area was small and some play equipment was worn.",
  "",
].join("\n");

const HMICFRS_FORCE = [
  "Our judgments",
  "",
  "Good\tInvestigating crime",
  "\tProtecting vulnerable people",
  "Requires improvement\tResponding to the public",
  "Inadequate\tManaging offenders and suspects",
  "",
  "Eastvale Constabulary is good at investigating crime.",
  "",
  "Eastvale Constabulary requires improvement at responding to the public. Too many emergency calls wait.",
  "",
].join("\n");

const COUNCIL_PROSE = [
  "Inspection of Northbridge children's services.",
  "",
  "Following this inspection, the local authority was judged inadequate. Leaders have not acted quickly enough.",
  "",
].join("\n");

const pairs = (claims: GradeClaim[]) => claims.map((c) => [c.area, c.grade]);

describe("grade vocabulary", () => {
  it("names each written grade canonically, across scales", () => {
    expect(gradeOf("Requires Improvement")).toBe("requires improvement");
    expect(gradeOf("needs improvement")).toBe("requires improvement");
    expect(gradeOf("Very good")).toBe("very good");
    expect(gradeOf("inadequate")).toBe("inadequate");
    expect(gradeOf("adequate")).toBe("adequate");
    expect(gradeOf("Unsatisfactory")).toBe("unsatisfactory");
    expect(gradeOf("expected standard")).toBe("expected standard");
    expect(gradeOf("pleasant")).toBeUndefined();
  });

  it("reduces area names to plain words: overall, previous inspection, the question's subject", () => {
    expect(canonicalArea("Overall effectiveness")).toBe("overall");
    expect(canonicalArea("Overall rating for this service")).toBe("overall");
    expect(canonicalArea("Previous inspection grade")).toBe("previous inspection");
    expect(canonicalArea("Are services caring?")).toBe("caring");
    expect(canonicalArea("How good is our setting?")).toBe("setting");
    expect(canonicalArea("its environment")).toBe("environment");
  });

  it("matches areas by stems and synonyms, never across different areas", () => {
    expect(areaMatch("well-led", "leadership and management")).toBeGreaterThan(0);
    expect(areaMatch("leadership", "well-led")).toBeGreaterThan(0);
    expect(areaMatch("environment", "setting")).toBeGreaterThan(0);
    expect(areaMatch("care planning", "care and support planned")).toBeGreaterThan(0);
    expect(areaMatch("investigation of crime", "investigating crime")).toBeGreaterThan(0);
    expect(areaMatch("caring", "safe")).toBe(0);
    expect(areaMatch("answering calls", "responding to the public")).toBe(0);
    expect(areaMatch("caring", "overall")).toBe(0);
  });
});

describe("letterGrades", () => {
  it("reads an Ofsted-style grade table, with offsets and the sentence of each row", () => {
    const sentences = segmentSentences(OFSTED_ACADEMY);
    const grades = letterGrades(OFSTED_ACADEMY, sentences);
    expect(grades.map((g) => [g.area, g.grade])).toEqual([
      ["overall", "good"],
      ["quality of education", "good"],
      ["behaviour and attitudes", "outstanding"],
      ["personal development", "good"],
      ["leadership and management", "good"],
      ["sixth-form provision", "requires improvement"],
      ["previous inspection", "requires improvement"],
    ]);
    const sixth = grades[5];
    expect(OFSTED_ACADEMY.slice(sixth?.start, sixth?.end)).toBe("Sixth-form provision Requires improvement");
    expect(sentences[sixth?.sentence ?? -1]?.text).toBe("Sixth-form provision Requires improvement");
  });

  it("reads CQC question rows (cut at their '?') and the overall grade in prose", () => {
    const sentences = segmentSentences(CQC_HOME);
    const grades = letterGrades(CQC_HOME, sentences);
    const caring = grades.find((g) => g.area === "caring");
    expect(caring?.grade).toBe("outstanding");
    expect(caring?.sentences.map((i) => sentences[i]?.text)).toEqual(["Are services caring?", "Outstanding"]);
    const prose = grades.filter((g) => g.form === "prose");
    expect(prose.map((g) => [g.area, g.grade])).toEqual([["overall", "good"]]);
    expect(CQC_HOME.slice(prose[0]?.start, prose[0]?.end)).toBe("Overall, the service is rated as good");
  });

  it("reads six-point grades beside or under their question, and 'this key question' in prose", () => {
    const grades = letterGrades(SCOTTISH_NURSERY, segmentSentences(SCOTTISH_NURSERY));
    expect(grades.map((g) => [g.area, g.grade, g.form])).toEqual([
      ["care, play and learning", "very good", "table"],
      ["setting", "adequate", "table"],
      ["leadership", "good", "table"],
      ["setting", "adequate", "table"],
      ["setting", "adequate", "prose"],
    ]);
  });

  it("reads HMICFRS grade-first rows, their continuation lines and the prose judgements", () => {
    const grades = letterGrades(HMICFRS_FORCE, segmentSentences(HMICFRS_FORCE));
    expect(grades.filter((g) => g.form === "table").map((g) => [g.area, g.grade])).toEqual([
      ["investigating crime", "good"],
      ["protecting vulnerable people", "good"],
      ["responding to the public", "requires improvement"],
      ["managing offenders and suspects", "inadequate"],
    ]);
    expect(grades.filter((g) => g.form === "prose").map((g) => [g.area, g.grade])).toEqual([
      ["investigating crime", "good"],
      ["responding to the public", "requires improvement"],
    ]);
  });

  it("takes an area-less judgement of the inspected body as the overall grade", () => {
    const grades = letterGrades(COUNCIL_PROSE, segmentSentences(COUNCIL_PROSE));
    expect(grades.map((g) => [g.area, g.grade])).toEqual([["overall", "inadequate"]]);
  });

  it("does not read a scale's explanation or ordinary praise as grades", () => {
    const text =
      "We use a six point scale where 1 is unsatisfactory and 6 is excellent\n\nStaff had a good understanding of safeguarding. The garden was good.\n";
    expect(letterGrades(text, segmentSentences(text))).toEqual([]);
  });
});

describe("pressGradeClaims", () => {
  it("reads a list of areas after one grade", () => {
    const s = "We are proud that CQC rated us Outstanding for being caring and for being responsive.";
    const claims = pressGradeClaims(s);
    expect(pairs(claims)).toEqual([
      ["caring", "outstanding"],
      ["responsive", "outstanding"],
    ]);
    expect(s.slice(claims[0]?.start, claims[0]?.end)).toBe(
      "CQC rated us Outstanding for being caring and for being responsive",
    );
    expect(s.slice(claims[0]?.gradeStart, claims[0]?.gradeEnd)).toBe("Outstanding");
  });

  it("reads two grades in one sentence, each with its own areas", () => {
    const s = "The nursery received grades of very good for play and learning, and adequate for its setting.";
    expect(pairs(pressGradeClaims(s))).toEqual([
      ["play", "very good"],
      ["learning", "very good"],
      ["setting", "adequate"],
    ]);
  });

  it("reads a subject list graded together", () => {
    const s = "Personal development, leadership and the quality of education were all judged to be good.";
    expect(pairs(pressGradeClaims(s))).toEqual([
      ["personal development", "good"],
      ["leadership", "good"],
      ["quality of education", "good"],
    ]);
  });

  it("reads a previous inspection's grade", () => {
    expect(
      pairs(
        pressGradeClaims(
          "Harbourside Academy was rated requires improvement at its last inspection in 2021.",
        ),
      ),
    ).toEqual([["previous inspection", "requires improvement"]]);
    expect(pairs(pressGradeClaims("The home, which has 40 beds, was previously rated good."))).toEqual([
      ["previous inspection", "good"],
    ]);
    expect(pairs(pressGradeClaims("The council was downgraded from good to inadequate."))).toEqual([
      ["previous inspection", "good"],
      ["overall", "inadequate"],
    ]);
  });

  it("reads HMICFRS shapes: branded, 'is … at', and a quoted grade", () => {
    expect(
      pairs(
        pressGradeClaims(
          "Eastvale Constabulary has been branded inadequate at managing offenders, a report says.",
        ),
      ),
    ).toEqual([["managing offenders", "inadequate"]]);
    expect(pairs(pressGradeClaims("The force is good at investigating crime, inspectors found."))).toEqual([
      ["investigating crime", "good"],
    ]);
    const quoted = "Nursery rated ‘adequate’ for its setting after garden worries";
    const [claim] = pressGradeClaims(quoted);
    expect(claim?.area).toBe("setting");
    expect(quoted.slice(claim?.gradeStart, claim?.gradeEnd)).toBe("‘adequate’");
  });

  it("reads a scale digit with the grade and a grade held as a rating", () => {
    expect(pairs(pressGradeClaims("Leadership at the nursery was graded 4 – Good by inspectors."))).toEqual([
      ["leadership at the nursery", "good"],
    ]);
    expect(pairs(pressGradeClaims("The academy received a 'requires improvement' rating."))).toEqual([
      ["academy", "requires improvement"],
    ]);
  });

  it("takes the inspected body as a candidate for the overall grade", () => {
    const [claim] = pressGradeClaims(
      "A Northbridge care home has been rated inadequate after a visit in May.",
    );
    expect(claim?.grade).toBe("inadequate");
    expect(claim?.orOverall).toBe(true);
  });

  it("ignores aims, hopes, ranges, denials, other bodies and links to other stories", () => {
    for (const s of [
      "The academy aims to be rated outstanding at its next inspection.",
      "Staff are working towards being rated good.",
      "We hope to be judged excellent when inspectors return.",
      "Its sister academy was rated outstanding last year.",
      "Nationally, 89% of schools are rated good or outstanding.",
      "The home is no longer rated outstanding.",
      "Read more: Riverside nursery rated excellent for a second time",
      "The rating of good reflects years of hard work by our staff.",
      "Staff had a good understanding of the children's needs.",
    ]) {
      expect(pressGradeClaims(s), s).toEqual([]);
    }
  });
});

describe("judgeGrades", () => {
  it("confirms true grades from a CQC table, naming the letter's rows", () => {
    const ctx = letterContext(CQC_HOME);
    const j = judgeGrades(
      ctx,
      sentence("The watchdog rated the home Good for being effective and well-led."),
    );
    expect(j?.kind).toBe("paraphrase");
    expect(j?.reason).toBe("reports the letter's grades: effective – good, well-led – good");
    expect(j?.letter.map((s) => s.text)).toEqual([
      "Are services effective?",
      "Good",
      "Are services well-led?",
      "Good",
    ]);
  });

  it("finds a false grade for one area, even beside a true one", () => {
    const ctx = letterContext(CQC_HOME);
    const j = judgeGrades(ctx, sentence("CQC rated the home good for being caring and for being safe."));
    expect(j?.kind).toBe("unsupported");
    expect(j?.reason).toBe("the letter grades caring as outstanding, not good");
    expect(j?.letter.map((s) => s.text)).toEqual(["Are services caring?", "Outstanding"]);
  });

  it("checks an overall grade, the body's name standing for the whole inspection", () => {
    const ctx = letterContext(OFSTED_ACADEMY);
    const wrong = judgeGrades(ctx, sentence("Harbourside Academy has been rated outstanding by Ofsted."));
    expect(wrong?.kind).toBe("unsupported");
    expect(wrong?.reason).toBe("the letter's overall grade is good, not outstanding");
    const right = judgeGrades(ctx, sentence("Harbourside Academy has been rated good by Ofsted."));
    expect(right?.kind).toBe("paraphrase");
    expect(right?.letter.map((s) => s.text)).toEqual(["Overall effectiveness Good"]);
  });

  it("matches a previous inspection's grade to the table's previous grade, not the new one", () => {
    const ctx = letterContext(OFSTED_ACADEMY);
    const j = judgeGrades(
      ctx,
      sentence("The academy was rated requires improvement at its previous inspection in 2021."),
    );
    expect(j?.kind).toBe("paraphrase");
    expect(j?.letter.map((s) => s.text)).toEqual(["Previous inspection grade Requires improvement"]);
    const wrong = judgeGrades(ctx, sentence("The academy was previously rated inadequate."));
    expect(wrong?.kind).toBe("unsupported");
    expect(wrong?.reason).toBe(
      "the letter grades previous inspection as requires improvement, not inadequate",
    );
  });

  it("matches areas by synonyms (well-led ~ leadership and management, environment ~ setting)", () => {
    expect(
      judgeGrades(
        letterContext(OFSTED_ACADEMY),
        sentence("Ofsted rated the academy good for being well-led."),
      )?.kind,
    ).toBe("paraphrase");
    const nursery = letterContext(SCOTTISH_NURSERY);
    expect(judgeGrades(nursery, sentence("The nursery was graded adequate for its environment."))?.kind).toBe(
      "paraphrase",
    );
    const weak = judgeGrades(nursery, sentence("The nursery has been graded weak for its environment."));
    expect(weak?.kind).toBe("unsupported");
    expect(weak?.reason).toBe("the letter grades setting as adequate, not weak");
  });

  it("checks a subject list and HMICFRS areas", () => {
    const ctx = letterContext(HMICFRS_FORCE);
    expect(
      judgeGrades(
        ctx,
        sentence("Investigating crime and protecting vulnerable people were both judged to be good."),
      )?.kind,
    ).toBe("paraphrase");
    const wrong = judgeGrades(ctx, sentence("The force was rated good at responding to the public."));
    expect(wrong?.kind).toBe("unsupported");
    expect(wrong?.reason).toBe(
      "the letter grades responding to the public as requires improvement, not good",
    );
  });

  it("leaves areas the letter does not grade, and sentences without grades, to the other rules", () => {
    const ctx = letterContext(CQC_HOME);
    expect(judgeGrades(ctx, sentence("The home was rated good for its catering."))).toBeUndefined();
    expect(judgeGrades(ctx, sentence("Medicines were stored correctly."))).toBeUndefined();
    expect(
      judgeGrades(ctx, sentence("The home aims to be rated outstanding for being safe.")),
    ).toBeUndefined();
  });
});

describe("grades in judgeClaim", () => {
  it("reports a false grade as unsupported whatever words it shares with the letter", () => {
    const ctx = letterContext(CQC_HOME);
    const j = judgeClaim(ctx, sentence("Inspectors rated the home good for being safe."), "regulator");
    expect(j.kind).toBe("unsupported");
    expect(j.reason).toMatch(/grades safe as requires improvement/);
  });

  it("reports true grades with little else as a paraphrase of the grade rows", () => {
    const ctx = letterContext(CQC_HOME);
    const j = judgeClaim(
      ctx,
      sentence("The home was rated good for being effective and responsive."),
      "regulator",
    );
    expect(j.kind).toBe("paraphrase");
    expect(j.letter.map((s) => s.text)).toContain("Are services responsive?");
  });

  it("still judges the rest of a sentence whose grade is true", () => {
    const ctx = letterContext(OFSTED_ACADEMY);
    const j = judgeClaim(
      ctx,
      sentence(
        "The academy was rated good after inspectors found pupils were failed by chaotic science lessons.",
      ),
      "regulator",
    );
    expect(j.kind).toBe("unsupported");
  });
});

describe("Ofsted children's-services grades", () => {
  // Invented: long judgement names, the full grade "Requires improvement to be good", pipe cells.
  const ILACS = [
    "Inspection of Fernley children's services",
    "",
    "The impact of leaders on social work practice with children and families | Requires improvement to be good",
    "The experiences and progress of children who need help and protection | Good",
    "The experiences and progress of care leavers | Inadequate",
    "Overall effectiveness | Requires improvement to be good",
    "",
    "Leaders know the service well.",
  ].join("\n");

  it("reads 'Requires improvement to be good' as one grade, not a second grade of good", () => {
    expect(gradeOf("Requires improvement to be good")).toBe("requires improvement");
    expect(gradeOf("require improvement to be good")).toBe("requires improvement");
    expect(
      pairs(pressGradeClaims("Ofsted found that the service requires improvement to be good.")),
    ).not.toContainEqual(expect.arrayContaining(["good"]));
  });

  it("reads an area led by the inspected body's name as the area, not the body", () => {
    const ctx = letterContext(ILACS);
    const right = judgeGrades(ctx, sentence("Fernley care leavers service rated 'inadequate' by Ofsted"));
    expect(right?.kind).toBe("paraphrase");
    const wrong = judgeGrades(ctx, sentence("Fernley's care leavers service was rated good by Ofsted."));
    expect(wrong?.kind).toBe("unsupported");
  });

  it("reads a bare object before 'to be' or 'as' as the graded thing", () => {
    expect(pairs(pressGradeClaims("Inspectors judged behaviour to be outstanding."))).toEqual([
      ["behaviour", "outstanding"],
    ]);
    expect(pairs(pressGradeClaims("Ofsted judged Fernley Council to be good."))).toEqual([
      ["fernley council", "good"],
    ]);
    const ctx = letterContext(ILACS);
    expect(
      judgeGrades(ctx, sentence("Ofsted has judged Fernley's children's services to be good."))?.kind,
    ).toBe("unsupported");
  });

  it("reads long judgement names and pipe-separated cells as table rows", () => {
    const grades = letterGrades(ILACS, segmentSentences(ILACS));
    expect(grades.map((g) => [g.area, g.grade])).toEqual([
      ["impact of leaders on social work practice with children and families", "requires improvement"],
      ["experiences and progress of children who need help and protection", "good"],
      ["experiences and progress of care leavers", "inadequate"],
      ["overall", "requires improvement"],
    ]);
  });
});
