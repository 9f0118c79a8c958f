// Client side of an upload: open a batch, then send the files in small chunks so that no
// single request is large and a thousand files never sit in one form.
import { MAX_FILES_PER_REQUEST } from '@/lib/ingest/schemas';

type ErrorBody = { error?: { message?: string } };

async function readError(response: Response, fallback: string): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as ErrorBody;
  return body.error?.message ?? `${fallback} (${response.status})`;
}

export async function uploadFiles(
  files: File[],
  options: { regionPath: string; createTowns: boolean; failedMessage: string },
  onBatch: (batchId: number) => void,
  onProgress: (done: number) => void,
): Promise<void> {
  const created = await fetch('/api/import/batches', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ regionPath: options.regionPath || undefined, createTowns: options.createTowns }),
  });
  if (!created.ok) throw new Error(await readError(created, options.failedMessage));
  const { batchId } = (await created.json()) as { batchId: number };
  onBatch(batchId);
  for (let start = 0; start < files.length; start += MAX_FILES_PER_REQUEST) {
    const form = new FormData();
    for (const file of files.slice(start, start + MAX_FILES_PER_REQUEST)) form.append('files', file, file.name);
    const response = await fetch(`/api/import/batches/${batchId}/files`, { method: 'POST', body: form });
    if (!response.ok) throw new Error(await readError(response, options.failedMessage));
    onProgress(Math.min(files.length, start + MAX_FILES_PER_REQUEST));
  }
}
