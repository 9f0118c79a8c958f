// The report page's data and markup against a real PostgreSQL: the detail query (versions,
// cells, findings, neighbours), the server-rendered sections with finding highlights and
// unreadable cells, and the source download. Rendering here covers the finding tooltip
// even when the demo data has no findings for the end-to-end test to focus.
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPrismaClient } from '../../lib/db/client.ts';
import type { Prisma } from '../../lib/db/generated/prisma/client.ts';
import { encodeProvenanceBytes } from '../../lib/report/provenance-bytes.ts';
import { allowAnonymousRead } from './fixtures/export-helpers.ts';
import { insertTestReport, truncateAll } from './fixtures/insert-report.ts';

const TOWN = ['测试省', '测试市', '测试县', '甲镇'];
const PLAIN = '一、本年新收政府信息公开申请数量 5 0 0 0 0 0 4';

describe('report page', () => {
  const db = createPrismaClient(inject('databaseUrl'));
  let ids: { y2023: number; y2024: number };
  let queries: typeof import('../../lib/queries/report-detail.ts');
  let body: typeof import('../../components/report/report-body.tsx');
  let header: typeof import('../../components/report/report-header.tsx');
  let source: typeof import('../../app/reports/[id]/source/route.ts');

  beforeAll(async () => {
    allowAnonymousRead(inject('databaseUrl'));
    queries = await import('../../lib/queries/report-detail.ts');
    body = await import('../../components/report/report-body.tsx');
    header = await import('../../components/report/report-header.tsx');
    source = await import('../../app/reports/[id]/source/route.ts');
    await truncateAll(db);
    const previous = await insertTestReport(db, { regionPath: TOWN, year: 2023, figures: { received: 3, publications: 100 }, cells: { 'applications.received.total': 3 } });
    const current = await insertTestReport(db, {
      regionPath: TOWN, year: 2024, figures: { received: 4, publications: 120 }, sourceText: PLAIN,
      cells: { 'applications.received.naturalPerson': 5, 'applications.received.total': 4, 'reviewLitigation.review.pending': 1 },
      findings: [{ rule: 'R3', cells: ['applications.received.naturalPerson', 'applications.received.total'], message: '总计(4)应等于各列之和(5)', expected: '5', actual: '4' }],
    });
    // What a reader stores: where the total was read (provenance bytes; the plain text is the
    // source file itself, so not stored twice), and a cell it could not read.
    const stored = await db.reportVersion.findUniqueOrThrow({ where: { id: current.versionId } });
    const read = {
      ...(stored.read as object), formatVersion: '2021', applicationsLayout: 'split-other', findings: [],
      unreadable: [{ section: 'article20', keys: ['article20.fees.amountWan'], reason: 'unparseable', message: '第二部分“行政事业性收费”无法识别' }],
    };
    const provenanceBytes = encodeProvenanceBytes({ 'applications.received.total': { method: 'cell', range: { start: PLAIN.length - 1, end: PLAIN.length } } }, PLAIN);
    await db.reportVersion.update({ where: { id: current.versionId }, data: { read: read as Prisma.InputJsonValue, provenanceBytes, plainText: null } });
    // The year before as versions were stored before provenance bytes: JSON text, plain text kept.
    const legacy = JSON.stringify([['applications.received', [['total', 0, 2, 3, 4, 0, 4, 0]]]]);
    await db.reportVersion.update({ where: { id: previous.versionId }, data: { provenance: legacy } });
    ids = { y2023: previous.reportId, y2024: current.reportId };
  });
  afterAll(() => db.$disconnect());

  it('loads the report with its cells, findings and both neighbouring years', async () => {
    const detail = (await queries.getReportDetail(ids.y2024))!;
    expect(detail.regionPath.map((r) => r.name)).toEqual(TOWN);
    expect(detail.cells['applications.received.total']).toBe(4);
    expect(detail.findings.map((f) => f.rule)).toEqual(['R3']);
    const { previous, next } = await queries.getNeighbourReports(detail.townId, detail.year);
    expect([previous?.id, previous?.figures.received, next]).toEqual([ids.y2023, 3, null]);
    expect(await queries.getReportDetail(ids.y2024, 999_999)).toBeNull();
    expect(await queries.getReportDetail(999_999)).toBeNull();
  });

  it('decodes provenance from bytes against the source file as plain text, and from older JSON text', async () => {
    const current = (await queries.getReportDetail(ids.y2024))!;
    expect(current.version.plainText).toBe(PLAIN);
    expect(current.version.read.sources).toEqual({ 'applications.received.total': { method: 'cell', range: { start: PLAIN.length - 1, end: PLAIN.length } } });
    const older = (await queries.getReportDetail(ids.y2023))!;
    expect(older.version.read.sources).toEqual({
      'applications.received.total': { method: 'cell', table: 2, row: 3, col: 4, range: { start: 0, end: 4 }, text: older.version.plainText.slice(0, 4) },
    });
  });

  it('renders findings as highlighted, described cells, unreadable cells as such, and links to them', async () => {
    const detail = (await queries.getReportDetail(ids.y2024))!;
    const neighbours = await queries.getNeighbourReports(detail.townId, detail.year);
    const html = renderToStaticMarkup(createElement('div', null, createElement(header.ReportHeader, { detail }), createElement(body.ReportBody, { detail, ...neighbours })));
    const total = html.match(/<td id="cell-applications\.received\.total"[^>]*>.*?<\/td>/)![0];
    expect(total).toContain('has-finding');
    expect(total).toContain('aria-describedby="tip-applications.received.total"');
    expect(total).toMatch(/<span role="tooltip" id="tip-applications\.received\.total" class="cell-tip">R3：总计\(4\)应等于各列之和\(5\)<\/span>/);
    expect(total).toContain(`data-range-start="${PLAIN.length - 1}"`);
    const fees = html.match(/<td id="cell-article20\.fees\.amountWan"[^>]*>.*?<\/td>/)![0];
    expect(fees).toContain('未能读取');
    expect(fees).toContain('第二部分“行政事业性收费”无法识别');
    expect(html).toContain('href="#cell-applications.received.naturalPerson"');
    expect(html).toContain(`href="/reports/${ids.y2023}"`);
    expect(html).toContain('+1（+33%）'); // received 3 → 4
    expect(html.match(/<tr>/g)!.length).toBeGreaterThan(25);
    expect(html).toContain(`href="/api/export/report/${ids.y2024}"`);
    expect(html).toContain(`href="/api/export/findings?region=${detail.townId}"`);
    expect(html).not.toContain('<script');
  });

  it('serves the original file as an attachment, never inline', async () => {
    const response = await source.GET(new Request(`http://localhost/reports/${ids.y2024}/source`), { params: Promise.resolve({ id: String(ids.y2024) }) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="_-2024.txt"; filename*=UTF-8''${encodeURIComponent('甲镇-2024.txt')}`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(await response.text()).toBe(PLAIN);
    const missing = await source.GET(new Request('http://localhost/reports/999999/source'), { params: Promise.resolve({ id: '999999' }) });
    expect(missing.status).toBe(404);
  });
});
