// The findings of the version, each linking to the cells it names (#cell-<dotted key>).
import { labelOf } from '@/lib/report/format';
import type { ReportFinding } from '@/lib/queries/report-detail';
import { zhCNReport } from '@/lib/messages/zh-CN-report';

const m = zhCNReport.findings;

export function FindingsList({ findings, renderedKeys }: { findings: ReportFinding[]; renderedKeys: Set<string> }) {
  return (
    <section aria-labelledby="findings-heading" className="report-section findings">
      <h2 id="findings-heading">
        {m.heading}（{findings.length}）
      </h2>
      {findings.length === 0 ? (
        <p className="muted">{m.none}</p>
      ) : (
        <ol className="findings-list">
          {findings.map((finding) => (
            <li key={finding.id} className={`finding severity-${finding.severity}`}>
              <span className="rule-badge">
                {finding.rule} · {m.severity[finding.severity] ?? finding.severity}
              </span>{' '}
              <span className="finding-message">{finding.message}</span>
              {finding.expected !== null || finding.actual !== null ? (
                <span className="finding-values">
                  {' '}
                  （{m.expected} {finding.expected ?? '—'}，{m.actual} {finding.actual ?? '—'}）
                </span>
              ) : null}
              {finding.cells.length ? (
                <div className="finding-cells">
                  {m.cells}：
                  {finding.cells.map((key, index) => (
                    <span key={key}>
                      {index > 0 ? '；' : null}
                      {renderedKeys.has(key) ? <a href={`#cell-${key}`}>{labelOf(key)}</a> : labelOf(key)}
                    </span>
                  ))}
                </div>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
