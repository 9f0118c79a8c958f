// The fast text-layer reader's entry point: bytes → per page, its view box (pdf.js's page.view),
// text items and ruling lines. It throws Unsupported for anything outside what it reads exactly
// like pdf.js; the caller then reads the whole document with pdf.js (pdf.ts).
import { LIMITS } from '../../limits.ts';
import { concatBytes } from '../bytes.ts';
import type { Rules } from '../pdf-rules.ts';
import { ContentReader } from './content.ts';
import { decodeStream } from './filters.ts';
import type { Font } from './fonts.ts';
import { PdfDict, PdfName, PdfStream, Unsupported, type PdfValue } from './values.ts';
import type { TextItem } from './text-state.ts';
import { XRef } from './xref.ts';

export type FastPage = { view: number[]; items: TextItem[]; rules: Rules };

type PageNode = { dict: PdfDict; resources: PdfDict | undefined; mediaBox: PdfValue | undefined; cropBox: PdfValue | undefined };

const LETTER = [0, 0, 612, 792];

/** pdf.js's lookupNormalRect plus its check for a positive area. */
function normalRect(value: PdfValue | undefined, xref: XRef): number[] | null {
  const box = xref.resolve(value);
  if (!Array.isArray(box) || box.length !== 4) return null;
  const n = box.map((v) => xref.resolve(v));
  if (!n.every((v): v is number => typeof v === 'number')) return null;
  const [x1, y1, x2, y2] = n as [number, number, number, number];
  const rect = [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)] as [number, number, number, number];
  return rect[2] - rect[0] > 0 && rect[3] - rect[1] > 0 ? rect : null;
}

function view(node: PageNode, xref: XRef): number[] {
  const media = normalRect(node.mediaBox, xref) ?? LETTER;
  const crop = normalRect(node.cropBox, xref) ?? media;
  if (crop === media || crop.every((v, i) => v === media[i])) return media;
  const [c0, c1, c2, c3] = crop as [number, number, number, number];
  const [m0, m1, m2, m3] = media as [number, number, number, number];
  const xLow = Math.max(Math.min(c0, c2), Math.min(m0, m2));
  const xHigh = Math.min(Math.max(c0, c2), Math.max(m0, m2));
  const yLow = Math.max(Math.min(c1, c3), Math.min(m1, m3));
  const yHigh = Math.min(Math.max(c1, c3), Math.max(m1, m3));
  if (xLow > xHigh || yLow > yHigh || xHigh - xLow <= 0 || yHigh - yLow <= 0) return media;
  return [xLow, yLow, xHigh, yHigh];
}

/**
 * Resources found at several levels of the page tree (LibreOffice writes them on the page tree's
 * root and on each page), merged as pdf.js's Dict.merge does: each top-level entry (Font,
 * XObject, ...) from the nearest level that has it, with no merging inside an entry.
 */
function mergeResources(near: PdfDict, far: PdfDict): PdfDict {
  const merged = new PdfDict();
  for (const [key, value] of near.map) merged.map.set(key, value);
  for (const [key, value] of far.map) if (!merged.map.has(key)) merged.map.set(key, value);
  return merged;
}

/** Leaves of the page tree in order, with inherited Resources/MediaBox/CropBox. */
function pageNodes(xref: XRef, root: PdfDict): PageNode[] {
  const pages: PageNode[] = [];
  const seen = new Set<PdfDict>();
  const walk = (node: PdfDict, inherited: Omit<PageNode, 'dict'>): void => {
    if (seen.has(node) || pages.length > LIMITS.maxPdfPages) throw new Unsupported('page tree loop or too many pages');
    seen.add(node);
    const own = node.raw('Resources');
    const found = own === undefined ? undefined : xref.resolve(own);
    if (found !== undefined && !(found instanceof PdfDict)) throw new Unsupported('odd Resources');
    const resources = found === undefined ? inherited.resources : inherited.resources === undefined ? found : mergeResources(found, inherited.resources);
    const here = { resources, mediaBox: node.raw('MediaBox') ?? inherited.mediaBox, cropBox: node.raw('CropBox') ?? inherited.cropBox };
    const kids = xref.get(node, 'Kids');
    const type = xref.get(node, 'Type');
    if (Array.isArray(kids) && !(type instanceof PdfName && type.name === 'Page')) {
      for (const kid of kids) {
        const child = xref.resolve(kid);
        if (!(child instanceof PdfDict)) throw new Unsupported('odd page tree node');
        walk(child, here);
      }
    } else if (type instanceof PdfName && type.name === 'Page') pages.push({ dict: node, ...here });
    else throw new Unsupported('odd page tree node');
  };
  walk(root, { resources: undefined, mediaBox: undefined, cropBox: undefined });
  return pages;
}

function contentBytes(xref: XRef, page: PdfDict): Uint8Array {
  const contents = xref.get(page, 'Contents');
  const list = Array.isArray(contents) ? contents.map((c) => xref.resolve(c)) : contents === undefined ? [] : [contents];
  const parts: Uint8Array[] = [];
  for (const item of list) {
    if (!(item instanceof PdfStream)) continue;
    if (item.dict.raw('Resources') !== undefined) throw new Unsupported('content stream with its own Resources');
    parts.push(decodeStream(item, (v) => xref.resolve(v)));
  }
  // pdf.js joins the streams of an array without a separator.
  return concatBytes(parts);
}

/**
 * pdf.js's operator list includes annotations' appearance streams (borders there would be taken
 * for table rules): only links without an appearance (Word's table-of-contents links) are let
 * through; a page with any other annotation is declined.
 */
function checkAnnotations(xref: XRef, page: PdfDict): void {
  const annots = xref.get(page, 'Annots');
  if (annots === undefined) return;
  if (!Array.isArray(annots)) throw new Unsupported('odd Annots');
  for (const raw of annots) {
    const annot = xref.resolve(raw);
    const subtype = annot instanceof PdfDict ? xref.get(annot, 'Subtype') : undefined;
    if (!(annot instanceof PdfDict) || !(subtype instanceof PdfName) || subtype.name !== 'Link' || annot.raw('AP') !== undefined) {
      throw new Unsupported('annotations other than plain links');
    }
  }
}

/** The whole document's pages, or Unsupported. `check` throws once the time limit has passed. */
export function readPdfPages(bytes: Uint8Array, check: () => void): FastPage[] {
  const xref = new XRef(bytes);
  const root = xref.get(xref.trailer, 'Root');
  if (!(root instanceof PdfDict)) throw new Unsupported('no catalog');
  const pagesRoot = xref.get(root, 'Pages');
  if (!(pagesRoot instanceof PdfDict)) throw new Unsupported('no page tree');
  const count = xref.get(pagesRoot, 'Count');
  const nodes = pageNodes(xref, pagesRoot);
  if (count !== nodes.length || nodes.length === 0 || nodes.length > LIMITS.maxPdfPages) throw new Unsupported('page count');
  if (root.raw('AcroForm') !== undefined) throw new Unsupported('form fields');
  const fonts = new Map<PdfDict, Font>();
  return nodes.map((node) => {
    check();
    checkAnnotations(xref, node.dict);
    const box = view(node, xref);
    const reader = new ContentReader(xref, box, check, fonts);
    return { view: box, ...reader.readPage(contentBytes(xref, node.dict), node.resources) };
  });
}
