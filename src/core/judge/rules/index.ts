/**
 * Every judging rule, by the kind of text it reads. The order here is only the order they run in;
 * which one decides is the precedence table's business (decide.ts).
 */
import { copied } from "./copied.js";
import { dateline } from "./dateline.js";
import { followUpVisit } from "./followUpVisit.js";
import { gradeFalse } from "./gradeFalse.js";
import { gradeOnly } from "./gradeOnly.js";
import { gradeTrue } from "./gradeTrue.js";
import { gratitude } from "./gratitude.js";
import { letterHeadingOnly } from "./letterHeadingOnly.js";
import { misattributed } from "./misattributed.js";
import { negationReversal } from "./negationReversal.js";
import { noSourceRegulator } from "./noSourceRegulator.js";
import { notAClaim } from "./notAClaim.js";
import { numberMismatch } from "./numberMismatch.js";
import { overgeneralised } from "./overgeneralised.js";
import { overstatedHedge } from "./overstatedHedge.js";
import { paraphrase } from "./paraphrase.js";
import { praiseWithoutSource } from "./praiseWithoutSource.js";
import { pressHeading } from "./pressHeading.js";
import { quoteAltered } from "./quoteAltered.js";
import { quoteBracketed } from "./quoteBracketed.js";
import { quoteEllipsisCut } from "./quoteEllipsisCut.js";
import { quoteExact } from "./quoteExact.js";
import { quoteNotFound } from "./quoteNotFound.js";
import { quoteOtherSpeaker } from "./quoteOtherSpeaker.js";
import { quoteReordered } from "./quoteReordered.js";
import type { ClaimRule, QuoteRule } from "./rule.js";
import { siteFurniture } from "./siteFurniture.js";
import { softenedSummary } from "./softenedSummary.js";
import { toneReversal } from "./toneReversal.js";
import { understated } from "./understated.js";
import { ungradedOutcome } from "./ungradedOutcome.js";

/** Rules over the press's own claims (sentences without checkable quotation marks). */
export const CLAIM_RULES: readonly ClaimRule[] = [
  siteFurniture,
  pressHeading,
  dateline,
  gratitude,
  letterHeadingOnly,
  ungradedOutcome,
  gradeFalse,
  gradeOnly,
  understated,
  followUpVisit,
  negationReversal,
  toneReversal,
  praiseWithoutSource,
  numberMismatch,
  overstatedHedge,
  copied,
  paraphrase,
  gradeTrue,
  softenedSummary,
  noSourceRegulator,
  notAClaim,
];

/** Rules over quotations. */
export const QUOTE_RULES: readonly QuoteRule[] = [
  quoteOtherSpeaker,
  quoteNotFound,
  misattributed,
  overgeneralised,
  quoteEllipsisCut,
  quoteBracketed,
  quoteExact,
  quoteReordered,
  quoteAltered,
];
