import { SingleBar } from 'cli-progress';
import type { CliIo } from './io';

/** A counting progress bar on stderr; silent unless stderr is a terminal, not --json and not CI. */
export function countProgress(io: CliIo, o: { total: number; label: string; quiet: boolean }): { update(done: number): void; stop(): void } {
  if (!io.stderr.isTTY || o.quiet || io.env.CI) return { update() {}, stop() {} };
  const bar = new SingleBar({
    stream: io.stderr as NodeJS.WritableStream,
    format: `${o.label} [{bar}] {value}/{total} | {eta_formatted} left`,
    hideCursor: true,
    clearOnComplete: true,
  });
  bar.start(o.total, 0);
  return { update: (done) => bar.update(done), stop: () => bar.stop() };
}
