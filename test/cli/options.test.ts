import { describe, expect, it } from "vitest";
import {
  CheckOptionsSchema,
  describeZodError,
  InputOptionsSchema,
  ReportOptionsSchema,
  TimeLimitSchema,
} from "../../src/cli/options.js";

/** The one line a user reads for `options` (what main.ts prints after "presscheck: "). */
function complaint(schema: { parse(v: unknown): unknown }, options: Record<string, unknown>): string {
  try {
    schema.parse(options);
  } catch (err) {
    // main.ts tells zod's errors apart by name (it does not load zod to print other errors)
    expect(["ZodError", "$ZodError"]).toContain((err as Error).name);
    return describeZodError(err as Parameters<typeof describeZodError>[0]);
  }
  throw new Error("expected the options to be refused");
}

describe("options", () => {
  it("names the option and says what is wrong in zod's English messages", () => {
    expect(complaint(InputOptionsSchema, { maxSize: "5000" })).toBe(
      "--max-size: Too big: expected number to be <=4096",
    );
    expect(complaint(InputOptionsSchema, { maxSize: "-1" })).toBe(
      "--max-size: Too small: expected number to be >0",
    );
    expect(complaint(TimeLimitSchema, { timeLimit: "soon" })).toBe(
      "--time-limit: Invalid input: expected number, received NaN",
    );
    expect(complaint(ReportOptionsSchema, { state: "" })).toBe(
      "--state: Too small: expected string to have >=1 characters",
    );
    expect(complaint(CheckOptionsSchema, { regulator: [""] })).toBe(
      "--regulator.0: Too small: expected string to have >=1 characters",
    );
  });

  it("fills in the defaults and turns --max-size into bytes", () => {
    expect(CheckOptionsSchema.parse({})).toEqual({ json: false, regulator: [], debug: false });
    expect(InputOptionsSchema.parse({ maxSize: "1.5" })).toEqual({ offline: false, maxBytes: 1572864 });
    expect(InputOptionsSchema.parse({ offline: true })).toEqual({ offline: true });
    expect(TimeLimitSchema.parse({})).toEqual({ timeLimit: 120 });
    expect(ReportOptionsSchema.parse({ format: "md" })).toEqual({
      format: "md",
      bom: false,
      regulator: [],
      debug: false,
    });
  });
});
