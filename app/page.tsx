import { ReportList } from '@/components/reports/report-list';
import { requirePageReader } from '@/lib/auth/page-guard';
import { scopeForUser } from '@/lib/auth/read-scope';
import { listReports } from '@/lib/queries/reports';
import { messages } from '@/lib/messages';

// Reads the database on every request (reports change as they are imported).
export const dynamic = 'force-dynamic';

const LIST_LIMIT = 50;

export default async function HomePage() {
  const user = await requirePageReader('/');
  const reports = await listReports(scopeForUser(user).sql, LIST_LIMIT);
  return (
    <>
      <h1>{messages.reports.title}</h1>
      <ReportList reports={reports} />
      {reports.length >= LIST_LIMIT ? <p className="hint">{messages.reports.limited(LIST_LIMIT)}</p> : null}
    </>
  );
}
