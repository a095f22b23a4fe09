/** Small timing and formatting helpers shared by the benchmark scripts. */

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times `fn` warm: `warmup` untimed calls first (JIT compilation, memo caches and lazy requires are
 * paid there, as in a long-running process), then timed calls until `maxRuns` are done or `budgetMs`
 * has passed (at least `minRuns`). Returns every duration in milliseconds and their median.
 */
export function timeWarm(fn, { warmup = 3, minRuns = 3, maxRuns = 30, budgetMs = 3000 } = {}) {
  for (let i = 0; i < warmup; i++) fn();
  const times = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < budgetMs)) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return {
    runs: times.length,
    medianMs: median(times),
    minMs: Math.min(...times),
    maxMs: Math.max(...times),
  };
}

export const MB = 1024 * 1024;

export function formatMs(ms) {
  if (ms >= 10_000) return `${(ms / 1000).toFixed(1)} s`;
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  if (ms >= 10) return `${ms.toFixed(0)} ms`;
  return `${ms.toFixed(1)} ms`;
}

export function formatMB(bytes) {
  return `${(bytes / MB).toFixed(0)} MB`;
}

export const verdict = (ok) => (ok ? "PASS" : "MISS");
