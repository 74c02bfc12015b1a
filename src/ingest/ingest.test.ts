import { expect } from 'chai';
import { promises as fs, readFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isNewsgraphError } from '../model/errors';
import { collectFiles } from './collectFiles';
import { formatProblem, ingest, ingestEvents } from './ingest';

const ROOT = path.resolve(__dirname, '../..');
const SEEDS = path.join(ROOT, 'seeds');
const seed = (name: string) => readFileSync(path.join(SEEDS, name));

describe('ingest: collectFiles and ingest', function () {
  let tmp: string;

  before(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-ingest-'));
  });
  after(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  const write = async (rel: string, data: string | Uint8Array) => {
    const p = path.join(tmp, rel);
    await fs.mkdir(path.dirname(p), { recursive: true });
    await fs.writeFile(p, data);
    return p;
  };

  describe('collectFiles', () => {
    it('walks directories recursively, keeps accepted extensions, sorts, skips hidden entries', async () => {
      await write('tree/b.txt', 'b');
      await write('tree/a.md', 'a');
      await write('tree/sub/c.html', 'c');
      await write('tree/sub/deeper/d.htm', 'd');
      await write('tree/sub/e.markdown', 'e');
      await write('tree/image.png', 'x');
      await write('tree/notes.pdf', 'x');
      await write('tree/.hidden.txt', 'x');
      await write('tree/.git/config.txt', 'x');
      const { files, problems } = await collectFiles([path.join(tmp, 'tree')]);
      expect(problems).to.deep.equal([]);
      expect(files.map((f) => path.relative(tmp, f))).to.deep.equal([
        'tree/a.md',
        'tree/b.txt',
        'tree/sub/c.html',
        'tree/sub/deeper/d.htm',
        'tree/sub/e.markdown',
      ]);
    });

    it('accepts files and directories together, each file once, sorted', async () => {
      const dir = path.join(tmp, 'tree');
      const { files } = await collectFiles([path.join(dir, 'sub/c.html'), dir, path.join(dir, 'b.txt')]);
      expect(files.map((f) => path.relative(tmp, f))).to.deep.equal([
        'tree/a.md',
        'tree/b.txt',
        'tree/sub/c.html',
        'tree/sub/deeper/d.htm',
        'tree/sub/e.markdown',
      ]);
    });

    it('keeps relative paths relative', async () => {
      const { files } = await collectFiles([path.relative(process.cwd(), SEEDS)]);
      expect(files).to.have.length(4);
      for (const f of files) expect(path.isAbsolute(f)).to.equal(false);
    });

    const PROBLEMS: [string, () => Promise<string>, RegExp][] = [
      ['a path that does not exist', async () => path.join(tmp, 'missing/nowhere.txt'), /cannot read \(no such file or directory\)/],
      ['an empty directory', async () => (await fs.mkdir(path.join(tmp, 'empty'), { recursive: true }), path.join(tmp, 'empty')), /no article files/],
      ['a directory with no articles', async () => (await write('pictures/a.png', 'x'), await write('pictures/b.jpg', 'y'), path.join(tmp, 'pictures')), /no article files/],
      ['a file of another type given by name', async () => write('report.pdf', '%PDF-1.4'), /not an article file/],
      ['a path through a file', async () => path.join(await write('plain.txt', 'x'), 'inside.txt'), /cannot read \(not a directory\)/],
    ];
    for (const [name, make, reason] of PROBLEMS) {
      it(`reports ${name} as one problem line`, async () => {
        const p = await make();
        const { files, problems } = await collectFiles([p]);
        expect(files).to.deep.equal([]);
        expect(problems).to.have.length(1);
        expect(problems[0].path).to.equal(p);
        expect(problems[0].reason).to.match(reason);
        expect(formatProblem(problems[0])).to.equal(`${p}: ${problems[0].reason}`);
        expect(formatProblem(problems[0])).not.to.contain('\n');
      });
    }

    it('follows symbolic links without looping', async () => {
      await write('linked/real/a.txt', 'a');
      await fs.symlink(path.join(tmp, 'linked'), path.join(tmp, 'linked/real/loop'));
      await fs.symlink(path.join(tmp, 'linked/real/a.txt'), path.join(tmp, 'linked/alias.txt'));
      const { files, problems } = await collectFiles([path.join(tmp, 'linked')]);
      expect(problems).to.deep.equal([]);
      expect(files.map((f) => path.relative(tmp, f))).to.deep.equal(['linked/alias.txt']); // the same file once, first in path order
    });

    it('collects a file once whatever paths lead to it: a directory and a file in it, a path through a linked parent', async () => {
      await write('once/real/a.txt', 'a');
      await write('once/real/sub/b.txt', 'b');
      await fs.symlink(path.join(tmp, 'once/real'), path.join(tmp, 'link-to-real'));
      const given = [path.join(tmp, 'once'), path.join(tmp, 'once/real/a.txt'), path.join(tmp, 'link-to-real/sub/b.txt')];
      const { files, problems } = await collectFiles(given);
      expect(problems).to.deep.equal([]);
      expect(files.map((f) => path.relative(tmp, f))).to.deep.equal(['once/real/a.txt', 'once/real/sub/b.txt']);
    });

    it('reports an unreadable directory (permission denied) when not running as root', async function () {
      if (process.getuid?.() === 0) this.skip(); // root reads everything
      const dir = path.join(tmp, 'locked');
      await write('locked/a.txt', 'x');
      await fs.chmod(dir, 0o000);
      try {
        const { problems } = await collectFiles([dir]);
        expect(problems.map((p) => p.reason)).to.deep.equal(['cannot read directory (permission denied)']);
      } finally {
        await fs.chmod(dir, 0o755);
      }
    });
  });

  describe('ingest', () => {
    it('ingests the seeds: four articles, no problems, no duplicates', async () => {
      const r = await ingest([SEEDS]);
      expect(r.problems).to.deep.equal([]);
      expect(r.duplicates).to.deep.equal([]);
      expect(r.articles.map((a) => path.basename(a.path))).to.deep.equal([
        '000_32ea234443565783.txt',
        '001_0035297ce0d64792.txt',
        '002_ff33d001fe23c161.txt',
        '003_c0a50ba40cb45e53.txt',
      ]);
      expect(new Set(r.articles.map((a) => a.id)).size).to.equal(4);
      expect(new Set(r.articles.map((a) => a.fingerprint)).size).to.equal(4);
    });

    it('reports every bad file with one line and goes on with the rest', async () => {
      const dir = path.join(tmp, 'mixed');
      await write('mixed/01-good.txt', seed('000_32ea234443565783.txt'));
      await write('mixed/02-empty.txt', '');
      await write('mixed/03-blank.md', '\n   \n\t\n');
      await write('mixed/04-binary.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]));
      await write('mixed/05-latin1.txt', Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x75, 0x76, 0x65, 0x72, 0x74]));
      await write('mixed/06-french.txt', readFileSync(path.join(ROOT, 'test/fixtures/ingest/french-article.txt')));
      await write('mixed/07-good.html', readFileSync(path.join(ROOT, 'test/fixtures/ingest/news-page.html')));
      const missing = path.join(tmp, 'does-not-exist');
      const r = await ingest([dir, missing]);
      expect(r.articles.map((a) => path.basename(a.path))).to.deep.equal(['01-good.txt', '06-french.txt', '07-good.html']);
      expect(r.articles.find((a) => a.path.endsWith('06-french.txt'))?.language).to.equal('fr');
      expect(r.problems.map((p) => [path.basename(p.path), p.reason])).to.deep.equal([
        ['does-not-exist', 'cannot read (no such file or directory)'],
        ['02-empty.txt', 'empty file'],
        ['03-blank.md', 'empty file (whitespace only)'],
        ['04-binary.txt', 'binary file (NUL bytes)'],
        ['05-latin1.txt', 'invalid UTF-8'],
      ]);
    });

    it('rejects a 50 MB text with one line, without reading it into a parse', async function () {
      this.timeout(60000);
      const p = path.join(tmp, 'huge/big.txt');
      await fs.mkdir(path.dirname(p), { recursive: true });
      const chunk = 'The delegations met again in Geneva and agreed to continue the talks next week. '.repeat(12800); // ~1 MB
      const fh = await fs.open(p, 'w');
      try {
        for (let i = 0; i < 50; i++) await fh.write(chunk);
      } finally {
        await fh.close();
      }
      expect((await fs.stat(p)).size).to.be.greaterThan(50 * 1000 * 1000);
      const r = await ingest([p, path.join(SEEDS, '002_ff33d001fe23c161.txt')]);
      expect(r.articles).to.have.length(1);
      expect(r.problems).to.have.length(1);
      expect(r.problems[0].path).to.equal(p);
      expect(r.problems[0].reason).to.match(/^too large \(\d+\.\d MB, limit 5\.0 MB\)$/);
      await fs.rm(p);
    });

    it('detects duplicates: same bytes under another name, same story with other whitespace and header', async () => {
      const original = seed('003_c0a50ba40cb45e53.txt').toString('utf8');
      await write('dups/a-original.txt', original);
      await write('dups/b-copy.txt', original);
      const reflowed =
        'Welcome to Mirror Daily News!\n\nHome > World > Asia\n\n' +
        original
          .replace(/\n\n/g, '\n\n\n')
          .replace(/ /g, '  ')
          .replace(/\n/g, '\r\n')
          .replace('Người Đưa TinNgười Đưa Tin04/09/2024', 'Posted: 4 September 2024');
      await write('dups/c-syndicated.txt', reflowed);
      await write('dups/d-other.txt', seed('001_0035297ce0d64792.txt'));
      const r = await ingest([path.join(tmp, 'dups')]);
      expect(r.articles.map((a) => path.basename(a.path))).to.deep.equal(['a-original.txt', 'd-other.txt']);
      const first = r.articles[0];
      expect(r.duplicates.map((d) => ({ ...d, path: path.basename(d.path), duplicateOf: path.basename(d.duplicateOf) }))).to.deep.equal([
        { path: 'b-copy.txt', duplicateOf: 'a-original.txt', id: first.id, by: 'sha256' },
        { path: 'c-syndicated.txt', duplicateOf: 'a-original.txt', id: first.id, by: 'fingerprint' },
      ]);
    });

    it('streams events in path order (problems found while collecting come first)', async () => {
      const kinds: string[] = [];
      let total = -1;
      for await (const ev of ingestEvents([path.join(tmp, 'dups'), path.join(tmp, 'nothing-here')], {}, (n) => (total = n))) kinds.push(ev.kind);
      expect(total).to.equal(4);
      expect(kinds).to.deep.equal(['problem', 'article', 'duplicate', 'duplicate', 'article']);
    });

    it('throws NewsgraphError INPUT for a bad option before reading anything', async () => {
      try {
        await ingest([SEEDS], { maxBytes: -1 });
        expect.fail('should have thrown');
      } catch (e) {
        if (!isNewsgraphError(e)) throw e;
        expect(e.code).to.equal('INPUT');
        expect(e.message).to.match(/maxBytes/);
      }
    });
  });
});
