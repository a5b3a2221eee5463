import { DecodeError } from '../types.ts';
import { decodeUtf8 } from './utf8.ts';

/** Unknown groups nested deeper than this are refused instead of walked. */
const MAX_GROUP_DEPTH = 64;

/**
 * A bounds-checked protobuf wire reader over one buffer. Nested messages narrow `end` with
 * `enter()`/`leave()` so a field can never be read across its message boundary, and every
 * overrun becomes a DecodeError (400) instead of a RangeError.
 */
export class ProtoReader {
  readonly buf: Uint8Array;
  private readonly view: DataView;
  pos = 0;
  end: number;
  private lo = 0;
  private hi = 0;

  constructor(buf: Uint8Array) {
    this.buf = buf;
    this.view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    this.end = buf.length;
  }

  private truncated(): DecodeError {
    return new DecodeError(`invalid protobuf: truncated message at byte ${this.pos}`);
  }

  private need(n: number): void {
    if (this.pos + n > this.end) throw this.truncated();
  }

  private next(): number {
    if (this.pos >= this.end) throw this.truncated();
    return this.buf[this.pos++] ?? 0;
  }

  /** Varint as unsigned 32 bits (tags, lengths, enums); longer varints are read and cut. */
  uint32(): number {
    let result = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.next();
      result |= (byte & 0x7f) << shift;
      if (byte < 0x80) return result >>> 0;
    }
    let byte = this.next();
    result |= (byte & 0x0f) << 28;
    for (let n = 5; byte >= 0x80; n++) {
      if (n === 10) throw new DecodeError('invalid protobuf: varint longer than 10 bytes');
      byte = this.next();
    }
    return result >>> 0;
  }

  int32(): number {
    return this.uint32() | 0;
  }

  sint32(): number {
    const n = this.uint32();
    return (n >>> 1) ^ -(n & 1);
  }

  bool(): boolean {
    return this.uint32() !== 0;
  }

  /** Reads a 64-bit varint into `lo`/`hi` without allocating. */
  private varint64(): void {
    let lo = 0;
    let hi = 0;
    let byte = 0;
    for (let i = 0; i < 4; i++) {
      byte = this.next();
      lo |= (byte & 0x7f) << (i * 7);
      if (byte < 0x80) return this.setHalves(lo, hi);
    }
    byte = this.next();
    lo |= (byte & 0x7f) << 28;
    hi |= (byte & 0x7f) >>> 4;
    if (byte < 0x80) return this.setHalves(lo, hi);
    for (let i = 0; i < 5; i++) {
      byte = this.next();
      hi |= (byte & 0x7f) << (i * 7 + 3);
      if (byte < 0x80) return this.setHalves(lo, hi);
    }
    throw new DecodeError('invalid protobuf: varint longer than 10 bytes');
  }

  private setHalves(lo: number, hi: number): void {
    this.lo = lo >>> 0;
    this.hi = hi >>> 0;
  }

  uint64(): bigint {
    this.varint64();
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  int64(): bigint {
    return BigInt.asIntN(64, this.uint64());
  }

  /** int64 varint as a number: exact within ±2^53, which holds for millisecond timestamps. */
  int64Number(): number {
    this.varint64();
    const hi = this.hi | 0;
    if (hi >= -0x200000 && hi < 0x200000) return hi * 0x100000000 + this.lo;
    return Number(BigInt.asIntN(64, (BigInt(this.hi) << 32n) | BigInt(this.lo)));
  }

  fixed32(): number {
    this.need(4);
    const value = this.view.getUint32(this.pos, true);
    this.pos += 4;
    return value;
  }

  fixed64(): bigint {
    this.need(8);
    const value = this.view.getBigUint64(this.pos, true);
    this.pos += 8;
    return value;
  }

  sfixed64(): bigint {
    this.need(8);
    const value = this.view.getBigInt64(this.pos, true);
    this.pos += 8;
    return value;
  }

  double(): number {
    this.need(8);
    const value = this.view.getFloat64(this.pos, true);
    this.pos += 8;
    return value;
  }

  /** A view into the request buffer: copy it if it must outlive the request. */
  bytes(): Uint8Array {
    const len = this.uint32();
    this.need(len);
    const start = this.pos;
    this.pos += len;
    return this.buf.subarray(start, this.pos);
  }

  /** Skips a length-delimited field and returns where its bytes start (they end at `pos`). */
  delimited(): number {
    const len = this.uint32();
    this.need(len);
    const start = this.pos;
    this.pos += len;
    return start;
  }

  /** A UTF-8 string, or null when the bytes are not valid UTF-8. */
  stringOrNull(): string | null {
    const len = this.uint32();
    this.need(len);
    const start = this.pos;
    this.pos += len;
    return decodeUtf8(this.buf, start, this.pos);
  }

  string(): string {
    const start = this.pos;
    const value = this.stringOrNull();
    if (value === null) {
      throw new DecodeError(`invalid protobuf: string field at byte ${start} is not valid UTF-8`);
    }
    return value;
  }

  /** Starts reading a length-delimited message; returns the outer end for `leave`. */
  enter(): number {
    const len = this.uint32();
    this.need(len);
    const outer = this.end;
    this.end = this.pos + len;
    return outer;
  }

  leave(outer: number): void {
    this.pos = this.end;
    this.end = outer;
  }

  /** Reads a packed or unpacked repeated double into `out`. */
  doubles(tag: number, out: number[]): void {
    if ((tag & 7) !== 2) {
      out.push(this.double());
      return;
    }
    const outer = this.enter();
    while (this.pos < this.end) out.push(this.double());
    this.leave(outer);
  }

  /** Reads a packed or unpacked repeated fixed64 into `out`. */
  fixed64s(tag: number, out: bigint[]): void {
    if ((tag & 7) !== 2) {
      out.push(this.fixed64());
      return;
    }
    const outer = this.enter();
    while (this.pos < this.end) out.push(this.fixed64());
    this.leave(outer);
  }

  /** Reads a packed or unpacked repeated uint64 varint into `out`. */
  uint64s(tag: number, out: bigint[]): void {
    if ((tag & 7) !== 2) {
      out.push(this.uint64());
      return;
    }
    const outer = this.enter();
    while (this.pos < this.end) out.push(this.uint64());
    this.leave(outer);
  }

  /** Skips a field this decoder does not know, as protobuf requires. */
  skip(tag: number): void {
    if (tag >>> 3 === 0) {
      throw new DecodeError(`invalid protobuf: field number 0 at byte ${this.pos}`);
    }
    switch (tag & 7) {
      case 0:
        this.uint32();
        return;
      case 1:
        this.need(8);
        this.pos += 8;
        return;
      case 2: {
        const len = this.uint32();
        this.need(len);
        this.pos += len;
        return;
      }
      case 3:
        this.skipGroup(tag >>> 3);
        return;
      case 5:
        this.need(4);
        this.pos += 4;
        return;
      default:
        throw new DecodeError(`invalid protobuf: wire type ${tag & 7} at byte ${this.pos}`);
    }
  }

  /** Walks a deprecated group iteratively so nesting cannot exhaust the stack. */
  private skipGroup(field: number): void {
    const open = [field];
    while (open.length > 0) {
      const tag = this.uint32();
      const wire = tag & 7;
      if (wire === 4) {
        if (tag >>> 3 !== open.pop()) throw new DecodeError('invalid protobuf: mismatched group');
      } else if (wire === 3) {
        if (open.length >= MAX_GROUP_DEPTH) {
          throw new DecodeError('invalid protobuf: groups nested too deeply');
        }
        open.push(tag >>> 3);
      } else {
        this.skip(tag);
      }
    }
  }
}
