/**
 * cypher/conflicts.cypher finds the same disagreements as listConflicts (src/resolve), run by our engine
 * over a store built from the hand-made seed corpus.
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CypherEngine } from '../../src/cypher';
import type { GraphBatch } from '../../src/model';
import { listConflicts, resolveGraph } from '../../src/resolve';
import { seedCorpus } from '../../src/resolve/testing/seedCorpus';
import { applyBatch, createGraph } from '../../src/store';

const QUERY = readFileSync(join(__dirname, '..', '..', 'cypher', 'conflicts.cypher'), 'utf8');

function viaCypher(batch: GraphBatch): string[] {
  const graph = createGraph();
  applyBatch(graph, batch);
  const result = new CypherEngine(graph as never).run(QUERY); // the store graph, as the server hands it over
  expect(result.columns).to.deep.equal(['subject', 'description', 'property', 'value', 'sources']);
  // the values here are strings and lists of strings
  return result.rows.map((row) => JSON.stringify(row.slice(1))).sort();
}

function viaListConflicts(batch: GraphBatch): string[] {
  return listConflicts(batch)
    .flatMap((c) => c.claims.map((claim) => JSON.stringify([c.description, c.property, claim.value, claim.sources])))
    .sort();
}

describe('cypher/conflicts.cypher', () => {
  it('finds the seeds\' disagreements, as listConflicts does', () => {
    const { docs, extractions } = seedCorpus();
    const batch = resolveGraph(docs, extractions);
    const rows = viaCypher(batch);
    expect(rows).to.have.length(4); // PARTY_TO ratified and the Ratification date, two values each
    expect(rows).to.deep.equal(viaListConflicts(batch));
  });

  it('finds nothing where the articles agree', () => {
    const { docs, extractions } = seedCorpus();
    const batch = resolveGraph(docs.slice(2), extractions.slice(2));
    expect(viaCypher(batch)).to.deep.equal([]);
    expect(viaListConflicts(batch)).to.deep.equal([]);
  });
});
