import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { InputError } from "../../src/core/ingest/decode.js";
import type { SourceDocument } from "../../src/core/types.js";
import { FileCorpusIndex } from "../../src/corpus/fileIndex.js";
import { withIndexLock } from "../../src/corpus/indexLock.js";

const doc = (source: string, text: string): SourceDocument => ({ source, text, format: "text" });
const RIVERTON = doc(
  "riverton.txt",
  "Care Quality Commission: Riverton Hospital. Patients on the stroke ward waited too long for therapy. " +
    "Staff treated patients with kindness and respect.",
);
const HILLCREST = doc(
  "hillcrest.txt",
  "Care Quality Commission: Hillcrest Care Home. Medicines were not always stored safely. " +
    "Residents enjoyed a wide range of activities.",
);

let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), "presscheck-index-")), "index");
});
afterEach(() => rmSync(join(dir, ".."), { recursive: true, force: true }));

describe("FileCorpusIndex", () => {
  it("is empty before anything is added, without creating files", async () => {
    expect(await new FileCorpusIndex(dir).list()).toEqual([]);
    expect(existsSync(dir)).toBe(false);
  });

  it("persists letters, their texts and the search index across instances", async () => {
    const outcomes = await new FileCorpusIndex(dir).add([RIVERTON, HILLCREST]);
    expect(outcomes.map((o) => o.status)).toEqual(["added", "added"]);
    const reopened = new FileCorpusIndex(dir);
    const letters = await reopened.list();
    expect(letters.map((l) => l.source)).toEqual(["riverton.txt", "hillcrest.txt"]);
    expect(letters[0]?.id).toMatch(/^[0-9a-f]{16}$/);
    expect(await reopened.text(letters[1]?.id ?? "")).toBe(HILLCREST.text);
    const hits = await reopened.candidates(
      "The stroke ward at Riverton kept patients waiting for therapy.",
      5,
    );
    expect(hits[0]?.letter.source).toBe("riverton.txt");
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ format: "presscheck-corpus-index", version: 1 });
  });

  it("adds the same text once, and replaces a source's old text when it changed", async () => {
    const index = new FileCorpusIndex(dir);
    await index.add([RIVERTON]);
    expect((await index.add([doc("copy-of-riverton.txt", RIVERTON.text)]))[0]?.status).toBe("unchanged");
    const revised = doc("riverton.txt", `${RIVERTON.text} The trust has since appointed more therapists.`);
    expect((await index.add([revised]))[0]?.status).toBe("updated");
    const letters = await new FileCorpusIndex(dir).list();
    expect(letters).toHaveLength(1);
    expect(await index.text(letters[0]?.id ?? "")).toBe(revised.text);
    // The old text's pack is gone, and only one search file is kept.
    expect(readdirSync(dir).filter((f) => f.startsWith("texts-"))).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.startsWith("search-"))).toHaveLength(1);
  });

  it("removes by source or id prefix and forgets the letter's words", async () => {
    const index = new FileCorpusIndex(dir);
    await index.add([RIVERTON, HILLCREST]);
    const hillcrestId = (await index.list())[1]?.id ?? "";
    expect((await index.remove(["riverton.txt"])).map((l) => l.source)).toEqual(["riverton.txt"]);
    expect((await index.remove([hillcrestId.slice(0, 6)])).map((l) => l.source)).toEqual(["hillcrest.txt"]);
    const reopened = new FileCorpusIndex(dir);
    expect(await reopened.list()).toEqual([]);
    expect(await reopened.candidates("stroke ward therapy medicines", 5)).toEqual([]);
  });

  it("refuses a damaged manifest with one line naming the file", async () => {
    await new FileCorpusIndex(dir).add([RIVERTON]);
    writeFileSync(join(dir, "manifest.json"), '{"format":"something-else"}');
    const err = await new FileCorpusIndex(dir).list().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/manifest\.json: not a presscheck index/);
  });

  it("refuses an index written by a newer presscheck", async () => {
    await new FileCorpusIndex(dir).add([RIVERTON]);
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    writeFileSync(join(dir, "manifest.json"), JSON.stringify({ ...manifest, version: 2 }));
    await expect(new FileCorpusIndex(dir).list()).rejects.toThrow(/newer than this presscheck reads/);
  });

  it("refuses a search file that does not match the manifest", async () => {
    await new FileCorpusIndex(dir).add([RIVERTON]);
    const search = readdirSync(dir).find((f) => f.startsWith("search-")) ?? "";
    writeFileSync(join(dir, search), '{"version":1,"df":{},"minisearch":{"nope":true}}');
    await expect(new FileCorpusIndex(dir).list()).rejects.toThrow(/damaged/);
  });

  it("will not take over a directory that is not an index", async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "notes.txt"), "mine");
    await expect(new FileCorpusIndex(dir).add([RIVERTON])).rejects.toThrow(/not a presscheck index/);
  });
});

describe("withIndexLock", () => {
  it("refuses a second writer once its wait is over, and takes over a dead one's lock", async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "lock"), String(process.pid));
    await expect(withIndexLock(dir, async () => 1, { waitMs: 0 })).rejects.toThrow(/is changing the index/);
    // A pid no process has (above the kernel's maximum) stands for a crashed writer.
    writeFileSync(join(dir, "lock"), "2147483646");
    expect(await withIndexLock(dir, async () => 42)).toBe(42);
    expect(existsSync(join(dir, "lock"))).toBe(false);
  });

  it("lets a second writer wait its turn instead of failing", async () => {
    mkdirSync(dir, { recursive: true });
    const order: string[] = [];
    const first = withIndexLock(dir, async () => {
      order.push("first in");
      await new Promise((r) => setTimeout(r, 200));
      order.push("first out");
    });
    const second = withIndexLock(dir, async () => {
      order.push("second");
    });
    await Promise.all([first, second]);
    expect(order).toEqual(["first in", "first out", "second"]);
  });
});
