// Reading is CPU-bound and storing waits on PostgreSQL, so a large import reads files in
// worker threads (one per spare core) while the main thread stores finished chunks.
// Results and errors are the same as reading in-thread (ReportReadError keeps its code).
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ReportReadError } from '../report/errors.ts';
import { readReportFile } from './read-file.ts';
import type { ReadRequest, ReadResponse } from './read-worker.ts';

export type ReadFn = typeof readReportFile;
export type ReadPool = { read: ReadFn; close: () => Promise<void> };

// Worker threads do not inherit tsx's loader, so each one starts from a tiny ES module
// that registers tsx and then imports the TypeScript worker.
function workerEntry(): URL {
  const tsxApi = pathToFileURL(path.join(path.dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'esm', 'api', 'index.mjs')).href;
  const worker = new URL('./read-worker.ts', import.meta.url).href;
  const source = `import { register } from ${JSON.stringify(tsxApi)}; register(); await import(${JSON.stringify(worker)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}

// Reading a report allocates ~0.5–1 MB, and a megabyte or two of it is alive at any moment
// (the one being read): with V8's default young generation a scavenge copies that every ~20
// reports. Four times the room means a quarter of the scavenges for the same copying each:
// bench:import measured 1.18–1.24 against 1.37–1.42 ms per report on the reader thread, and
// 0.43 against 0.52 ms on V8's GC threads, for ~50 MB more memory per worker.
const YOUNG_GENERATION_MB = 64;

/** A pool of `size` workers (default: cores − 1, at least 1); size 0 reads in this thread. */
export function createReadPool(size = Math.max(1, availableParallelism() - 1)): ReadPool {
  if (size === 0) return { read: readReportFile, close: async () => {} };
  const workers = Array.from({ length: size }, () => new Worker(workerEntry(), { resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } }));
  const pending = new Map<number, { resolve: (value: Awaited<ReturnType<ReadFn>>) => void; reject: (error: Error) => void }>();
  const load = workers.map(() => 0);
  let nextId = 1;
  workers.forEach((worker, index) => {
    worker.on('message', (response: ReadResponse) => {
      const waiter = pending.get(response.id);
      pending.delete(response.id);
      load[index]!--;
      if (!waiter) return;
      if (response.ok) waiter.resolve(response.result);
      else waiter.reject(response.code ? new ReportReadError(response.code, response.message) : new Error(response.message));
    });
    worker.on('error', (error) => {
      for (const waiter of pending.values()) waiter.reject(error);
      pending.clear();
    });
  });
  return {
    read: (bytes, name) =>
      new Promise((resolve, reject) => {
        const id = nextId++;
        const index = load.indexOf(Math.min(...load));
        load[index]!++;
        pending.set(id, { resolve, reject });
        // A copy is sent (not transferred) because the caller still stores the bytes.
        workers[index]!.postMessage({ id, name, bytes } satisfies ReadRequest);
      }),
    close: async () => {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
