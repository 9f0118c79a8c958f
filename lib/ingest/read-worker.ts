// Worker-thread side of the read pool: reads one file per message with lib/report and
// posts back the report (or the reader's error code and message).
import { parentPort } from 'node:worker_threads';
import { ReportReadError } from '../report/errors.ts';
import { preloadReaders } from '../report/index.ts';
import { readReportFile, storedBuffers } from './read-file.ts';

export type ReadRequest = { id: number; name: string; bytes: Uint8Array };
export type ReadResponse =
  | { id: number; ok: true; result: Awaited<ReturnType<typeof readReportFile>> }
  | { id: number; ok: false; code: ReportReadError['code'] | null; message: string };

// Loading the readers overlaps with the import's own start-up (a failure shows at the first read).
preloadReaders().catch(() => {});

parentPort?.on('message', (request: ReadRequest) => {
  readReportFile(request.bytes, request.name).then(
    // The stored columns' bytes are moved, not copied: this thread never uses them again.
    (result) => parentPort?.postMessage({ id: request.id, ok: true, result } satisfies ReadResponse, storedBuffers(result.stored)),
    (error: unknown) =>
      parentPort?.postMessage({
        id: request.id,
        ok: false,
        code: error instanceof ReportReadError ? error.code : null,
        message: error instanceof Error ? error.message : String(error),
      } satisfies ReadResponse),
  );
});
