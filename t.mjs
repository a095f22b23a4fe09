import { openCorpusIndex } from "./dist/corpus/openIndex.js";
import { findSources } from "./dist/corpus/findSources.js";
import { readInput } from "./dist/io/readInput.js";
for (const spec of ["/tmp/emb", "postgres://postgres@127.0.0.1:54329/pcreal"]) {
  const index = await openCorpusIndex(spec);
  for (const f of ["torbay-ilacs-2022/press-3.txt", "kent-ilacs-2022/press-2.txt"]) {
  const { doc } = await readInput("../shared/real/" + f);
  const r = await findSources(index, doc, { keep: 5 });
  console.log(spec, f);
  for (const m of r.ranked) console.log("  ", m.source.split("/").pop(), m.confidence.toFixed(2), m.evidenceConfidence.toFixed(2), JSON.stringify(m.clues), m.evidence.passages.length, m.evidence.sharedWords, m.evidence.quotesFound+"/"+m.evidence.quotes.length);
  }
  await index.close();
}
