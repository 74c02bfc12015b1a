/**
 * Build step (`npm run build`, after tsc): writes compromise's lexicon as JSON next to the compiled
 * compromiseLexicon module, so extraction threads parse it instead of having compromise build it.
 * Run as `node dist/extract/gazetteer/writeCompromiseLexicon.js`.
 */
import { writeFileAtomic } from '../../files';
import { compromiseVersion, LEXICON_FILE, lexiconFileText, lexiconFromCompromise } from './compromiseLexicon';

/** Writes the file atomically (files/writeFileAtomic), so a reader never sees half of it and a failed write leaves no temp file. */
export function writeCompromiseLexicon(file: string = LEXICON_FILE): void {
  writeFileAtomic(file, [lexiconFileText(lexiconFromCompromise(), compromiseVersion())], 'build');
}

if (require.main === module) writeCompromiseLexicon();
