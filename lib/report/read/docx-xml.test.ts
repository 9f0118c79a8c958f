import { describe, expect, it } from 'vitest';
import { parseWordXml, type WordElement } from './docx-xml.ts';
import { decodeXmlEntities, Utf8Text } from './xml-text.ts';

const parse = (xml: string | Uint8Array): WordElement => parseWordXml(new Utf8Text(typeof xml === 'string' ? new TextEncoder().encode(xml) : xml));

/** The tree as nested [name, text or val, children]; what docx.ts reads of it. */
function shape(el: WordElement): unknown {
  const kids = el.children.map(shape);
  const own = el.name === 'w:t' ? el.text : el.val;
  return own === undefined || own === '' ? [el.name, ...(kids.length ? [kids] : [])] : [el.name, own, ...(kids.length ? [kids] : [])];
}

describe('decodeXmlEntities', () => {
  it("resolves XML's five entities and character references, each with its semicolon", () => {
    expect(decodeXmlEntities('&lt;&gt;&amp;&quot;&apos;&#20013;&#x6587;&#X41;')).toBe('<>&"\'中文A');
    expect(decodeXmlEntities('&amp &nbsp; &AMP; &#; &#x; &#65')).toBe('&amp &nbsp; &AMP; &#; &#x; &#65');
    expect(decodeXmlEntities('&#0;&#xD800;&#1114112;&#99999999999999999999;')).toBe('\uFFFD'.repeat(4));
    expect(decodeXmlEntities('&&amp;lt;')).toBe('&&lt;');
  });
});

describe('parseWordXml', () => {
  it('keeps w:t text (not CDATA, comments or child elements) and the first w:val', () => {
    const root = parse('<?xml version="1.0"?><w:document><w:body><w:p><w:r><w:t xml:space="preserve">a&lt;<![CDATA[x]]><!-- c -->b<w:tab/>c</w:t></w:r></w:p>' +
      '<w:gridSpan w:val="&#51;" w:val="4"/><w:vMerge w:val/><w:gridBefore w:val=2 /></w:body></w:document>');
    expect(shape(root)).toEqual(['', [['w:document', [['w:body', [['w:p', [['w:r', [['w:t', 'a<bc']]]]], ['w:gridSpan', '3'], ['w:vMerge'], ['w:gridBefore', '2']]]]]]]);
  });

  it('leaves out run and paragraph properties, deletions and field codes', () => {
    const root = parse('<d><w:body><w:p><w:pPr><w:t>no</w:t></w:pPr><w:r><w:rPr/><w:instrText>PAGE</w:instrText><w:t>yes</w:t></w:r><w:del><w:t>no</w:t></w:del></w:p></w:body></d>');
    expect(shape(root)).toEqual(['', [['d', [['w:body', [['w:p', [['w:r', [['w:t', 'yes']]]]]]]]]]]);
  });

  it('closes as htmlparser2 does: up to the innermost open element of the name, else not at all', () => {
    const root = parse('<d><b><p><r><t>x</b><p></zz><r/></p></d>');
    expect(shape(root)).toEqual(['', [['d', [['b', [['p', [['r', [['t']]]]]]], ['p', [['r']]]]]]]);
  });

  it('reads `<` before a space, `</>` and cut-off markup as htmlparser2 does', () => {
    const text = (body: string): string => parse(`<d><b><w:p><w:r><w:t>${body}`).children[0]?.children[0]?.children[0]?.children[0]?.children[0]?.text ?? '';
    expect(text('a < b </> c')).toBe('a < b </> c');
    expect(text('a<?pi')).toBe('api');
    expect(text('a<!DOC')).toBe('aDOC');
    expect(text('a<!--c')).toBe('a');
    expect(text('a<w:tab/')).toBe('a/');
    expect(text('a</zz ')).toBe('a ');
    expect(text('a<w:tab x="1')).toBe('a');
  });

  it('compares tag names as decoded text: invalid bytes all read U+FFFD', () => {
    const bytes = Uint8Array.from([...'<d><x'].map((c) => c.charCodeAt(0)).concat([0xff], [...'><y/></x'].map((c) => c.charCodeAt(0)), [0xfe, 0x3e, 0x3c, 0x7a, 0x2f, 0x3e]));
    expect(shape(parse(bytes))).toEqual(['', [['d', [['x\uFFFD', [['y']]], ['z']]]]]);
  });
});
