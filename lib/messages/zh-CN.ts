// Every user-visible string of the web UI, in Simplified Chinese: this file (site, home,
// import) and one file per area beside it (zh-CN-dashboard, zh-CN-report, zh-CN-auth),
// assembled below into the one `zhCN` object. An English translation copies these files with
// the same shape (`satisfies Messages`); components never hard-code UI text.
import { authMessages } from './zh-CN-auth.ts';
import { zhCNDashboard } from './zh-CN-dashboard.ts';
import { zhCNReport } from './zh-CN-report.ts';

const site = {
  app: {
    name: '政务公开年报看板',
    tagline: '乡镇政府信息公开工作年度报告的读取、核对与比较',
  },
  nav: { label: '主要栏目', dashboard: '看板', reports: '报告列表', quality: '数据质量', import: '导入报告' },
  reports: {
    title: '已载入的年度报告',
    caption: '按地区与年度列出已载入的乡镇年度报告',
    limited: (shown: number) => `只列出前 ${shown} 份（真实报告在前，示例数据在后）；在“看板”中按地区和年度查看全部。`,
    empty: '还没有载入任何报告。请先导入报告文件。',
    columns: { region: '地区', unit: '发布单位', year: '年度', format: '报告格式', source: '来源文件', importedAt: '导入时间' },
    format: { '2021': '2021 版格式', '2019': '2019 版格式', pre2019: '2019 年以前格式' } as Record<string, string>,
  },
  import: {
    title: '导入年度报告',
    intro: '选择一个或多个报告文件（文本、HTML、DOCX、PDF），或整个文件夹。文件在后台逐个读取、核对并保存；可以离开本页，稍后用本页地址回来查看进度。',
    filesLabel: '报告文件',
    folderLabel: '或选择文件夹',
    regionLabel: '所属地区（可选）',
    regionHint: '例如 河南省/济源市。只在该地区下匹配乡镇；不填则按报告中的单位名称在全部地区中匹配。',
    createTownsLabel: '在所选地区下新建找不到的乡镇（仅在确认名称无误时勾选）',
    submit: '开始导入',
    uploading: (done: number, total: number) => `正在上传 ${done}/${total} 个文件…`,
    noFiles: '请先选择文件。',
    batchTitle: (id: number) => `导入批次 ${id}`,
    summary: '处理结果',
    tableCaption: '每个文件的处理状态',
    columns: { file: '文件', size: '大小', status: '状态', detail: '说明' },
    status: { pending: '排队中', processing: '处理中', imported: '已导入', alreadyImported: '已导入过', replaced: '已替换旧版本', failed: '失败' },
    batchStatus: { queued: '排队中', running: '处理中', done: '已完成' },
    openReport: '查看报告',
    newBatch: '导入其他文件',
    requestFailed: '请求失败',
  },
  errors: { databaseUnavailable: '数据库暂时无法连接，请稍后刷新。' },
} as const;

export const zhCN = { ...site, auth: authMessages, dashboard: zhCNDashboard, report: zhCNReport } as const;

export type Messages = typeof zhCN;
