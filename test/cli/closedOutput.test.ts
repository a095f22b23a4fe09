import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
import { endQuietlyWhenOutputCloses } from "../../src/cli/closedOutput.js";

const errorWithCode = (code: string) => Object.assign(new Error(`write ${code}`), { code });

describe("endQuietlyWhenOutputCloses", () => {
  it("ends with exit code 0 when the reader has gone (EPIPE)", () => {
    const stream = new EventEmitter();
    const exits: number[] = [];
    endQuietlyWhenOutputCloses(stream, (code) => exits.push(code));
    stream.emit("error", errorWithCode("EPIPE"));
    expect(exits).toEqual([0]);
  });

  it("throws any other error of the stream, as without it", () => {
    const stream = new EventEmitter();
    const exits: number[] = [];
    endQuietlyWhenOutputCloses(stream, (code) => exits.push(code));
    expect(() => stream.emit("error", errorWithCode("ENOSPC"))).toThrow("write ENOSPC");
    expect(exits).toEqual([]);
  });
});
