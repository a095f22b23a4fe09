/**
 * A small terminal screen for end-to-end tests: feeds on what a program writes to its pseudo-terminal and
 * keeps the grid of characters a user would see, so tests can wait for text *on screen* (not text that
 * was written once and drawn over since). It understands what Ink writes — cursor moves, erase line and
 * display, the alternate screen, auto-wrap and scrolling — and ignores colours and other modes. It also
 * counts what a flicker check needs: whole-screen clears and scrolls.
 */

const ESC = "\u001b";

export class PtyScreen {
  private main: string[][];
  private alt: string[][];
  private inAlt = false;
  private row = 0;
  private col = 0;
  /** xterm's deferred wrap: the cursor sits past the last column until the next printable character. */
  private wrapPending = false;
  private saved = { row: 0, col: 0 };
  private pending = "";
  /** Whole-screen erases seen (ED 2/3): a renderer that clears on every key press flickers. */
  clears = 0;
  /** Lines scrolled off the top: a frame taller than the terminal scrolls. */
  scrolls = 0;
  /** Everything received, for raw checks (synchronised-update markers) and failure messages. */
  raw = "";

  constructor(
    readonly columns: number,
    readonly rows: number,
  ) {
    this.main = this.blank();
    this.alt = this.blank();
  }

  private blank(): string[][] {
    return Array.from({ length: this.rows }, () => Array<string>(this.columns).fill(" "));
  }

  private get grid(): string[][] {
    return this.inAlt ? this.alt : this.main;
  }

  /** The screen as lines, trailing spaces trimmed. */
  lines(): string[] {
    return this.grid.map((cells) => cells.join("").replace(/ +$/, ""));
  }

  text(): string {
    return this.lines().join("\n");
  }

  write(data: string): void {
    this.raw += data;
    const input = this.pending + data;
    this.pending = "";
    let i = 0;
    while (i < input.length) {
      const ch = input[i] as string;
      if (ch === ESC) {
        const consumed = this.escape(input, i);
        if (consumed === 0) {
          this.pending = input.slice(i); // an incomplete sequence: wait for the rest
          return;
        }
        i += consumed;
        continue;
      }
      const code = ch.codePointAt(0) ?? 0;
      const char = String.fromCodePoint(code);
      i += char.length;
      if (char === "\r") {
        this.col = 0;
        this.wrapPending = false;
      } else if (char === "\n") {
        this.lineFeed();
      } else if (char === "\b") {
        this.col = Math.max(0, this.col - 1);
        this.wrapPending = false;
      } else if (code >= 0x20 && code !== 0x7f) {
        this.print(char);
      }
    }
  }

  private print(char: string): void {
    if (this.wrapPending) {
      this.col = 0;
      this.lineFeed();
    }
    const line = this.grid[this.row];
    if (line) line[this.col] = char;
    if (this.col === this.columns - 1) this.wrapPending = true;
    else this.col++;
  }

  private lineFeed(): void {
    this.wrapPending = false;
    if (this.row < this.rows - 1) {
      this.row++;
      return;
    }
    this.grid.shift();
    this.grid.push(Array<string>(this.columns).fill(" "));
    this.scrolls++;
  }

  /** Handles the escape sequence at `at`; returns its length, or 0 when it is not complete yet. */
  private escape(input: string, at: number): number {
    const kind = input[at + 1];
    if (kind === undefined) return 0;
    if (kind === "[") {
      // biome-ignore lint/suspicious/noControlCharactersInRegex: parsing terminal escape sequences.
      const match = /^\u001b\[([?>=]?)([0-9;:]*)([ -/]*)([@-~])/.exec(input.slice(at));
      // biome-ignore lint/suspicious/noControlCharactersInRegex: parsing terminal escape sequences.
      if (!match) return /^\u001b\[[?>=]?[0-9;:]*[ -/]*$/.test(input.slice(at)) ? 0 : 2;
      const [all, privateMark = "", params = "", , final = ""] = match;
      this.csi(
        privateMark,
        params.split(";").map((p) => (p === "" ? undefined : Number(p))),
        final,
      );
      return all.length;
    }
    if (kind === "]" || kind === "P" || kind === "_") {
      // OSC / DCS / APC: up to BEL or ESC \
      const rest = input.slice(at + 2);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: parsing terminal escape sequences.
      const end = rest.search(/\u0007|\u001b\\/);
      if (end === -1) return 0;
      return 2 + end + (rest[end] === "\u0007" ? 1 : 2);
    }
    if (kind === "7") this.saved = { row: this.row, col: this.col };
    if (kind === "8") ({ row: this.row, col: this.col } = this.saved);
    return 2;
  }

  private csi(privateMark: string, params: (number | undefined)[], final: string): void {
    const n = params[0] ?? 1;
    const clampRow = (r: number) => Math.max(0, Math.min(this.rows - 1, r));
    const clampCol = (c: number) => Math.max(0, Math.min(this.columns - 1, c));
    if (privateMark === "?") {
      if (params.includes(1049) || params.includes(47) || params.includes(1047)) {
        if (final === "h") {
          this.saved = { row: this.row, col: this.col };
          this.alt = this.blank();
          this.inAlt = true;
        } else if (final === "l") {
          this.inAlt = false;
          ({ row: this.row, col: this.col } = this.saved);
        }
      }
      return;
    }
    if (privateMark !== "") return;
    this.wrapPending = false;
    switch (final) {
      case "A":
        this.row = clampRow(this.row - n);
        break;
      case "B":
        this.row = clampRow(this.row + n);
        break;
      case "C":
        this.col = clampCol(this.col + n);
        break;
      case "D":
        this.col = clampCol(this.col - n);
        break;
      case "E":
        this.row = clampRow(this.row + n);
        this.col = 0;
        break;
      case "F":
        this.row = clampRow(this.row - n);
        this.col = 0;
        break;
      case "G":
        this.col = clampCol(n - 1);
        break;
      case "H":
      case "f":
        this.row = clampRow((params[0] ?? 1) - 1);
        this.col = clampCol((params[1] ?? 1) - 1);
        break;
      case "J":
        this.eraseDisplay(params[0] ?? 0);
        break;
      case "K":
        this.eraseLine(params[0] ?? 0);
        break;
    }
  }

  private eraseLine(mode: number): void {
    const line = this.grid[this.row];
    if (!line) return;
    const [from, to] =
      mode === 0 ? [this.col, this.columns] : mode === 1 ? [0, this.col + 1] : [0, this.columns];
    for (let c = from; c < to; c++) line[c] = " ";
  }

  private eraseDisplay(mode: number): void {
    if (mode === 2 || mode === 3) {
      this.clears++;
      for (const line of this.grid) line.fill(" ");
      return;
    }
    this.eraseLine(mode);
    const rows = mode === 0 ? [this.row + 1, this.rows] : [0, this.row];
    for (let r = rows[0] as number; r < (rows[1] as number); r++) this.grid[r]?.fill(" ");
  }
}
