// The tree htmlparser2 parses markup into, built from plain objects. It has the shape and the
// node-for-node structure of domhandler's tree (the fields the readers use), but domhandler's
// node classes initialise ten class fields per node, which cost a fifth of all the time spent
// reading an HTML report on Node 20.
import type { Handler } from 'htmlparser2';

export type MarkupDocument = { type: 'root'; children: MarkupNode[]; parent: null };
export type MarkupParent = MarkupDocument | MarkupElement | MarkupCdata;

/** `script` and `style` elements have their own type in HTML, as in domhandler. */
export type MarkupElement = {
  type: 'tag' | 'script' | 'style';
  name: string;
  attribs: Record<string, string>;
  children: MarkupNode[];
  parent: MarkupParent;
};
export type MarkupText = { type: 'text'; data: string; parent: MarkupParent };
export type MarkupComment = { type: 'comment'; data: string; parent: MarkupParent };
export type MarkupDirective = { type: 'directive'; name: string; data: string; parent: MarkupParent };
export type MarkupCdata = { type: 'cdata'; children: MarkupNode[]; parent: MarkupParent };
export type MarkupNode = MarkupElement | MarkupText | MarkupComment | MarkupDirective | MarkupCdata;

export function isMarkupElement(node: MarkupNode | MarkupDocument): node is MarkupElement {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/**
 * htmlparser2 callbacks that build the tree, step for step as domhandler's DomHandler does:
 * adjacent text (and comment) chunks are merged into one node, CDATA text goes into the
 * section's own text node.
 */
export class MarkupTreeBuilder implements Partial<Handler> {
  readonly root: MarkupDocument = { type: 'root', children: [], parent: null };
  private readonly stack: (MarkupDocument | MarkupElement)[] = [this.root];
  private last: MarkupText | MarkupComment | null = null;

  constructor(private readonly xmlMode: boolean) {}

  private parent(): MarkupDocument | MarkupElement {
    return this.stack[this.stack.length - 1] ?? this.root;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    const type = this.xmlMode || (name !== 'script' && name !== 'style') ? 'tag' : name;
    const parent = this.parent();
    const element: MarkupElement = { type, name, attribs, children: [], parent };
    parent.children.push(element);
    this.stack.push(element);
    this.last = null;
  }

  onclosetag(): void {
    this.last = null;
    // domhandler pops even the root when the parser closes more than it opened (never happens).
    if (this.stack.length > 1) this.stack.pop();
  }

  ontext(data: string): void {
    this.appendData('text', data);
  }

  oncomment(data: string): void {
    this.appendData('comment', data);
  }

  /** Text and comments arrive in pieces; consecutive pieces join into one node, as in domhandler. */
  private appendData(type: 'text' | 'comment', data: string): void {
    if (this.last?.type === type) {
      this.last.data += data;
      return;
    }
    const parent = this.parent();
    const node: MarkupText | MarkupComment = type === 'text' ? { type, data, parent } : { type, data, parent };
    parent.children.push(node);
    this.last = node;
  }

  oncommentend(): void {
    this.last = null;
  }

  oncdatastart(): void {
    const parent = this.parent();
    const cdata: MarkupCdata = { type: 'cdata', children: [], parent };
    const text: MarkupText = { type: 'text', data: '', parent: cdata };
    cdata.children.push(text);
    parent.children.push(cdata);
    this.last = text;
  }

  oncdataend(): void {
    this.last = null;
  }

  onprocessinginstruction(name: string, data: string): void {
    const parent = this.parent();
    parent.children.push({ type: 'directive', name, data, parent });
    this.last = null;
  }

  onerror(error: Error): void {
    throw error;
  }
}
