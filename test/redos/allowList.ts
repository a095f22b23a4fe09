/**
 * Regular expressions the ReDoS analyser (recheck) does not call safe — "vulnerable" (polynomial
 * backtracking found) or "unknown" (it gave up within its time limit) — each with the bound that
 * keeps it harmless where it is used. An entry names the file and how the pattern's source begins;
 * one that no longer matches any pattern fails the test, so the list cannot go stale.
 *
 * The bounds used most:
 * - SENTENCE: applied to one sentence, clause or quotation piece, never to a whole document.
 *   Sentences are cut at MAX_SENTENCE_CHARS (1,000 characters, src/core/segment/sentences.ts), so a
 *   quadratic pattern costs at most ~10⁶ steps per sentence: linear in the document. The bench's
 *   adversarial section (npm run bench) measures the hostile cases.
 * - WINDOW: end-anchored, and only ever tested through src/core/text/bounded.ts on the last few
 *   hundred characters before a point (endsWithin / searchEndingWithin), or on a slice of that size.
 * - SHORT: applied to a short field: a file name or URL, a key press, a terminal line, a state-file
 *   name, a table cell or a line of a letter's header.
 */
const SENTENCE =
  "SENTENCE: applied to one sentence or a part of one (at most 1,000 characters): at most quadratic in that";
const WINDOW = "WINDOW: tested only on a bounded window before a point (src/core/text/bounded.ts)";
const SHORT = "SHORT: applied only to a short field, never to document text";

export interface AllowedPattern {
  file: string;
  /** How the pattern's source begins (enough to tell it from the file's others). */
  starts: string;
  bound: string;
}

export const ALLOWED: readonly AllowedPattern[] = [
  {
    file: "src/cli/main.ts",
    starts: "\\s*\\n\\(Did you mean",
    bound: `${SHORT} (commander's one-line error message)`,
  },
  { file: "src/cli/main.ts", starts: "\\s*\\n\\s*", bound: `${SHORT} (commander's error message)` },
  {
    file: "src/core/judge/judgeSentences.ts",
    starts: '^["”’\']?\\s*,?\\s*[^.;:“”"]{0,120}?',
    bound: `${SENTENCE} (the words between two quotations of one sentence)`,
  },
  {
    file: "src/core/corpus/letterMeta.ts",
    starts: "\\b(?:inspection of|visit (?:to|of)|review of)",
    bound: `${SHORT} (a title of at most TITLE_LINE_CHARS = 300 characters)`,
  },
  {
    file: "src/core/corpus/letterMeta.ts",
    starts: "\\s+(?:(?:metropolitan",
    bound: `${SHORT} (a body's name, cut at TITLE_LINE_CHARS = 300 characters)`,
  },
  {
    file: "src/core/corpus/letterMeta.ts",
    starts: "\\b(?:of|to)\\s+(.+)$",
    bound: `${SHORT} (a title line cut at TITLE_LINE_CHARS = 300 characters)`,
  },
  {
    file: "src/core/judge/omissions/listItems.ts",
    starts: "[,;:]\\s*|\\s+and\\s+(?=",
    bound: `${SENTENCE} (one press sentence split into clauses)`,
  },
  {
    file: "src/core/judge/whoseWords.ts",
    starts: "“[^”]*”|",
    bound: `${SENTENCE} (the press sentence whose quotations are blanked)`,
  },
  {
    file: "src/core/segment/speakerRepair.ts",
    starts: "^\\s*(?:(?:however|also",
    bound: `${SENTENCE} (anchored at the start of one sentence's frame)`,
  },
  {
    file: "src/core/corpus/letterMeta.ts",
    starts: "^(?:an?\\s+)?(?:[\\p{L}-]+\\s+){0,3}?",
    bound: `${SHORT} (anchored at a line's start, at most three words before the title words)`,
  },
  {
    file: "src/core/segment/structure.ts",
    starts: "^(?:(?:key |main )?areas? for",
    bound: `${SHORT} (a heading of at most MAX_HEADING_CHARS = 200 characters)`,
  },
  {
    file: "src/core/ingest/ingest.ts",
    starts: "<meta[^>]+charset",
    bound: "applied to the first 1,024 bytes of a page only (metaCharset)",
  },
  { file: "src/core/ingest/ingest.ts", starts: "[?#].*$", bound: `${SHORT} (the input's name)` },
  { file: "src/core/ingest/sniff.ts", starts: "[?#].*$", bound: `${SHORT} (the input's name)` },
  {
    file: "src/core/judge/benchmarks.ts",
    starts: "\\b\\d[\\d,]*\\s+(?:(?:open|outstanding",
    bound: SENTENCE,
  },
  {
    file: "src/core/judge/benchmarks.ts",
    starts: "\\b(?:no|none|nobody|no one|not)\\b[^.;,]*$",
    bound: SENTENCE,
  },
  {
    file: "src/core/judge/benchmarks.ts",
    starts: "(?<!\\d)(\\d+(?:\\.\\d+)?)\\s?(?:%",
    bound: `${SENTENCE}; digit runs are no longer retried at every digit ((?<!\\d))`,
  },
  {
    file: "src/core/judge/differentDocument.ts",
    starts: "\\b(?:rated|judged|graded|found to be|rating of)",
    bound:
      "the object between verb and grade is at most five words ({0,5}?); each start position costs at most a few words of backtracking: linear (the checker timed out, it found no attack)",
  },
  {
    file: "src/core/judge/documentDates.ts",
    starts: "^(?:(?:posted|published|updated|issued)",
    bound:
      "anchored at the start of one trimmed line and tested only on the first lines of a document (pressDate) or on lines holding exactly one date: one start position, backtracking only over the white space after the dateline word",
  },
  {
    file: "src/core/judge/grades/areas.ts",
    starts: "[?:.,;\\s]+$",
    bound: `${SHORT} (an area heading of a grade table)`,
  },
  {
    file: "src/core/judge/grades/areas.ts",
    starts: "\\b(?:previous|last|prior|earlier)\\b.*\\b(?:inspec",
    bound: `${SHORT} (an area heading of a grade table, canonicalArea)`,
  },
  {
    file: "src/core/judge/grades/cues.ts",
    starts: "\\b(?:given|gave|give|gives|awarded|awards|handed",
    bound: WINDOW,
  },
  {
    file: "src/core/judge/grades/cues.ts",
    starts: "^\\s*(?:[–—]|\\s-|\\()\\s*[^–—()]{1,60}?",
    bound: `${SENTENCE}; anchored at one position after a grade, the aside is at most 60 characters`,
  },
  {
    file: "src/core/judge/grades/cues.ts",
    starts: "^\\s*(?:following|at|in|during|after)\\s+(?:our|it",
    bound: `${SENTENCE}; anchored at the sentence start`,
  },
  {
    file: "src/core/judge/grades/areaPhrases.ts",
    starts: "\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|as well as",
    bound: `${SENTENCE} (a list of areas after a grade)`,
  },
  { file: "src/core/judge/grades/claims.ts", starts: "[\\s,]+$", bound: `${SHORT} (a table cell's area)` },
  {
    file: "src/core/judge/grades/claims.ts",
    starts: "^\\s*[,;]?\\s*(?:with|and)\\s+(?:(?:the|a)\\s+)?same",
    bound: `${SENTENCE}; anchored after a grade`,
  },
  {
    file: "src/core/judge/grades/table.ts",
    starts: "\\s*[;,]\\s*",
    bound: `${SHORT} (a table row's cell of areas)`,
  },
  {
    file: "src/core/judge/grades/scale.ts",
    starts: "(?:\\b([1-6])\\s*[-–—:]?\\s*)?(['‘\"“])?\\b((?:requir",
    bound: `${SENTENCE} (grade mentions of one sentence; in the letter, of one line)`,
  },
  {
    file: "src/core/judge/grades/cues.ts",
    starts: '[.;:!?()"“”]|,\\s*(?=(?:with|after|while|which|wh',
    bound: `${SENTENCE} (where a list of areas ends)`,
  },
  {
    file: "src/core/judge/grades/table.ts",
    starts: "^(.+?)(?:\\t+|\\s+[-–—:|]\\s+|\\s{2,}|\\s+|(?<=\\?)\\s*",
    bound:
      "applied to one line of a letter that ends in a grade word (a table row): anchored, quadratic in that line at most",
  },
  {
    file: "src/core/judge/grades/table.ts",
    starts: "^(?:([1-6])\\s*[-–—:]?\\s*)?((?:requires? improvem",
    bound: "anchored at the start of one line or cell, and the grade words are a fixed list: linear",
  },
  {
    file: "src/core/judge/grades/judge.ts",
    starts: "(?<=[\\p{Ll},][ \\t]+)",
    bound:
      "built from an area name of the letter's grade table (letters, escaped); the lookbehind reads back over the white space before one position: quadratic only in a run of spaces or tabs of the letter, which the bench's white-space cases measure",
  },
  {
    file: "src/core/judge/rules/followUpVisit.ts",
    starts: "\\b(?:will|is to|are to|plans? to|set to)\\s+(?:\\w",
    bound: `${SENTENCE}; at most four words between ({0,4}?)`,
  },
  {
    file: "src/core/judge/rules/overgeneralised.ts",
    starts: "\\b(?:(?:many|most|some|several|a few|a minority|",
    bound: "applied to the 70 characters before a quotation's place in the letter (rules/overgeneralised.ts)",
  },
  {
    file: "src/core/judge/rules/quoteAltered.ts",
    starts: "^[.,;:!?]+|[.,;:!?]+$",
    bound: `${SENTENCE} (one changed word of a diff)`,
  },
  {
    file: "src/core/judge/lexicon.ts",
    starts: "\\b(?:(?:staff|social workers|parents|carers|fost",
    bound: SENTENCE,
  },
  {
    file: "src/core/judge/lexicon.ts",
    starts: "\\b(?:needs? to|needed|further work|not yet|not a",
    bound: `${SENTENCE} (an alternation of fixed phrases; the checker timed out on its size)`,
  },
  { file: "src/core/judge/misattribution.ts", starts: ";|,?\\s+but\\s+", bound: SENTENCE },
  {
    file: "src/core/judge/negatedPractice.ts",
    starts: "\\b(?:not|never|no|nor|without)((?:\\s+[\\w'’-]+){0",
    bound: `${SENTENCE}; at most three or eight words between the negator and its word`,
  },
  {
    file: "src/core/judge/numbers/extract.ts",
    starts: "\\s+(?:just|only|a mere|merely)\\s*$",
    bound: WINDOW,
  },
  { file: "src/core/judge/numbers/extract.ts", starts: "\\s+$", bound: WINDOW },
  {
    file: "src/core/judge/omissions.ts",
    starts: "[,;:–—]\\s*(?:(?:but|and|so|while|whereas|which|w",
    bound: `${SENTENCE} (a letter sentence's clauses)`,
  },
  {
    file: "src/core/judge/omissions/contrast.ts",
    starts: "(?:,|;|\\s[–—])\\s*(?:but|however|although|though|",
    bound: `${SENTENCE}; at most MAX_CONTRAST_TURNS parts are read`,
  },
  {
    file: "src/core/judge/polarity.ts",
    starts: "\\b(?:weakness(?:es)?|areas?\\s+for\\s+(?:improveme",
    bound: SENTENCE,
  },
  {
    file: "src/core/judge/polarity.ts",
    starts: "\\b(?:no|not any|not a)\\s+(?:(?:serious|significa",
    bound: SENTENCE,
  },
  {
    file: "src/core/judge/polarity.ts",
    starts: "\\b(?:recogni[sz]ed|acknowledged|identified|accep",
    bound: SENTENCE,
  },
  {
    file: "src/core/judge/requirements.ts",
    starts: "\\b(?:must|should|needs? to|(?:is|are) required t",
    bound: SENTENCE,
  },
  {
    file: "src/core/judge/requirements.ts",
    starts: "^(?:(?:key |main )?areas? for (?:improvement|dev",
    bound: `${SHORT} (a heading line)`,
  },
  {
    file: "src/core/judge/softenedSummary.ts",
    starts: "\\b(?:must\\s+(?:\\w+\\s+){0,5}(?:make|secure|delive",
    bound: `${SENTENCE}; at most five words between`,
  },
  {
    file: "src/core/judge/ungradedOutcome.ts",
    starts: "\\b(?:graded|full|section\\s+5)\\b[^.]{0,20}?\\binsp",
    bound: `${SENTENCE}; at most 20 characters between`,
  },
  {
    file: "src/core/judge/ungradedOutcome.ts",
    starts: "\\b(?:may|might|could|would)\\s+not\\s+be\\s+(?:judg",
    bound: SENTENCE,
  },
  {
    file: "src/core/judge/ungradedOutcome.ts",
    starts: "\\b(?:may|might|could|would)\\s+be\\s+(?:judged\\s+|",
    bound: SENTENCE,
  },
  {
    file: "src/core/judge/ungradedOutcome.ts",
    starts: "\\b(?:(?:is|are)\\s+no\\s+longer\\s+(?:rated\\s+|judg",
    bound: SENTENCE,
  },
  {
    file: "src/core/judge/ungradedOutcome.ts",
    starts: "\\b(?:may|might|could|on\\s+track\\s+to|set\\s+to|in",
    bound: SENTENCE,
  },
  {
    file: "src/core/judge/context.ts",
    starts: "(?:(?:[\\p{Lu}][\\p{L}'’&-]*|(?:of|for|and|&|the))",
    bound: `${SENTENCE}; at most six words before the head noun ({0,6}?)`,
  },
  {
    file: "src/core/segment/speakerWords.ts",
    starts: "(?:\\b\\p{Lu}[\\p{Ll}'’-]*(?:\\p{Lu}[\\p{Ll}'’-]+)*\\s",
    bound: `${SENTENCE} (a subject noun phrase); one to three names`,
  },
  {
    file: "src/core/segment/subject.ts",
    starts: "^.*\\b(?:[\\p{L}]{3,}ed|spoke|speak|speaks|met|mee",
    bound: `${SENTENCE} (the words before a relative "who")`,
  },
  {
    file: "src/core/segment/subject.ts",
    starts: "[\\s,]+$",
    bound: `${SENTENCE} (a subject noun phrase)`,
  },
  {
    file: "src/core/segment/reportingClauses.ts",
    starts: "\\b(?:is|are|was|were|be|been|being|get|gets|got)",
    bound: WINDOW,
  },
  {
    file: "src/core/segment/reportingClauses.ts",
    starts: "\\b(?:since|after|when)\\s+(?:[\\p{L}'’-]+\\s+){1,5}",
    bound: `${SENTENCE}; one to five words between`,
  },
  {
    file: "src/core/segment/attribution.ts",
    starts: "^(?:\\s+(?:the\\s+)?[\\p{L}'’-]+(?:\\s+[\\p{L}'’-]+){",
    bound: `${SENTENCE}; anchored after a verb, at most four words`,
  },
  {
    file: "src/core/segment/speakerWords.ts",
    starts: "\\b(?:mayor|councillor|cllr|cabinet\\s+member|lead",
    bound: `${SENTENCE} (a subject noun phrase)`,
  },
  {
    file: "src/core/segment/speakerWords.ts",
    starts: "\\b(?:said|says|say|saying|stated|states|stating|",
    bound: `${SENTENCE} (an alternation of fixed verbs; the checker timed out on its size)`,
  },
  {
    file: "src/core/segment/boilerplate.ts",
    starts: "\\bcookies?\\b[\\s\\S]*\\b(?:accept|consent|agree|con",
    bound:
      'applied to one block: one match attempt per "cookie" reads to the block\'s end; quadratic only in a block that repeats "cookie"',
  },
  {
    file: "src/core/segment/boilerplate.ts",
    starts: "(?:^|\\s)(?:©|\\(c\\)\\s*\\d{4}|copyright\\s+(?:©\\s*)?",
    bound: "applied to one block; the only repetition is the white space before a four-digit year",
  },
  {
    file: "src/core/segment/endMatter.ts",
    starts: "^[-–—#*\\s]*[Aa]bout\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’&",
    bound: "anchored at the start of one block (a heading)",
  },
  { file: "src/review/statePath.ts", starts: "_+$", bound: `${SHORT} (a state-file name)` },
  {
    file: "src/ui/diffSegments.ts",
    starts: "^(\\s*)([\\s\\S]*?)(\\s*)$",
    bound: `${SHORT} (one diff part drawn in the terminal)`,
  },
  { file: "src/ui/keyOfChar.ts", starts: "[\\r\\n]+$", bound: `${SHORT} (a key press)` },
  { file: "src/ui/textEdit.ts", starts: "\\S*\\s*$", bound: `${SHORT} (a note being typed)` },
  {
    file: "src/core/judge/understated.ts",
    starts: "\\b(?:some|a few|a small number of|a couple of|minor",
    bound: `${SENTENCE}; at most 60 characters between (found vulnerable only by the time-bounded fuzzer, in some runs)`,
  },
];
