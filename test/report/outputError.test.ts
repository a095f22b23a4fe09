import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { writeFileAtomic } from "../../src/io/atomicWrite.js";
import { describeWriteError } from "../../src/report/outputError.js";

const dir = mkdtempSync(join(tmpdir(), "presscheck-write-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The message for writing `path` atomically, as the report command would. */
function messageFor(path: string): string {
  try {
    writeFileAtomic(path, "# report\n");
  } catch (err) {
    return describeWriteError(path, err);
  }
  throw new Error(`writing ${path} did not fail`);
}

describe("describeWriteError", () => {
  it("names the file asked for, not the temporary file, and says why in words", () => {
    const missing = join(dir, "no-such-folder", "report.md");
    expect(messageFor(missing)).toBe(`cannot write ${missing}: no such directory`);
    expect(messageFor(dir)).toBe(`cannot write ${dir}: it is a directory`);
  });

  it("translates permission and space errors, and falls back to the error's message", () => {
    const err = (code: string) => Object.assign(new Error(`${code}: raw`), { code });
    expect(describeWriteError("r.csv", err("EACCES"))).toBe("cannot write r.csv: permission denied");
    expect(describeWriteError("r.csv", err("ENOSPC"))).toBe(
      "cannot write r.csv: no space left on the device",
    );
    expect(describeWriteError("r.csv", err("EWHATEVER"))).toBe("cannot write r.csv: EWHATEVER: raw");
    expect(describeWriteError("r.csv", "odd")).toBe("cannot write r.csv: odd");
  });
});
