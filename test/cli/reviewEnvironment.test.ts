import { describe, expect, it } from "vitest";
import { preferProductionReact, unsetCiForInk } from "../../src/cli/review.js";

describe("the review's environment, set before Ink and React load", () => {
  it("removes CI markers, which would make Ink draw nothing until exit", () => {
    const env: NodeJS.ProcessEnv = { CI: "true", CONTINUOUS_INTEGRATION: "1", HOME: "/home/r" };
    unsetCiForInk(env);
    expect(env).toEqual({ HOME: "/home/r" });
  });

  it("asks for React's production build when NODE_ENV is unset or empty", () => {
    const unset: NodeJS.ProcessEnv = {};
    preferProductionReact(unset);
    expect(unset.NODE_ENV).toBe("production");
    const empty: NodeJS.ProcessEnv = { NODE_ENV: "" };
    preferProductionReact(empty);
    expect(empty.NODE_ENV).toBe("production");
  });

  it("leaves a NODE_ENV the user set alone", () => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: "development" };
    preferProductionReact(env);
    expect(env.NODE_ENV).toBe("development");
  });
});
