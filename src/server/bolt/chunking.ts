/**
 * Bolt message framing: a message is sent as chunks of at most 65,535 bytes, each prefixed with its
 * size as a big-endian uint16, and ended by a zero-size chunk. A zero-size chunk with no message
 * before it is a NOOP (keep-alive) and yields nothing.
 */

export const MAX_CHUNK = 0xffff;

export function chunk(message: Buffer, maxChunk = MAX_CHUNK): Buffer {
  const parts: Buffer[] = [];
  for (let off = 0; off < message.length; off += maxChunk) {
    const piece = message.subarray(off, Math.min(off + maxChunk, message.length));
    const head = Buffer.allocUnsafe(2);
    head.writeUInt16BE(piece.length, 0);
    parts.push(head, piece);
  }
  parts.push(Buffer.from([0, 0]));
  return Buffer.concat(parts);
}

/** Accumulates bytes from the socket and returns the complete messages they finish. */
export class Dechunker {
  private pending: Buffer = Buffer.alloc(0);
  private parts: Buffer[] = [];

  push(data: Buffer): Buffer[] {
    this.pending = this.pending.length ? Buffer.concat([this.pending, data]) : data;
    const messages: Buffer[] = [];
    let pos = 0;
    while (this.pending.length - pos >= 2) {
      const size = this.pending.readUInt16BE(pos);
      if (size === 0) {
        if (this.parts.length) messages.push(Buffer.concat(this.parts));
        this.parts = [];
        pos += 2;
        continue;
      }
      if (this.pending.length - pos - 2 < size) break;
      this.parts.push(this.pending.subarray(pos + 2, pos + 2 + size));
      pos += 2 + size;
    }
    this.pending = this.pending.subarray(pos);
    return messages;
  }
}
