// The dashboard's known small data set; every expected number in dashboard-*.test.ts is
// computed by hand from these rows. Pinyin order of the towns: 北 < 东 < 南 < 西 (< 中).
//   测试省 / 测试市 / 甲县: 东镇 2023 + 2024, 北镇 2024, 南镇 2024 (2019 format), 西镇 (no report)
//   测试省 / 测试市 / 乙县: 中镇 2024 (penalties not stated)
//   河南省 / 济源市 / 承留镇 2024: the seed's figures (737 publications, 4 received, 10 penalties)
import type { Db } from '../../lib/db/client.ts';
import { insertTestReport } from './fixtures/insert-report.ts';

export type DashboardIds = { city: number; jia: number; yi: number; dong: number; bei: number; xi: number; chengliu: number; jiyuan: number; henan: number; province: number };

const JIA = ['测试省', '测试市', '甲县'];

export async function insertDashboardData(db: Db): Promise<DashboardIds> {
  const dong = await insertTestReport(db, {
    regionPath: [...JIA, '东镇'], year: 2023,
    figures: { publications: 100, received: 10, granted: 5, partiallyGranted: 1, denied: 1, unavailable: 2, notProcessed: 0, otherOutcome: 1, penalties: 2, reviews: 1, lawsuits: 0 },
    findings: [{ rule: 'R1', cells: ['applications.received.total', 'applications.carriedForward.total'], message: '本年新收与办理不平', expected: '10', actual: '9' }],
  });
  await insertTestReport(db, {
    regionPath: [...JIA, '东镇'], year: 2024,
    figures: { publications: 120, received: 8, granted: 4, partiallyGranted: 0, denied: 2, unavailable: 1, notProcessed: 1, otherOutcome: 0, penalties: 3, reviews: 0, lawsuits: 1 },
  });
  const bei = await insertTestReport(db, {
    regionPath: [...JIA, '北镇'], year: 2024,
    figures: { publications: 40, received: 2, granted: 2, partiallyGranted: 0, denied: 0, unavailable: 0, notProcessed: 0, otherOutcome: 0, penalties: 30, reviews: 2, lawsuits: 1 },
    findings: [
      { rule: 'R2', cells: ['applications.handledTotal.total'], message: '总计不等于各项之和' },
      { rule: 'R3', cells: ['applications.granted.total'], message: '总计不等于各列之和' },
    ],
  });
  await insertTestReport(db, {
    regionPath: [...JIA, '南镇'], year: 2024, formatVersion: '2019',
    figures: { publications: 60, received: 0, granted: 0, partiallyGranted: 0, denied: 0, unavailable: 0, notProcessed: 0, otherOutcome: 0, penalties: 5 },
  });
  const zhong = await insertTestReport(db, {
    regionPath: ['测试省', '测试市', '乙县', '中镇'], year: 2024,
    figures: { publications: 500, received: 1, granted: 1, partiallyGranted: 0, denied: 0, unavailable: 0, notProcessed: 0, otherOutcome: 0 },
    findings: [{ rule: 'R1', cells: ['applications.received.total'], message: '本年新收与办理不平' }],
  });
  const chengliu = await insertTestReport(db, {
    regionPath: ['河南省', '济源市', '承留镇'], year: 2024, synthetic: false, unitName: '承留镇人民政府',
    figures: { publications: 737, received: 4, carriedOver: 0, granted: 1, partiallyGranted: 0, denied: 0, unavailable: 2, notProcessed: 0, otherOutcome: 1, handledTotal: 4, penalties: 10, reviews: 1, lawsuits: 0 },
    cells: { 'publications.total': 737, 'applications.received.total': 4, 'article20.penalty.decisions': 10 },
  });
  const jia = await db.region.findFirstOrThrow({ where: { name: '甲县' } });
  const xi = await db.region.create({ data: { parentId: jia.id, name: '西镇', level: 'township', synthetic: true } });
  const yiTown = await db.region.findUniqueOrThrow({ where: { id: zhong.townId } });
  const city = await db.region.findFirstOrThrow({ where: { name: '测试市' } });
  const jiyuan = await db.region.findFirstOrThrow({ where: { name: '济源市' } });
  return {
    city: city.id, jia: jia.id, yi: yiTown.parentId!, dong: dong.townId, bei: bei.townId, xi: xi.id,
    chengliu: chengliu.townId, jiyuan: jiyuan.id, henan: jiyuan.parentId!, province: city.parentId!,
  };
}
