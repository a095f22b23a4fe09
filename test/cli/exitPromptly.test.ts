import { describe, expect, it } from "vitest";
import { exitOnceOutputWritten, type OutputStream } from "../../src/cli/exitPromptly.js";

/** Runs exitOnceOutputWritten with the turn of the event loop taken by hand; how many times it exited. */
function exitsWith(streams: OutputStream[], change?: () => void): number {
  let exits = 0;
  let pending: (() => void) | undefined;
  exitOnceOutputWritten(
    streams,
    () => exits++,
    (run) => {
      pending = run;
    },
  );
  expect(exits).toBe(0); // never before the turn of the event loop
  change?.();
  pending?.();
  return exits;
}

const written: OutputStream = { writableLength: 0, destroyed: false };

describe("exitOnceOutputWritten", () => {
  it("exits once every stream has taken all that was written to it", () => {
    expect(exitsWith([written, written])).toBe(1);
  });

  it("leaves the process to Node while bytes are still queued (an asynchronous pipe)", () => {
    expect(exitsWith([written, { writableLength: 12, destroyed: false }])).toBe(0);
  });

  it("leaves it to Node when a stream is gone (its error is Node's, or closedOutput's, to report)", () => {
    expect(exitsWith([{ writableLength: 0, destroyed: true }, written])).toBe(0);
  });

  it("reads the streams at the turn of the event loop, not when called", () => {
    const out = { writableLength: 5, destroyed: false };
    expect(exitsWith([out], () => Object.assign(out, { writableLength: 0 }))).toBe(1);
  });
});
