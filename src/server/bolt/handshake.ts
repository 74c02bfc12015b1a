/**
 * The Bolt handshake: the client sends the magic preamble 0x6060B017 and four version proposals; each
 * proposal is `[reserved, range, minor, major]` and offers major.minor down to major.(minor - range).
 * A proposal with major 0xFF is a "manifest" offer (Bolt 5.7+ negotiation) that we do not take.
 *
 * We speak Bolt 5.1 to 5.4 (LOGON/LOGOFF from 5.1, TELEMETRY from 5.4), which every 5.x driver offers.
 */

export const BOLT_MAGIC = 0x6060b017;
export const SUPPORTED = { major: 5, minMinor: 1, maxMinor: 4 } as const;

export interface BoltVersion {
  major: number;
  minor: number;
}

/** Returns the version to speak for a 20-byte handshake, or null when no offer fits (reply 0). */
export function negotiate(handshake: Buffer): BoltVersion | null {
  if (handshake.length < 20 || handshake.readUInt32BE(0) !== BOLT_MAGIC) return null;
  for (let i = 0; i < 4; i++) {
    const off = 4 + i * 4;
    const range = handshake[off + 1];
    const minor = handshake[off + 2];
    const major = handshake[off + 3];
    if (major !== SUPPORTED.major) continue;
    const lowest = Math.max(0, minor - range);
    const best = Math.min(minor, SUPPORTED.maxMinor);
    if (best >= lowest && best >= SUPPORTED.minMinor) return { major, minor: best };
  }
  return null;
}

/** The 4-byte reply: `00 00 minor major`, or four zero bytes for "no version". */
export function handshakeReply(v: BoltVersion | null): Buffer {
  return Buffer.from(v ? [0, 0, v.minor, v.major] : [0, 0, 0, 0]);
}
