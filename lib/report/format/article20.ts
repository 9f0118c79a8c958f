// Section 二: the 第二十条 sub-tables, in the 2021 format and in the 2019/2020 format
// (国办公开办函〔2019〕60号). Rows that both formats share use the same key, so that
// `article20.penalty.decisions` compares across formats.
import type { FormatVersion } from './sections.ts';

/** count: non-negative integer; change: signed integer (本年增/减); money amounts may be decimal. */
export type CellKind = 'count' | 'change' | 'amountWan' | 'amountYuan';

export type Article20ColumnDef = { key: string; label: string; phrases: readonly string[]; kind: CellKind };

export type Article20RowDef = {
  key: string;
  label: string;
  /** Normalised wordings; the first is canonical. */
  phrases: readonly string[];
  /** The 第二十条 item that heads the sub-table, e.g. '一' for 第二十条第（一）项. */
  item: string;
  columns: Partial<Record<FormatVersion, readonly Article20ColumnDef[]>>;
};

const issued: Article20ColumnDef = { key: 'issued', label: '本年制发件数', phrases: ['本年制发件数'], kind: 'count' };
const repealed: Article20ColumnDef = { key: 'repealed', label: '本年废止件数', phrases: ['本年废止件数'], kind: 'count' };
const inForce: Article20ColumnDef = { key: 'inForce', label: '现行有效件数', phrases: ['现行有效件数', '先行有效件数'], kind: 'count' };
const newlyMade: Article20ColumnDef = { key: 'newlyMade', label: '本年新制作数量', phrases: ['本年新制作数量'], kind: 'count' };
const newlyPublished: Article20ColumnDef = { key: 'newlyPublished', label: '本年新公开数量', phrases: ['本年新公开数量'], kind: 'count' };
const totalPublished: Article20ColumnDef = { key: 'totalPublished', label: '对外公开总数量', phrases: ['对外公开总数量'], kind: 'count' };
const decisions: Article20ColumnDef = { key: 'decisions', label: '本年处理决定数量', phrases: ['本年处理决定数量', '处理决定数量'], kind: 'count' };
const previousCount: Article20ColumnDef = { key: 'previousCount', label: '上一年项目数量', phrases: ['上一年项目数量'], kind: 'count' };
const change: Article20ColumnDef = { key: 'change', label: '本年增/减', phrases: ['本年增减'], kind: 'change' };
const amountWan: Article20ColumnDef = { key: 'amountWan', label: '本年收费金额（单位：万元）', phrases: ['本年收费金额单位万元', '本年收费金额'], kind: 'amountWan' };
const projects: Article20ColumnDef = { key: 'projects', label: '采购项目数量', phrases: ['采购项目数量'], kind: 'count' };
const amountYuan: Article20ColumnDef = { key: 'amountYuan', label: '采购总金额（元）', phrases: ['采购总金额元', '采购总金额'], kind: 'amountYuan' };

const DOCS_2021 = [issued, repealed, inForce];
const DOCS_2019 = [newlyMade, newlyPublished, totalPublished];
const ITEMS_2019 = [previousCount, change, decisions];

export const ARTICLE20_ROWS = [
  { key: 'rules', label: '规章', phrases: ['规章'], item: '一', columns: { '2021': DOCS_2021, '2019': DOCS_2019 } },
  {
    key: 'normativeDocs',
    label: '行政规范性文件',
    phrases: ['行政规范性文件', '规范性文件'],
    item: '一',
    columns: { '2021': DOCS_2021, '2019': DOCS_2019 },
  },
  { key: 'licensing', label: '行政许可', phrases: ['行政许可'], item: '五', columns: { '2021': [decisions], '2019': ITEMS_2019 } },
  { key: 'otherServices', label: '其他对外管理服务事项', phrases: ['其他对外管理服务事项'], item: '五', columns: { '2019': ITEMS_2019 } },
  { key: 'penalty', label: '行政处罚', phrases: ['行政处罚'], item: '六', columns: { '2021': [decisions], '2019': ITEMS_2019 } },
  { key: 'coercion', label: '行政强制', phrases: ['行政强制'], item: '六', columns: { '2021': [decisions], '2019': ITEMS_2019 } },
  { key: 'fees', label: '行政事业性收费', phrases: ['行政事业性收费'], item: '八', columns: { '2021': [amountWan], '2019': [previousCount, change] } },
  { key: 'procurement', label: '政府集中采购', phrases: ['政府集中采购'], item: '九', columns: { '2019': [projects, amountYuan] } },
] as const satisfies readonly Article20RowDef[];

export type Article20RowKey = (typeof ARTICLE20_ROWS)[number]['key'];

/** Header words that only occur in one format's section 二: they decide the layout. */
export const ARTICLE20_FORMAT_MARKERS: Readonly<Record<'2021' | '2019', readonly string[]>> = {
  '2021': ['本年制发件数', '本年废止件数', '现行有效件数', '先行有效件数', '本年收费金额'],
  '2019': ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '政府集中采购', '采购项目数量'],
};

export const ARTICLE20_ROW_BY_KEY: ReadonlyMap<string, Article20RowDef> = new Map(ARTICLE20_ROWS.map((r): [string, Article20RowDef] => [r.key, r]));
