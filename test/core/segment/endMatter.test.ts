import { describe, expect, it } from "vitest";
import { analyseText } from "../../../src/core/segment/analyse.js";
import { splitBlocks } from "../../../src/core/segment/blocks.js";
import { endMatterStart } from "../../../src/core/segment/endMatter.js";

const startOf = (text: string) => {
  const blocks = splitBlocks(text);
  const b = endMatterStart(text, blocks);
  return b < blocks.length ? text.slice(blocks[b]?.start, blocks[b]?.end) : undefined;
};

const RELEASE = [
  "Dale Housing rated good by regulator",
  "The Housing Ombudsman found that complaints are handled well.",
  "Inspectors said repairs were completed on time.",
];

describe("end matter of a press release", () => {
  it("starts at 'Notes to editors', 'Ends', 'About <organisation>' and contact lines", () => {
    for (const line of ["Notes to editors", "- Ends -", "ENDS", "About Dale Housing", "Editor's notes:"]) {
      const found = startOf(
        [...RELEASE, line, "The full report is on the regulator's website."].join("\n\n"),
      );
      // a leading dash reads as a list marker, so the block may start after it
      expect(found && line.endsWith(found)).toBe(true);
    }
    expect(startOf([...RELEASE, "Media enquiries: press@dale.example"].join("\n\n"))).toBe(
      "Media enquiries: press@dale.example",
    );
    expect(startOf([...RELEASE, "For further information, call 01632 960000."].join("\n\n"))).toBe(
      "For further information, call 01632 960000.",
    );
  });

  it("is not an ordinary sentence that starts with 'About' or mentions editors", () => {
    expect(
      startOf([...RELEASE, "About half of tenants said repairs were slow."].join("\n\n")),
    ).toBeUndefined();
    expect(
      startOf([...RELEASE, "Notes to editors were sent with the statement last week."].join("\n\n")),
    ).toBeUndefined();
  });

  it("is never the headline or the first paragraph", () => {
    expect(
      startOf(
        ["About Dale Housing", "Dale Housing runs 4,000 homes.", "Inspectors said it is well run."].join(
          "\n\n",
        ),
      ),
    ).toBeUndefined();
  });

  it("makes what follows not the regulator's claims, nor its quotations", () => {
    const text = [
      ...RELEASE,
      "Notes to editors",
      "The regulatory framework has four possible grades.",
      'Inspectors said the service was "safe, caring and well led".',
    ].join("\n\n");
    const a = analyseText(text);
    const framework = a.sentences.find((s) => s.text.startsWith("The regulatory framework"));
    expect(a.claimSpeaker[framework?.index ?? -1]).toBe("other");
    expect(a.quotes[0]?.speaker).toBe("other");
    // before the notes, attribution is as usual
    expect(a.claimSpeaker[1]).toBe("regulator");
  });
});
