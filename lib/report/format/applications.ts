// Section 三: the 25 rows (2021) / 23 rows (2019: one （六）其他处理 row) × 7 columns.
import type { FormatVersion } from './sections.ts';

export const APPLICATION_COLUMNS = [
  { key: 'naturalPerson', label: '自然人', phrases: ['自然人'] },
  { key: 'business', label: '商业企业', phrases: ['商业企业'] },
  { key: 'research', label: '科研机构', phrases: ['科研机构'] },
  { key: 'publicInterest', label: '社会公益组织', phrases: ['社会公益组织', '社会公益'] },
  { key: 'legalService', label: '法律服务机构', phrases: ['法律服务机构'] },
  { key: 'otherOrg', label: '其他', phrases: ['其他'] },
  { key: 'total', label: '总计', phrases: ['总计'] },
] as const;

export type ApplicationColumnKey = (typeof APPLICATION_COLUMNS)[number]['key'];

export const APPLICANT_COLUMN_KEYS = APPLICATION_COLUMNS.slice(0, 6).map((c) => c.key);

export type ApplicationGroup = 'denied' | 'unavailable' | 'notProcessed' | 'other';

export type ApplicationRowDef = {
  key: string;
  /** Label as printed in the national template. */
  label: string;
  /**
   * Wordings seen for this row, already in normalised form (see normalize/labels.ts):
   * synonyms and typos of real publications included.
   */
  phrases: readonly string[];
  /** Short labels (其他, 总计) would match inside other text: they only match a whole label. */
  exact?: boolean;
  /** Outcome group the row belongs to (rows 5–23). */
  group?: ApplicationGroup;
  /** Formats whose table has this row as a row of its own. */
  formats: readonly FormatVersion[];
  /** In glued text, the numbering that must precede a short label (e.g. （七）总计). */
  gluedPrefix?: RegExp;
};

const BOTH: readonly FormatVersion[] = ['2021', '2019'];
const ONLY_2021: readonly FormatVersion[] = ['2021'];

export const APPLICATION_ROWS = [
  { key: 'received', label: '一、本年新收政府信息公开申请数量', phrases: ['本年新收政府信息公开申请数量', '本年新收政府信息公开申请'], formats: BOTH },
  { key: 'carriedOver', label: '二、上年结转政府信息公开申请数量', phrases: ['上年结转政府信息公开申请数量', '上年结转政府信息公开申请'], formats: BOTH },
  { key: 'granted', label: '（一）予以公开', phrases: ['予以公开'], formats: BOTH },
  { key: 'partiallyGranted', label: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', phrases: ['部分公开'], formats: BOTH },
  { key: 'deniedStateSecret', label: '1.属于国家秘密', phrases: ['属于国家秘密'], group: 'denied', formats: BOTH },
  {
    key: 'deniedProhibitedByLaw',
    label: '2.其他法律行政法规禁止公开',
    phrases: ['其他法律行政法规禁止公开', '其他法律和行政法规禁止公开', '其他法律行政止公开', '其他法律法规禁止公开', '法律行政法规禁止公开'],
    group: 'denied',
    formats: BOTH,
  },
  { key: 'deniedSecurityStability', label: '3.危及“三安全一稳定”', phrases: ['危及三安全一稳定'], group: 'denied', formats: BOTH },
  { key: 'deniedThirdParty', label: '4.保护第三方合法权益', phrases: ['保护第三方合法权益'], group: 'denied', formats: BOTH },
  { key: 'deniedInternalAffairs', label: '5.属于三类内部事务信息', phrases: ['属于三类内部事务信息', '三类内部事务信息'], group: 'denied', formats: BOTH },
  { key: 'deniedProcessInfo', label: '6.属于四类过程性信息', phrases: ['属于四类过程性信息', '四类过程性信息'], group: 'denied', formats: BOTH },
  { key: 'deniedEnforcementFile', label: '7.属于行政执法案卷', phrases: ['属于行政执法案卷', '行政执法案卷'], group: 'denied', formats: BOTH },
  { key: 'deniedQueryMatter', label: '8.属于行政查询事项', phrases: ['属于行政查询事项', '行政查询事项'], group: 'denied', formats: BOTH },
  { key: 'unavailableNotHeld', label: '1.本机关不掌握相关政府信息', phrases: ['本机关不掌握相关政府信息', '本机关不掌握'], group: 'unavailable', formats: BOTH },
  { key: 'unavailableNeedsCreation', label: '2.没有现成信息需要另行制作', phrases: ['没有现成信息需要另行制作', '需要另行制作'], group: 'unavailable', formats: BOTH },
  { key: 'unavailableUnclear', label: '3.补正后申请内容仍不明确', phrases: ['补正后申请内容仍不明确', '申请内容仍不明确'], group: 'unavailable', formats: BOTH },
  { key: 'notProcessedComplaint', label: '1.信访举报投诉类申请', phrases: ['信访举报投诉类申请', '信访举报投诉'], group: 'notProcessed', formats: BOTH },
  { key: 'notProcessedDuplicate', label: '2.重复申请', phrases: ['重复申请'], group: 'notProcessed', formats: BOTH },
  { key: 'notProcessedPublication', label: '3.要求提供公开出版物', phrases: ['要求提供公开出版物', '公开出版物'], group: 'notProcessed', formats: BOTH },
  { key: 'notProcessedMassRepeated', label: '4.无正当理由大量反复申请', phrases: ['无正当理由大量反复申请', '大量反复申请'], group: 'notProcessed', formats: BOTH },
  {
    key: 'notProcessedConfirmation',
    label: '5.要求行政机关确认或重新出具已获取信息',
    phrases: ['要求行政机关确认或重新出具已获取信息', '重新出具已获取信息'],
    group: 'notProcessed',
    formats: BOTH,
  },
  {
    key: 'otherNoCorrection',
    label: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
    phrases: ['申请人无正当理由逾期不补正行政机关不再处理其政府信息公开申请', '申请人无正当理由逾期不补正行政机关不再受理其政府信息公开申请', '逾期不补正'],
    group: 'other',
    formats: ONLY_2021,
  },
  {
    key: 'otherFeeUnpaid',
    label: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
    phrases: [
      '申请人逾期未按收费通知要求缴纳费用行政机关不再处理其政府信息公开申请',
      '申请人逾期未按收费通知要求缴纳费用行政机关不再受理其政府信息公开申请',
      '未按收费通知要求缴纳费用',
    ],
    group: 'other',
    formats: ONLY_2021,
  },
  { key: 'otherOther', label: '3.其他', phrases: ['其他'], exact: true, group: 'other', formats: ONLY_2021, gluedPrefix: /3\s*[.．、]\s*$/ },
  { key: 'handledTotal', label: '（七）总计', phrases: ['总计'], exact: true, formats: BOTH, gluedPrefix: /[（(]\s*七\s*[）)]\s*$/ },
  { key: 'carriedForward', label: '四、结转下年度继续办理', phrases: ['结转下年度继续办理', '结转下年度'], formats: BOTH },
] as const satisfies readonly ApplicationRowDef[];

export type ApplicationRowKey = (typeof APPLICATION_ROWS)[number]['key'];
/** Every key under `applications.`: the read rows plus the four outcome groups. */
export type ApplicationKey = ApplicationRowKey | ApplicationGroup;

/** The 2019 layout's single （六）其他处理 row: read directly as the `other` group. */
export const APPLICATION_OTHER_SINGLE_ROW: ApplicationRowDef = {
  key: 'other',
  label: '（六）其他处理',
  phrases: ['其他处理'],
  exact: true,
  formats: ['2019'],
};

export const APPLICATION_GROUPS: readonly { key: ApplicationGroup; label: string; phrases: readonly string[] }[] = [
  { key: 'denied', label: '（三）不予公开', phrases: ['不予公开'] },
  { key: 'unavailable', label: '（四）无法提供', phrases: ['无法提供'] },
  { key: 'notProcessed', label: '（五）不予处理', phrases: ['不予处理'] },
  { key: 'other', label: '（六）其他处理', phrases: ['其他处理'] },
];

/** Labels that only head a group of rows; stripped from the front of a row's label before matching. */
export const APPLICATION_LABEL_PREFIXES: readonly string[] = ['三本年度办理结果', '本年度办理结果', '不予公开', '无法提供', '不予处理', '其他处理'];

export const APPLICATION_ROW_BY_KEY: ReadonlyMap<string, ApplicationRowDef> = new Map(
  [...APPLICATION_ROWS, APPLICATION_OTHER_SINGLE_ROW].map((r): [string, ApplicationRowDef] => [r.key, r]),
);

/** Rows 3–23 of the 2021 table: the outcome rows that (七)总计 adds up (R2). */
export function listOutcomeRowKeys(layout: ApplicationsLayout): ApplicationKey[] {
  const outcome: ApplicationRowDef[] = APPLICATION_ROWS.filter(
    (r) => r.key !== 'received' && r.key !== 'carriedOver' && r.key !== 'handledTotal' && r.key !== 'carriedForward',
  );
  const keys = outcome.map((r) => r.key as ApplicationKey);
  if (layout === 'split-other') return keys;
  return [...outcome.filter((r) => r.group !== 'other').map((r) => r.key as ApplicationKey), 'other'];
}

/** 2021: （六） has three sub-rows; 2019 (and some 2021 tables): one （六）其他处理 row. */
export type ApplicationsLayout = 'split-other' | 'single-other';
