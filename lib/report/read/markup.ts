// Parsing untrusted markup within the limits: the time limit between chunks here, the nesting
// limit by the tree builder (html-tree.ts), which sees every element the parser opens.
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';
import { checkDeadline } from '../limits.ts';

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
