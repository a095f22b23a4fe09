import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/segment/analyse.js";
import { splitBlocks } from "../../../src/core/segment/blocks.js";
import { boilerplateBlocks, isBoilerplateBlock } from "../../../src/core/segment/boilerplate.js";

describe("isBoilerplateBlock", () => {
  it.each([
    "Share this article",
    "Share on LinkedIn",
    "Read more",
    "Contact us",
    "Make an enquiry",
    "Skip to main content",
    "Comments (12)",
    "Advertisement",
    "Subscribe to the Eastfield Echo for £1 a week and get every story first.",
    "Support our campaign for fair funding of children's services today.",
    "We use cookies to give you the best experience. By continuing to browse you accept our use of cookies.",
    "© 2023 Riverside Media Group. All rights reserved.",
    "facebook twitter instagram youtube rss",
  ])("marks %j", (line) => {
    expect(isBoilerplateBlock(line)).toBe(true);
  });

  it.each([
    "Inspectors said children in Eastfield wait too long for a decision.",
    "Share prices of the care provider fell after HMIP's report.",
    "The council said it would contact every family affected.",
    "Subscribers to the council's newsletter were told of the findings, the report said, and it added that leaders had acted on every one of the twelve recommendations made in the previous inspection.",
    "The inspection praised the school's use of social media to reach parents on Facebook.",
  ])("keeps article text %j", (line) => {
    expect(isBoilerplateBlock(line)).toBe(false);
  });

  // Blocks of more than 80 words are tested without normalising their white space first.
  const prose = "Staff said the new\tplan helps families   and carers. ";
  it("keeps a long block of article text, however it is spaced", () => {
    expect(isBoilerplateBlock(prose.repeat(20))).toBe(false);
  });

  it("marks a long row of network names, counted on the text as written", () => {
    const row = "facebook \n twitter\tinstagram  youtube rss ".repeat(20);
    expect(isBoilerplateBlock(row)).toBe(true);
    // A quarter of the words must be names: 3 names among 100 other words is article text.
    expect(isBoilerplateBlock(`${prose.repeat(12)} facebook twitter youtube`)).toBe(false);
    expect(isBoilerplateBlock(`${prose.repeat(8)} ${"facebook twitter ".repeat(20)}`)).toBe(true);
  });

  it("reads a notice of up to 80 words, counted across any white space, as a notice", () => {
    const notice = (words: number) =>
      `All rights reserved.\u00a0${"Words\tof\u2003the  notice\n".repeat(words / 4 - 1)}`;
    expect(notice(80).trim().split(/\s+/).length).toBe(79);
    expect(isBoilerplateBlock(notice(80))).toBe(true);
    // Past 80 words it is article text, whatever it says.
    expect(isBoilerplateBlock(`${notice(80)} one two`)).toBe(false);
  });
});

describe("boilerplateBlocks", () => {
  const page = [
    "Follow us on Twitter",
    "Eastfield children's homes rated good",
    "The Care Inspectorate said the homes were well led.",
    "Read more",
    "Other news",
    "Bus station to close",
    "The town's bus station will shut for six months from May while it is rebuilt.",
    "Read more",
  ].join("\n\n");

  it("takes an 'other stories' teaser with its Read more link, back to the teaser's title", () => {
    const blocks = splitBlocks(page);
    const marked = [...boilerplateBlocks(page, blocks)].map((i) =>
      page.slice(blocks[i]?.start, blocks[i]?.end),
    );
    expect(marked).toContain("Bus station to close");
    expect(marked).toContain("The town's bus station will shut for six months from May while it is rebuilt.");
    expect(marked).toContain("Follow us on Twitter");
  });

  it("takes only the link when no title is close above it (the link may belong to the article)", () => {
    const text = [
      "Inspectors found that most plans were clear.",
      "They said managers check cases every month.",
      "Staff told inspectors they felt supported.",
      "Leaders have recruited eight permanent social workers.",
      "The council has a long way to go, the report added.",
      "Read more",
    ].join("\n\n");
    const blocks = splitBlocks(text);
    expect([...boilerplateBlocks(text, blocks)]).toEqual([blocks.length - 1]);
  });

  it("makes boilerplate sentences furniture in the press analysis, leaving the article's sentences alone", () => {
    const text =
      "Share this\n\nOfsted said the school is improving quickly.\n\n© 2024 Valley Times. All rights reserved.";
    const roles = analyseText(text).sentences.map((s) => [s.text, s.role]);
    expect(roles).toEqual([
      ["Share this", "furniture"],
      ["Ofsted said the school is improving quickly.", "body"],
      ["© 2024 Valley Times.", "furniture"],
      ["All rights reserved.", "furniture"],
    ]);
  });
});
