// The data set as a whole: deterministic bytes, fictional regions, file naming, format rotation,
// the two table layouts by year, and a manifest that lists every file.
import { describe, expect, it } from 'vitest';
import { generateDataset, type DatasetOptions } from './dataset.ts';

const OPTIONS: DatasetOptions = { seed: 'determinism', counties: 4, townsPerCounty: 3, years: [2019, 2020, 2021, 2022], formats: ['text', 'html', 'docx'] };
const decoder = new TextDecoder();

describe('generateDataset', () => {
  const dataset = generateDataset(OPTIONS);

  it('gives byte-identical output for the same seed', () => {
    const again = generateDataset(OPTIONS);
    expect(again.regionsCsv).toBe(dataset.regionsCsv);
    expect(JSON.stringify(again.manifest)).toBe(JSON.stringify(dataset.manifest));
    expect(again.reports.length).toBe(dataset.reports.length);
    again.reports.forEach((report, i) => expect(Buffer.from(report.bytes).equals(Buffer.from(dataset.reports[i]?.bytes ?? [])), report.fileName).toBe(true));
  });

  it('gives different towns and numbers for a different seed', () => {
    const other = generateDataset({ ...OPTIONS, seed: 'another seed' });
    expect(other.regionsCsv).not.toBe(dataset.regionsCsv);
    const same = other.reports.filter((r, i) => Buffer.from(r.bytes).equals(Buffer.from(dataset.reports[i]?.bytes ?? [])));
    expect(same).toEqual([]);
  });

  it('writes clearly fictional regions: 示例省, codes 99xxxxxxx, synthetic=true, three counties per city', () => {
    const [header, ...rows] = dataset.regionsCsv.trimEnd().split('\n');
    expect(header).toBe('code,province,city,county,township,synthetic');
    expect(rows).toHaveLength(12);
    for (const row of rows) {
      const [code, province, , , township, synthetic] = row.split(',');
      expect(code).toMatch(/^99\d{7}$/);
      expect(province).toBe('示例省');
      expect(township).toMatch(/(镇|乡|街道)$/);
      expect(synthetic).toBe('true');
    }
    expect(new Set(dataset.regions.map((r) => r.city)).size).toBe(2);
    expect(new Set(dataset.regions.map((r) => r.code)).size).toBe(12);
  });

  it('names files <county>-<town>-<year>.<ext>, unique and filesystem-safe', () => {
    const names = dataset.reports.map((r) => r.fileName);
    expect(new Set(names).size).toBe(names.length);
    for (const report of dataset.reports) {
      expect(report.fileName).toBe(`${report.meta.region.county}-${report.meta.region.township}-${report.meta.year}.${{ text: 'txt', html: 'html', docx: 'docx' }[report.meta.format]}`);
      expect(report.fileName).not.toMatch(/[/\\:*?"<>|\s]/);
      expect(report.meta.path).toBe(`reports/${report.fileName}`);
    }
  });

  it('rotates output formats over towns, one format per town', () => {
    const formatByTown = new Map<string, Set<string>>();
    for (const r of dataset.reports) formatByTown.set(r.meta.region.code, (formatByTown.get(r.meta.region.code) ?? new Set()).add(r.meta.format));
    expect([...formatByTown.values()].every((f) => f.size === 1)).toBe(true);
    expect(new Set(dataset.reports.map((r) => r.meta.format))).toEqual(new Set(['text', 'html', 'docx']));
  });

  it('lists every file in the manifest with unit, region path, year and format', () => {
    expect(dataset.manifest.files.map((f) => f.path)).toEqual(dataset.reports.map((r) => r.meta.path));
    for (const file of dataset.manifest.files) {
      expect(file.unit).toMatch(/(人民政府|办事处)$/);
      expect(file.regionPath).toBe(`示例省/${file.region.city}/${file.region.county}/${file.region.township}`);
      expect(file.formatVersion).toBe(file.year <= 2020 ? '2019' : '2021');
    }
    expect(dataset.manifest.synthetic).toBe(true);
  });
});

describe('report text', () => {
  const dataset = generateDataset({ ...OPTIONS, formats: ['text'], counties: 1, townsPerCounty: 1 });
  const textOf = (year: number) => decoder.decode(dataset.reports.find((r) => r.meta.year === year)?.bytes);
  const applicationRows = (text: string) => {
    const table = text.slice(text.indexOf('## 三、'), text.indexOf('## 四、'));
    return table.split('\n').filter((line) => /(\t\d+){7}\t*$/.test(line));
  };

  it('has the title, six sections and the prose statements of section 一', () => {
    const text = textOf(2022);
    const { figures, meta } = dataset.reports.find((r) => r.meta.year === 2022) ?? {};
    expect(text.startsWith(`# ${meta?.unit}2022年政府信息公开工作年度报告\n`)).toBe(true);
    for (const heading of ['一、总体情况', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项']) {
      expect(text).toContain(`## ${heading}`);
    }
    expect(text).toMatch(new RegExp(`(共发布信息|累计主动公开政府信息) ${figures?.publications.total} 条`));
    for (const channel of figures?.publications.channels ?? []) expect(text).toContain(`通过${channel.name}发布信息 ${channel.count} 条`);
  });

  it('uses the 2019 layout for 2019/2020: 本年新制作数量, 第二十条第（九）项, one （六）其他处理 row (23 rows)', () => {
    const text = textOf(2020);
    expect(text).toContain('本年新制作数量\t本年新公开数量\t对外公开总数量');
    expect(text).toContain('上一年项目数量\t本年增/减\t处理决定数量');
    expect(text).toContain('第二十条第（九）项');
    expect(text).not.toContain('本年制发件数');
    expect(applicationRows(text)).toHaveLength(23);
  });

  it('uses the 2021 layout from 2021: 本年制发件数, （八） 收费, three （六） rows (25 rows)', () => {
    const text = textOf(2021);
    expect(text).toContain('本年制发件数\t本年废止件数\t现行有效件数');
    expect(text).toContain('本年收费金额（单位：万元）');
    expect(text).not.toContain('第二十条第（九）项');
    expect(applicationRows(text)).toHaveLength(25);
  });
});

describe('report HTML', () => {
  const dataset = generateDataset({ ...OPTIONS, formats: ['html'], counties: 1, townsPerCounty: 1 });
  const htmlOf = (year: number) => decoder.decode(dataset.reports.find((r) => r.meta.year === year)?.bytes);

  it('is UTF-8 with site chrome around the article', () => {
    const html = htmlOf(2023 - 1);
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('当前位置：');
    expect(html).toContain('<div class="TRS_Editor">');
  });

  it("merges section 三's header and labels like the national template", () => {
    expect(htmlOf(2021)).toContain('<td rowspan="22"><p>三、本年度办理结果</p></td>');
    expect(htmlOf(2020)).toContain('<td rowspan="20"><p>三、本年度办理结果</p></td>');
    expect(htmlOf(2021)).toContain('<td rowspan="3" colspan="3">');
    expect(htmlOf(2021)).toContain('<td rowspan="8"><p>（三）不予公开</p></td>');
    expect(htmlOf(2020)).toContain('<td colspan="2"><p>（六）其他处理</p></td>');
  });
});
