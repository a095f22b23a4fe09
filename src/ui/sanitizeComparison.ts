import type { Comparison, Finding, Omission, Span } from "../core/types.js";
import { sanitizeForTerminal as clean } from "./sanitize.js";

function span<T extends Span>(s: T): T {
  return { ...s, text: clean(s.text) };
}

function finding(f: Finding): Finding {
  return {
    ...f,
    press: span(f.press),
    letter: f.letter.map(span),
    reason: clean(f.reason),
    ...(f.quote
      ? {
          quote: {
            ...span(f.quote),
            inner: span(f.quote.inner),
            ...(f.quote.attributionCue !== undefined
              ? { attributionCue: clean(f.quote.attributionCue) }
              : {}),
          },
        }
      : {}),
    ...(f.diff ? { diff: f.diff.map((part) => ({ ...part, text: clean(part.text) })) } : {}),
  };
}

/**
 * A copy of the comparison with every string the UI may draw passed through the terminal sanitiser.
 * The sanitiser keeps lengths, so all offsets still point at the same characters.
 */
function omission(o: Omission): Omission {
  return {
    ...span(o),
    reason: clean(o.reason),
    ...(o.places
      ? {
          places: o.places.map((p) => ({
            ...span(p),
            section: p.section.heading ? { ...p.section, heading: clean(p.section.heading) } : p.section,
          })),
        }
      : {}),
  };
}

export function sanitizeComparison(c: Comparison): Comparison {
  return {
    letter: {
      ...c.letter,
      source: clean(c.letter.source),
      text: clean(c.letter.text),
      sentences: c.letter.sentences.map(span),
    },
    documents: c.documents.map((doc) => ({
      ...doc,
      source: clean(doc.source),
      text: clean(doc.text),
      ...(doc.differentDocumentReason !== undefined
        ? { differentDocumentReason: clean(doc.differentDocumentReason) }
        : {}),
      findings: doc.findings.map(finding),
      omissions: doc.omissions.map(omission),
      ...(doc.moreOmissions ? { moreOmissions: doc.moreOmissions.map(omission) } : {}),
    })),
  };
}
