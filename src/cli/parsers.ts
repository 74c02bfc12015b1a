import { InvalidArgumentError } from 'commander';

/** --workers: an integer from 1 to 256 (commander turns the throw into a usage error, exit 2). */
export function parseWorkers(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1 || n > 256) throw new InvalidArgumentError('expected an integer from 1 to 256.');
  return n;
}
