import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NewsgraphError } from '../../model';
import { compromiseVersion, lexiconFileText, lexiconFromCompromise, loadLexicon, type Lexicon } from './compromiseLexicon';
import { writeCompromiseLexicon } from './writeCompromiseLexicon';

describe('extract/gazetteer/compromiseLexicon', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-lexicon-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads the installed compromise version from its package.json', () => {
    const nlp = require('compromise') as { version: string };
    expect(compromiseVersion()).to.equal(nlp.version);
  });

  it('the written file loads as exactly the lexicon compromise builds (every key, in order, same values and prototype)', () => {
    const file = path.join(dir, 'written.json');
    writeCompromiseLexicon(file);
    const fromCompromise = lexiconFromCompromise();
    const loaded = loadLexicon(file, compromiseVersion, () => {
      throw new Error('fell back to compromise');
    });
    expect(loaded).to.not.equal(fromCompromise);
    expect(Object.getPrototypeOf(loaded)).to.equal(Object.getPrototypeOf(fromCompromise));
    expect(Object.keys(loaded)).to.deep.equal(Object.keys(fromCompromise));
    expect(Object.keys(loaded).length).to.be.greaterThan(20000);
    for (const key of Object.keys(fromCompromise)) {
      const want = fromCompromise[key];
      expect(typeof want === 'string' || (Array.isArray(want) && want.every((t) => typeof t === 'string')), key).to.equal(true);
      expect(loaded[key], key).to.deep.equal(want);
    }
    // words that are not own keys (inherited names included) read the same from both
    for (const word of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'zzzq', '']) {
      expect(loaded[word], word).to.equal(fromCompromise[word]);
    }
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).to.deep.equal([]);
  });

  it('a write that fails (the target is a directory) is one IO error naming it and leaves no temp file', () => {
    const sub = fs.mkdtempSync(path.join(dir, 'fails-'));
    const target = path.join(sub, 'lexicon.json');
    fs.mkdirSync(target);
    let error: unknown;
    try {
      writeCompromiseLexicon(target);
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(NewsgraphError);
    expect((error as NewsgraphError).code).to.equal('IO');
    expect((error as Error).message).to.include(target);
    expect(fs.readdirSync(sub)).to.deep.equal(['lexicon.json']);
  });

  const good: Lexicon = { paris: 'City', jake: ['MaleName', 'FirstName'] };
  const fallback: Lexicon = { from: 'compromise' };
  const cases: [name: string, text: string | undefined, want: Lexicon][] = [
    ['a file from this version', lexiconFileText(good, '1.2.3'), good],
    ['no file', undefined, fallback],
    ['another version', lexiconFileText(good, '1.2.4'), fallback],
    ['not JSON', '{"compromise":"1.2.3","lexicon":{"paris":', fallback],
    ['JSON null', 'null', fallback],
    ['no lexicon', JSON.stringify({ compromise: '1.2.3' }), fallback],
    ['a lexicon that is an array', JSON.stringify({ compromise: '1.2.3', lexicon: ['City'] }), fallback],
    ['a lexicon that is a string', JSON.stringify({ compromise: '1.2.3', lexicon: 'City' }), fallback],
  ];
  for (const [name, text, want] of cases) {
    it(`loadLexicon: ${name}`, () => {
      const file = path.join(dir, `${name.replace(/\W+/g, '-')}.json`);
      if (text !== undefined) fs.writeFileSync(file, text);
      expect(loadLexicon(file, () => '1.2.3', () => fallback)).to.deep.equal(want);
    });
  }
});
