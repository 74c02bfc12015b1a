import { expect } from 'chai';
import type { CliIo } from './io';
import { progressBar } from './progressBar';

function io(isTTY: boolean, env: Record<string, string> = {}) {
  const out = { stderr: '' };
  const value: CliIo = { cwd: '.', stdout: { write: () => true }, stderr: { isTTY, columns: 80, write: (s: string) => ((out.stderr += s), true) }, env };
  return { value, out };
}

describe('cli progressBar', () => {
  const cases: [string, boolean, boolean, Record<string, string>, boolean][] = [
    ['a terminal', true, false, {}, true],
    ['a pipe', false, false, {}, false],
    ['--json on a terminal', true, true, {}, false],
    ['CI on a terminal', true, false, { CI: 'true' }, false],
  ];
  for (const [name, tty, json, env, drawn] of cases) {
    it(`${drawn ? 'draws' : 'stays silent'} on ${name}`, () => {
      const { value, out } = io(tty, env);
      const bar = progressBar(value, json);
      bar.progress?.('collect', 0, 1);
      bar.progress?.('extract', 1, 4);
      bar.progress?.('extract', 4, 4);
      bar.progress?.('resolve', 0, 1);
      bar.stop();
      expect(out.stderr.includes('/4 files')).to.equal(drawn);
      expect(bar.progress === undefined).to.equal(!drawn);
    });
  }
});
