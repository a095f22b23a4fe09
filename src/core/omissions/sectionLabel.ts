import type { Omission, Section } from "../types.js";

/** Where a letter sentence stands, in words: "What needs to improve", "summary", "paragraph 12". */
export function sectionLabel(section: Section): string {
  switch (section.kind) {
    case "improve":
      return section.heading ?? "improvement list";
    case "summary":
      return "summary";
    case "judgements":
      return "judgement table";
    case "front":
      return "front page";
    default:
      return section.paragraph !== undefined ? `paragraph ${section.paragraph}` : (section.heading ?? "body");
  }
}

/** Every place an omitted finding appears, in words: "What needs to improve?; paragraph 17". */
export function placesLabel(o: Omission): string {
  const places = o.places ?? (o.section ? [{ section: o.section }] : []);
  return [...new Set(places.map((p) => sectionLabel(p.section)))].join("; ");
}
