/**
 * PackStream v1, the binary format of Bolt: a compact, typed serialisation of null, booleans, 64-bit
 * integers, doubles, strings, bytes, lists, maps and tagged structures.
 *
 *   pack(value) -> Buffer           unpack(buffer) -> value
 *
 * Integers are JS bigint on the way in and out (a JS number packs as a float); a Structure carries a
 * tag byte and its fields (nodes, relationships, temporal values and Bolt messages are structures).
 */

export class Structure {
  constructor(
    public readonly tag: number,
    public readonly fields: PackValue[],
  ) {}
}

export type PackValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | Uint8Array
  | PackValue[]
  | Map<string, PackValue>
  | { [key: string]: PackValue }
  | Structure;

export class PackStreamError extends Error {
  override name = 'PackStreamError';
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** A growable output buffer. */
class Writer {
  buf = Buffer.allocUnsafe(256);
  pos = 0;
  ensure(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    let size = this.buf.length * 2;
    while (size < this.pos + n) size *= 2;
    const next = Buffer.allocUnsafe(size);
    this.buf.copy(next, 0, 0, this.pos);
    this.buf = next;
  }
  u8(v: number): void {
    this.ensure(1);
    this.buf[this.pos++] = v;
  }
  bytes(b: Uint8Array): void {
    this.ensure(b.length);
    this.buf.set(b, this.pos);
    this.pos += b.length;
  }
  result(): Buffer {
    return this.buf.subarray(0, this.pos);
  }
}

function writeSize(w: Writer, size: number, tiny: number, m8: number, m16: number, m32: number): void {
  if (tiny >= 0 && size < 16) {
    w.u8(tiny | size);
  } else if (m8 >= 0 && size < 0x100) {
    w.u8(m8);
    w.u8(size);
  } else if (size < 0x10000) {
    w.ensure(3);
    w.buf[w.pos++] = m16;
    w.buf.writeUInt16BE(size, w.pos);
    w.pos += 2;
  } else {
    w.ensure(5);
    w.buf[w.pos++] = m32;
    w.buf.writeUInt32BE(size, w.pos);
    w.pos += 4;
  }
}

function writeInt(w: Writer, v: bigint): void {
  if (v < INT64_MIN || v > INT64_MAX) throw new PackStreamError(`integer out of 64-bit range: ${v}`);
  if (v >= -16n && v <= 127n) {
    w.u8(Number(v) & 0xff);
  } else if (v >= -128n && v <= 127n) {
    w.ensure(2);
    w.buf[w.pos++] = 0xc8;
    w.buf.writeInt8(Number(v), w.pos++);
  } else if (v >= -32768n && v <= 32767n) {
    w.ensure(3);
    w.buf[w.pos++] = 0xc9;
    w.buf.writeInt16BE(Number(v), w.pos);
    w.pos += 2;
  } else if (v >= -2147483648n && v <= 2147483647n) {
    w.ensure(5);
    w.buf[w.pos++] = 0xca;
    w.buf.writeInt32BE(Number(v), w.pos);
    w.pos += 4;
  } else {
    w.ensure(9);
    w.buf[w.pos++] = 0xcb;
    w.buf.writeBigInt64BE(v, w.pos);
    w.pos += 8;
  }
}

function writeValue(w: Writer, v: PackValue): void {
  if (v === null || v === undefined) return w.u8(0xc0);
  switch (typeof v) {
    case 'boolean':
      return w.u8(v ? 0xc3 : 0xc2);
    case 'bigint':
      return writeInt(w, v);
    case 'number':
      w.ensure(9);
      w.buf[w.pos++] = 0xc1;
      w.buf.writeDoubleBE(v, w.pos);
      w.pos += 8;
      return;
    case 'string': {
      const b = Buffer.from(v, 'utf8');
      writeSize(w, b.length, 0x80, 0xd0, 0xd1, 0xd2);
      return w.bytes(b);
    }
    case 'object':
      break;
    default:
      throw new PackStreamError(`cannot pack a value of type ${typeof v}`);
  }
  if (Array.isArray(v)) {
    writeSize(w, v.length, 0x90, 0xd4, 0xd5, 0xd6);
    for (const x of v) writeValue(w, x);
  } else if (v instanceof Uint8Array) {
    writeSize(w, v.length, -1, 0xcc, 0xcd, 0xce);
    w.bytes(v);
  } else if (v instanceof Structure) {
    if (v.fields.length > 15) throw new PackStreamError('a structure has at most 15 fields');
    w.u8(0xb0 | v.fields.length);
    w.u8(v.tag);
    for (const f of v.fields) writeValue(w, f);
  } else if (v instanceof Map) {
    writeSize(w, v.size, 0xa0, 0xd8, 0xd9, 0xda);
    for (const [k, x] of v) {
      writeValue(w, k);
      writeValue(w, x);
    }
  } else {
    const keys = Object.keys(v).filter((k) => (v as Record<string, PackValue>)[k] !== undefined);
    writeSize(w, keys.length, 0xa0, 0xd8, 0xd9, 0xda);
    for (const k of keys) {
      writeValue(w, k);
      writeValue(w, (v as Record<string, PackValue>)[k]);
    }
  }
}

/**
 * Packs messages straight into Bolt framing (chunk size header, bytes, 00 00 end marker) in one
 * buffer: the hot path of PULL, where a response holds up to thousands of RECORDs.
 */
export function packMessages(messages: readonly PackValue[]): Buffer {
  const w = new Writer();
  for (const m of messages) {
    const head = w.pos;
    w.ensure(2);
    w.pos += 2;
    writeValue(w, m);
    const len = w.pos - head - 2;
    if (len <= 0xffff) {
      w.buf.writeUInt16BE(len, head);
      w.ensure(2);
      w.buf[w.pos++] = 0;
      w.buf[w.pos++] = 0;
    } else {
      // a message over one chunk: re-frame it in 65,535-byte chunks
      const body = Buffer.from(w.buf.subarray(head + 2, w.pos));
      w.pos = head;
      for (let off = 0; off < body.length; off += 0xffff) {
        const piece = body.subarray(off, Math.min(off + 0xffff, body.length));
        w.ensure(2 + piece.length);
        w.buf.writeUInt16BE(piece.length, w.pos);
        w.pos += 2;
        w.bytes(piece);
      }
      w.ensure(2);
      w.buf[w.pos++] = 0;
      w.buf[w.pos++] = 0;
    }
  }
  return w.result();
}

export function pack(value: PackValue): Buffer {
  const w = new Writer();
  writeValue(w, value);
  return w.result();
}

/** Unpacks one value. Maps come back as JS Map (keys are always strings). */
export function unpack(buf: Buffer): PackValue {
  const r = { pos: 0 };
  const v = readValue(buf, r);
  if (r.pos !== buf.length) throw new PackStreamError(`${buf.length - r.pos} trailing bytes after a value`);
  return v;
}

function need(buf: Buffer, r: { pos: number }, n: number): void {
  if (r.pos + n > buf.length) throw new PackStreamError('truncated value');
}

function readValue(buf: Buffer, r: { pos: number }): PackValue {
  need(buf, r, 1);
  const m = buf[r.pos++];
  if (m < 0x80) return BigInt(m);
  if (m >= 0xf0) return BigInt(m - 0x100);
  const hi = m & 0xf0;
  if (hi === 0x80) return readString(buf, r, m & 0x0f);
  if (hi === 0x90) return readList(buf, r, m & 0x0f);
  if (hi === 0xa0) return readMap(buf, r, m & 0x0f);
  if (hi === 0xb0) return readStruct(buf, r, m & 0x0f);
  switch (m) {
    case 0xc0:
      return null;
    case 0xc1:
      need(buf, r, 8);
      r.pos += 8;
      return buf.readDoubleBE(r.pos - 8);
    case 0xc2:
      return false;
    case 0xc3:
      return true;
    case 0xc8:
      need(buf, r, 1);
      return BigInt(buf.readInt8(r.pos++));
    case 0xc9:
      need(buf, r, 2);
      r.pos += 2;
      return BigInt(buf.readInt16BE(r.pos - 2));
    case 0xca:
      need(buf, r, 4);
      r.pos += 4;
      return BigInt(buf.readInt32BE(r.pos - 4));
    case 0xcb:
      need(buf, r, 8);
      r.pos += 8;
      return buf.readBigInt64BE(r.pos - 8);
    case 0xcc:
    case 0xcd:
    case 0xce: {
      const n = readSize(buf, r, m - 0xcc);
      need(buf, r, n);
      r.pos += n;
      return Uint8Array.prototype.slice.call(buf, r.pos - n, r.pos);
    }
    case 0xd0:
    case 0xd1:
    case 0xd2:
      return readString(buf, r, readSize(buf, r, m - 0xd0));
    case 0xd4:
    case 0xd5:
    case 0xd6:
      return readList(buf, r, readSize(buf, r, m - 0xd4));
    case 0xd8:
    case 0xd9:
    case 0xda:
      return readMap(buf, r, readSize(buf, r, m - 0xd8));
    default:
      throw new PackStreamError(`unknown marker 0x${m.toString(16)}`);
  }
}

function readSize(buf: Buffer, r: { pos: number }, width: number): number {
  if (width === 0) {
    need(buf, r, 1);
    return buf[r.pos++];
  }
  if (width === 1) {
    need(buf, r, 2);
    r.pos += 2;
    return buf.readUInt16BE(r.pos - 2);
  }
  need(buf, r, 4);
  r.pos += 4;
  return buf.readUInt32BE(r.pos - 4);
}

function readString(buf: Buffer, r: { pos: number }, n: number): string {
  need(buf, r, n);
  const start = r.pos;
  r.pos += n;
  // short ASCII strings (map keys, ids) decode faster byte by byte than through Buffer#toString
  if (n <= 24) {
    let s = '';
    for (let i = start; i < r.pos; i++) {
      const c = buf[i];
      if (c >= 0x80) return buf.toString('utf8', start, r.pos);
      s += String.fromCharCode(c);
    }
    return s;
  }
  return buf.toString('utf8', start, r.pos);
}

function readList(buf: Buffer, r: { pos: number }, n: number): PackValue[] {
  const out: PackValue[] = new Array(n);
  for (let i = 0; i < n; i++) out[i] = readValue(buf, r);
  return out;
}

function readMap(buf: Buffer, r: { pos: number }, n: number): Map<string, PackValue> {
  const out = new Map<string, PackValue>();
  for (let i = 0; i < n; i++) {
    const k = readValue(buf, r);
    if (typeof k !== 'string') throw new PackStreamError('a map key must be a string');
    out.set(k, readValue(buf, r));
  }
  return out;
}

function readStruct(buf: Buffer, r: { pos: number }, n: number): Structure {
  need(buf, r, 1);
  const tag = buf[r.pos++];
  return new Structure(tag, readList(buf, r, n));
}
