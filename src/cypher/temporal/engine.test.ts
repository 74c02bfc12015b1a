/**
 * Temporal values end to end through the Cypher engine: functions, accessors, operators, ORDER BY,
 * DISTINCT, and properties that go through the store codec ({$temporal, value} in graphology).
 */
import { expect } from 'chai';
import { MultiDirectedGraph } from 'graphology';
import type { StoreGraph } from '../exec/graphStore';
import { CypherEngine } from '../index';
import type { CypherValue } from '../values/types';

function engine(): CypherEngine {
  const e = new CypherEngine(new MultiDirectedGraph({ allowSelfLoops: true }) as StoreGraph);
  e.run(`CREATE (:Event {name: 'warrant', start: date('2024-09-03'), end: date('2024-09-03')}),
                (:Event {name: 'visit', start: date('2024-09-01'), end: date('2024-09-30')}),
                (:Event {name: 'summit', start: date('2024-10-14'), end: date('2024-10-16')}),
                (:Event {name: 'vote', start: date('2023-12-31'), end: date('2023-12-31')})`);
  return e;
}

/** rows with temporal values as their text */
function rows(e: CypherEngine, q: string): unknown[][] {
  const show = (v: CypherValue): unknown => (Array.isArray(v) ? v.map(show) : v !== null && typeof v === 'object' && 'temporalType' in v ? v.toString() : v);
  return e.run(q).rows.map((r) => r.map(show));
}

describe('temporal values in the engine', () => {
  const cases: [string, unknown[][]][] = [
    ["MATCH (e:Event) WHERE e.start >= date('2024-09-01') AND e.end < date('2024-10-01') RETURN e.name ORDER BY e.start", [['visit'], ['warrant']]],
    ["MATCH (a:Event {name: 'visit'}), (b:Event {name: 'warrant'}) RETURN duration.between(a.start, b.start) AS d, duration.inDays(a.start, b.start).days AS n", [['P2D', 2n]]],
    ["MATCH (e:Event) RETURN date.truncate('month', e.start) AS month, count(*) AS n ORDER BY month", [['2023-12-01', 1n], ['2024-09-01', 2n], ['2024-10-01', 1n]]],
    ["MATCH (e:Event) RETURN e.start.year AS y, e.start.week AS w, e.start.weekYear AS wy ORDER BY e.start LIMIT 1", [[2023n, 52n, 2023n]]],
    ["MATCH (e:Event {start: date('2024-09-03')}) RETURN e.name", [['warrant']]],
    ["MATCH (e:Event) RETURN max(e.end) AS last, min(e.start) AS first", [['2024-10-16', '2023-12-31']]],
    ["RETURN date('2024-01-31') + duration({months: 1}) AS d, duration('PT1H') * 1.5 AS m, -duration('P1D') AS neg", [['2024-02-29', 'PT1H30M', 'P-1D']]],
    ["UNWIND [datetime('2018-01-01T00:00+01:00'), datetime('2017-12-31T23:00Z'), datetime('2018-01-01T00:00+01:00')] AS t RETURN count(DISTINCT t) AS n", [[2n]]],
    ["UNWIND [duration('P1D'), duration('PT24H'), duration('P1M')] AS d RETURN d ORDER BY d", [['PT24H'], ['P1D'], ['P1M']]],
    ["RETURN date('2024-09-03') < datetime('2024-09-04T00:00Z') AS x, date('2024-09-03') = '2024-09-03' AS y", [[null, false]]],
    ["RETURN 'on ' + date('2024-09-03') AS s, toString(duration({minutes: 90})) AS t", [['on 2024-09-03', 'PT1H30M']]],
  ];
  for (const [q, expected] of cases) {
    it(q, () => {
      expect(rows(engine(), q)).to.deep.equal(expected);
    });
  }

  it('date - date is a TypeError (duration.between is the way)', () => {
    expect(() => engine().run("MATCH (e:Event {name: 'summit'}) RETURN e.end - e.start AS x")).to.throw().with.property('cypherClass', 'TypeError');
  });

  it('stores temporal properties as {$temporal, value} and reads them back as values', () => {
    const e = engine();
    e.run("CREATE (:Note {at: datetime('2024-09-03T10:15:30.5+02:00[Europe/Berlin]'), took: duration('PT1M30S'), days: [date('2024-09-01'), date('2024-09-02')]})");
    const key = e.graph.findNode((_, a) => (a as { labels?: string[] }).labels?.includes('Note') ?? false);
    const attrs = JSON.parse(JSON.stringify(e.graph.getNodeAttributes(key as string)));
    const props = attrs.properties ?? attrs;
    expect(props.at).to.deep.equal({ $temporal: 'DateTime', value: '2024-09-03T10:15:30.500+02:00[Europe/Berlin]' });
    expect(props.took).to.deep.equal({ $temporal: 'Duration', value: 'PT1M30S' });
    expect(props.days).to.deep.equal([
      { $temporal: 'Date', value: '2024-09-01' },
      { $temporal: 'Date', value: '2024-09-02' },
    ]);
    expect(rows(e, 'MATCH (n:Note) RETURN n.at.timezone, n.at.epochMillis, n.took.seconds, n.days[1].day')).to.deep.equal([['Europe/Berlin', 1725351330500n, 90n, 2n]]);
  });
});
