import { expect } from 'chai';
import Graph from 'graphology';
import { findWriteClause } from './findWriteClause';
import { caretExcerpt } from './caretExcerpt';
import { decodeParams, encodeValue } from './encodeValue';
import { NodeValue, PathValue, RelationshipValue } from '../../cypher/values/types';
import { changedGraph, rowValues } from './queryRunner';

describe('server/query/findWriteClause', () => {
  const cases: Array<[string, string | null, number?, number?]> = [
    ['MATCH (n) RETURN n', null],
    ['CREATE (n:Person {name: "x"})', 'CREATE', 1, 1],
    ['match (n) set n.x = 1', 'SET', 1, 11],
    ['MATCH (n)\nDETACH DELETE n', 'DETACH DELETE', 2, 1],
    ['MATCH (n) REMOVE n:Person', 'REMOVE', 1, 11],
    ['MERGE (n:X)', 'MERGE', 1, 1],
    ['UNWIND [1] AS x FOREACH (y IN [1] | CREATE ())', 'FOREACH', 1, 17],
    ["MATCH (n) WHERE n.name = 'CREATE' RETURN n", null],
    ['MATCH (n) WHERE n.name = "SET x" RETURN n', null],
    ['MATCH (n) // DELETE n\nRETURN n', null],
    ['MATCH (n) /* MERGE\n SET */ RETURN n', null],
    ['MATCH (`create`) RETURN `create`', null],
    ['MATCH (n) RETURN n.set, n.delete', null],
    ['RETURN {create: 1, merge: 2} AS m', null],
    ["RETURN 'it\\'s CREATE' AS s", null],
    ['LOAD CSV FROM "x" AS row RETURN row', 'LOAD CSV', 1, 1],
    ['MATCH (n) WITH n RETURN n.name AS settings', null],
  ];
  for (const [query, clause, line, column] of cases) {
    it(`${JSON.stringify(query)} -> ${clause}`, () => {
      const w = findWriteClause(query);
      if (clause === null) expect(w).to.equal(null);
      else expect(w).to.include({ clause, line, column });
    });
  }
});

describe('server/query/caretExcerpt', () => {
  it('puts the caret under the column', () => {
    expect(caretExcerpt('MATCH (n RETURN n', 1, 10)).to.equal('MATCH (n RETURN n\n         ^');
  });
  it('picks the right line and keeps tabs', () => {
    expect(caretExcerpt('MATCH (n)\n\tRETRN n', 2, 2)).to.equal('\tRETRN n\n\t^');
  });
  it('returns empty for a position outside the query', () => {
    expect(caretExcerpt('RETURN 1', 3, 1)).to.equal('');
  });
  it('clamps a column past the end of the line', () => {
    expect(caretExcerpt('RETURN', 1, 40)).to.equal('RETURN\n      ^');
  });
});

describe('server/query/encodeValue', () => {
  const g = new Graph({ multi: true });
  g.addNode('person:a', { labels: ['Person'], properties: { id: 'person:a', name: 'A' } });
  g.addNode('country:b', { labels: ['Country'], properties: { id: 'country:b', name: 'B' } });
  g.addEdgeWithKey('r1', 'person:a', 'country:b', { type: 'LEADER_OF', properties: { confidence: 0.9 } });
  const cases: Array<[string, unknown, unknown]> = [
    ['null', null, null],
    ['boolean', true, true],
    ['string', '<b>x</b>', '<b>x</b>'],
    ['small integer', 42n, 42],
    ['huge integer', 2n ** 63n - 1n, { $type: 'Integer', value: '9223372036854775807' }],
    ['float', 1.5, 1.5],
    ['NaN', NaN, { $type: 'Float', value: 'NaN' }],
    ['-Infinity', -Infinity, { $type: 'Float', value: '-Infinity' }],
    ['list', [1n, 'a', null], [1, 'a', null]],
    ['map', new Map([['k', 1n]]), { $type: 'Map', value: { k: 1 } }],
    ['node', new NodeValue('person:a'), { $type: 'Node', key: 'person:a', labels: ['Person'], properties: { id: 'person:a', name: 'A' } }],
    [
      'relationship',
      new RelationshipValue('r1'),
      { $type: 'Relationship', key: 'r1', type: 'LEADER_OF', start: 'person:a', end: 'country:b', properties: { confidence: 0.9 } },
    ],
  ];
  for (const [name, value, expected] of cases) {
    it(name, () => expect(encodeValue(value, g)).to.deep.equal(expected));
  }
  it('path', () => {
    const p = encodeValue(new PathValue([new NodeValue('person:a'), new NodeValue('country:b')], [new RelationshipValue('r1')]), g) as Record<string, unknown[]>;
    expect(p.$type).to.equal('Path');
    expect(p.nodes!.map((n) => (n as { key: string }).key)).to.deep.equal(['person:a', 'country:b']);
    expect(p.relationships!.map((r) => (r as { key: string }).key)).to.deep.equal(['r1']);
  });
  it('decodes params: integers to bigint, floats stay numbers, objects to maps, tags force types', () => {
    const m = decodeParams({ i: 3, f: 2.5, s: 'x', l: [1, 2.5], o: { a: 1 }, big: { $type: 'Integer', value: '9007199254740993' }, fl: { $type: 'Float', value: 2 } });
    expect(m.get('i')).to.equal(3n);
    expect(m.get('f')).to.equal(2.5);
    expect(m.get('s')).to.equal('x');
    expect(m.get('l')).to.deep.equal([1n, 2.5]);
    expect(m.get('o')).to.deep.equal(new Map([['a', 1n]]));
    expect(m.get('big')).to.equal(9007199254740993n);
    expect(m.get('fl')).to.equal(2);
  });
  it('refuses params that are not an object', () => {
    expect(() => decodeParams([1])).to.throw().with.property('code', 'INPUT');
    expect(() => decodeParams('x')).to.throw().with.property('code', 'INPUT');
  });
  it('reads rows of any shape in column order', () => {
    expect(rowValues(['a', 'b'], [1, 2])).to.deep.equal([1, 2]);
    expect(rowValues(['a', 'b'], new Map([['b', 2], ['a', 1]]))).to.deep.equal([1, 2]);
    expect(rowValues(['a', 'b'], { b: 2, a: 1 })).to.deep.equal([1, 2]);
  });
  it('tells a write from stats', () => {
    expect(changedGraph(undefined)).to.equal(false);
    expect(changedGraph({ nodesCreated: 0 })).to.equal(false);
    expect(changedGraph({ nodesCreated: 1 })).to.equal(true);
    expect(changedGraph({ propertiesSet: 2n })).to.equal(true);
  });
});
