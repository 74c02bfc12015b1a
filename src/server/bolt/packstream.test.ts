import { expect } from 'chai';
import fc from 'fast-check';
import { pack, unpack, Structure, type PackValue } from './packstream';

describe('packstream', () => {
  const cases: [string, PackValue, string][] = [
    ['null', null, 'c0'],
    ['true', true, 'c3'],
    ['false', false, 'c2'],
    ['tiny int', 1n, '01'],
    ['tiny negative int', -16n, 'f0'],
    ['int8', -17n, 'c8ef'],
    ['int16', 1000n, 'c903e8'],
    ['int32', 100000n, 'ca000186a0'],
    ['int64', 2n ** 40n, 'cb0000010000000000'],
    ['float', 1.5, 'c13ff8000000000000'],
    ['empty string', '', '80'],
    ['tiny string', 'abc', '83616263'],
    ['utf-8 string', 'é', '82c3a9'],
    ['list', [1n, 2n], '920102'],
    ['map', new Map([['a', 1n]]), 'a1816101'],
    ['structure', new Structure(0x70, [new Map()]), 'b170a0'],
  ];
  for (const [name, value, hex] of cases) {
    it(`packs ${name} as ${hex}`, () => {
      expect(pack(value).toString('hex')).to.equal(hex);
    });
    it(`unpacks ${name}`, () => {
      expect(unpack(Buffer.from(hex, 'hex'))).to.deep.equal(value);
    });
  }

  it('uses 8-, 16- and 32-bit sizes for long strings, lists and maps', () => {
    for (const n of [15, 16, 255, 256, 65535, 65536]) {
      const s = 'x'.repeat(n);
      expect(unpack(pack(s))).to.equal(s);
      const list = Array.from({ length: n }, () => 1n);
      expect((unpack(pack(list)) as PackValue[]).length).to.equal(n);
    }
  });

  it('decodes short and long strings, ASCII or not, as UTF-8 (invalid bytes as U+FFFD)', () => {
    for (let n = 0; n <= 40; n++) {
      for (const s of ['x'.repeat(n), 'é' + 'x'.repeat(n), 'x'.repeat(n) + '€', 'x'.repeat(n) + '😀' + 'y']) {
        expect(unpack(pack(s))).to.equal(s);
      }
    }
    expect(unpack(Buffer.from('8361ff62', 'hex'))).to.equal('a\ufffdb');
  });

  it('rejects integers outside 64 bits and truncated input', () => {
    expect(() => pack(2n ** 63n)).to.throw(/64-bit/);
    expect(() => unpack(Buffer.from('83616', 'hex'))).to.throw(/truncated/);
    expect(() => unpack(Buffer.from('c7', 'hex'))).to.throw(/unknown marker/);
  });

  it('round-trips arbitrary values', () => {
    const value = fc.letrec<{ v: PackValue }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
        fc.double(),
        fc.string({ unit: 'grapheme' }),
        fc.array(tie('v'), { maxLength: 5 }),
        fc.array(fc.tuple(fc.string(), tie('v')), { maxLength: 5 }).map((kv) => new Map(kv)),
      ),
    })).v;
    fc.assert(fc.property(value, (v) => {
      expect(unpack(pack(v))).to.deep.equal(v);
    }));
  });
});
