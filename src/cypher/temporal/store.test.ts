import { expect } from 'chai';
import fc from 'fast-check';
import { fromStoreValue, toStoreValue } from '../exec/storeValue';
import { CypherError, TemporalValue } from '../values/types';
import { DurationValue } from './duration';
import { DateTimeValue, DateValue, LocalDateTimeValue, LocalTimeValue, TimeValue } from './point';
import './register';
import { temporalFromStore, temporalToStore } from './store';
import { parseZone } from './zone';

const day = fc.integer({ min: -3_000_000, max: 3_000_000 });
const nano = fc.integer({ min: 0, max: 86_399_999_999_999 });
const offset = fc.integer({ min: -18 * 3600, max: 18 * 3600 });
const temporal: fc.Arbitrary<TemporalValue> = fc.oneof(
  day.map((d) => new DateValue(d)),
  nano.map((n) => new LocalTimeValue(n)),
  fc.tuple(nano, offset).map(([n, o]) => new TimeValue(n, o)),
  fc.tuple(day, nano).map(([d, n]) => new LocalDateTimeValue(d, n)),
  fc.tuple(day, nano, offset).map(([d, n, o]) => DateTimeValue.ofLocal(d, n, { id: null, fixed: o })),
  fc.tuple(fc.integer({ min: -40_000, max: 40_000 }), nano, fc.constantFrom('Europe/Stockholm', 'America/New_York', 'Asia/Kolkata')).map(([d, n, z]) => DateTimeValue.ofLocal(d, n, parseZone(z))),
  fc.tuple(fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: -(10n ** 9n), max: 10n ** 9n }), fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 0n, max: 999_999_999n })).map(
    ([m, d, s, n]) => new DurationValue(m, d, s, n),
  ),
);

describe('temporal/store', () => {
  it('encodes as {$temporal: type, value: ISO text}', () => {
    expect(temporalToStore(new DateValue(19969))).to.deep.equal({ $temporal: 'Date', value: '2024-09-03' });
    expect(toStoreValue(new DurationValue(0n, 1n, 3600n, 0n))).to.deep.equal({ $temporal: 'Duration', value: 'P1DT1H' });
  });

  it('every value survives the store codec (and the engine decoder hook) unchanged', () => {
    fc.assert(
      fc.property(temporal, (v) => {
        const tag = temporalToStore(v);
        const back = temporalFromStore(tag);
        expect(back.temporalType).to.equal(v.temporalType);
        expect(back.equals(v), `${tag.value}`).to.equal(true);
        const viaEngine = fromStoreValue(JSON.parse(JSON.stringify(toStoreValue([v])))) as TemporalValue[];
        expect(viaEngine[0].toString()).to.equal(v.toString());
      }),
      { numRuns: 1500 },
    );
  });

  it('rejects unknown types and unparsable text', () => {
    expect(() => temporalFromStore({ $temporal: 'Instant', value: '2020-01-01' })).to.throw(CypherError);
    expect(() => temporalFromStore({ $temporal: 'Date', value: 'soon' })).to.throw(CypherError);
  });
});
