/**
 * The word keys of many texts, stored compactly: the press side of a comparison keeps the keys of every
 * sentence of a press document (the omission and caveat rules ask which sentences hold which words),
 * and a `Set<string>` per sentence costs about 500 bytes — as much again as the text it was read from
 * (docs/limits.md, "Memory"). Here each distinct key is stored once and numbered, and a text's keys
 * are a sorted run of those numbers in a shared block of 32-bit integers: about 4 bytes a key.
 */

/** How many key numbers one block holds at most; a run longer than this gets a block of its own. */
const BLOCK_IDS = 1 << 16;
/**
 * The first block's size: each next one is twice the last, up to BLOCK_IDS. A pool is made per press
 * document (and a short one stores a few hundred keys), so a full block allocated and zeroed up front
 * was most of what a short document's pool cost.
 */
const FIRST_BLOCK_IDS = 1 << 10;
const NO_BLOCK = new Int32Array(0);
/** Runs up to this long are sorted by insertion; longer ones by the typed array's own sort. */
const SHORT_RUN = 48;

/**
 * A closed vocabulary of keys, numbered once (KeyPool's `vocabulary`): every key its reader will ever
 * ask about. Made once and shared by many pools, which only read it.
 */
export interface KeyVocabulary {
  readonly idOf: ReadonlyMap<string, number>;
  readonly keyOf: readonly string[];
}

/** The vocabulary of `keys`, numbered in the order first met. */
export function keyVocabulary(keys: Iterable<string>): KeyVocabulary {
  const idOf = new Map<string, number>();
  const keyOf: string[] = [];
  for (const k of keys)
    if (!idOf.has(k)) {
      idOf.set(k, keyOf.length);
      keyOf.push(k);
    }
  return { idOf, keyOf };
}

/** Where one text's key numbers are in a pool's store: `block[start]` to `block[start + size]`, sorted. */
export interface KeyRun {
  block: Int32Array;
  start: number;
  size: number;
}

/** Whether a run holds key number `id` (binary search: the run is sorted). */
export function runHolds({ block, start, size }: KeyRun, id: number): boolean {
  let lo = start;
  let hi = start + size;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const at = block[mid] as number;
    if (at === id) return true;
    if (at < id) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

export class KeyPool {
  private readonly idOfKey: Map<string, number>;
  private readonly keyOfId: string[];
  /** Keys outside the vocabulary are dropped, not numbered (see the constructor). */
  private readonly closed: boolean;
  private block = NO_BLOCK;
  private used = 0;

  /**
   * With a `vocabulary`, the pool stores only the keys of that vocabulary, by its numbers: a text's
   * keys then answer `has` for the vocabulary's keys only (false for any other) and list only those.
   * For a reader that only ever asks about the vocabulary's keys — the omission tests ask a press
   * document's evidence about letter words only — that is the same answer, and no key is numbered
   * per pool (a pool per press document numbered all its words anew).
   */
  constructor(readonly vocabulary?: KeyVocabulary) {
    this.closed = vocabulary !== undefined;
    // A closed pool never adds to its vocabulary's tables (take reads them only).
    this.idOfKey = (vocabulary?.idOf as Map<string, number> | undefined) ?? new Map();
    this.keyOfId = (vocabulary?.keyOf as string[] | undefined) ?? [];
    this.taken = new Int32Array(Math.max(FIRST_BLOCK_IDS, vocabulary?.keyOf.length ?? 0));
  }

  /** The number of a key already stored, or -1. */
  idOf(key: string): number {
    return this.idOfKey.get(key) ?? -1;
  }

  keyOf(id: number): string {
    return this.keyOfId[id] as string;
  }

  /** How many keys are numbered (every number is below it). */
  get keyCount(): number {
    return this.keyOfId.length;
  }

  /** Stores the keys (each once) and returns them as a read-only set. */
  add(keys: Iterable<string>): ReadonlySet<string> {
    const ids = this.startText();
    for (const k of keys) this.take(k);
    return this.store(ids);
  }

  /**
   * Stores the keys of every item, as `add` of all of them would (`keysOf` of each item, each key
   * once), without first collecting them in a set of strings.
   */
  addKeysOf<T>(items: readonly T[], keysOf: (item: T) => readonly string[]): ReadonlySet<string> {
    const ids = this.startText();
    for (let i = 0; i < items.length; i++) {
      const keys = keysOf(items[i] as T);
      for (let k = 0; k < keys.length; k++) this.take(keys[k] as string);
    }
    return this.store(ids);
  }

  /**
   * Where the numbers of `keys` are when this pool stored them: `block[start]` to `block[start + size]`,
   * sorted: a reader indexing many texts of one pool by key reads their numbers, not their strings.
   * Undefined for any other set.
   */
  runOf(keys: ReadonlySet<string>): KeyRun | undefined {
    return keys instanceof PooledKeys && keys.pool === this ? keys : undefined;
  }

  /**
   * The text being stored: the numbers of its keys so far, each once (a key's number is in it when
   * `taken` holds the text's stamp at that number). Reused from text to text.
   */
  private readonly ids: number[] = [];
  private taken: Int32Array;
  private stamp = 0;

  private startText(): number[] {
    this.ids.length = 0;
    if (this.stamp === 0x7fffffff) {
      this.taken.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
    return this.ids;
  }

  /** Numbers key `k` (a new key gets the next number; a closed pool drops it) and adds it to the text once. */
  private take(k: string): void {
    let id = this.idOfKey.get(k);
    if (id === undefined) {
      if (this.closed) return;
      id = this.keyOfId.length;
      this.idOfKey.set(k, id);
      this.keyOfId.push(k);
      if (id >= this.taken.length) {
        const grown = new Int32Array(2 * this.taken.length);
        grown.set(this.taken);
        this.taken = grown;
      }
    }
    if (this.taken[id] !== this.stamp) {
      this.taken[id] = this.stamp;
      this.ids.push(id);
    }
  }

  /** The text's numbers (each once) as its keys: sorted, in the current block. */
  private store(ids: readonly number[]): ReadonlySet<string> {
    const n = ids.length;
    if (this.used + n > this.block.length) {
      const next = Math.min(BLOCK_IDS, Math.max(FIRST_BLOCK_IDS, 2 * this.block.length));
      this.block = new Int32Array(Math.max(next, n));
      this.used = 0;
    }
    const start = this.used;
    const block = this.block;
    if (n <= SHORT_RUN) {
      // A sentence's few dozen numbers, sorted by insertion as they are copied in (no view made).
      for (let i = 0; i < n; i++) {
        const id = ids[i] as number;
        let at = start + i;
        while (at > start && (block[at - 1] as number) > id) {
          block[at] = block[at - 1] as number;
          at--;
        }
        block[at] = id;
      }
    } else {
      for (let i = 0; i < n; i++) block[start + i] = ids[i] as number;
      // A typed array sorts its numbers in place, in numeric order, with no comparison function.
      block.subarray(start, start + n).sort();
    }
    this.used += n;
    return new PooledKeys(this, this.block, start, n);
  }
}

/** One text's keys: a sorted run of key numbers in a block of the pool. */
class PooledKeys implements ReadonlySet<string> {
  constructor(
    readonly pool: KeyPool,
    readonly block: Int32Array,
    readonly start: number,
    readonly size: number,
  ) {}

  has(key: string): boolean {
    const id = this.pool.idOf(key);
    return id >= 0 && runHolds(this, id);
  }

  *values(): SetIterator<string> {
    for (let i = this.start; i < this.start + this.size; i++) yield this.pool.keyOf(this.block[i] as number);
  }

  keys(): SetIterator<string> {
    return this.values();
  }

  *entries(): SetIterator<[string, string]> {
    for (const k of this.values()) yield [k, k];
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    for (const k of this.values()) callback.call(thisArg, k, k, this);
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.values();
  }
}
