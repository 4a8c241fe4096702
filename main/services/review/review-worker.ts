/** Entry of a review worker thread: imports and checks the files the pool sends, one message per file. */
import { parentPort } from 'node:worker_threads';
import { importAndCheck, type FileOutcome } from './import-and-check';

export interface WorkerRequest {
  id: number;
  file: string;
}

/** What a worker sends: once that it is ready, then one outcome per file. */
export type WorkerMessage = { ready: true } | { id: number; outcome: FileOutcome };

const port = parentPort;
if (port) {
  port.on('message', (req: WorkerRequest) => {
    void importAndCheck(req.file).then((outcome) => port.postMessage({ id: req.id, outcome } satisfies WorkerMessage));
  });
  port.postMessage({ ready: true } satisfies WorkerMessage);
}
