import { homedir } from "node:os";
import { join, resolve } from "node:path";

/** Environment variable naming the index directory (what `--index DIR` overrides). */
export const INDEX_ENV = "PRESSCHECK_INDEX";

/**
 * Where the corpus index lives: `--index DIR`, else $PRESSCHECK_INDEX, else the user's data directory
 * ($XDG_DATA_HOME/presscheck/index, by default ~/.local/share/presscheck/index) — per user, outside
 * any project, so one index serves every directory the user checks articles from.
 */
export function resolveIndexDir(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (option) return resolve(option);
  const fromEnv = env[INDEX_ENV];
  if (fromEnv) return resolve(fromEnv);
  const data = env.XDG_DATA_HOME || join(home, ".local", "share");
  return join(data, "presscheck", "index");
}
