import { expect } from 'chai';
import { FakeGraph, map } from '../values/testGraph';
import { NodeValue, PathValue, type CypherValue } from '../values/types';
import { callFn, expectCypherError, testContext } from './testContext';

describe('functions/graph', () => {
  const g = new FakeGraph();
  const a = g.addNode('a', ['Foo', 'Bar'], { name: 'Popeye', level: 9001n });
  const b = g.addNode('b');
  const r = g.addRel('r', 'KNOWS', a, b, { status: 'bad', year: '2015' });
  const p = new PathValue([b, a], [r]);
  const ctx = testContext(g);
  const call = (fn: string, ...args: CypherValue[]) => callFn(fn, args, ctx);

  it('labels', () => {
    expect(call('labels', a)).to.deep.equal(['Foo', 'Bar']);
    expect(call('labels', b)).to.deep.equal([]);
    expect(call('labels', null)).to.equal(null);
  });
  it('type', () => {
    expect(call('type', r)).to.equal('KNOWS');
    expect(call('type', null)).to.equal(null);
  });
  it('id and elementId', () => {
    expect(call('id', a)).to.equal(0n);
    expect(call('id', b)).to.equal(1n);
    expect(call('id', r)).to.equal(0n);
    expect(call('elementId', a)).to.equal('a');
  });
  it('keys of maps (null values included), nodes and relationships', () => {
    expect(call('keys', map({ k: null, l: 1n }))).to.deep.equal(['k', 'l']);
    expect(call('keys', a)).to.deep.equal(['name', 'level']);
    expect(call('keys', b)).to.deep.equal([]);
    expect(call('keys', r)).to.deep.equal(['status', 'year']);
    expect(call('keys', null)).to.equal(null);
  });
  it('properties returns a copy', () => {
    const props = call('properties', a) as Map<string, CypherValue>;
    expect([...props]).to.deep.equal([
      ['name', 'Popeye'],
      ['level', 9001n],
    ]);
    props.set('name', 'x');
    expect((call('properties', a) as Map<string, CypherValue>).get('name')).to.equal('Popeye');
    expect([...(call('properties', map({ a: 1n })) as Map<string, CypherValue>)]).to.deep.equal([['a', 1n]]);
  });
  it('startNode, endNode', () => {
    expect(call('startNode', r)).to.deep.equal(new NodeValue('a'));
    expect(call('endNode', r)).to.deep.equal(new NodeValue('b'));
  });
  it('length, nodes, relationships of a path', () => {
    expect(call('length', p)).to.equal(1n);
    expect(call('nodes', p)).to.deep.equal([b, a]);
    expect(call('relationships', p)).to.deep.equal([r]);
    expect(call('length', new PathValue([a], []))).to.equal(0n);
  });

  const invalid: Array<[string, CypherValue]> = [
    ['labels', 1n],
    ['labels', p],
    ['type', 0n],
    ['type', 1.0],
    ['type', true],
    ['type', ''],
    ['type', []],
    ['type', a],
    ['id', 'a'],
    ['keys', 1n],
    ['properties', [1n]],
    ['startNode', a],
    ['length', [1n]],
    ['nodes', a],
  ];
  for (const [fn, arg] of invalid) {
    it(`${fn} rejects ${String(arg?.constructor?.name ?? arg)} with TypeError InvalidArgumentValue`, () =>
      expectCypherError(() => call(fn, arg), 'TypeError', 'InvalidArgumentValue'));
  }
});
