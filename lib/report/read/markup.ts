// Parsing untrusted markup within the limits. How deeply elements nest is estimated in one
// linear scan before parsing. htmlparser2 keeps its open-element stack with Array#unshift, so every tag costs time
// proportional to the depth: 200,000 unclosed <div>s (1 MB) take minutes, uninterruptibly.
// Real reports nest a few dozen levels; the scan over-counts rather than under-counts.
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';
import { checkDeadline } from '../limits.ts';
import { whitespaceTable } from '../normalize/whitespace.ts';

export const PARSE_CHUNK = 256 * 1024;

/** Feeds the markup to `handler` (the caller's tree builder) in chunks, so that the time limit is checked while a large file parses. */
export function parseInto(text: string, options: ParserOptions, handler: Partial<Handler>): void {
  const parser = new Parser(handler, options);
  for (let at = 0; at < text.length; at += PARSE_CHUNK) {
    checkDeadline();
    parser.write(text.slice(at, at + PARSE_CHUNK));
  }
  parser.end();
}

// Elements that never stay open (void) or that the parser closes implicitly (p, li, td, …).
const NEVER_NEST = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'td', 'th', 'tr', 'option', 'optgroup', 'rp', 'rt', 'tbody', 'thead', 'tfoot',
]);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

function isNameStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** What /^[^\s/>]+/ matches in markup[from, to), lower-cased: a scan, since it runs per tag. */
function tagNameAt(markup: string, from: number, to: number): string {
  let end = from;
  while (end < to && !endsTagName(markup.charCodeAt(end))) end++;
  return markup.slice(from, end).toLowerCase();
}

const WHITESPACE_UNIT = whitespaceTable();

/** `/`, `>` or anything JavaScript's \s matches. */
function endsTagName(code: number): boolean {
  return code === 0x2f || code === 0x3e || WHITESPACE_UNIT[code] === 1;
}

/** True when open elements would nest deeper than `limit` (xml: every tag counts, no implied closes). */
export function nestsDeeperThan(markup: string, limit: number, xml: boolean): boolean {
  // Depth grows by at most one per `<`: markup with no more than `limit` of them cannot nest
  // deeper (nearly every page), and counting them is far cheaper than reading every tag.
  let brackets = 0;
  for (let at = markup.indexOf('<'); at !== -1 && brackets <= limit; at = markup.indexOf('<', at + 1)) brackets++;
  if (brackets <= limit) return false;
  let depth = 0;
  let at = markup.indexOf('<');
  while (at !== -1) {
    const next = markup.charCodeAt(at + 1);
    if (markup.startsWith('<!--', at)) {
      const end = markup.indexOf('-->', at + 4);
      if (end === -1) return false;
      at = markup.indexOf('<', end + 3);
      continue;
    }
    const close = markup.indexOf('>', at + 1);
    if (close === -1) return false;
    if (next === 0x2f) {
      depth = Math.max(0, depth - 1); // </…>
    } else if (isNameStart(next) && markup.charCodeAt(close - 1) !== 0x2f) {
      // XML: every element counts whatever its name (no raw text, no implied closes).
      const name = xml ? '' : tagNameAt(markup, at + 1, Math.min(close, at + 40));
      if (!xml && RAW_TEXT.has(name)) {
        // Script and style text may hold "<div>" in strings: skip to the element's end tag.
        const endTag = new RegExp(`</${name}`, 'gi');
        endTag.lastIndex = close;
        const end = endTag.exec(markup)?.index ?? -1;
        if (end === -1) return false;
        at = markup.indexOf('<', end + 2);
        continue;
      }
      if (xml || !NEVER_NEST.has(name)) depth++;
      if (depth > limit) return true;
    }
    at = markup.indexOf('<', close + 1);
  }
  return false;
}
