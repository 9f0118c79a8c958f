'use client';
// The import page: choose files (or a folder), upload them in chunks, then follow each
// file's status. The batch id goes into the URL so a reload resumes the view.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { messages } from '@/lib/messages';
import { BatchStatusTable } from './batch-status-table';
import { uploadFiles } from './upload-files';

const m = messages.import;

export function ImportPanel({ initialBatchId }: { initialBatchId: number | null }) {
  const router = useRouter();
  const [batchId, setBatchId] = useState<number | null>(initialBatchId);
  const [files, setFiles] = useState<File[]>([]);
  const [regionPath, setRegionPath] = useState('');
  const [createTowns, setCreateTowns] = useState(false);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (files.length === 0) return setError(m.noFiles);
    setError(null);
    setUploaded(0);
    try {
      await uploadFiles(
        files,
        { regionPath, createTowns, failedMessage: m.requestFailed },
        (id) => {
          setBatchId(id);
          router.replace(`/import?batch=${id}`);
        },
        setUploaded,
      );
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : m.requestFailed);
    } finally {
      setUploaded(null);
    }
  }

  if (batchId !== null && uploaded === null) {
    return (
      <>
        <BatchStatusTable batchId={batchId} />
        {error && <p role="alert" className="error">{error}</p>}
        <p>
          <a href="/import" className="button-link">{m.newBatch}</a>
        </p>
      </>
    );
  }

  return (
    <form className="import-form" onSubmit={submit}>
      <label>
        {m.filesLabel}
        <input type="file" name="files" multiple accept=".txt,.md,.htm,.html,.pdf,.docx,text/plain,text/html,application/pdf" onChange={(e) => setFiles([...(e.target.files ?? [])])} />
      </label>
      <label>
        {m.folderLabel}
        <input
          type="file"
          name="folder"
          multiple
          ref={(input) => input?.setAttribute('webkitdirectory', '')}
          onChange={(e) => setFiles([...(e.target.files ?? [])].filter((f) => !/(^|\/)(regions\.csv|manifest\.json)$/.test(f.name)))}
        />
      </label>
      <label>
        {m.regionLabel}
        <input type="text" name="regionPath" value={regionPath} onChange={(e) => setRegionPath(e.target.value)} placeholder="河南省/济源市" aria-describedby="region-hint" />
      </label>
      <p id="region-hint" className="hint">{m.regionHint}</p>
      <label className="checkbox">
        <input type="checkbox" name="createTowns" checked={createTowns} onChange={(e) => setCreateTowns(e.target.checked)} />
        {m.createTownsLabel}
      </label>
      <button type="submit" disabled={uploaded !== null}>{m.submit}</button>
      {uploaded !== null && <p role="status">{m.uploading(uploaded, files.length)}</p>}
      {error && <p role="alert" className="error">{error}</p>}
    </form>
  );
}
