// The fixed parts of a WordprocessingML package around word/document.xml: content types,
// relationships, styles (fonts and sizes live here, so that the thousands of table runs need
// no run properties of their own) and core properties; zipped deterministically with fflate.
import { strToU8, zipSync } from 'fflate';

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES =
  `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>';

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${REL_NS}">` +
  `<Relationship Id="rId1" Type="${OFFICE_REL}/officeDocument" Target="word/document.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>';

const DOCUMENT_RELS = `${XML_HEAD}<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${OFFICE_REL}/styles" Target="styles.xml"/></Relationships>`;

function fonts(name: string): string {
  return `<w:rFonts w:ascii="${name}" w:eastAsia="${name}" w:hAnsi="${name}"/>`;
}

function paragraphStyle(id: string, name: string, pPr: string, rPr: string): string {
  return `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:pPr>${pPr}</w:pPr><w:rPr>${rPr}</w:rPr></w:style>`;
}

/** Style ids used by document.xml. */
export const STYLE = { title: 'ReportTitle', section: 'SectionHeading', subsection: 'SubHeading', body: 'BodyText', cell: 'TableText', signOff: 'SignOff' } as const;

const INDENT = '<w:ind w:firstLineChars="200" w:firstLine="640"/>';

const STYLES =
  `${XML_HEAD}<w:styles xmlns:w="${W_NS}">` +
  `<w:docDefaults><w:rPrDefault><w:rPr>${fonts('仿宋_GB2312')}<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  paragraphStyle(STYLE.title, 'Report Title', '<w:jc w:val="center"/><w:spacing w:after="320"/>', `${fonts('方正小标宋简体')}<w:sz w:val="44"/><w:szCs w:val="44"/>`) +
  paragraphStyle(STYLE.section, 'Section Heading', INDENT, fonts('黑体')) +
  paragraphStyle(STYLE.subsection, 'Sub Heading', INDENT, `${fonts('楷体_GB2312')}<w:b/>`) +
  paragraphStyle(STYLE.body, 'Body Text', INDENT, '') +
  paragraphStyle(STYLE.cell, 'Table Text', '<w:spacing w:line="300" w:lineRule="auto"/><w:jc w:val="center"/>', `${fonts('宋体')}<w:sz w:val="21"/><w:szCs w:val="21"/>`) +
  paragraphStyle(STYLE.signOff, 'Sign Off', '<w:jc w:val="right"/>', '') +
  '</w:styles>';

export type PublishedDate = { year: number; month: number; day: number };

function coreXml(title: string, creator: string, { year, month, day }: PublishedDate): string {
  const when = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T01:00:00Z`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>${escapeXml(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** `body`: the children of w:body (paragraphs and tables, sectPr included). */
export function packageDocx(body: string, meta: { title: string; creator: string; published: PublishedDate }): Uint8Array {
  const { year, month, day } = meta.published;
  // fflate writes DOS times from a Date's *local* fields: building the Date from local fields
  // keeps the bytes identical whatever the machine's time zone (and never reads the clock).
  const mtime = new Date(year, month - 1, day, 9, 0, 0);
  const document = `${XML_HEAD}<w:document xmlns:w="${W_NS}"><w:body>${body}</w:body></w:document>`;
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'docProps/core.xml': strToU8(coreXml(meta.title, meta.creator, meta.published)),
      'word/_rels/document.xml.rels': strToU8(DOCUMENT_RELS),
      'word/styles.xml': strToU8(STYLES),
      'word/document.xml': strToU8(document),
    },
    { level: 6, mtime },
  );
}
