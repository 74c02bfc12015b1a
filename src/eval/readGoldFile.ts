/** The I/O edge of gold loading: read a file, parse its JSON, validate it (parseGold). */
import { readFileSync } from 'fs';
import { formatError, ioError } from '../model/errors';
import type { Gold } from './goldTypes';
import { parseGold } from './parseGold';

export function readGoldFile(path: string): Gold {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw ioError(`eval: ${path}`, `cannot read gold file (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw formatError(`eval: ${path}`, `$: not valid JSON (${(e as Error).message})`);
  }
  return parseGold(json, path);
}
