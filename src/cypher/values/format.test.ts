import { expect } from 'chai';
import { formatFloat, formatValue, quoteString } from './format';
import { FakeGraph, map } from './testGraph';
import { NodeValue, PathValue, type CypherValue } from './types';

describe('values/format', () => {
  const floats: Array<[number, string]> = [
    [1, '1.0'],
    [-0, '-0.0'],
    [0, '0.0'],
    [2.5, '2.5'],
    [0.001, '0.001'],
    [0.0001, '1.0E-4'],
    [1.5e-7, '1.5E-7'],
    [1234567.5, '1234567.5'],
    [1e7, '1.0E7'],
    [1.25e21, '1.25E21'],
    [NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-Infinity, '-Infinity'],
  ];
  for (const [f, s] of floats) it(`formatFloat(${f}) = ${s}`, () => expect(formatFloat(f)).to.equal(s));

  it('quotes strings with escapes', () => {
    expect(quoteString("it's")).to.equal("'it\\'s'");
    expect(quoteString('a\\b\nc')).to.equal("'a\\\\b\\nc'");
  });

  const g = new FakeGraph();
  const a = g.addNode('a', ['Person'], { name: 'A' });
  const b = g.addNode('b', ['City', 'Place'], {});
  const r = g.addRel('r', 'LIVES_IN', a, b, { since: 2020n });
  const values: Array<[CypherValue, string]> = [
    [null, 'null'],
    [true, 'true'],
    [-3n, '-3'],
    [[1n, 'x', [2.0]], "[1, 'x', [2.0]]"],
    [map({ a: 1n, b: 'x', 'odd key': null }), "{a: 1, b: 'x', `odd key`: null}"],
    [a, "(:Person {name: 'A'})"],
    [b, '(:City:Place)'],
    [r, '[:LIVES_IN {since: 2020}]'],
    [new PathValue([a, b], [r]), "<(:Person {name: 'A'})-[:LIVES_IN {since: 2020}]->(:City:Place)>"],
    [new PathValue([b, a], [r]), "<(:City:Place)<-[:LIVES_IN {since: 2020}]-(:Person {name: 'A'})>"],
  ];
  for (const [v, s] of values) it(`formats ${s}`, () => expect(formatValue(v, g)).to.equal(s));

  it('shows store keys without graph access', () => {
    expect(formatValue([new NodeValue('n7')])).to.equal('[(#n7)]');
  });
});
