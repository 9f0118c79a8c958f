// /reports/<id>[?version=<id>]: one report as the town published it, with what Gongkai
// read, checked and could not read, its source, its history and its neighbouring years.
import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { FORBIDDEN_PATH } from '@/lib/auth/auth-constants';
import { signInUrl } from '@/lib/auth/page-guard';
import { AppError } from '@/lib/errors';
import { canViewReport } from '@/lib/export/access';
import { getNeighbourReports, getReportDetail, type ReportDetail } from '@/lib/queries/report-detail';
import { ReportBody } from '@/components/report/report-body';
import { getReportTitle, ReportHeader } from '@/components/report/report-header';
import '@/components/report/report.css';

// Reports change when a corrected file is imported: always read the database.
export const dynamic = 'force-dynamic';

// generateMetadata and the page read the same report once per request.
const getReportDetailOnce = cache(getReportDetail);

type PageProps = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function parseId(raw: string | string[] | undefined): number | undefined {
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value !== undefined && /^\d{1,9}$/.test(value) && Number(value) > 0 ? Number(value) : undefined;
}

/** The page's single authorisation point (lib/export/access.ts): its 401/403 become the auth pages. */
async function assertCanViewReport(id: number): Promise<void> {
  try {
    if (!(await canViewReport(null, id))) notFound();
  } catch (error) {
    if (error instanceof AppError && error.code === 'unauthorized') redirect(signInUrl(`/reports/${id}`));
    if (error instanceof AppError && error.code === 'forbidden') redirect(FORBIDDEN_PATH);
    throw error;
  }
}

async function getDetailOrNotFound({ params, searchParams }: PageProps): Promise<ReportDetail> {
  const id = parseId((await params).id);
  const rawVersion = (await searchParams).version;
  const versionId = parseId(rawVersion);
  if (id === undefined || (rawVersion !== undefined && versionId === undefined)) notFound();
  await assertCanViewReport(id);
  const detail = await getReportDetailOnce(id, versionId);
  if (!detail) notFound();
  return detail;
}

// The title names the report, so it is read only after the same check as the page.
export async function generateMetadata(props: PageProps): Promise<Metadata> {
  const detail = await getDetailOrNotFound(props);
  return { title: getReportTitle(detail) };
}

export default async function ReportPage(props: PageProps) {
  const detail = await getDetailOrNotFound(props);
  const { previous, next } = await getNeighbourReports(detail.townId, detail.year);
  return (
    <article className="report-page">
      <ReportHeader detail={detail} />
      <ReportBody detail={detail} previous={previous} next={next} />
    </article>
  );
}
