import { createNullMap } from '../null-map.ts';
import { canonicalText, createLabelSetCursor, parseLabelSet } from './label-sets.ts';
import type { LabelSet } from './label-sets.ts';
import { NameOrders } from './name-orders.ts';
import type { NameGroup } from './name-orders.ts';

/** One spelling of a label set, plus the set that followed it last time, for prediction. */
type Interned = {
  raw: string;
  set: LabelSet;
  next: Interned | undefined;
  successor: Interned | undefined;
};

/**
 * The spellings that share a tail hash. Short chains are walked; a long one (thousands of series
 * that differ only in an early label) moves to a map on the whole text, so lookups stay O(1).
 */
type Bucket = {
  chain: Interned | undefined;
  size: number;
  byText: Map<string, Interned> | undefined;
};

/** Hashing a whole 300-character cAdvisor label text costs more than the rest of the line. */
const TAIL_CHARS = 24;
const MAX_CHAIN = 8;

/**
 * A number for the length and last characters of `text[from, to)`. Hashing them by hand and
 * looking up a small integer is about twice as fast as looking up a sliced string.
 */
function tailHash(text: string, from: number, to: number): number {
  let hash = to - from;
  for (let i = Math.max(from, to - TAIL_CHARS); i < to; i++) {
    hash = (Math.imul(hash, 31) + text.charCodeAt(i)) | 0;
  }
  // Small integers stay unboxed as map keys.
  return hash & 0x3fffffff;
}

/**
 * Interns the label sets of one parse. Exporters repeat the same label texts in the same order
 * in every family (each cAdvisor family lists the containers again), so the set that followed
 * the previous line's set last time is tried first, with one memcmp; otherwise the text is
 * looked up by its last characters. Texts are parsed only the first time they are seen, and
 * every spelling of a set maps to one entry, so duplicate series are a matter of identity.
 * Canonical texts are built only for names spelled more than one way (see NameGroup).
 */
export class LabelSetTable {
  readonly empty: LabelSet = { labels: createNullMap() };
  /** Index just past the `}` of the last label set read. */
  end = 0;
  private readonly byTail = new Map<number, Bucket>();
  private readonly cursor = createLabelSetCursor();
  private readonly orders = new NameOrders();
  private previous: Interned | undefined;
  /** Tail and bucket of the last lookup, reused when a missed text is remembered. */
  private lookedUpTail = 0;
  private lookedUpBucket: Bucket | undefined;

  constructor() {
    // `{}` and `a` are the same series.
    this.remember('', this.empty);
  }

  private find(text: string, from: number, to: number): Interned | undefined {
    const tail = tailHash(text, from, to);
    const bucket = this.byTail.get(tail);
    this.lookedUpTail = tail;
    this.lookedUpBucket = bucket;
    if (bucket === undefined) return undefined;
    // Comparing a slice with === is a memcmp in V8; startsWith is several times slower.
    const raw = text.slice(from, to);
    if (bucket.byText !== undefined) return bucket.byText.get(raw);
    for (let entry = bucket.chain; entry !== undefined; entry = entry.next) {
      if (entry.raw === raw) return entry;
    }
    return undefined;
  }

  /** Adds a spelling; `lookedUp` when `raw` is the text of the last lookup, which missed. */
  private remember(raw: string, set: LabelSet, lookedUp = false): Interned {
    let bucket: Bucket | undefined;
    let tail: number;
    if (lookedUp) {
      bucket = this.lookedUpBucket;
      tail = this.lookedUpTail;
    } else {
      tail = tailHash(raw, 0, raw.length);
      bucket = this.byTail.get(tail);
    }
    if (bucket === undefined) {
      bucket = { chain: undefined, size: 0, byText: undefined };
      this.byTail.set(tail, bucket);
      if (lookedUp) this.lookedUpBucket = bucket;
    }
    const entry: Interned = { raw, set, next: bucket.chain, successor: undefined };
    if (bucket.byText !== undefined) {
      bucket.byText.set(raw, entry);
    } else {
      bucket.chain = entry;
      if (++bucket.size > MAX_CHAIN) {
        bucket.byText = new Map();
        for (let e: Interned | undefined = entry; e !== undefined; e = e.next) {
          if (!bucket.byText.has(e.raw)) bucket.byText.set(e.raw, e);
        }
      }
    }
    return entry;
  }

  /** Called for samples without labels, which break the chain of predictions. */
  skip(): void {
    this.previous = undefined;
  }

  read(text: string, start: number, lineEnd: number): LabelSet {
    const previous = this.previous;
    const close = text.indexOf('}', start + 1);
    let lookedUpTo = -1;
    if (close !== -1 && close < lineEnd) {
      // Sound even if a value holds a '}': only complete, validated texts are remembered.
      const from = start + 1;
      const guess = previous?.successor;
      let entry: Interned | undefined;
      if (guess !== undefined && guess.raw.length === close - from) {
        if (text.slice(from, close) === guess.raw) entry = guess;
      }
      if (entry === undefined) {
        entry = this.find(text, from, close);
        lookedUpTo = close;
      }
      if (entry !== undefined) {
        if (previous !== undefined) previous.successor = entry;
        this.previous = entry;
        this.end = close + 1;
        return entry.set;
      }
    }
    const entry = this.parse(text, start, lineEnd, lookedUpTo);
    if (previous !== undefined) previous.successor = entry;
    this.previous = entry;
    return entry.set;
  }

  /** From now on, every set of the group is also known by its canonical text. */
  private unify(group: NameGroup): void {
    group.unified = true;
    for (const set of group.pending) this.remember(canonicalText(set.labels), set);
    group.pending = [];
  }

  private parse(text: string, start: number, lineEnd: number, lookedUpTo: number): Interned {
    const cursor = this.cursor;
    const labels = parseLabelSet(text, start, lineEnd, cursor);
    this.end = cursor.end;
    const raw = text.slice(start + 1, cursor.end - 1);
    const lookedUp = lookedUpTo === cursor.end - 1;
    const group = this.orders.groupOf(cursor.names, cursor.count);
    if (!group.unified && (group.orders > 1 || !cursor.plain)) this.unify(group);
    if (!group.unified) {
      const entry = this.remember(raw, { labels }, lookedUp);
      if (!cursor.sorted) group.pending.push(entry.set);
      return entry;
    }
    const isCanonical = cursor.plain && cursor.sorted;
    const canonical = isCanonical ? raw : canonicalText(labels);
    // Unifying may just have remembered this very text.
    const known = this.find(canonical, 0, canonical.length);
    if (known !== undefined && isCanonical) return known;
    const set = known?.set ?? { labels };
    if (known === undefined) {
      const entry = this.remember(canonical, set, true);
      if (isCanonical) return entry;
    }
    return this.remember(raw, set);
  }
}
