import { z } from "zod";

/** Kinds of regulator document that press coverage tells apart ("a monitoring visit found…"). */
export const DOCUMENT_KINDS = [
  "full inspection",
  "monitoring visit",
  "focused visit",
  "joint targeted area inspection",
  "area SEND inspection",
  "review",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * What a letter says about itself, found in its own first lines: who wrote it, about whom, what kind
 * of document it is, when the visit was and when it was published, and the overall judgement. Every
 * field is optional: a letter that does not say is not guessed about. Dates are ISO (yyyy-mm-dd).
 */
export const LetterMetaSchema = z.object({
  regulator: z.string().min(1).optional(),
  body: z.string().min(1).optional(),
  kind: z.enum(DOCUMENT_KINDS).optional(),
  visitStart: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  visitEnd: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  published: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  judgement: z.string().min(1).optional(),
});
export type LetterMeta = z.infer<typeof LetterMetaSchema>;

/** An inspected body's name as compared across letters: lower case, single spaces. */
export function normaliseBody(name: string): string {
  return name.toLowerCase().replace(/\s+/g, " ").trim();
}

/** What a letter says about itself (see LetterMetaSchema); fields it does not state are left out. */
export function letterMeta(_text: string): LetterMeta {
  return {};
}
