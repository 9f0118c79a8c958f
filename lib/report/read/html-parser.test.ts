// html-parser.ts against htmlparser2's own Parser driving the same tree builder: for tag soup
// of every construct the Parser treats specially, both must build the same tree (the Parser's
// elements keep all their attributes; ours only KEPT_ATTRIBUTES, so those are compared).
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseHtmlInto } from './html-parser.ts';
import { commonTagName } from './html-tags.ts';
import { HtmlTreeBuilder, KEPT_ATTRIBUTES, type HtmlNode } from './html-tree.ts';

const PIECES = [
  '<p>', '</p>', '<P class="A">', '<div id=x>', '</div>', '<table>', '<tr>', '<td rowspan="2">', '<td colspan=3 style="display:none">',
  '</td>', '</tr>', '</table>', '<tbody>', '<thead>', '<tfoot>', '<th>', '<li>', '<ul>', '</li>', '<form class=f>', '</form>', '<form id=g>',
  '<input class=i>', '<br>', '</br>', '<br/>', '<hr>', '<img src=a>', '<svg>', '</svg>', '<foreignObject>', '</foreignObject>',
  '<foreignobject>', '<clippath>', '</clippath>', '<math>', '</math>', '<mi>', '</mi>', '<title>', '</title>', '<desc>', '<![CDATA[x<y]]>',
  '<!-- c -->', '<!doctype html>', '<?xml x?>', '&amp;', '&lt;', '&nbsp;', '&copy', '&#x4e2d;', '&#20013;', '文本', ' text ', '\n',
  '<script>var a="</div>";</script>', '<style>p{}</style>', '<textarea>a<b></textarea>', '<title>T&amp;</title>',
  '<select><option>1<option>2</select>', '<dl><dt>a<dd>b</dl>', '<h1>', '<h2>', '</h1>', '<a href=x>', '<a>', '</a>', '<span hidden>',
  '</span>', '<image>', '<body>', '</body>', '<head>', '<html>', '<x/>', '<p/>', `<div class="a" class="b" id='c'>`,
  '<td STYLE="visibility:hidden" ROWSPAN=2>', '<td rowspan="&#50;">', '<p id=a&amp;b>', '< p>', '</ div>', '<', '>', '</', '<rt>', '<rp>',
  '<option>', '<optgroup>', '<button>', '<datalist>', '<pre>', '<section>', '<nav>', '<noscript>x</noscript>', '<iframe>y</iframe>',
  '<textarea>', '<xmp>', '<plaintext>', '<template><p>t</template>', '<!---->', '<!-->', '<!x>', '</x y=1>', '<a b=c/>', '<td/>',
  '<TD>', '<O:P>', '</o:P>', '<o:\u0170>', '<\u0170:p>', '<tİ>', '<linK>', '<DIV\u212a>', '<Span>', '</SPAN>', '<iMg>',
];

/** A deterministic stream of small integers (an LCG on 32 bits). */
function randomInts(seed: number): (below: number) => number {
  let state = seed >>> 0;
  return (below) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % below;
  };
}

function describeTree(tree: HtmlTreeBuilder, onlyKept: boolean): string[] {
  const ids = new Map<HtmlNode, number>();
  const lines: string[] = [];
  const walk = (nodes: HtmlNode[], depth: number) => {
    for (const node of nodes) {
      ids.set(node, ids.size);
      if (node.type === 'text') {
        lines.push(`${depth} text ${JSON.stringify(node.data)}`);
        continue;
      }
      const attributes = Object.entries(node.attribs).filter(([name]) => !onlyKept || KEPT_ATTRIBUTES.has(name));
      const { type, name, textLength, depth: level, skip, block, textFrom, textTo } = node;
      lines.push(`${depth} ${JSON.stringify({ type, name, attributes, textLength, level, skip, block, textFrom, textTo })}`);
      walk(node.children, depth + 1);
    }
  };
  walk(tree.root.children, 0);
  lines.push(`named ${tree.named.map((el) => ids.get(el)).join(',')}`, `body ${tree.body ? ids.get(tree.body) : '-'}`);
  lines.push(`texts ${tree.texts.map((text) => ids.get(text)).join(',')}`);
  return lines;
}

function withParser(html: string): string[] {
  const tree = new HtmlTreeBuilder();
  const parser = new Parser(tree, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.write(html);
  parser.end();
  return describeTree(tree, true);
}

function withOurs(html: string): string[] {
  const tree = new HtmlTreeBuilder();
  parseHtmlInto(html, tree);
  return describeTree(tree, false);
}

describe('parseHtmlInto', () => {
  it('builds the tree htmlparser2’s Parser builds, for 3,000 documents of tag soup (some cut off anywhere)', () => {
    const next = randomInts(20261127);
    let compared = 0;
    for (let i = 0; i < 3000; i++) {
      let html = '';
      for (let count = 1 + next(40); count > 0; count--) html += PIECES[next(PIECES.length)];
      if (next(4) === 0) html = html.slice(0, next(html.length + 1));
      const expected = withParser(html);
      const actual = withOurs(html);
      if (actual.join('\n') !== expected.join('\n')) expect({ html, tree: actual }).toEqual({ html, tree: expected });
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(30_000);
  });

  it('reads common tag names in any case, and only those, as the constants they lower-case to', () => {
    expect(commonTagName('<TD>', 1, 3)).toBe('td');
    expect(commonTagName('<o:P>', 1, 4)).toBe('o:p');
    // Same length and, folded to a byte, the same first and last characters as "o:p" and "td".
    expect(commonTagName('o:\u0170', 0, 3)).toBeUndefined();
    expect(commonTagName('\u0174d', 0, 2)).toBeUndefined();
    expect(commonTagName('lin\u212a', 0, 4)).toBeUndefined(); // KELVIN SIGN lower-cases to k: left to toLowerCase
    expect(commonTagName('custom-element', 0, 14)).toBeUndefined();
  });

  it('keeps the reader’s attributes (the first of repeated ones) and no others', () => {
    const tree = new HtmlTreeBuilder();
    parseHtmlInto('<td ROWSPAN="2" rowspan=3 data-x="1" style="display:none" class=a&amp;b>x</td>', tree);
    const cell = tree.root.children[0];
    expect(cell?.type === 'tag' && cell.attribs).toEqual({ rowspan: '2', style: 'display:none', class: 'a&b' });
  });

  it('reads SVG names in their casing, CDATA as text only inside SVG or MathML, and </br> and </p> as elements', () => {
    const names = (html: string) => {
      const tree = new HtmlTreeBuilder();
      parseHtmlInto(html, tree);
      return describeTree(tree, false).filter((line) => !line.startsWith('named') && !line.startsWith('body') && !line.startsWith('texts'));
    };
    expect(names('<svg><clippath></clippath><![CDATA[a]]></svg>').join('\n')).toMatch(/"name":"clipPath"[\s\S]*text "a"/);
    expect(names('<p><![CDATA[a]]></p>').join('\n')).not.toContain('text "a"');
    expect(names('x</br></p>').map((line) => line.match(/"name":"(\w+)"/)?.[1] ?? line)).toEqual(['0 text "x"', 'br', 'p']);
  });
});
