// Section 四: 行政复议 and the two kinds of 行政诉讼, five numbers each, printed as one row of 15.

export const REVIEW_BLOCKS = [
  { key: 'review', label: '行政复议', phrases: ['行政复议'] },
  { key: 'suitDirect', label: '行政诉讼·未经复议直接起诉', phrases: ['未经复议直接起诉'] },
  { key: 'suitAfterReview', label: '行政诉讼·复议后起诉', phrases: ['复议后起诉'] },
] as const;

export const REVIEW_COLUMNS = [
  { key: 'upheld', label: '结果维持', phrases: ['结果维持', '维持'] },
  { key: 'corrected', label: '结果纠正', phrases: ['结果纠正', '纠正'] },
  { key: 'other', label: '其他结果', phrases: ['其他结果'] },
  { key: 'pending', label: '尚未审结', phrases: ['尚未审结'] },
  { key: 'total', label: '总计', phrases: ['总计'] },
] as const;

export type ReviewBlockKey = (typeof REVIEW_BLOCKS)[number]['key'];
export type ReviewColumnKey = (typeof REVIEW_COLUMNS)[number]['key'];

/** The 15 cells of section 四 in printed order (block by block). */
export const REVIEW_CELL_KEYS: readonly string[] = REVIEW_BLOCKS.flatMap((b) => REVIEW_COLUMNS.map((c) => `reviewLitigation.${b.key}.${c.key}`));
