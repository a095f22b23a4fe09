import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** File names `index add` takes from a folder: the input formats presscheck reads. */
const LETTER_FILE = /\.(txt|text|md|markdown|html?|pdf)$/i;

/**
 * Expands `index add`'s arguments: a URL or a file stays as it is; a folder gives the letter files
 * in it and its subfolders (sorted, hidden entries skipped), so a downloaded archive is one argument.
 * A path that does not exist is passed on, and reading it then reports the problem.
 */
export function collectLetterInputs(args: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const path = join(dir, name);
      const st = statSync(path);
      if (st.isDirectory()) walk(path);
      else if (LETTER_FILE.test(name)) out.push(path);
    }
  };
  for (const arg of args) {
    let isDir = false;
    try {
      isDir = !/^https?:\/\//i.test(arg) && arg !== "-" && statSync(arg).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) walk(arg);
    else out.push(arg);
  }
  return out;
}
