import { decodeUtf8 } from '../proto/utf8.ts';

/**
 * Decodes the label strings of consecutive series. Series in one request mostly repeat the
 * previous series' label names and many of its values, so each string is first compared
 * byte for byte with the one in the same position of the previous series and reused when
 * equal: no decoding, no garbage, and label names stay the same (interned) property keys.
 */
export class LabelStrings {
  private previous: Slot[] = [];
  private current: Slot[] = [];
  private count = 0;

  constructor(private readonly buf: Uint8Array) {}

  /** Starts a new series: what was read so far becomes the previous series. */
  nextSeries(): void {
    const previous = this.previous;
    this.previous = this.current;
    this.current = previous;
    this.count = 0;
  }

  /** The string at `buf[start, end)`, or null when it is not valid UTF-8. */
  read(start: number, end: number): string | null {
    const buf = this.buf;
    const slot = this.count++;
    const before = this.previous[slot];
    let text: string | null;
    if (before !== undefined && sameBytes(buf, before.start, start, end - start, before.end)) {
      text = before.text;
    } else {
      text = decodeUtf8(buf, start, end);
    }
    const after = this.current[slot];
    if (after === undefined) this.current[slot] = { start, end, text };
    else {
      after.start = start;
      after.end = end;
      after.text = text;
    }
    return text;
  }
}

type Slot = { start: number; end: number; text: string | null };

function sameBytes(buf: Uint8Array, a: number, b: number, length: number, aEnd: number): boolean {
  if (aEnd - a !== length) return false;
  for (let i = 0; i < length; i++) if (buf[a + i] !== buf[b + i]) return false;
  return true;
}
