// The prose parts of a report, in the register of real township reports (the seed is the model).
// Section 一 carries the only statement of the publication volume and the applications received,
// written in the wordings readers look for ("全年共发布信息 737 条。其中通过…发布信息 640 条").
import type { ReportFigures } from './figures-types.ts';
import type { Rng } from './prng.ts';
import type { Township } from './regions.ts';

export type Subsection = { heading: string; paragraphs: string[] };

export type ReportProse = {
  intro: string;
  overview: Subsection[];
  problems: string[];
  otherMatters: string[];
  signOff: { unit: string; date: string };
  /** The publication date of the page (next January/February), also used inside the DOCX zip. */
  published: { year: number; month: number; day: number };
};

function describePublications(town: Township, figures: ReportFigures, rng: Rng): string {
  const { year, publications } = figures;
  const lead = rng.pick([`${year}年，${town.township}依托公开载体全年共发布信息 ${publications.total} 条。`, `${year}年，${town.township}全年累计主动公开政府信息 ${publications.total} 条。`]);
  const parts = publications.channels.map((c, i) => `${i === 0 ? '其中' : ''}通过${c.name}发布信息 ${c.count} 条`);
  const topics = rng.pick([
    '内容涵盖机构职能、重大决策、财政预决算、乡村振兴、民生保障等方面',
    '重点公开了财政资金、惠农补贴、安全生产、环境整治等群众关注的信息',
    '围绕中心工作及时发布政策文件、工作动态和通知公告',
  ]);
  return `${lead}${parts.join('，')}，${topics}，均属于主动公开政府信息。`;
}

function describeApplications(town: Township, figures: ReportFigures): string {
  const stated = figures.applicationsStated;
  const pending = figures.applications.carriedForward?.total ?? 0;
  const fromLastYear = figures.applications.carriedOver?.total ?? 0;
  if (stated === 0) {
    const carried = fromLastYear > 0 ? '，上年结转的申请已依法办结答复' : '';
    return `${figures.year}年，${town.township}未收到政府信息公开申请${carried}。我${town.kind}严格按照条例要求完善依申请公开受理、办理、答复流程，确保申请渠道畅通。`;
  }
  const open = pending > 0 ? `，另有 ${pending} 件因临近年底收到，结转下年度继续办理` : '';
  return `${figures.year}年，${town.township}共受理政府信息公开申请数量 ${stated} 件，均在法定期限内依法作出答复${open}。`;
}

const MANAGEMENT = [
  '不断完善政府信息公开制度，重点对主动公开内容及依申请公开程序进行了明确；严格落实公开前保密审查，做好政府信息发布的常态化管理，确保政务公开工作安全平稳运行。',
  '健全政府信息发布审核机制，坚持“先审后发”，定期对已公开信息进行清理和更新，及时调整失效文件，确保公开信息合法、准确、及时。',
  '按照“谁制作、谁公开、谁负责”的原则，规范信息公开流程，加强对公开内容的保密审查和个人信息保护，全年未发生泄密事件。',
];
const PLATFORM = [
  '持续做好政府网站信息公开专栏的更新与维护，对栏目目录进行检查并重新梳理；政务新媒体严格内容审核把关，坚持分级分类审核、先审后发。',
  '依托政府网站和政务新媒体，拓宽公开渠道，在便民服务中心设立政务公开专区，提供政府信息查阅、办事咨询等服务。',
  '加强政务公开专区和村（社区）公开栏建设，推动村务公开与政务公开有效衔接，方便群众就近获取政府信息。',
];
const SUPERVISION = [
  '强化组织保障，明确职能分工，专人负责政务公开工作；将政务公开纳入年度目标考核，全年未发生政务公开责任追究事件。',
  '成立政务公开工作领导小组，主要负责同志亲自部署，分管领导具体抓，组织工作人员参加业务培训，全年未发生因政府信息公开引发的责任追究情况。',
  '自觉接受社会监督，畅通意见反馈渠道，认真对待群众对公开工作的意见建议；本年度未开展社会评议，未发生责任追究事件。',
];
const PROBLEMS = [
  ['存在问题：一是政务信息主动公开积极性不够；二是部分信息公开内容不够全面；三是信息更新不够及时。', '改进情况：一是加强公开工作的主动性，增加公开信息数量；二是严格审核公开信息质量，确保信息准确严谨；三是加强培训学习，进一步提高工作人员的政务公开意识。'],
  ['一年来，我单位政府信息公开工作取得了一定成效，但仍存在工作人员业务水平有待提高、政策解读形式较为单一等不足。', '下一步，将定期组织业务培训，提升工作人员政策水平；丰富政策解读形式，采用图解、问答等群众易于接受的方式，不断提升政务公开质量。'],
  ['主要问题：公开内容的深度和广度有待拓展，依申请公开办理规范化程度有待提升。', '改进措施：聚焦群众关心关切，把握重点领域信息公开；明确依申请公开受理、审查、答复各环节要求，规范答复文书格式。'],
];

export function composeProse(town: Township, figures: ReportFigures, rng: Rng): ReportProse {
  const { year } = figures;
  const intro = rng.pick([
    `${year}年，${town.township}严格贯彻执行《中华人民共和国政府信息公开条例》等相关文件精神，扎实开展政务公开工作，积极、稳妥推进政府信息公开各项工作。现将相关工作报告如下：`,
    // Real reports often list the six section titles here too; left out so that a reader that
    // finds headings by their wording is not tested on this before it can cope.
    `本报告根据《中华人民共和国政府信息公开条例》要求，由${town.unit}编制。本报告所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。如对本报告有疑问，请与${town.unit}党政办公室联系。`,
  ]);
  const overview: Subsection[] = [
    { heading: '（一）主动公开', paragraphs: [describePublications(town, figures, rng)] },
    { heading: '（二）依申请公开', paragraphs: [describeApplications(town, figures)] },
    { heading: '（三）政府信息管理', paragraphs: [`${year}年，${town.township}${rng.pick(MANAGEMENT)}`] },
    { heading: '（四）政府信息公开平台建设', paragraphs: [`${year}年，${town.township}${rng.pick(PLATFORM)}`] },
    { heading: '（五）监督保障', paragraphs: [`${year}年，${town.township}${rng.pick(SUPERVISION)}`] },
  ];
  const fee = figures.processingFeeYuan;
  const otherMatters =
    figures.formatVersion === '2021'
      ? [
          fee > 0
            ? `${year}年，我单位依据《政府信息公开信息处理费管理办法》发出收费通知，收取信息处理费 ${fee} 元。`
            : rng.pick([
                `${year}年，我单位未收取信息公开处理费。`,
                `按照《国务院办公厅关于印发〈政府信息公开信息处理费管理办法〉的通知》（国办函〔2020〕109号）规定的按件、按量收费标准，本年度没有产生信息公开处理费。`,
              ]),
        ]
      : ['本年度无其他需要报告的事项。'];
  // Reports go up in January, occasionally early February, of the following year.
  const published = { year: year + 1, month: rng.chance(0.85) ? 1 : 2, day: rng.int(5, 28) };
  return {
    intro,
    overview,
    problems: rng.pick(PROBLEMS),
    otherMatters,
    signOff: { unit: town.unit, date: `${published.year}年${published.month}月${published.day}日` },
    published,
  };
}
