/**
 * Just enough protobuf encoding for OTLP metrics requests: varints, fixed64, doubles and
 * length-delimited fields. Messages are built inside out, each finished to bytes before its
 * parent takes it, which keeps the writer a few lines.
 */
const utf8 = new TextEncoder();

export class ProtoMessage {
  private readonly parts: Uint8Array[] = [];
  private length = 0;

  private push(bytes: Uint8Array): this {
    this.parts.push(bytes);
    this.length += bytes.length;

    return this;
  }

  /** Non-negative integers below 2^31 are all this writer needs. */
  private varint(value: number): this {
    const bytes: number[] = [];
    let rest = value;
    while (rest >= 0x80) {
      bytes.push((rest & 0x7f) | 0x80);
      rest >>>= 7;
    }
    bytes.push(rest);

    return this.push(Uint8Array.from(bytes));
  }

  private tag(field: number, wireType: number): this {
    return this.varint((field << 3) | wireType);
  }

  uint(field: number, value: number): this {
    return this.tag(field, 0).varint(value);
  }

  fixed64(field: number, value: bigint): this {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setBigUint64(0, value, true);

    return this.tag(field, 1).push(bytes);
  }

  double(field: number, value: number): this {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setFloat64(0, value, true);

    return this.tag(field, 1).push(bytes);
  }

  bytes(field: number, value: Uint8Array): this {
    return this.tag(field, 2).varint(value.length).push(value);
  }

  string(field: number, value: string): this {
    return this.bytes(field, utf8.encode(value));
  }

  message(field: number, value: ProtoMessage): this {
    return this.bytes(field, value.finish());
  }

  finish(): Uint8Array {
    const out = new Uint8Array(this.length);
    let offset = 0;
    for (const part of this.parts) {
      out.set(part, offset);
      offset += part.length;
    }

    return out;
  }
}
