'use client';
// Polls the batch once a second until every file is done; the table is the live status.
import Link from 'next/link';
import { useEffect, useState } from 'react';
import type { BatchView } from '@/lib/ingest/schemas';
import { messages } from '@/lib/messages';

const m = messages.import;

function formatSize(bytes: number): string {
  return bytes >= 1048576 ? `${(bytes / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export function BatchStatusTable({ batchId }: { batchId: number }) {
  const [view, setView] = useState<BatchView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const response = await fetch(`/api/import/batches/${batchId}`, { cache: 'no-store' }).catch(() => null);
      if (cancelled) return;
      if (!response?.ok) {
        const body = (await response?.json().catch(() => null)) as { error?: { message?: string } } | null;
        setError(body?.error?.message ?? m.requestFailed);
      } else {
        const next = (await response.json()) as BatchView;
        setView(next);
        setError(null);
        if (next.status === 'done' && next.counts.pending === 0) return;
      }
      timer = setTimeout(poll, 1000);
    };
    void poll();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [batchId]);

  if (error && !view) return <p role="alert" className="error">{error}</p>;
  if (!view) return <p role="status">{m.batchStatus.queued}</p>;
  const done = view.items.length - view.counts.pending;
  return (
    <section aria-labelledby="batch-title">
      <h2 id="batch-title">
        {m.batchTitle(view.id)} · {m.batchStatus[view.status]} ({done}/{view.items.length})
      </h2>
      <p role="status" className="batch-summary">
        {m.summary}：{m.status.imported} {view.counts.imported} · {m.status.replaced} {view.counts.replaced} · {m.status.alreadyImported}{' '}
        {view.counts.alreadyImported} · {m.status.failed} {view.counts.failed}
      </p>
      <table className="data">
        <caption>{m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columns.file}</th>
            <th scope="col">{m.columns.size}</th>
            <th scope="col">{m.columns.status}</th>
            <th scope="col">{m.columns.detail}</th>
          </tr>
        </thead>
        <tbody>
          {view.items.map((item) => (
            <tr key={item.id} data-status={item.status}>
              <td>{item.fileName}</td>
              <td className="num">{formatSize(item.size)}</td>
              <td>{item.processing ? m.status.processing : m.status[item.status]}</td>
              <td>
                {item.reason}
                {item.reportId !== null && <Link href={`/reports/${item.reportId}`}>{m.openReport}</Link>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
