import { expect } from 'chai';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { CypherError } from '../values/types';
import { formatOffset, offsetAt, offsetForLocal, parseOffset, parseZone } from './zone';

describe('temporal/zone', () => {
  const offsets: [string, number][] = [
    ['Z', 0],
    ['+01:00', 3600],
    ['+0100', 3600],
    ['-02', -7200],
    ['-00:00', 0],
    ['+02:05:59', 7559],
    ['-02:05:07', -7507],
    ['+18:00', 64800],
  ];
  for (const [text, secs] of offsets) {
    it(`parses the offset ${text}`, () => expect(parseOffset(text)).to.equal(secs));
  }

  const printed: [number, string][] = [
    [0, 'Z'],
    [3600, '+01:00'],
    [-5400, '-01:30'],
    [3208, '+00:53:28'],
    [-7507, '-02:05:07'],
  ];
  for (const [secs, text] of printed) {
    it(`prints ${secs} s as ${text}`, () => expect(formatOffset(secs)).to.equal(text));
  }

  it('rejects unknown regions and offsets beyond ±18:00 with an ArgumentError', () => {
    for (const bad of ['Mars/Olympus', '+19:00', 'Europe/Nowhere']) {
      expect(() => parseZone(bad), bad).to.throw(CypherError).with.property('cypherClass', 'ArgumentError');
    }
  });

  it('the cached offset lookup agrees with the polyfill at any instant', () => {
    const zones = ['Europe/Stockholm', 'America/New_York', 'Australia/Eucla', 'Asia/Kolkata', 'Europe/London'];
    fc.assert(
      fc.property(fc.constantFrom(...zones), fc.integer({ min: -5_000_000_000, max: 5_000_000_000 }), (id, sec) => {
        const expected = Temporal.Instant.fromEpochMilliseconds(sec * 1000).toZonedDateTimeISO(id).offsetNanoseconds / 1e9;
        expect(offsetAt(parseZone(id), sec)).to.equal(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('resolves wall clocks as java.time: overlap -> earlier offset unless another is preferred, gap -> offset before', () => {
    const stockholm = parseZone('Europe/Stockholm');
    const local = (iso: string) => Date.parse(iso + 'Z') / 1000;
    // 2017-10-29 02:30 happens twice in Stockholm (+02:00, then +01:00)
    expect(offsetForLocal(stockholm, local('2017-10-29T02:30:00'))).to.equal(7200);
    expect(offsetForLocal(stockholm, local('2017-10-29T02:30:00'), 3600)).to.equal(3600);
    // 2017-03-26 02:30 does not exist (clocks jump from 02:00 +01:00 to 03:00 +02:00)
    expect(offsetForLocal(stockholm, local('2017-03-26T02:30:00'))).to.equal(3600);
    expect(offsetForLocal(stockholm, local('2017-07-01T12:00:00'))).to.equal(7200);
  });
});
