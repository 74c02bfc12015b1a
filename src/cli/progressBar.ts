import { SingleBar } from 'cli-progress';
import type { BuildPhase, BuildProgress } from '../pipeline';
import type { CliIo } from './io';

export interface ProgressHandle {
  progress?: BuildProgress;
  stop(): void;
}

/** A progress bar on stderr, only when stderr is a terminal, output is not --json and CI is not set. */
export function progressBar(io: CliIo, json: boolean): ProgressHandle {
  if (!io.stderr.isTTY || json || io.env.CI) return { stop() {} };
  const bar = new SingleBar({
    stream: io.stderr as NodeJS.WritableStream,
    format: '{phase} [{bar}] {value}/{total} files | {eta_formatted} left',
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
  });
  let started = false;
  const progress: BuildProgress = (phase: BuildPhase, done: number, total: number) => {
    if (phase !== 'extract') {
      if (started) bar.update({ phase });
      return;
    }
    if (!started) {
      bar.start(total, 0, { phase: 'reading' });
      started = true;
    }
    bar.update(done, { phase: 'reading' });
  };
  return { progress, stop: () => started && bar.stop() };
}
