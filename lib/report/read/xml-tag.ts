// Pieces of markup in word/document.xml (docx-xml.ts) read as htmlparser2 12's xmlMode
// tokenizer reads them: names, comments, and an open tag's attributes (where the tag ends,
// whether it closes itself, its w:val).
import { decodeXmlEntities, ENTITY, type Utf8Text } from './xml-text.ts';

export const TAB = 0x09, CR = 0x0d, SPACE = 0x20, BANG = 0x21, DQUOTE = 0x22, SQUOTE = 0x27;
export const DASH = 0x2d, SLASH = 0x2f, LT = 0x3c, EQ = 0x3d, GT = 0x3e, QUESTION = 0x3f, LBRACKET = 0x5b;
const VT = 0x0b;

/** What htmlparser2 calls whitespace: space, tab, LF, FF and CR (not VT). */
export function isSpace(c: number): boolean {
  return c === SPACE || (c <= CR && c >= TAB && c !== VT);
}

/** `/`, `>` and whitespace end tag and attribute names. */
export function endsName(c: number): boolean {
  // Name characters are mostly letters, beyond all three.
  return c <= GT && (c === GT || c === SLASH || isSpace(c));
}

export const CDATA = 'CDATA[';

/** Whether xml[start, end) is `name`. */
export function sameName(xml: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let i = 0; i < name.length; i++) if (xml.charCodeAt(start + i) !== name.charCodeAt(i)) return false;
  return true;
}

/** The index after a comment's `-->` or `--!>` (any number of dashes may come first), or -1. */
export function commentEnd(xml: string, from: number): number {
  for (let at = xml.indexOf('--', from); at !== -1; ) {
    let next = at + 2;
    while (xml.charCodeAt(next) === DASH) next++;
    if (xml.charCodeAt(next) === GT) return next + 1;
    if (xml.charCodeAt(next) === BANG && xml.charCodeAt(next + 1) === GT) return next + 2;
    at = xml.indexOf('--', next);
  }
  return -1;
}

export const OPEN = 0, SELF_CLOSED = 1, CUT_OFF = 2, CUT_OFF_SELF_CLOSING = 3;

// The tokenizer's states after a tag name.
const BEFORE_NAME = 0, IN_NAME = 1, AFTER_NAME = 2, BEFORE_VALUE = 3, IN_SELF_CLOSING = 4;

export class TagAttributes {
  /** Index of the `>` that ends the tag. */
  end = 0;
  /** The tag's first w:val (duplicates do not count, as in htmlparser2), when asked for. */
  val: string | undefined = undefined;
  private valSeen = false;
  // For a tag the input ends in: where the last name htmlparser2 sliced from it ends, and the
  // last non-empty value after that name.
  private nameEnd = 0;
  private valueFrom = -1;
  private valueTo = -1;
  private readonly xml: string;

  constructor(private readonly source: Utf8Text) {
    this.xml = source.latin1;
  }

  /** Reads the attributes from `start`, just after the tag name, to the `>`: OPEN, SELF_CLOSED or CUT_OFF(_SELF_CLOSING). */
  read(start: number, wantVal: boolean): number {
    this.val = undefined;
    const kind = this.readPlain(start, wantVal);
    return kind === -1 ? this.readAny(start, wantVal) : kind;
  }

  /** Where the last piece htmlparser2 sliced from a cut-off tag ends: entities in a value are not sliced. */
  lastSliceEnd(): number {
    if (this.valueFrom === -1) return this.nameEnd;
    let pieceEnd = 0;
    let at = this.valueFrom;
    for (const match of this.xml.slice(this.valueFrom, this.valueTo).matchAll(ENTITY)) {
      const start = this.valueFrom + match.index;
      if (start > at) pieceEnd = start;
      at = start + match[0].length;
    }
    return this.valueTo > at ? this.valueTo : pieceEnd || this.nameEnd;
  }

  /**
   * Attributes as nearly every tag has them, ` name="value"` up to `>` or `/>`, read without the
   * state machine; -1 for anything else, which readAny then reads from the start.
   */
  private readPlain(start: number, wantVal: boolean): number {
    const { xml } = this;
    let at = start;
    for (;;) {
      let c = xml.charCodeAt(at);
      while (isSpace(c)) c = xml.charCodeAt(++at);
      if (c === GT || (c === SLASH && xml.charCodeAt(at + 1) === GT)) {
        this.end = c === GT ? at : at + 1;
        return c === GT ? OPEN : SELF_CLOSED;
      }
      if (c === SLASH || c === EQ || !(c >= 0)) return -1;
      const nameStart = at;
      do c = xml.charCodeAt(++at);
      while (c !== EQ && !endsName(c) && c >= 0);
      const quote = xml.charCodeAt(at + 1);
      if (c !== EQ || (quote !== DQUOTE && quote !== SQUOTE)) return -1;
      // Values are short: a loop costs less than a call to indexOf.
      let close = at + 2;
      while (close < xml.length && xml.charCodeAt(close) !== quote) close++;
      if (close === xml.length) return -1;
      if (wantVal && this.val === undefined && at - nameStart === 5 && xml.startsWith('w:val', nameStart)) {
        this.val = decodeXmlEntities(this.source.slice(at + 2, close));
      }
      at = close + 1;
    }
  }

  /** Any attributes, state by state as htmlparser2's tokenizer reads them. */
  private readAny(start: number, wantVal: boolean): number {
    const { xml } = this;
    let state = BEFORE_NAME;
    let nameStart = 0;
    let name = '';
    this.val = undefined;
    this.valSeen = false;
    this.nameEnd = start;
    this.valueFrom = -1;
    for (let at = start; at < xml.length; ) {
      const c = xml.charCodeAt(at);
      if (state === BEFORE_NAME) {
        if (c === GT) {
          this.end = at;
          return OPEN;
        }
        if (c === SLASH) state = IN_SELF_CLOSING;
        else if (!isSpace(c)) [state, nameStart] = [IN_NAME, at];
      } else if (state === IN_SELF_CLOSING) {
        if (c === GT) {
          this.end = at;
          return SELF_CLOSED;
        }
        // A `/` not before `>` is ignored; spaces may come between them.
        if (!isSpace(c)) {
          state = BEFORE_NAME;
          continue;
        }
      } else if (state === IN_NAME) {
        if (c === EQ || endsName(c)) {
          name = xml.slice(nameStart, at);
          [this.nameEnd, this.valueFrom] = [at, -1];
          state = AFTER_NAME;
          continue;
        }
      } else if (state === AFTER_NAME) {
        if (c === EQ) state = BEFORE_VALUE;
        else if (c === SLASH || c === GT) {
          this.value(name, at, at, wantVal); // an attribute without a value has the value ''
          state = BEFORE_NAME;
          continue;
        } else if (!isSpace(c)) {
          this.value(name, at, at, wantVal);
          [state, nameStart] = [IN_NAME, at];
        }
      } else if (c === DQUOTE || c === SQUOTE) {
        const close = xml.indexOf(c === DQUOTE ? '"' : "'", at + 1);
        if (close === -1) return CUT_OFF;
        this.value(name, at + 1, close, wantVal);
        state = BEFORE_NAME;
        at = close;
      } else if (!isSpace(c)) {
        // Unquoted: up to a space or `>`, which then ends the tag (a `/` is part of the value).
        let end = at;
        while (end < xml.length && !isSpace(xml.charCodeAt(end)) && xml.charCodeAt(end) !== GT) end++;
        if (end === xml.length) return CUT_OFF;
        this.value(name, at, end, wantVal);
        state = BEFORE_NAME;
        at = end;
        continue;
      }
      at++;
    }
    return state === IN_SELF_CLOSING ? CUT_OFF_SELF_CLOSING : CUT_OFF;
  }

  private value(name: string, from: number, to: number, wantVal: boolean): void {
    if (to > from) [this.valueFrom, this.valueTo] = [from, to];
    if (wantVal && !this.valSeen && name === 'w:val') {
      this.valSeen = true;
      this.val = decodeXmlEntities(this.source.slice(from, to));
    }
  }
}
