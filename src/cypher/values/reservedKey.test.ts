import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine } from '../engine';
import { fromJsParams } from '../convert';
import { CypherError } from './types';

/**
 * `__proto__` as a variable or as a property key to write would set a plain object's prototype
 * (rows, property records): it is refused with a one-line error, and the graph stays as it was.
 */
describe('cypher: the reserved key __proto__', () => {
  const engine = () => {
    const g = new MultiDirectedGraph({ allowSelfLoops: true });
    g.addNode('a', { labels: ['P'], properties: { id: 'a', x: 1 } });
    return new CypherEngine(g as never);
  };
  const dump = (e: CypherEngine) => JSON.stringify(e.graph.export());

  // query, parameters, the error's phase and its text
  const refused: [string, Record<string, unknown>, 'compile' | 'runtime', string][] = [
    ['MATCH (p:P) SET p.__proto__ = [1, 2]', {}, 'compile', '`__proto__` cannot be used as a property key to write (line 1, column 19)'],
    ['MATCH (p:P) SET p.__proto__ = null', {}, 'compile', 'property key to write'],
    ['MATCH (p:P) REMOVE p.__proto__', {}, 'compile', '(line 1, column 22)'],
    ['WITH 1 AS __proto__ RETURN __proto__', {}, 'compile', '`__proto__` cannot be used as an alias (line 1, column 11)'],
    ['UNWIND [1] AS `__proto__` RETURN 1', {}, 'compile', 'cannot be used as a variable'],
    ['MATCH (__proto__:P) RETURN 1', {}, 'compile', 'cannot be used as a variable'],
    ['MATCH ()-[__proto__]->() RETURN 1', {}, 'compile', 'cannot be used as a variable'],
    ['RETURN [__proto__ IN [1] | 1]', {}, 'compile', 'cannot be used as a variable'],
    ['CREATE (n:Q {__proto__: 7})', {}, 'runtime', 'cypher: `__proto__` cannot be used as a property key to write'],
    ['CREATE ()-[:R {__proto__: 1}]->()', {}, 'runtime', 'property key to write'],
    ['MATCH (p:P) SET p += {__proto__: 5, y: 2}', {}, 'runtime', 'property key to write'],
    ['MATCH (p:P) SET p = {__proto__: 9}', {}, 'runtime', 'property key to write'],
    ['MATCH (p:P) SET p += $m', { m: JSON.parse('{"__proto__": 4, "b": 1}') }, 'runtime', 'property key to write'],
    ['CREATE (n:Q $m)', { m: JSON.parse('{"__proto__": 4}') }, 'runtime', 'property key to write'],
  ];
  for (const [query, params, phase, text] of refused) {
    it(`refuses: ${query}`, () => {
      const e = engine();
      const before = dump(e);
      let error: unknown;
      try {
        e.run(query, fromJsParams(params));
      } catch (err) {
        error = err;
      }
      expect(error, 'an error').to.be.instanceOf(CypherError);
      const c = error as CypherError;
      expect(c.message).to.include(text);
      expect(c.message).not.to.include('\n');
      expect(c.phase).to.equal(phase === 'compile' ? 'compile time' : 'runtime');
      expect(dump(e)).to.equal(before);
      const props = e.graph.getNodeAttributes('a').properties as Record<string, unknown>;
      expect(Object.getPrototypeOf(props)).to.equal(Object.prototype);
      expect(Object.keys(props)).to.deep.equal(['id', 'x']);
    });
  }

  it('still reads n.__proto__ as an absent property, and keeps __proto__ as a key of a map value', () => {
    const e = engine();
    const r = e.run("MATCH (p:P) RETURN p.__proto__ AS p, keys(p) AS k, keys({__proto__: 1, a: 2}) AS mk, {__proto__: 1}['__proto__'] AS v");
    expect(r.rows).to.deep.equal([[null, ['id', 'x'], ['__proto__', 'a'], 1n]]);
  });
});
