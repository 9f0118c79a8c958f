// HTML tag tables for html-parser.ts: those copied from htmlparser2 12's Parser.js (MIT licence,
// see NOTICE.md) — which elements an opening tag closes, void elements, SVG name casing, HTML
// integration points — and the common tag names read without slicing.
const formTags = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const pTag = new Set(['p']);
const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p']);
const tableSectionTags = new Set(['thead', 'tbody']);
const ddtTags = new Set(['dd', 'dt']);
const rtpTags = new Set(['rt', 'rp']);
export const OPEN_IMPLIES_CLOSE = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])], ['th', new Set(['th'])], ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])], ['a', new Set(['a'])], ['li', new Set(['li'])], ['p', pTag],
  ['h1', headingTags], ['h2', headingTags], ['h3', headingTags], ['h4', headingTags], ['h5', headingTags], ['h6', headingTags],
  ['select', formTags], ['input', formTags], ['output', formTags], ['button', formTags], ['datalist', formTags], ['textarea', formTags],
  ['option', new Set(['option'])], ['optgroup', new Set(['optgroup', 'option'])], ['dd', ddtTags], ['dt', ddtTags],
  ...['address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
    'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map((name): [string, Set<string>] => [name, pTag]),
  ['rt', rtpTags], ['rp', rtpTags], ['tbody', tableSectionTags], ['tfoot', tableSectionTags],
]);
const VOID_ELEMENTS = [
  'area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta',
  'param', 'source', 'track', 'wbr',
];
/** In their SVG casing, as they are compared with adjusted names. */
const HTML_INTEGRATION_ELEMENTS = ['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignObject', 'desc', 'title'];
export const SVG_TAG_NAMES = new Map(
  ['altGlyph', 'altGlyphDef', 'altGlyphItem', 'animateColor', 'animateMotion', 'animateTransform', 'clipPath', 'feBlend',
    'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix', 'feDiffuseLighting', 'feDisplacementMap',
    'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feImage', 'feMerge',
    'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
    'foreignObject', 'glyphRef', 'linearGradient', 'radialGradient', 'textPath'].map((name) => [name.toLowerCase(), name]),
);

// What the parser needs to know of a tag name, in one look-up (names the tables do not hold need nothing).
export const VOID = 1, SVG = 2, MATH = 4, INTEGRATION = 8;
export const TAG_FLAGS = new Map<string, number>();
const flag = (names: Iterable<string>, bit: number) => {
  for (const name of names) TAG_FLAGS.set(name, (TAG_FLAGS.get(name) ?? 0) | bit);
};
flag(VOID_ELEMENTS, VOID);
flag(['svg'], SVG);
flag(['math'], MATH);
flag(HTML_INTEGRATION_ELEMENTS, INTEGRATION);

// The tag names pages are mostly made of, as constant strings: one of them in any case is read
// without slicing, lower-casing and hashing a new string, and the tables find its hash already
// computed (a warm HTML read went from 0.87–0.93 to 0.77–0.78 ms with this).
const COMMON_TAGS = [
  'p', 'td', 'tr', 'th', 'br', 'div', 'span', 'table', 'tbody', 'thead', 'tfoot', 'strong', 'b', 'i', 'u', 'em', 'a', 'li', 'ul',
  'ol', 'font', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'html', 'head', 'body', 'meta', 'title', 'link', 'script', 'style',
  'section', 'article', 'header', 'footer', 'nav', 'center', 'form', 'input', 'hr', 'sup', 'sub', 'small', 'col', 'colgroup',
  'caption', 'pre', 'label', 'iframe', 'o:p', 'dl', 'dt', 'dd', 'blockquote', 'button', 'select', 'option', 'main', 'aside',
  'figure', 'figcaption', 'textarea', 'noscript', 'code', 'big', 's', 'ins', 'del', 'wbr', 'object', 'embed', 'video', 'source',
];

/** A character as toLowerCase has it, for ASCII (anything else is compared as it is). */
function asciiLower(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code | 0x20 : code;
}

/** Where to look for a name: its length and its first and last characters, folded to a byte (a hint only). */
function bucketKey(length: number, first: number, last: number): number {
  return (length << 16) | ((first & 0xff) << 8) | (last & 0xff);
}

const LONGEST_COMMON = Math.max(...COMMON_TAGS.map((name) => name.length));
const COMMON_BY_KEY = new Map<number, string[]>();
for (const name of COMMON_TAGS) {
  const key = bucketKey(name.length, name.charCodeAt(0), name.charCodeAt(name.length - 1));
  COMMON_BY_KEY.set(key, [...(COMMON_BY_KEY.get(key) ?? []), name]);
}

/** text[start, end) lower-cased, when it is one of COMMON_TAGS; else undefined. */
export function commonTagName(text: string, start: number, end: number): string | undefined {
  const length = end - start;
  if (length > LONGEST_COMMON) return undefined;
  const candidates = COMMON_BY_KEY.get(bucketKey(length, asciiLower(text.charCodeAt(start)), asciiLower(text.charCodeAt(end - 1))));
  if (candidates === undefined) return undefined;
  search: for (const name of candidates) {
    for (let i = 0; i < length; i++) if (asciiLower(text.charCodeAt(start + i)) !== name.charCodeAt(i)) continue search;
    return name;
  }
  return undefined;
}
