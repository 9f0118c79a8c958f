// The six parts of a report and the wordings their headings take in real publications.
// Headings are matched by what they say; the numbering (一、 / 1、 / none) is optional.

export type FormatVersion = '2021' | '2019' | 'pre2019';

export const FORMAT_VERSIONS = ['2021', '2019', 'pre2019'] as const satisfies readonly FormatVersion[];

export type SectionId = 'overview' | 'article20' | 'applications' | 'reviewLitigation' | 'problems' | 'otherMatters';

export type SectionDef = {
  id: SectionId;
  /** Chinese ordinal of the section in the national template. */
  ordinal: string;
  label: string;
  /** Heading wordings, most specific first; compared after label normalisation. */
  headings: readonly string[];
  /** Whether the 2021 format requires the section (R7 "no section is missing"). */
  required: boolean;
};

export const SECTIONS: readonly SectionDef[] = [
  {
    id: 'overview',
    ordinal: '一',
    label: '总体情况',
    headings: ['政府信息公开工作总体情况', '总体情况', '年度工作核心成效', '工作基本情况', '政府信息公开工作的基本情况'],
    required: true,
  },
  {
    id: 'article20',
    ordinal: '二',
    label: '主动公开政府信息情况',
    headings: ['主动公开政府信息情况', '政府信息主动公开情况'],
    required: true,
  },
  {
    id: 'applications',
    ordinal: '三',
    label: '收到和处理政府信息公开申请情况',
    headings: ['收到和处理政府信息公开申请情况'],
    required: true,
  },
  {
    id: 'reviewLitigation',
    ordinal: '四',
    label: '政府信息公开行政复议、行政诉讼情况',
    headings: [
      '因政府信息公开工作被申请行政复议提起行政诉讼情况',
      '因政府信息公开申请行政复议提起行政诉讼的情况',
      '政府信息公开行政复议行政诉讼情况',
      '政府信息公开行政复议与行政诉讼情况',
      '政府信息公开行政复议和行政诉讼情况',
    ],
    required: true,
  },
  {
    id: 'problems',
    ordinal: '五',
    label: '存在的主要问题及改进情况',
    headings: [
      '政府信息公开工作存在的主要问题及改进情况',
      '存在的主要问题及改进情况',
      '存在的主要问题及改进措施',
      '当前存在的突出问题',
      '存在的主要问题和改进情况',
    ],
    required: true,
  },
  {
    id: 'otherMatters',
    ordinal: '六',
    label: '其他需要报告的事项',
    headings: ['其他需要报告的事项', '其他需报告的事项', '其他需说明事项', '其他需要说明的事项'],
    required: true,
  },
];

/**
 * Headings that are not one of the six parts but occur in real reports. They end the
 * previous section so that their content is not read as part of it.
 */
export const EXTRA_HEADINGS: readonly { id: 'feeCollection' | 'improvements' | 'statistics'; headings: readonly string[] }[] = [
  // jinjing-2025 / suping-2024: a table of 信息处理费 notices and amounts in place of 六.
  { id: 'feeCollection', headings: ['信息处理费收取情况'] },
  // junshan-2025 splits 五 into problems and next steps.
  { id: 'improvements', headings: ['下一步改进举措', '下一步工作打算'] },
  // pre-2019 reports end with a statistics table.
  { id: 'statistics', headings: ['政府信息公开情况统计表'] },
];

export const SECTION_BY_ID: ReadonlyMap<SectionId, SectionDef> = new Map(SECTIONS.map((s) => [s.id, s]));
