import { expect } from 'chai';
import { fixtureGraph } from './fixtureGraph';
import { conflictsOf, displayProperties, highlightSegments, provenanceOf, relationsByType } from '../../viz/src/state/details';
import { collectGraphKeys, cellText } from '../../viz/src/state/queryResult';
import { escapeXml, writeGraphml } from '../../viz/src/state/graphml';

const g = fixtureGraph();

describe('viz/state/details', () => {
  it('lists properties without bookkeeping', () => {
    const p = g.getNodeAttribute('event:ratification-2002-mongolia-rome-statute', 'properties');
    const keys = displayProperties(p).map(([k]) => k);
    expect(keys).to.deep.equal(['date', 'type']);
  });
  it('reads provenance', () => {
    const e = g.findEdge((_e, a) => a.relType === 'LEADER_OF')!;
    const p = provenanceOf(g.getEdgeAttribute(e, 'properties'));
    expect(p.evidence.length).to.be.greaterThan(0);
    expect(p.sources.every((s) => s.startsWith('article:'))).to.equal(true);
    expect(p.confidence).to.be.within(0, 1);
    expect(provenanceOf({})).to.deep.equal({ evidence: [], sources: [], confidence: null });
  });
  it('reads conflicting claims: who claims what', () => {
    const e = g.findEdge((_e, a) => a.relType === 'PARTY_TO')!;
    expect(conflictsOf(g.getEdgeAttribute(e, 'properties'))).to.deep.equal([
      {
        property: 'ratified',
        chosen: '2002',
        claims: [
          { value: '2002', sources: ['article:2b3c4d5e6f708192'] },
          { value: '2003', sources: ['article:1a2b3c4d5e6f7081'] },
        ],
      },
    ]);
    expect(conflictsOf({ name: 'x' })).to.deep.equal([]);
  });
  it('groups relations by type and direction, outgoing first', () => {
    const groups = relationsByType(g, 'person:vladimir-putin');
    const ids = groups.map((x) => `${x.direction}:${x.type}`);
    expect(ids[0]).to.equal('out:LEADER_OF');
    expect(ids).to.include('in:AGENT');
    expect(ids).to.include('in:MENTIONS');
    const agent = groups.find((x) => x.type === 'AGENT')!;
    expect(agent.items.map((i) => i.otherLabel).every((l) => l === 'Event')).to.equal(true);
    const names = agent.items.map((i) => i.otherName);
    expect(names).to.deep.equal([...names].sort((a, b) => a.localeCompare(b)));
  });
  const seg: Array<[string, string[], Array<[string, boolean]>]> = [
    ['A b. C d. E f.', ['C d.'], [['A b. ', false], ['C d.', true], [' E f.', false]]],
    ['One two.\n\nThree  four.', ['Three four.'], [['One two.\n\n', false], ['Three  four.', true]]],
    ['x', ['nope'], [['x', false]]],
    ['aa aa', ['aa'], [['aa', true], [' ', false], ['aa', true]]],
    ['abc', ['abc', 'b'], [['abc', true]]],
  ];
  for (const [text, sentences, expected] of seg)
    it(`highlights ${JSON.stringify(sentences)} in ${JSON.stringify(text)}`, () => {
      const s = highlightSegments(text, sentences);
      expect(s.map((x) => [x.text, x.mark])).to.deep.equal(expected);
      expect(s.map((x) => x.text).join('')).to.equal(text);
    });
});

describe('viz/state/queryResult', () => {
  it('collects nodes and relationships anywhere in rows', () => {
    const rows = [
      [{ $type: 'Node', key: 'a', labels: [], properties: {} }, [{ $type: 'Relationship', key: 'r', type: 'T', start: 'a', end: 'b', properties: {} }]],
      [{ $type: 'Map', value: { p: { $type: 'Path', nodes: [{ $type: 'Node', key: 'c', labels: [], properties: {} }], relationships: [] } } }, 1],
    ];
    const k = collectGraphKeys(rows);
    expect([...k.nodes].sort()).to.deep.equal(['a', 'b', 'c']);
    expect([...k.edges]).to.deep.equal(['r']);
  });
  const cells: Array<[unknown, string]> = [
    [null, 'null'],
    [1.5, '1.5'],
    ['<b>', '<b>'],
    [[1, 'a'], '[1, a]'],
    [{ $type: 'Node', key: 'k', labels: ['Person'], properties: { name: 'A' } }, '(:Person A)'],
    [{ $type: 'Relationship', key: 'r', type: 'LEADER_OF', properties: {} }, '[:LEADER_OF]'],
    [{ $type: 'Map', value: { a: 1 } }, '{a: 1}'],
    [{ $type: 'Integer', value: '9223372036854775807' }, '9223372036854775807'],
    [{ $type: 'Date', value: '2024-09-03' }, '2024-09-03'],
  ];
  for (const [v, text] of cells) it(`cell ${JSON.stringify(v)} -> ${text}`, () => expect(cellText(v as never)).to.equal(text));
});

describe('viz/state/graphml', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml(`<img src=x onerror="alert(1)"> & 'q'\u0001`)).to.equal('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &apos;q&apos;');
  });
  it('writes typed keys, labels, types and list properties as JSON text', () => {
    const xml = writeGraphml(
      [
        { key: 'a', labels: ['Person'], properties: { name: '<A>', aliases: ['x', 'y'], n: 3 } },
        { key: 'b', labels: ['Country'], properties: { name: 'B', n: 4 } },
      ],
      [{ key: 'r', source: 'a', target: 'b', type: 'LEADER_OF', properties: { confidence: 0.9 } }],
    );
    expect(xml).to.contain('<key id="n_n" for="node" attr.name="n" attr.type="long"/>');
    expect(xml).to.contain('<key id="e_confidence" for="edge" attr.name="confidence" attr.type="double"/>');
    expect(xml).to.contain('<data key="labels">:Person</data>');
    expect(xml).to.contain('<data key="n_name">&lt;A&gt;</data>');
    expect(xml).to.contain('<data key="n_aliases">[&quot;x&quot;,&quot;y&quot;]</data>');
    expect(xml).to.contain('<edge id="r" source="a" target="b">');
    expect(xml).to.contain('<data key="type">LEADER_OF</data>');
    expect(xml.match(/<node /g)).to.have.length(2);
  });
});
