import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { LetterMeta } from "../../src/core/corpus/letterMeta.js";
import type { SourceDocument } from "../../src/core/types.js";
import type { CorpusIndex } from "../../src/corpus/corpusIndex.js";
import { BACKENDS, PG_ADMIN_URL, type Store } from "./backends.js";

// Invented letters of an invented regulator: what every backend must do with them is the same.
const doc = (source: string, text: string, meta?: LetterMeta): SourceDocument & { meta?: LetterMeta } => ({
  source,
  text,
  format: "text",
  ...(meta ? { meta } : {}),
});
const RIVERTON = doc(
  "riverton.txt",
  "Care Quality Commission: Riverton Hospital. Patients on the stroke ward waited too long for therapy. " +
    "Staff treated patients with kindness and respect.",
  { regulator: "Care Quality Commission", body: "Riverton Hospital", kind: "full inspection" },
);
const HILLCREST = doc(
  "hillcrest.txt",
  "Care Quality Commission: Hillcrest Care Home. Medicines were not always stored safely. " +
    "Residents enjoyed a wide range of activities.",
);
const SECRET = "Zebulon Quartermaine-Ffoulkes";

for (const backend of BACKENDS) {
  describe.skipIf(!backend.available)(`corpus index contract: ${backend.name}`, () => {
    let store: Store;
    let index: CorpusIndex;
    beforeEach(async () => {
      store = await backend.create();
      index = await store.open();
    });
    afterEach(async () => {
      await index.close();
      await store.drop();
    });

    it("is empty at first, and persists letters, texts and metadata across instances", async () => {
      expect(await index.count()).toBe(0);
      expect(await index.list()).toEqual([]);
      const outcomes = await index.add([RIVERTON, HILLCREST]);
      expect(outcomes.map((o) => o.status)).toEqual(["added", "added"]);
      const reopened = await store.open();
      const letters = await reopened.list();
      expect(letters.map((l) => l.source)).toEqual(["riverton.txt", "hillcrest.txt"]);
      expect(letters[0]?.id).toMatch(/^[0-9a-f]{16}$/);
      expect(letters[0]?.meta).toEqual(RIVERTON.meta);
      expect(letters[1]?.meta).toBeUndefined();
      expect(await reopened.count()).toBe(2);
      expect(await reopened.text(letters[1]?.id ?? "")).toBe(HILLCREST.text);
      const hits = await reopened.candidates(
        "The stroke ward at Riverton kept patients waiting for therapy.",
        5,
      );
      expect(hits[0]?.letter.source).toBe("riverton.txt");
    });

    it("adds the same text once, and replaces a source's old text when it changed", async () => {
      await index.add([RIVERTON]);
      expect((await index.add([doc("copy-of-riverton.txt", RIVERTON.text)]))[0]?.status).toBe("unchanged");
      const revised = doc("riverton.txt", `${RIVERTON.text} The trust has since appointed more therapists.`);
      expect((await index.add([revised]))[0]?.status).toBe("updated");
      const letters = await index.list();
      expect(letters).toHaveLength(1);
      expect(await index.text(letters[0]?.id ?? "")).toBe(revised.text);
      expect((await index.candidates("appointed more therapists", 5))[0]?.letter.source).toBe("riverton.txt");
    });

    it("removes by source or id prefix: the letter, its words and its text are gone", async () => {
      const marked = doc("marked.txt", `${HILLCREST.text} The registered manager, ${SECRET}, had left.`);
      await index.add([RIVERTON, marked]);
      const markedId = (await index.list())[1]?.id ?? "";
      expect((await index.remove(["riverton.txt"])).map((l) => l.source)).toEqual(["riverton.txt"]);
      expect((await index.remove([markedId.slice(0, 6)])).map((l) => l.source)).toEqual(["marked.txt"]);
      const reopened = await store.open();
      expect(await reopened.list()).toEqual([]);
      expect(await reopened.count()).toBe(0);
      expect(await reopened.candidates("stroke ward therapy medicines", 5)).toEqual([]);
      expect(await storedAnywhere(store, SECRET)).toBe(false);
    });

    it("finds the letters of one inspected body by its metadata, whatever the case", async () => {
      await index.add([RIVERTON, HILLCREST]);
      const hits = await index.byBody(["riverton  HOSPITAL", "elsewhere"], 10);
      expect(hits.map((h) => h.letter.source)).toEqual(["riverton.txt"]);
      expect(await index.byBody(["Nowhere Hospital"], 10)).toEqual([]);
    });

    it("finds the letter a quotation came from, even altered in a word", async () => {
      await index.add([RIVERTON, HILLCREST]);
      const hits = await index.quoted("medicines were not always kept safely", 3);
      expect(hits[0]?.letter.source).toBe("hillcrest.txt");
    });

    it("loses nothing when two `index add` processes write at once", async () => {
      const letters = (prefix: string) =>
        Array.from({ length: 40 }, (_, i) =>
          doc(`${prefix}-${i}.txt`, `${RIVERTON.text} Ward ${prefix} ${i} was visited on day ${i * 7 + 1}.`),
        );
      const { writeFileSync, mkdtempSync, mkdirSync, rmSync } = await import("node:fs");
      const { tmpdir } = await import("node:os");
      const work = mkdtempSync(join(tmpdir(), "presscheck-two-writers-"));
      try {
        for (const prefix of ["east", "west"]) {
          mkdirSync(join(work, prefix));
          for (const l of letters(prefix)) writeFileSync(join(work, prefix, l.source), l.text);
        }
        const { spawn } = await import("node:child_process");
        const add = (folder: string) =>
          new Promise<number>((resolve) => {
            const p = spawn(
              process.execPath,
              ["dist/cli.js", "index", "add", folder, "--index", store.spec],
              {
                stdio: "ignore",
                env: { ...process.env, CI: "true" },
              },
            );
            p.on("exit", (code) => resolve(code ?? -1));
          });
        const codes = await Promise.all([add(join(work, "east")), add(join(work, "west"))]);
        expect(codes).toEqual([0, 0]);
        const reopened = await store.open();
        expect(await reopened.count()).toBe(80);
        expect((await reopened.list()).map((l) => l.source).filter((s) => s.includes("west-"))).toHaveLength(
          40,
        );
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    });
  });
}

/** Whether a string is still stored anywhere in the backend (files of the directory; rows of the database). */
async function storedAnywhere(store: Store, needle: string): Promise<boolean> {
  if (!store.spec.startsWith("postgres")) {
    const files = readdirSync(store.spec).filter((f) => !f.startsWith("."));
    return files.some((f) => readFileSync(join(store.spec, f), "utf8").includes(needle));
  }
  if (!PG_ADMIN_URL) return false;
  const out = execFileSync(
    "psql",
    [
      store.spec,
      "-Atc",
      "select count(*) from presscheck.letters l where l.body like '%' || $$x$$ || '%'".replaceAll(
        "x",
        needle,
      ),
    ],
    { encoding: "utf8" },
  );
  return out.trim() !== "0";
}
