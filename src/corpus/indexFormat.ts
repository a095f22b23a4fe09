import { z } from "zod";
import { LetterMetaSchema } from "../core/corpus/letterMeta.js";

/** Version of the index directory's layout; a newer presscheck refuses an index it cannot read. */
export const INDEX_FORMAT_VERSION = 1;
export const INDEX_FORMAT_NAME = "presscheck-corpus-index";

export const IndexedLetterSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{16}$/),
  source: z.string().min(1),
  format: z.enum(["text", "markdown", "html", "pdf"]),
  chars: z.number().int().nonnegative(),
  addedAt: z.string().min(1),
  // Added after version 1 shipped: optional, so indexes written before it still read.
  meta: LetterMetaSchema.optional(),
});

/**
 * A letter as the manifest holds it: where its text lies in a pack file (`texts-N.dat`, the texts of
 * one `add` concatenated as UTF-8), as a byte range. One pack per change means one fsync per change,
 * not one per letter (10,000 letters: 35 s of fsyncs saved on a bulk import).
 */
export const StoredLetterSchema = IndexedLetterSchema.extend({
  pack: z.string().regex(/^texts-\d+\.dat$/),
  offset: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
});
export type StoredLetter = z.infer<typeof StoredLetterSchema>;

/**
 * `manifest.json`, the index's commit point: the letters, and the search file that indexes exactly
 * them. Search files are written under a new name per change and the manifest is replaced last
 * (atomically), so a reader sees the old index or the new one, never half of each.
 */
export const ManifestSchema = z.object({
  format: z.literal(INDEX_FORMAT_NAME),
  version: z.literal(INDEX_FORMAT_VERSION),
  generation: z.number().int().nonnegative(),
  search: z.string().regex(/^search-\d+\.json$/),
  letters: z.array(StoredLetterSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;
