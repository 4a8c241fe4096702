/** Entry of a review worker thread: imports and checks the files the pool sends, one message per file. */
import { parentPort } from 'node:worker_threads';
import { importAndCheck } from './import-and-check';

export interface WorkerRequest {
  id: number;
  file: string;
}

const port = parentPort;
if (port) {
  port.on('message', (req: WorkerRequest) => {
    void importAndCheck(req.file).then((outcome) => port.postMessage({ id: req.id, outcome }));
  });
}
