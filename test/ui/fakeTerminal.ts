import { EventEmitter } from "node:events";

/** A stdin that claims to be a TTY, as ink-testing-library's does, fed by `press`. */
export class FakeStdin extends EventEmitter {
  isTTY = true;
  private data: string | null = null;
  write(data: string): void {
    this.data = data;
    this.emit("readable");
    this.emit("data", data);
  }
  read(): string | null {
    const { data } = this;
    this.data = null;
    return data;
  }
  setEncoding(): void {}
  setRawMode(): void {}
  resume(): void {}
  pause(): void {}
  ref(): void {}
  unref(): void {}
}

/** A stdout of a fixed size that records everything written. */
export class FakeStdout extends EventEmitter {
  isTTY = false;
  output = "";
  constructor(
    public columns: number,
    public rows: number,
  ) {
    super();
  }
  write(chunk: string): boolean {
    this.output += chunk;
    return true;
  }
}

export function asStreams(stdin: FakeStdin, stdout: FakeStdout, stderr: FakeStdout) {
  return {
    stdin: stdin as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
    stderr: stderr as unknown as NodeJS.WriteStream,
  };
}
