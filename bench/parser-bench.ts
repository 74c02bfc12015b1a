/**
 * Parser throughput (issue 4 target: >= 20,000 typical queries/s): parse + compile of typical news-graph
 * queries, measured in CPU time (so other processes on the machine do not distort it), and the plan
 * cache's hit path for comparison.
 */
import { MultiDirectedGraph } from 'graphology';
import { CypherEngine, parse } from '../src/cypher';

const QUERIES = [
  'MATCH (p:Person {id: $id})-[:MEMBER_OF]->(o:Organization) WHERE o.name STARTS WITH $prefix RETURN p.name AS person, o.name AS org ORDER BY org LIMIT 10',
  'MATCH (p:Person)-[r:LEADER_OF]->(c:Country) RETURN p.name, r.role, c.name',
  "MATCH (e:Event) WHERE e.start >= date($from) AND e.end <= date($to) OPTIONAL MATCH (e)-[:AGENT]->(a) WITH e, collect(DISTINCT a.name) AS agents RETURN e.date, e.type, e.name, agents ORDER BY e.start",
  'MATCH (a:Article)-[:MENTIONS]->(x), (a)-[:MENTIONS]->(y) WHERE x.id < y.id RETURN x.name, y.name, count(DISTINCT a) AS n ORDER BY n DESC LIMIT 25',
  'UNWIND $rows AS row MERGE (n:Person {id: row.id}) SET n += row.props',
];

function cpuRate(fn: () => void, n: number): number {
  for (let i = 0; i < Math.min(n, 2000); i++) fn();
  const t = process.cpuUsage();
  for (let i = 0; i < n; i++) fn();
  const u = process.cpuUsage(t);
  return n / ((u.user + u.system) / 1e6);
}

const fmt = (x: number) => Math.round(x).toLocaleString('en');
console.log('| query | parse only (queries/s) | parse + compile (queries/s) | cached plan (queries/s) |');
console.log('|---|---:|---:|---:|');
const engine = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as never);
const cached = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as never);
for (const q of QUERIES) {
  const p = cpuRate(() => parse(q), 10_000);
  let i = 0;
  // a different trailing comment each time: the plan cache misses, so this parses and compiles
  const c = cpuRate(() => engine.plan(`${q} // ${i++}`), 5_000);
  const h = cpuRate(() => cached.plan(q), 50_000);
  console.log(`| \`${q.slice(0, 60)}…\` | ${fmt(p)} | ${fmt(c)} | ${fmt(h)} |`);
}
