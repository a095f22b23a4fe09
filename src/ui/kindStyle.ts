import type { Flag, Kind } from "../core/types.js";
import type { Decision } from "../review/decisions.js";

/** Ink colour names. */
export type Colour = "green" | "red" | "yellow" | "blue" | "cyan" | "magenta" | "gray";

/** Badges are 8 columns wide so the list lines up; the colour repeats what the word says. */
export const KIND_BADGES: Readonly<Record<Kind, { badge: string; colour: Colour; title: string }>> = {
  "quote-exact": { badge: "EXACT", colour: "green", title: "Exact quote" },
  "quote-altered": { badge: "ALTERED", colour: "red", title: "Altered quote" },
  "quote-not-found": { badge: "NOTFOUND", colour: "red", title: "Quote not found" },
  copied: { badge: "COPIED", colour: "cyan", title: "Copied without quotation marks" },
  paraphrase: { badge: "PARA", colour: "blue", title: "Paraphrase" },
  overstated: { badge: "OVERSTAT", colour: "yellow", title: "Overstated" },
  unsupported: { badge: "UNSUPP", colour: "magenta", title: "Unsupported" },
  "not-checked": { badge: "NOCHECK", colour: "gray", title: "Not checked" },
};

export const BADGE_WIDTH = 8;

export const FLAG_SHORT: Readonly<Record<Flag, string>> = {
  selective: "sel",
  overgeneralised: "gen",
  understated: "und",
  misattributed: "mis",
};

/** The list's review mark: ✓ confirmed, ✗ dismissed, ✎ a note only, blank when untouched. */
export function decisionMark(decision: Decision | undefined): { mark: string; colour: Colour | undefined } {
  if (decision?.verdict === "confirmed") return { mark: "✓", colour: "green" };
  if (decision?.verdict === "dismissed") return { mark: "✗", colour: "red" };
  if (decision?.note) return { mark: "✎", colour: "yellow" };
  return { mark: " ", colour: undefined };
}
