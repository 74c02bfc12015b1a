/**
 * The query-side commands in-process (query, shell, export cypher/csv, import csv) on a small store
 * made with Cypher itself, table-driven where the cases are alike.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Readable } from 'node:stream';
import { openGraph } from '../api/openGraph';
import { loadGraph } from '../store';
import type { CliIo } from './io';
import { run } from './main';
import { isComplete, shellCommand } from './commands/shell';
import { parseParam } from './format/parseParams';

function capture(cwd: string) {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { cwd, stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) }, env: {} };
  return { io, out };
}

async function cli(cwd: string, ...args: string[]) {
  const { io, out } = capture(cwd);
  const code = await run(['node', 'newsgraph', ...args], io);
  return { code, ...out };
}

describe('cli query, shell, export cypher/csv, import csv', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-query-'));
    const db = await openGraph(path.join(dir, 'g.json'), { create: true });
    await db.run(
      "CREATE (p:Person {id: 'person:putin', name: 'Vladimir Putin', aliases: ['Putin']})-[:LEADER_OF {role: 'President', confidence: 0.9}]->(c:Country {id: 'country:rus', name: 'Russia, \"RF\"'})",
    );
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const formats: [string, (stdout: string) => void][] = [
    ['table', (s) => expect(s).to.match(/\| name +\| role +\|\n/).and.to.contain('| Vladimir Putin | President |')],
    ['json', (s) => expect(JSON.parse(s)).to.deep.equal({ columns: ['name', 'role'], rows: [{ name: 'Vladimir Putin', role: 'President' }] })],
    ['csv', (s) => expect(s).to.equal('name,role\nVladimir Putin,President\n')],
  ];
  for (const [format, check] of formats) {
    it(`query --format ${format}`, async () => {
      const r = await cli(dir, 'query', '-g', 'g.json', '--format', format, 'MATCH (p:Person)-[r:LEADER_OF]->() RETURN p.name AS name, r.role AS role');
      expect(r.code).to.equal(0);
      check(r.stdout);
    });
  }

  it('query -f with --param values read as JSON when they parse', async () => {
    fs.writeFileSync(path.join(dir, 'q.cypher'), '// Question: x\nMATCH (n {name: $name}) RETURN n.name AS n, $k + 1 AS k;\n');
    const r = await cli(dir, 'query', '-g', 'g.json', '-f', 'q.cypher', '-p', 'name=Vladimir Putin', '-p', 'k=41', '--format', 'json');
    expect(r.code).to.equal(0);
    expect(JSON.parse(r.stdout).rows).to.deep.equal([{ n: 'Vladimir Putin', k: 42 }]);
  });

  it('a syntax error is one line plus the caret excerpt, exit 1', async () => {
    const r = await cli(dir, 'query', '-g', 'g.json', 'MATCH (n RETURN n');
    expect(r.code).to.equal(1);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).to.match(/^newsgraph: SyntaxError.*line 1, column \d+/);
    expect(lines[1]).to.equal('MATCH (n RETURN n');
    expect(lines[2]).to.match(/^ +\^$/);
  });

  it('refuses a write without --write, and persists it atomically with --write', async () => {
    const before = fs.readFileSync(path.join(dir, 'g.json'), 'utf8');
    const refused = await cli(dir, 'query', '-g', 'g.json', "CREATE (:Person {name: 'X'})");
    expect(refused.code).to.equal(1);
    expect(refused.stderr).to.match(/--write/);
    expect(fs.readFileSync(path.join(dir, 'g.json'), 'utf8')).to.equal(before);
    const ok = await cli(dir, 'query', '-g', 'g.json', '--write', "CREATE (:Person {name: 'X'})");
    expect(ok.code).to.equal(0);
    expect(loadGraph(path.join(dir, 'g.json')).order).to.equal(3);
    const failing = await cli(dir, 'query', '-g', 'g.json', '--write', "CREATE (:Person {name: 'Y'}) WITH 1 AS one RETURN 1 / 0");
    expect(failing.code).to.equal(1);
    expect(loadGraph(path.join(dir, 'g.json')).order).to.equal(3);
  });

  const usage: [string, string[], RegExp][] = [
    ['a missing store', ['query', '-g', 'nope.json', 'RETURN 1'], /nope\.json/],
    ['a bad --param', ['query', '-g', 'g.json', '-p', 'novalue', 'RETURN 1'], /--param takes name=value/],
    ['both a query and -f', ['query', '-g', 'g.json', '-f', 'x.cypher', 'RETURN 1'], /either a query or -f/],
    ['an unknown format', ['query', '-g', 'g.json', '--format', 'xml', 'RETURN 1'], /--format must be one of/],
  ];
  for (const [name, args, msg] of usage) {
    it(`query with ${name}: one line, exit 1`, async () => {
      const r = await cli(dir, ...args);
      expect(r.code).to.equal(1);
      expect(r.stderr.trimEnd().split('\n')).to.have.length(1);
      expect(r.stderr).to.match(msg);
    });
  }

  it('parseParam reads JSON when it parses', () => {
    expect(parseParam('n=5')).to.deep.equal(['n', 5]);
    expect(parseParam('$s="a=b"')).to.deep.equal(['s', 'a=b']);
    expect(parseParam('d=2024-01-01')).to.deep.equal(['d', '2024-01-01']);
    expect(parseParam('l=[1,2]')).to.deep.equal(['l', [1, 2]]);
  });

  it('shell runs multi-line statements, :param and :params from piped input', async () => {
    const { io, out } = capture(dir);
    const input = Readable.from([':param who="Russia, \\"RF\\""\nMATCH (c:Country)\nWHERE c.name = $who\nRETURN c.name AS name;\n:params\nRETURN 1 +;\n:quit\nRETURN 2;\n']);
    await shellCommand({ graph: 'g.json', input }, io);
    expect(out.stdout).to.contain('| Russia, "RF" |');
    expect(out.stdout).to.contain('$who');
    expect(out.stderr).to.match(/SyntaxError/);
    expect(out.stdout).not.to.contain('| 2 |');
  });

  it('isComplete sees the terminating semicolon outside strings and comments', () => {
    expect(isComplete('RETURN 1;')).to.equal(true);
    expect(isComplete("RETURN ';'")).to.equal(false);
    expect(isComplete('RETURN 1 // done;')).to.equal(false);
    expect(isComplete('RETURN 1\n;')).to.equal(true);
    expect(isComplete(':help')).to.equal(true);
  });

  it('export cypher, export csv and import csv round-trip the store', async () => {
    const a = await cli(dir, 'export', 'cypher', '-g', 'g.json', '-o', 'g.cypher');
    expect(a.code).to.equal(0);
    expect(fs.readFileSync(path.join(dir, 'g.cypher'), 'utf8')).to.match(/^CREATE CONSTRAINT newsgraph_Person_id IF NOT EXISTS/m);
    const b = await cli(dir, 'export', 'csv', '-g', 'g.json', '-o', 'csv');
    expect(b.code).to.equal(0);
    expect(b.stdout).to.contain('neo4j-admin database import full');
    const c = await cli(dir, 'import', 'csv', 'csv', '-o', 'back.json');
    expect(c.code).to.equal(0);
    const back = loadGraph(path.join(dir, 'back.json'));
    expect(back.getNodeAttributes('person:putin').properties).to.deep.equal({ id: 'person:putin', name: 'Vladimir Putin', aliases: ['Putin'] });
    const d = await cli(dir, 'import', 'csv', 'nowhere', '-o', 'x.json');
    expect(d.code).to.equal(1);
    expect(d.stderr).to.match(/^newsgraph: import csv: nowhere: /);
  });

  it('export neo4j --dry-run counts without connecting; without a password it asks for one', async () => {
    const r = await cli(dir, 'export', 'neo4j', '-g', 'g.json', '--dry-run');
    expect(r.code).to.equal(0);
    expect(r.stdout).to.match(/would write 2 nodes and 1 relationships/);
    const p = await cli(dir, 'export', 'neo4j', '-g', 'g.json');
    expect(p.code).to.equal(1);
    expect(p.stderr).to.match(/--password or set NEO4J_PASSWORD/);
  });
});
