import { expect } from 'chai';
import { chunk, Dechunker } from './chunking';
import { handshakeReply, negotiate } from './handshake';

describe('bolt chunking', () => {
  it('frames a message as size-prefixed chunks ended by 00 00', () => {
    expect(chunk(Buffer.from('abc')).toString('hex')).to.equal('0003616263' + '0000');
    expect(chunk(Buffer.from('abcde'), 2).toString('hex')).to.equal('00026162' + '00026364' + '000165' + '0000');
  });

  it('reassembles messages split at any byte boundary, and skips NOOPs', () => {
    const wire = Buffer.concat([Buffer.from([0, 0]), chunk(Buffer.from('hello'), 2), chunk(Buffer.from('x'))]);
    for (let cut = 0; cut <= wire.length; cut++) {
      const d = new Dechunker();
      const got = [...d.push(wire.subarray(0, cut)), ...d.push(wire.subarray(cut))].map((b) => b.toString());
      expect(got, `cut at ${cut}`).to.deep.equal(['hello', 'x']);
    }
  });
});

describe('bolt handshake', () => {
  const hs = (...slots: number[]) => {
    const b = Buffer.alloc(20);
    b.writeUInt32BE(0x6060b017, 0);
    slots.forEach((s, i) => b.writeUInt32BE(s, 4 + i * 4));
    return b;
  };
  const table: [string, Buffer, { major: number; minor: number } | null][] = [
    ['neo4j-driver 6 (manifest, 5.8..5.0, 4.4..4.2, 3.0)', hs(0x000001ff, 0x00080805, 0x00020404, 0x00000003), { major: 5, minor: 4 }],
    ['a 5.2 only client', hs(0x00000205), { major: 5, minor: 2 }],
    ['a 5.0 only client', hs(0x00000005), null],
    ['a 4.4 only client', hs(0x00000404), null],
    ['bad magic', Buffer.alloc(20), null],
  ];
  for (const [name, buf, want] of table) {
    it(`negotiates ${name}`, () => expect(negotiate(buf)).to.deep.equal(want));
  }
  it('replies 00 00 minor major', () => {
    expect(handshakeReply({ major: 5, minor: 4 }).toString('hex')).to.equal('00000405');
    expect(handshakeReply(null).toString('hex')).to.equal('00000000');
  });
});

describe('bolt packMessages', () => {
  const { packMessages, pack, Structure } = require('./packstream') as typeof import('./packstream');
  it('frames each message like chunk(pack(m)), also past one chunk', () => {
    const big = 'x'.repeat(70_000);
    const msgs = [new Structure(0x71, [[1n, 'a']]), new Structure(0x71, [[big]]), new Structure(0x70, [new Map()])];
    expect(packMessages(msgs).equals(Buffer.concat(msgs.map((m) => chunk(pack(m)))))).to.equal(true);
    const d = new Dechunker();
    expect(d.push(packMessages(msgs)).map((b) => b.length)).to.deep.equal(msgs.map((m) => pack(m).length));
  });
});
