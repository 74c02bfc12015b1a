import { expect } from 'chai';
import fc from 'fast-check';
import { parse, parseExpression } from './parser';
import { tokenize } from './lexer';
import { formatCypherError } from './syntaxError';
import { CypherError } from '../values/types';

function errorOf(q: string): CypherError {
  try {
    parse(q);
  } catch (e) {
    if (e instanceof CypherError) return e;
    throw e;
  }
  throw new Error(`expected ${q} to fail`);
}

describe('cypher lexer', () => {
  const cases: [string, string[]][] = [
    ['MATCH (n) RETURN n', ['ident:MATCH', 'punct:(', 'ident:n', 'punct:)', 'ident:RETURN', 'ident:n', 'eof:']],
    ["'a\\'b' \"c\\u0041\"", ["string:a'b", 'string:cA', 'eof:']],
    ['1..3 0x1F 0o17 1.5e3 .5', ['integer:1', 'punct:..', 'integer:3', 'integer:0x1F', 'integer:0o17', 'float:1.5e3', 'float:.5', 'eof:']],
    ['`a b` $p $0 // c\n/* x */ <>', ['ident:a b', 'param:p', 'param:0', 'punct:<>', 'eof:']],
  ];
  for (const [src, expected] of cases) {
    it(`tokenizes ${JSON.stringify(src)}`, () => {
      expect(tokenize(src).map((t) => `${t.kind}:${t.value}`)).to.deep.equal(expected);
    });
  }
  it('rejects malformed numbers with InvalidNumberLiteral', () => {
    for (const q of ['RETURN 0x', 'RETURN 0x1G', 'RETURN 12abc', 'RETURN 0o8']) expect(errorOf(q).detail, q).to.equal('InvalidNumberLiteral');
  });
  it('rejects bad unicode escapes', () => {
    expect(errorOf("RETURN '\\uH123'").detail).to.equal('InvalidUnicodeLiteral');
  });
});

describe('cypher parser', () => {
  it('parses clauses in order', () => {
    const q = parse('MATCH (a:Person {id: $id})-[:KNOWS*1..2]->(b) WHERE a.x > 1 WITH a, count(b) AS c ORDER BY c DESC LIMIT 3 RETURN a.name AS name, c');
    expect(q.parts[0].clauses.map((c) => c.kind)).to.deep.equal(['Match', 'With', 'Return']);
    const m = q.parts[0].clauses[0];
    if (m.kind !== 'Match') throw new Error('not a match');
    expect(m.patterns[0].nodes[0].labels).to.deep.equal(['Person']);
    expect(m.patterns[0].rels[0]).to.include({ direction: 'out' });
    expect(m.patterns[0].rels[0].range).to.deep.equal({ min: 1, max: 2 });
  });
  it('reads directions and var-length forms', () => {
    const dirs = (q: string) => {
      const c = parse(`MATCH ${q} RETURN 1`).parts[0].clauses[0];
      return c.kind === 'Match' ? c.patterns[0].rels.map((r) => [r.direction, r.range]) : [];
    };
    expect(dirs('(a)<--(b)')).to.deep.equal([['in', null]]);
    expect(dirs('(a)--(b)')).to.deep.equal([['both', null]]);
    expect(dirs('(a)-[*]->(b)')).to.deep.equal([['out', { min: null, max: null }]]);
    expect(dirs('(a)-[*3]-(b)')).to.deep.equal([['both', { min: 3, max: 3 }]]);
    expect(dirs('(a)-[*..4]->(b)')).to.deep.equal([['out', { min: null, max: 4 }]]);
  });
  it('gives operators their precedence', () => {
    const e = parseExpression('1 + 2 * 3 = 7 AND NOT false OR x IS NULL');
    expect(e.kind).to.equal('Binary');
    if (e.kind === 'Binary') {
      expect(e.op).to.equal('OR');
      expect(e.left.kind === 'Binary' && e.left.op).to.equal('AND');
    }
  });
  it('parses negative literal extremes and rejects overflow', () => {
    const e = parseExpression('-9223372036854775808');
    expect(e.kind === 'Literal' && e.value).to.equal(-9223372036854775808n);
    expect(errorOf('RETURN 9223372036854775808').detail).to.equal('IntegerOverflow');
    expect(errorOf('RETURN 1e999').detail).to.equal('FloatingPointOverflow');
  });
  it('distinguishes list comprehension, pattern comprehension and list literal', () => {
    expect(parseExpression('[x IN xs WHERE x > 1 | x * 2]').kind).to.equal('ListComprehension');
    expect(parseExpression('[(a)-->(b) | b.name]').kind).to.equal('PatternComprehension');
    expect(parseExpression('[(1), 2]').kind).to.equal('List');
    expect(parseExpression('(a)-[:T]->(b)').kind).to.equal('PatternPredicate');
    expect(parseExpression('(1 + 2)').kind).to.equal('Binary');
  });
  it('locates syntax errors with line, column and a caret', () => {
    const q = 'MATCH (n)\nRETURN n +';
    const err = errorOf(q);
    expect(err.cypherClass).to.equal('SyntaxError');
    expect(err.phase).to.equal('compile time');
    expect([err.line, err.column]).to.deep.equal([2, 11]);
    expect(formatCypherError(err, q).split('\n').slice(1)).to.deep.equal(['RETURN n +', '          ^']);
  });
});

describe('cypher parser fuzz', () => {
  const alphabet = ['MATCH', 'RETURN', 'WITH', 'WHERE', '(', ')', '[', ']', '{', '}', '-', '->', '<-', ':', 'a', 'n', '1', '0x', '.', '..', '*', "'", '"', '\\', '`', '$', ',', '|', ' ', '\n', '/*', '//', 'CASE', 'END', 'EXISTS', '=', '<', '>', 'IN', 'e', 'u'];
  function check(q: string): void {
    try {
      parse(q, { maxTokens: 10_000 });
    } catch (e) {
      if (!(e instanceof CypherError)) throw new Error(`non-Cypher error for ${JSON.stringify(q)}: ${String(e)}`);
    }
  }
  it('any string of query fragments parses or fails with a CypherError', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (parts) => check(parts.join(''))), { numRuns: 3000 });
  });
  it('any unicode string parses or fails with a CypherError', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), check), { numRuns: 3000 });
  });
  it('deep nesting fails cleanly', () => {
    check('RETURN ' + '('.repeat(5000) + '1' + ')'.repeat(5000));
    check('RETURN ' + '['.repeat(5000));
    check('RETURN ' + 'NOT '.repeat(5000) + 'true');
    check('RETURN ' + '-'.repeat(5000) + '1');
  });
});
