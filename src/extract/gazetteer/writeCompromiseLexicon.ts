/**
 * Build step (`npm run build`, after tsc): writes compromise's lexicon as JSON next to the compiled
 * compromiseLexicon module, so extraction threads parse it instead of having compromise build it.
 * Run as `node dist/extract/gazetteer/writeCompromiseLexicon.js`.
 */
import * as fs from 'node:fs';
import { compromiseVersion, LEXICON_FILE, lexiconFileText, lexiconFromCompromise } from './compromiseLexicon';

/** Writes the file through a temporary one and a rename, so a reader never sees half of it. */
export function writeCompromiseLexicon(file: string = LEXICON_FILE): void {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, lexiconFileText(lexiconFromCompromise(), compromiseVersion()));
  fs.renameSync(temp, file);
}

if (require.main === module) writeCompromiseLexicon();
