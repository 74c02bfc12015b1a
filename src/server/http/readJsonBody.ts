import type { IncomingMessage } from 'node:http';
import { inputError, limitError } from '../../model/errors';

/** Reads a JSON request body of at most `maxBytes`; INPUT on bad JSON, LIMIT when too large. */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of req) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) throw limitError('server', `request body larger than ${maxBytes} bytes`, { limit: 'maxBodyBytes' });
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') throw inputError('server', 'empty request body (expected JSON)');
  try {
    return JSON.parse(text);
  } catch (e) {
    throw inputError('server', `request body is not JSON: ${(e as Error).message}`);
  }
}
