/**
 * Importing many files on every core: worker threads each take the next file as soon as they finish one, so a
 * slow .docx does not hold the others back, and the caller (the UI) stays responsive.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { importAndCheck, type FileOutcome } from './import-and-check';
import type { WorkerMessage, WorkerRequest } from './review-worker';

/** Set by main/build/bundle.ts: the bundles ship review-worker.cjs beside themselves. */
declare const __NIANBAO_BUNDLED__: boolean | undefined;

function newWorker(): Worker {
  if (typeof __NIANBAO_BUNDLED__ !== 'undefined') {
    // Inside the packaged app the worker is unpacked beside app.asar (electron-builder.yml asarUnpack).
    return new Worker(join(__dirname, 'review-worker.cjs').replace(/app\.asar([\\/])/, 'app.asar.unpacked$1'));
  }
  // Running from the TypeScript sources (tests, tsx): the worker compiles its sources the same way.
  return new Worker(new URL('./review-worker.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });
}

const IN_PROCESS_BELOW = 4;

export interface PoolOptions {
  threads?: number;
  /** called as each file is done, in completion order */
  onDone?: (index: number, outcome: FileOutcome) => void;
}

export async function importAndCheckAll(files: readonly string[], options: PoolOptions = {}): Promise<FileOutcome[]> {
  const results: FileOutcome[] = new Array<FileOutcome>(files.length);
  const threads = Math.max(1, Math.min(options.threads ?? availableParallelism(), files.length));
  const done = (i: number, o: FileOutcome): void => {
    results[i] = o;
    options.onDone?.(i, o);
  };
  // A few files: starting workers (each loads the importers) would cost more than it saves.
  if (files.length < IN_PROCESS_BELOW || threads === 1) {
    for (let i = 0; i < files.length; i++) done(i, await importAndCheck(files[i] ?? ''));
    return results;
  }
  let next = 0;
  let anyReady = false;
  const workers: Worker[] = [];
  /** Takes the rest of the queue in this thread: after a worker failed, or until the first worker is ready. */
  const inProcess = async (until: () => boolean): Promise<void> => {
    while (next < files.length && !until()) {
      const i = next++;
      done(i, await importAndCheck(files[i] ?? ''));
    }
  };
  try {
    const pool = Array.from({ length: threads }, () => {
      const w = newWorker();
      workers.push(w);
      return new Promise<void>((resolve, reject) => {
        let current = -1;
        let finished = false;
        const feed = (): void => {
          if (next >= files.length) {
            finished = true;
            resolve();
            return;
          }
          current = next++;
          w.postMessage({ id: current, file: files[current] ?? '' } satisfies WorkerRequest);
        };
        w.on('message', (m: WorkerMessage) => {
          if ('ready' in m) anyReady = true;
          else done(m.id, m.outcome);
          feed();
        });
        // A worker that dies (out of memory on a hostile file) fails only the file it held; the rest go on in-process.
        const fail = (why: string): void => {
          if (finished) return;
          finished = true;
          if (current >= 0 && results[current] === undefined) done(current, { ok: false, error: `${files[current]}：文件无法读取，读取时出错（${why}）` });
          inProcess(() => false).then(resolve, reject);
        };
        w.on('error', (e) => fail(e.message));
        w.on('exit', (code) => fail(`读取进程意外退出，代码 ${code}`));
      });
    });
    // While the workers load the importers, this thread starts on the queue, so the first result shows at once.
    await inProcess(() => anyReady);
    await Promise.all(pool);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
