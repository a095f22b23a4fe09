import type { Comparison } from "../core/types.js";
import type { Decisions } from "../review/decisions.js";

type Render = (
  format: "json" | "md" | "html" | "csv",
  c: Comparison,
  decisions: Decisions,
) => Promise<string>;

/** Opens the Ink review (loaded only here: ink and react cost ≈ 0.4 s at start-up). */
export async function runInteractiveReview(
  c: Comparison,
  state: string | undefined,
  render: Render,
): Promise<void> {
  const { runReview } = await import("../ui/runReview.js");
  const { defaultStatePath } = await import("../review/statePath.js");
  const { writeFileAtomic } = await import("../io/atomicWrite.js");
  await runReview({
    comparison: c,
    statePath: (source) => state ?? defaultStatePath(source),
    onExport: async (format, path, decisions) => writeFileAtomic(path, await render(format, c, decisions)),
  });
}
