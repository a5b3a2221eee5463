import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';

import { DecodeError } from '../types.ts';
import { ProtoReader } from './reader.ts';

function encode(write: (w: protobuf.Writer) => void): Uint8Array {
  const w = protobuf.Writer.create();
  write(w);
  return w.finish();
}

describe('ProtoReader', () => {
  it('reads every scalar the OTLP and remote-write schemas use', () => {
    const bytes = encode((w) =>
      w
        .uint32(300)
        .int32(-2)
        .sint32(-3)
        .bool(true)
        .uint64('18446744073709551615')
        .int64('-9223372036854775808')
        .int64(1700000000123)
        .int64(-1500)
        .fixed32(0xdeadbeef)
        .fixed64('1700000000123456789')
        .sfixed64(-5)
        .double(0.1)
        .string('héllo')
        .bytes(new Uint8Array([1, 2, 3])),
    );
    const r = new ProtoReader(bytes);
    expect(r.uint32()).toBe(300);
    expect(r.int32()).toBe(-2);
    expect(r.sint32()).toBe(-3);
    expect(r.bool()).toBe(true);
    expect(r.uint64()).toBe(18446744073709551615n);
    expect(r.int64()).toBe(-9223372036854775808n);
    expect(r.int64Number()).toBe(1700000000123);
    expect(r.int64Number()).toBe(-1500);
    expect(r.fixed32()).toBe(0xdeadbeef);
    expect(r.fixed64()).toBe(1700000000123456789n);
    expect(r.sfixed64()).toBe(-5n);
    expect(r.double()).toBe(0.1);
    expect(r.string()).toBe('héllo');
    expect([...r.bytes()]).toEqual([1, 2, 3]);
    expect(r.pos).toBe(r.end);
  });

  it('keeps nested reads inside their message', () => {
    // outer message of length 2 whose last varint claims to continue past it
    const r = new ProtoReader(new Uint8Array([0x02, 0x08, 0x96, 0x01]));
    const outer = r.enter();
    expect(r.uint32()).toBe(8);
    expect(() => r.uint32()).toThrow(DecodeError);
    r.leave(outer);
  });

  it.each<[string, number[]]>([
    ['a varint cut short', [0x96]],
    ['a varint longer than 10 bytes', Array<number>(11).fill(0xff)],
    ['a length past the end', [0x0a, 0x05, 0x01]],
    ['a fixed64 cut short', [0x09, 1, 2, 3]],
  ])('fails %s with a 400', (_, bytes) => {
    const r = new ProtoReader(new Uint8Array(bytes));
    const read = () => {
      const tag = r.uint32();
      r.skip(tag);
    };
    expect(read).toThrow(DecodeError);
  });

  it('rejects invalid UTF-8 in string() and reports it in stringOrNull()', () => {
    const bytes = new Uint8Array([0x02, 0xc3, 0x28]);
    expect(() => new ProtoReader(bytes).string()).toThrow(/not valid UTF-8/);
    expect(new ProtoReader(bytes).stringOrNull()).toBeNull();
  });

  it('refuses field number 0, reserved wire types and unbalanced groups', () => {
    expect(() => new ProtoReader(new Uint8Array([0x00])).skip(0)).toThrow(/field number 0/);
    expect(() => new ProtoReader(new Uint8Array([])).skip((1 << 3) | 6)).toThrow(/wire type 6/);
    const mismatched = new ProtoReader(new Uint8Array([(2 << 3) | 4]));
    expect(() => mismatched.skip((1 << 3) | 3)).toThrow(/mismatched group/);
    const deep = new ProtoReader(new Uint8Array(100).fill((1 << 3) | 3));
    expect(() => deep.skip((1 << 3) | 3)).toThrow(/nested too deeply/);
  });
});
