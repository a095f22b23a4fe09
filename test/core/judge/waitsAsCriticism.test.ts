import { describe, expect, it } from "vitest";
import { criticismIn } from "../../../src/core/judge/polarity.js";

describe("waits and confinement stated as figures or durations", () => {
  it.each([
    "Patients referred to the memory clinic wait an average of 22 weeks for a first appointment.",
    "Some residents waited over 9 months for a review of their care.",
    "The physiotherapy service has a waiting list of more than 600 people.",
    "In two wards, patients are placed on restricted leave timetables for extended periods.",
    "Detainees were held in segregation for prolonged periods.",
  ])("reads %j as critical", (text) => {
    expect(criticismIn(text)).toBeDefined();
  });

  it.each([
    "Most patients are now seen within 18 weeks.",
    "The clinic has cut its waiting list considerably this year.",
    "The library is open for extended periods during the holidays.",
  ])("does not read %j as critical", (text) => {
    expect(criticismIn(text)).toBeUndefined();
  });
});
