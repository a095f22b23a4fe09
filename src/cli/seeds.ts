import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The bundled sample documents: the letter (the one whose name mentions no press) and the press files. */
export function bundledSeeds(): { letter: string; press: string[] } {
  const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "seeds");
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f));
  // The seeds are numbered: 001 is the regulator's letter, the others are press documents.
  const letter = files.find((f) => /(?:^|\/)001_/.test(f)) ?? (files[0] as string);
  return { letter, press: files.filter((f) => f !== letter) };
}
