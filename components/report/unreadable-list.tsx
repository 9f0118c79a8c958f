// What the reader said it could not read, in its own words.
import type { StoredRead } from '@/lib/queries/report-detail';
import { zhCNReport } from '@/lib/messages/zh-CN-report';

const m = zhCNReport.unreadable;

export function UnreadableList({ read }: { read: StoredRead }) {
  const items = read.unreadable ?? [];
  return (
    <section aria-labelledby="unreadable-heading" className="report-section unreadable">
      <h2 id="unreadable-heading">{m.heading}</h2>
      {items.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <ul>
          {items.map((item, index) => (
            <li key={index}>
              {item.message}
              {item.text ? <q className="source-quote">{item.text}</q> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
