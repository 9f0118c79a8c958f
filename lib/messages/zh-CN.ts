// Every user-visible string of the web UI, in Simplified Chinese. An English file with the
// same shape (`satisfies Messages`) can follow; components never hard-code UI text.
export const zhCN = {
  app: {
    name: '政务公开年报看板',
    tagline: '乡镇政府信息公开工作年度报告的读取、核对与比较',
  },
  nav: { home: '首页', reports: '已载入的报告' },
  reports: {
    title: '已载入的年度报告',
    caption: '按地区与年度列出已载入的乡镇年度报告',
    empty: '还没有载入任何报告。请先导入报告文件。',
    columns: { region: '地区', unit: '发布单位', year: '年度', format: '报告格式', source: '来源文件', importedAt: '导入时间' },
    format: { '2021': '2021 版格式', '2019': '2019 版格式', pre2019: '2019 年以前格式' } as Record<string, string>,
  },
  errors: { databaseUnavailable: '数据库暂时无法连接，请稍后刷新。' },
} as const;

export type Messages = typeof zhCN;
