import { describe, expect, it } from "vitest";
import { isDatelineOnly } from "../../../src/core/judge/datelineOnly.js";

describe("isDatelineOnly", () => {
  it.each([
    "14 May 2026",
    "Thursday 14 May 2026",
    "Published: 17 June 2026",
    "Updated on 2 February 2025, 09:15 GMT",
    "March 5, 2026",
  ])("a dateline: %s", (t) => expect(isDatelineOnly(t)).toBe(true));
  it.each([
    "Inspectors visited on 14 May 2026",
    "The report was published on 17 June 2026.",
    "Review dates: 12 to 14 May 2026",
    "May 2026",
    "Thursday",
  ])("not only a date: %s", (t) => expect(isDatelineOnly(t)).toBe(false));
});
