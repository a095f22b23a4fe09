/**
 * Progress of a long run on stderr. On a terminal: one line redrawn in place (a bar, the count, the
 * item), at most ten times a second. Otherwise (a log, CI): a plain count line every few seconds and
 * one at the end, so a log shows the run is alive without a line per item.
 */
export interface Progress {
  tick(label?: string): void;
  done(summary?: string): void;
}

const BAR = 24;
const PLAIN_EVERY_MS = 5000;
const TTY_EVERY_MS = 100;

export function progress(
  total: number,
  noun: string,
  stream: { isTTY?: boolean; columns?: number; write(s: string): boolean } = process.stderr,
  now: () => number = Date.now,
): Progress {
  let done = 0;
  const started = now();
  const tty = stream.isTTY === true;
  // A terminal shows the first item at once; a log's first line comes after the first interval.
  let last = tty ? started - TTY_EVERY_MS : started;
  const line = (label = "") => {
    const share = total === 0 ? 1 : done / total;
    const filled = Math.round(share * BAR);
    const text = `[${"#".repeat(filled)}${".".repeat(BAR - filled)}] ${done}/${total} ${noun}  ${label}`;
    return text.slice(0, Math.max(20, (stream.columns ?? 80) - 1));
  };
  return {
    tick(label) {
      done++;
      const t = now();
      if (tty && (t - last >= TTY_EVERY_MS || done === total)) {
        stream.write(`\r\x1b[2K${line(label)}`);
        last = t;
      } else if (!tty && t - last >= PLAIN_EVERY_MS && done < total) {
        stream.write(`${done}/${total} ${noun}\n`);
        last = t;
      }
    },
    done(summary) {
      const secs = ((now() - started) / 1000).toFixed(1);
      const text = `${done}/${total} ${noun} in ${secs} s${summary ? `: ${summary}` : ""}`;
      stream.write(tty ? `\r\x1b[2K${text}\n` : `${text}\n`);
    },
  };
}
