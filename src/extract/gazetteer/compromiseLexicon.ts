/**
 * compromise's lexicon (word -> tag or tags), the only part of compromise the extractor uses. Loading
 * compromise builds it by unpacking its packed word lists and conjugating every verb: ~180 ms of CPU
 * in every extraction thread. `npm run build` writes the finished lexicon next to this module as JSON
 * (writeCompromiseLexicon), which parses in a fraction of that; the file is used only when it was
 * written from the compromise version installed now, otherwise (running from the sources, no build
 * yet, compromise upgraded since) the lexicon comes from compromise itself, as before.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Lexicon = Record<string, string | string[]>;

/** What writeCompromiseLexicon writes: the lexicon and the compromise version it came from. */
export interface LexiconFile {
  compromise: string;
  lexicon: Lexicon;
}

export const LEXICON_FILE = path.join(__dirname, 'compromise-lexicon.json');

/** The installed compromise's version, read from its package.json (without loading compromise). */
export function compromiseVersion(): string {
  // require.resolve gives .../compromise/builds/three/compromise-three.cjs
  let dir = path.dirname(require.resolve('compromise'));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'compromise' && typeof pkg.version === 'string') return pkg.version;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error('extract: cannot find compromise/package.json');
    dir = up;
  }
}

/** The lexicon as compromise builds it on load (the slow way). */
export function lexiconFromCompromise(): Lexicon {
  const nlp = require('compromise') as { model(): { one: { lexicon: Lexicon } } };
  return nlp.model().one.lexicon;
}

/** The text of the lexicon file for `lexicon` (from compromise `version`). */
export function lexiconFileText(lexicon: Lexicon, version: string): string {
  return JSON.stringify({ compromise: version, lexicon } satisfies LexiconFile);
}

/**
 * The lexicon from `file` when it holds one written from compromise `version`; otherwise (missing,
 * unreadable, another version, not the expected shape) from compromise.
 */
export function loadLexicon(file: string = LEXICON_FILE, version: () => string = compromiseVersion, fallback: () => Lexicon = lexiconFromCompromise): Lexicon {
  let text: string | undefined;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return fallback();
  }
  try {
    const data = JSON.parse(text) as Partial<LexiconFile> | null;
    if (data !== null && typeof data === 'object' && data.compromise === version() && isLexicon(data.lexicon)) return data.lexicon;
  } catch {
    // not JSON: written by something else, or cut short
  }
  return fallback();
}

function isLexicon(value: unknown): value is Lexicon {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;
}
