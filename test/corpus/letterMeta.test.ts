import { describe, expect, it } from "vitest";
import { letterMeta, stripBodyKind } from "../../src/core/corpus/letterMeta.js";

// Invented title blocks in the forms inspectorates use (a wrapped title, a name line above the
// title, a monitoring visit, a hospital), and the fields each must yield.
describe("letterMeta", () => {
  it("reads a wrapped title, the visit's dates with the month left out of the start, and the overall grade", () => {
    const text = [
      "Inspection of Westbury Borough Council local",
      "authority children’s services",
      "Inspection dates: 3 to 14 June 2024",
      "Lead inspector: Ann Example, His Majesty’s Inspector",
      "Judgement Grade",
      "Overall effectiveness Requires improvement to be good",
      "Leaders know their services well.",
    ].join("\n");
    expect(letterMeta(text)).toEqual({
      regulator: "Ofsted",
      body: "Westbury",
      kind: "full inspection",
      visitStart: "2024-06-03",
      visitEnd: "2024-06-14",
      judgement: "requires improvement",
    });
  });

  it("takes the name line above an older title, a visit across months, the publication date and a stated judgement", () => {
    const text = [
      "London Borough of Eastham",
      "Inspection of services for children in need of help and protection, children looked after and care leavers",
      "Inspection date: 28 October – 19 November 2015",
      "Report published: 8 January 2016",
      "Children’s services in Eastham are inadequate",
      "Ofsted produces this report under its power to combine reports.",
    ].join("\n");
    expect(letterMeta(text)).toMatchObject({
      regulator: "Ofsted",
      body: "Eastham",
      visitStart: "2015-10-28",
      visitEnd: "2015-11-19",
      published: "2016-01-08",
      judgement: "inadequate",
    });
  });

  it("tells a monitoring visit from an inspection", () => {
    const text =
      "Monitoring visit to Northshire County Council children’s services\nVisit dates: 2 and 3 March 2021\nSenior leaders have strengthened the front door.";
    expect(letterMeta(text)).toMatchObject({
      body: "Northshire",
      kind: "monitoring visit",
      visitEnd: "2021-03-03",
    });
  });

  it("states nothing it does not find: a page with no title block", () => {
    expect(letterMeta("Sorry, the page you asked for has moved.\nUse our search to find it.")).toEqual({});
  });

  it("names other regulators", () => {
    expect(
      letterMeta("Care Quality Commission\nWestbrook General Hospital\nWe inspected the wards.").regulator,
    ).toBe("Care Quality Commission");
  });
});

describe("stripBodyKind", () => {
  it("drops the words that say what kind of body it is", () => {
    expect(stripBodyKind("Westbury Metropolitan Borough Council")).toBe("Westbury");
    expect(stripBodyKind("Royal Borough of Eastham")).toBe("Eastham");
    expect(stripBodyKind("Northshire County Council")).toBe("Northshire");
    expect(stripBodyKind("Westbury and Eastham")).toBe("Westbury and Eastham");
  });
});
