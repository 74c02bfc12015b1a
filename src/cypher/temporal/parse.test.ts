import { expect } from 'chai';
import { CypherError } from '../values/types';
import { parseDate, parseDateTime, parseDuration, parseLocalDateTime, parseLocalTime, parseTime } from './parse';

/** [input, what toString() gives back] — the TCK's forms (Temporal2) plus edges it does not cover */
const TABLES: [string, (s: string) => { toString(): string }, [string, string][]][] = [
  [
    'date',
    parseDate,
    [
      ['2015-07-21', '2015-07-21'],
      ['20150721', '2015-07-21'],
      ['2015-07', '2015-07-01'],
      ['201507', '2015-07-01'],
      ['2015-W30-2', '2015-07-21'],
      ['2015W302', '2015-07-21'],
      ['2015-W30', '2015-07-20'],
      ['2015-202', '2015-07-21'],
      ['2015202', '2015-07-21'],
      ['2015', '2015-01-01'],
      ['2020-W53-7', '2021-01-03'],
      ['0028-11-11', '0028-11-11'],
      ['-0001-01-01', '-0001-01-01'],
      ['+12345-06-07', '+12345-06-07'],
      ['-999999999-01-01', '-999999999-01-01'],
      ['+999999999-12-31', '+999999999-12-31'],
    ],
  ],
  [
    'localtime',
    parseLocalTime,
    [
      ['21:40:32.142', '21:40:32.142'],
      ['214032.142', '21:40:32.142'],
      ['21:40:32', '21:40:32'],
      ['2140', '21:40'],
      ['21', '21:00'],
      ['21:40:32.1', '21:40:32.100'],
      ['21:40:32,5', '21:40:32.500'],
      ['00:00:00.000001', '00:00:00.000001'],
      ['12:31:14.000000003', '12:31:14.000000003'],
    ],
  ],
  [
    'time',
    parseTime,
    [
      ['21:40:32.142+0100', '21:40:32.142+01:00'],
      ['214032.142Z', '21:40:32.142Z'],
      ['214032-0100', '21:40:32-01:00'],
      ['2140-00:00', '21:40Z'],
      ['2140-02', '21:40-02:00'],
      ['22+18:00', '22:00+18:00'],
      ['12:00', '12:00Z'],
    ],
  ],
  [
    'localdatetime',
    parseLocalDateTime,
    [
      ['2015-W30-2T214032.142', '2015-07-21T21:40:32.142'],
      ['2015T214032', '2015-01-01T21:40:32'],
      ['2015-W30T2140', '2015-07-20T21:40'],
      ['2015202T21', '2015-07-21T21:00'],
      ['-999999999-01-01', '-999999999-01-01T00:00'],
    ],
  ],
  [
    'datetime',
    parseDateTime,
    [
      ['2015-07-21T21:40:32.142+0100', '2015-07-21T21:40:32.142+01:00'],
      ['2015-W30T2140-02', '2015-07-20T21:40-02:00'],
      ['2015-07-21T21:40:32.142+0845[Australia/Eucla]', '2015-07-21T21:40:32.142+08:45[Australia/Eucla]'],
      ['2015-07-21T21:40:32.142[Europe/London]', '2015-07-21T21:40:32.142+01:00[Europe/London]'],
      ['2015-01-21T21:40[Europe/London]', '2015-01-21T21:40Z[Europe/London]'],
      ['1818-07-21T21:40:32.142[Europe/Stockholm]', '1818-07-21T21:40:32.142+00:53:28[Europe/Stockholm]'],
      // an offset that is wrong for the region names the instant; the region decides the wall clock
      ['2015-07-21T21:40+01:00[Europe/Stockholm]', '2015-07-21T22:40+02:00[Europe/Stockholm]'],
      // a wall clock in the spring gap moves forward
      ['2017-03-26T02:30[Europe/Stockholm]', '2017-03-26T03:30+02:00[Europe/Stockholm]'],
      ['2015-07-21', '2015-07-21T00:00Z'],
    ],
  ],
  [
    'duration',
    parseDuration,
    [
      ['P14DT16H12M', 'P14DT16H12M'],
      ['P5M1.5D', 'P5M1DT12H'],
      ['P0.75M', 'P22DT19H51M49.5S'],
      ['PT0.75M', 'PT45S'],
      ['P2.5W', 'P17DT12H'],
      ['P12Y5M14DT16H12M70S', 'P12Y5M14DT16H13M10S'],
      ['P2012-02-02T14:37:21.545', 'P2012Y2M2DT14H37M21.545S'],
      ['P12Y5M-14DT16H', 'P12Y5M-14DT16H'],
      ['PT-1.999S', 'PT-1.999S'],
      ['PT-1M-0.001S', 'PT-1M-0.001S'],
      ['-P1D', 'P-1D'],
      ['PT0S', 'PT0S'],
      ['P1Y', 'P1Y'],
    ],
  ],
];

describe('temporal/parse', () => {
  for (const [name, parse, rows] of TABLES) {
    for (const [input, output] of rows) {
      it(`${name}('${input}') = ${output}`, () => expect(parse(input).toString()).to.equal(output));
    }
  }

  const bad: [string, (s: string) => unknown][] = [
    ['2015-13-01', parseDate],
    ['2015-02-30', parseDate],
    ['2015-W54', parseDate],
    ['2015-366', parseDate],
    ['yesterday', parseDate],
    ['24:00', parseLocalTime],
    ['12:60', parseLocalTime],
    ['12:00[Europe/Stockholm]', parseTime],
    ['2015-07-21T12:00[Nowhere/Land]', parseDateTime],
    ['P', parseDuration],
    ['PT', parseDuration],
    ['P1H', parseDuration],
    ['1D', parseDuration],
  ];
  for (const [input, parse] of bad) {
    it(`rejects '${input}' with an ArgumentError`, () => {
      expect(() => parse(input)).to.throw(CypherError).with.property('cypherClass', 'ArgumentError');
    });
  }
});
