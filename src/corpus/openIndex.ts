import { InputError } from "../core/ingest/decode.js";
import type { CorpusIndex } from "./corpusIndex.js";
import { FileCorpusIndex } from "./fileIndex.js";
import { INDEX_ENV, resolveIndexDir } from "./location.js";

/** An index named by a PostgreSQL connection URL rather than a directory. */
export const POSTGRES_URL = /^postgres(?:ql)?:\/\//i;

/**
 * The index `--index` (else $PRESSCHECK_INDEX, else the user's data directory) names: a directory is
 * the embedded index, a `postgres://` URL the PostgreSQL one. The PostgreSQL client is loaded only
 * here, only for such a URL: `check` and the embedded index never pay for it.
 */
export async function openCorpusIndex(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Promise<CorpusIndex> {
  const named = option || env[INDEX_ENV];
  if (named && POSTGRES_URL.test(named)) {
    const { PgCorpusIndex } = await import("./pgIndex.js");
    return PgCorpusIndex.open(named);
  }
  if (named && /^[a-z][a-z0-9+.-]*:\/\//i.test(named)) {
    throw new InputError(named, "not an index: give a directory or a postgres:// URL");
  }
  return new FileCorpusIndex(resolveIndexDir(option, env));
}
