import { createHash } from "node:crypto";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  rmSync,
} from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { type LetterMeta, normaliseBody } from "../core/corpus/letterMeta.js";
import { InputError } from "../core/ingest/decode.js";
import type { SourceDocument } from "../core/types.js";
import { writeFileAtomic } from "../io/atomicWrite.js";
import { type AddOutcome, type CorpusIndex, type IndexedLetter, keyMatches } from "./corpusIndex.js";
import {
  INDEX_FORMAT_NAME,
  INDEX_FORMAT_VERSION,
  type Manifest,
  ManifestSchema,
  type StoredLetter,
} from "./indexFormat.js";
import { withIndexLock } from "./indexLock.js";
import { SearchIndex } from "./searchIndex.js";

/** Names the index itself creates: a directory holding only these (e.g. after a crash) is still an index. */
const OWN_FILE = /^(lock|search-\d+\.json|texts-\d+\.dat)$/;

const publicPart = ({ id, source, format, chars, addedAt, meta }: StoredLetter): IndexedLetter => ({
  id,
  source,
  format,
  chars,
  addedAt,
  ...(meta && Object.keys(meta).length > 0 ? { meta } : {}),
});

/**
 * The embedded, persistent corpus index: a directory holding
 *   manifest.json   the letters (and where each one's text is) and the current search file; zod-checked, versioned
 *   search-N.json   minisearch's index and the terms' document frequencies, one file per change
 *   texts-N.dat     the texts of the letters added by change N, as extracted (checks need neither the
 *                   source files nor the network)
 *   lock            present while a change is being written
 * Every file is written atomically (temp file + fsync + rename), new files under new names, and the
 * manifest last: a reader, or a crash, sees the old index or the new one, never a mix.
 */
export class FileCorpusIndex implements CorpusIndex {
  private cache?: { manifest: Manifest; search: SearchIndex };

  constructor(readonly location: string) {}

  private manifestPath() {
    return join(this.location, "manifest.json");
  }

  private bad(file: string, problem: string): InputError {
    return new InputError(join(this.location, file), problem);
  }

  private readJson(file: string): unknown {
    try {
      return JSON.parse(readFileSync(join(this.location, file), "utf8"));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "ENOENT") throw this.bad(file, "missing from the index");
      throw this.bad(file, `not valid JSON (${(err as Error).message})`);
    }
  }

  /** The manifest and search index; an absent directory or manifest is an empty index. */
  private load(): { manifest: Manifest; search: SearchIndex } {
    if (this.cache) return this.cache;
    if (!existsSync(this.manifestPath())) {
      if (
        existsSync(this.location) &&
        readdirSync(this.location).some((f) => !f.startsWith(".") && !OWN_FILE.test(f))
      ) {
        throw this.bad(
          "manifest.json",
          "missing: the directory holds other files and is not a presscheck index",
        );
      }
      this.cache = {
        manifest: {
          format: INDEX_FORMAT_NAME,
          version: INDEX_FORMAT_VERSION,
          generation: 0,
          search: "search-0.json",
          letters: [],
        },
        search: SearchIndex.empty(),
      };
      return this.cache;
    }
    const raw = this.readJson("manifest.json");
    const version = (raw as { version?: unknown } | null)?.version;
    if (typeof version === "number" && version > INDEX_FORMAT_VERSION) {
      throw this.bad(
        "manifest.json",
        `index format ${version} is newer than this presscheck reads (${INDEX_FORMAT_VERSION})`,
      );
    }
    const parsed = ManifestSchema.safeParse(raw);
    if (!parsed.success)
      throw this.bad("manifest.json", `not a presscheck index (${describe(parsed.error)})`);
    const manifest = parsed.data;
    let search: SearchIndex;
    try {
      search = manifest.letters.length
        ? SearchIndex.fromJSON(this.readJson(manifest.search))
        : SearchIndex.empty();
    } catch (err) {
      if (err instanceof InputError) throw err;
      throw this.bad(
        manifest.search,
        `damaged (${err instanceof z.ZodError ? describe(err) : (err as Error).message})`,
      );
    }
    if (search.size !== manifest.letters.length) {
      throw this.bad(
        manifest.search,
        `indexes ${search.size} letters, the manifest lists ${manifest.letters.length}`,
      );
    }
    this.cache = { manifest, search };
    return this.cache;
  }

  /**
   * Writes the new letters' pack and the search file under new names, then the manifest, then drops
   * the files no letter uses any more.
   */
  private commit(letters: StoredLetter[], search: SearchIndex, pack?: { name: string; data: string }): void {
    const old = this.load().manifest;
    const generation = old.generation + 1;
    const manifest: Manifest = { ...old, generation, search: `search-${generation}.json`, letters };
    mkdirSync(this.location, { recursive: true });
    if (pack) writeFileAtomic(join(this.location, pack.name), pack.data);
    writeFileAtomic(join(this.location, manifest.search), search.toJSON());
    writeFileAtomic(this.manifestPath(), `${JSON.stringify(manifest)}\n`);
    this.cache = { manifest, search };
    const used = new Set([manifest.search, ...letters.map((l) => l.pack)]);
    for (const f of readdirSync(this.location)) {
      if (/^(search-\d+\.json|texts-\d+\.dat)$/.test(f) && !used.has(f))
        rmSync(join(this.location, f), { force: true });
    }
  }

  async list(): Promise<IndexedLetter[]> {
    return this.load().manifest.letters.map(publicPart);
  }

  async count(): Promise<number> {
    return this.load().manifest.letters.length;
  }

  async close(): Promise<void> {}

  async text(id: string): Promise<string> {
    const letter = this.load().manifest.letters.find((l) => l.id === id);
    if (!letter) throw this.bad("manifest.json", `no letter with the id ${id}`);
    return this.readText(letter);
  }

  private readText(letter: StoredLetter): string {
    const buf = Buffer.alloc(letter.bytes);
    let fd: number | undefined;
    try {
      fd = openSync(join(this.location, letter.pack), "r");
      const n = readSync(fd, buf, 0, letter.bytes, letter.offset);
      if (n !== letter.bytes) throw new Error("shorter than the manifest says");
    } catch (err) {
      throw this.bad(letter.pack, `damaged (${(err as Error).message}); remove the letter and add it again`);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return buf.toString("utf8");
  }

  async add(docs: Array<SourceDocument & { meta?: LetterMeta }>): Promise<AddOutcome[]> {
    mkdirSync(this.location, { recursive: true });
    return withIndexLock(this.location, async () => {
      this.cache = undefined; // re-read under the lock: another run may have changed it
      const { manifest, search } = this.load();
      const letters = [...manifest.letters];
      const byId = new Map(letters.map((l) => [l.id, l]));
      const bySource = new Map(letters.map((l, i) => [l.source, i]));
      const packName = `texts-${manifest.generation + 1}.dat`;
      const packParts: string[] = [];
      const packed = new Map<string, string>(); // id → text, for a source given twice in one call
      let offset = 0;
      let metaChanged = false;
      const outcomes: AddOutcome[] = [];
      for (const doc of docs) {
        const id = createHash("sha256").update(doc.text).digest("hex").slice(0, 16);
        const same = byId.get(id);
        if (same) {
          // The same text: kept, with the metadata read now (a newer presscheck may find more).
          if (doc.meta && JSON.stringify(doc.meta) !== JSON.stringify(same.meta ?? {})) {
            const refreshed = { ...same, meta: doc.meta };
            const at = letters.indexOf(same);
            if (at >= 0) letters[at] = refreshed;
            byId.set(id, refreshed);
            metaChanged = true;
          }
          outcomes.push({ letter: publicPart(byId.get(id) as StoredLetter), status: "unchanged" });
          continue;
        }
        const bytes = Buffer.byteLength(doc.text, "utf8");
        const letter: StoredLetter = {
          id,
          source: doc.source,
          format: doc.format,
          chars: doc.text.length,
          addedAt: new Date().toISOString(),
          pack: packName,
          offset,
          bytes,
          ...(doc.meta && Object.keys(doc.meta).length > 0 ? { meta: doc.meta } : {}),
        };
        packParts.push(doc.text);
        packed.set(id, doc.text);
        offset += bytes;
        search.add(id, doc.text);
        // Positions by id and by source, kept up to date: a bulk add of 10,000 letters stays linear.
        const previous = bySource.get(doc.source) ?? -1;
        if (previous >= 0) {
          const old = letters[previous] as StoredLetter;
          search.remove(old.id, packed.get(old.id) ?? this.readText(old));
          letters[previous] = letter;
          byId.delete(old.id);
        } else {
          letters.push(letter);
          bySource.set(doc.source, letters.length - 1);
        }
        byId.set(id, letter);
        outcomes.push({ letter: publicPart(letter), status: previous >= 0 ? "updated" : "added" });
      }
      if (packParts.length > 0) this.commit(letters, search, { name: packName, data: packParts.join("") });
      else if (metaChanged) this.commit(letters, search);
      return outcomes;
    });
  }

  /**
   * Removes letters, and their texts with them: a pack that also holds letters that stay is written
   * anew with only those (a removed letter's text does not linger on disk until every neighbour goes).
   */
  async remove(keys: string[]): Promise<IndexedLetter[]> {
    if (!existsSync(this.manifestPath())) return [];
    return withIndexLock(this.location, async () => {
      this.cache = undefined;
      const { manifest, search } = this.load();
      const matches = (l: StoredLetter) => keys.some((k) => keyMatches(k, l));
      const removed = manifest.letters.filter(matches);
      if (removed.length === 0) return [];
      for (const l of removed) search.remove(l.id, this.readText(l));
      const touched = new Set(removed.map((l) => l.pack));
      const packName = `texts-${manifest.generation + 1}.dat`;
      const parts: string[] = [];
      let offset = 0;
      const kept = manifest.letters
        .filter((l) => !matches(l))
        .map((l) => {
          if (!touched.has(l.pack)) return l;
          const text = this.readText(l);
          const moved = { ...l, pack: packName, offset };
          parts.push(text);
          offset += l.bytes;
          return moved;
        });
      this.commit(kept, search, parts.length > 0 ? { name: packName, data: parts.join("") } : undefined);
      return removed.map(publicPart);
    });
  }

  async quoted(quotation: string, limit: number) {
    return this.candidates(quotation, limit);
  }

  async byBody(bodies: readonly string[], limit: number) {
    const want = new Set(bodies.map(normaliseBody));
    if (want.size === 0) return [];
    return this.load()
      .manifest.letters.filter((l) => l.meta?.body && want.has(normaliseBody(l.meta.body)))
      .reverse()
      .slice(0, limit)
      .map((l) => ({ letter: publicPart(l), score: 0 }));
  }

  async candidates(articleText: string, limit: number) {
    const { manifest, search } = this.load();
    const byId = new Map(manifest.letters.map((l) => [l.id, l]));
    return search.search(articleText, limit).flatMap((r) => {
      const letter = byId.get(r.id);
      return letter ? [{ letter: publicPart(letter), score: r.score }] : [];
    });
  }
}

function describe(err: z.ZodError): string {
  const issue = err.issues[0];
  return issue ? `${issue.path.join(".") || "top level"}: ${issue.message}` : "invalid";
}
