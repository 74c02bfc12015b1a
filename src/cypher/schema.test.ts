import { expect } from 'chai';
import { CypherError } from './values/types';
import { parseSchemaCommand, runSchemaCommand, type SchemaState } from './schema';

describe('cypher schema commands', () => {
  const parses: [string, unknown][] = [
    [
      'CREATE CONSTRAINT newsgraph_Person_id IF NOT EXISTS FOR (n:`Person`) REQUIRE n.id IS UNIQUE',
      { kind: 'createConstraint', name: 'newsgraph_Person_id', ifNotExists: true, label: 'Person', property: 'id' },
    ],
    ['create constraint for (p:Person) require (p.id) is node unique', { kind: 'createConstraint', name: undefined, ifNotExists: false, label: 'Person', property: 'id' }],
    ['CREATE CONSTRAINT ON (p:Person) ASSERT p.id IS UNIQUE;', { kind: 'createConstraint', name: undefined, ifNotExists: false, label: 'Person', property: 'id' }],
    ['DROP CONSTRAINT c1 IF EXISTS', { kind: 'dropConstraint', name: 'c1', ifExists: true }],
    ['SHOW CONSTRAINTS', { kind: 'showConstraints' }],
    ['// a comment\nCREATE INDEX idx FOR (e:Event) ON (e.date, e.type)', { kind: 'createIndex', name: 'idx', ifNotExists: false, label: 'Event', properties: ['date', 'type'] }],
    ['CREATE RANGE INDEX FOR (e:Event) ON (e.date)', { kind: 'createIndex', name: undefined, ifNotExists: false, label: 'Event', properties: ['date'] }],
    ['SHOW INDEXES', { kind: 'showIndexes' }],
    ['MATCH (n) RETURN n', null],
    ['CREATE (n:Constraint)', null],
  ];
  for (const [q, want] of parses) it(`parses ${JSON.stringify(q)}`, () => expect(parseSchemaCommand(q)).to.deep.equal(want));

  it('reports a malformed schema command as a SyntaxError with a position', () => {
    try {
      parseSchemaCommand('CREATE CONSTRAINT FOR (n:Person) REQUIRE m.id IS UNIQUE');
      expect.fail('should throw');
    } catch (e) {
      expect(e).to.be.instanceOf(CypherError);
      expect((e as CypherError).cypherClass).to.equal('SyntaxError');
      expect((e as CypherError).column).to.equal(42);
    }
  });

  it('creates, refuses duplicates unless IF NOT EXISTS, shows and drops', () => {
    const s: SchemaState = { constraints: [], indexes: [] };
    const ok = () => null;
    const create = parseSchemaCommand('CREATE CONSTRAINT c FOR (n:Person) REQUIRE n.id IS UNIQUE')!;
    expect(runSchemaCommand(create, s, ok).changed).to.equal(true);
    expect(() => runSchemaCommand(create, s, ok)).to.throw(/already exists/);
    expect(runSchemaCommand(parseSchemaCommand('CREATE CONSTRAINT c IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE')!, s, ok).changed).to.equal(false);
    expect(runSchemaCommand({ kind: 'showConstraints' }, s, ok).rows).to.deep.equal([['c', 'UNIQUENESS', 'NODE', ['Person'], ['id']]]);
    expect(runSchemaCommand({ kind: 'dropConstraint', name: 'c', ifExists: false }, s, ok).changed).to.equal(true);
    expect(() => runSchemaCommand({ kind: 'dropConstraint', name: 'c', ifExists: false }, s, ok)).to.throw(/no constraint/);
  });

  it('refuses a constraint that existing data violates', () => {
    const s: SchemaState = { constraints: [], indexes: [] };
    const cmd = parseSchemaCommand('CREATE CONSTRAINT FOR (n:Person) REQUIRE n.id IS UNIQUE')!;
    expect(() => runSchemaCommand(cmd, s, () => "two nodes have id 'x'")).to.throw(/two nodes/);
    expect(s.constraints).to.have.length(0);
  });
});

describe('cypher schema on the engine', () => {
  // imported here so the parser tests above stay free of the engine
  const { CypherEngine } = require('./engine') as typeof import('./engine');
  const { MultiDirectedGraph } = require('graphology') as typeof import('graphology');
  const fresh = () => new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as never);

  it('enforces a uniqueness constraint and leaves the graph unchanged on a violation', () => {
    const e = fresh();
    e.run('CREATE CONSTRAINT person_id IF NOT EXISTS FOR (p:Person) REQUIRE p.id IS UNIQUE');
    e.run("CREATE (:Person {id: 'a'})");
    try {
      e.run("UNWIND ['b', 'a'] AS id CREATE (:Person {id: id})");
      expect.fail('should throw');
    } catch (err) {
      expect((err as CypherError).cypherClass).to.equal('ConstraintValidationFailed');
    }
    expect(e.run('MATCH (p:Person) RETURN count(p) AS n').rows).to.deep.equal([[1n]]);
    e.run("MERGE (p:Person {id: 'a'}) SET p.name = 'A'");
    expect(e.run('MATCH (p:Person) RETURN count(p) AS n').rows).to.deep.equal([[1n]]);
    expect(e.run('SHOW CONSTRAINTS').rows[0][0]).to.equal('person_id');
  });

  it('refuses to create a constraint that the data already breaks', () => {
    const e = fresh();
    e.run("CREATE (:Person {id: 'a'}), (:Person {id: 'a'})");
    expect(() => e.run('CREATE CONSTRAINT FOR (p:Person) REQUIRE p.id IS UNIQUE')).to.throw(/two nodes/);
  });

  it('applies inside a transaction too', () => {
    const e = fresh();
    const tx = e.begin();
    tx.run('CREATE CONSTRAINT c FOR (p:Person) REQUIRE p.id IS UNIQUE');
    tx.run("CREATE (:Person {id: 'x'})");
    expect(() => tx.run("CREATE (:Person {id: 'x'})")).to.throw(/constraint c/);
    tx.commit();
    expect(e.run('MATCH (p:Person) RETURN count(p) AS n').rows).to.deep.equal([[1n]]);
  });
});
