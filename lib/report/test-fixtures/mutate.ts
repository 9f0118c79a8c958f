// Deterministic damage for the fuzz test: a seeded PRNG (never Math.random, so a failure can be
// replayed from its index) and the kinds of damage real files suffer or an attacker would try.
import iconv from 'iconv-lite';
import { concatBytes } from '../read/bytes.ts';

export type Rng = { next: () => number; int: (max: number) => number; pick: <T>(items: readonly T[]) => T };

/** mulberry32: small, fast and good enough to spread mutations. */
export function makeRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number): number => Math.floor(next() * max);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  return { next, int, pick };
}

export type Mutation<T> = { name: string; apply: (input: T, rng: Rng) => T };

const JUNK = ['\u0000', '\uFFFD', '<', '>', '&', '&nbsp;', '\t', '\n', '\r', '|', '　', '０', '１', '—', '无', '（七）总计', '一、', '三、', '申请', '\u200b', '💥', '\uD800'];

function randomText(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += rng.next() < 0.5 ? rng.pick(JUNK) : String.fromCharCode(rng.int(0x9fff));
  return out;
}

function digits(rng: Rng, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(rng.int(10));
  return out;
}

/** A line repeated (a table row pasted many times); one-line markup repeats a slice instead. */
function duplicateLine(s: string, rng: Rng): string {
  const lines = s.split('\n');
  if (lines.length < 5) {
    const a = rng.int(s.length);
    return s.slice(0, a) + s.slice(a, a + 300).repeat(1 + rng.int(20)) + s.slice(a);
  }
  const a = rng.int(lines.length);
  lines.splice(a, 0, ...Array<string>(1 + rng.int(40)).fill(lines[a] ?? ''));
  return lines.join('\n');
}

/** Damage to text before it is encoded: what crawlers, editors and attackers do to a report. */
export const TEXT_MUTATIONS: readonly Mutation<string>[] = [
  { name: 'truncate', apply: (s, rng) => s.slice(0, rng.int(s.length + 1)) },
  { name: 'cut-range', apply: (s, rng) => { const a = rng.int(s.length); return s.slice(0, a) + s.slice(a + rng.int(400)); } },
  { name: 'insert-junk', apply: (s, rng) => { const a = rng.int(s.length); return s.slice(0, a) + randomText(rng, 1 + rng.int(60)) + s.slice(a); } },
  { name: 'replace-chars', apply: (s, rng) => Array.from(s, (c) => (rng.next() < 0.02 ? rng.pick(JUNK) : c)).join('') },
  { name: 'digits-changed', apply: (s, rng) => s.replace(/\d/g, (d) => (rng.next() < 0.3 ? String(rng.int(100)) : d)) },
  { name: 'cells-glued', apply: (s, rng) => s.replace(/\t/g, () => (rng.next() < 0.7 ? '' : '\t')) },
  { name: 'tabs-to-spaces', apply: (s, rng) => s.replace(/\t/g, () => ' '.repeat(1 + rng.int(4))) },
  { name: 'lines-shuffled', apply: (s, rng) => { const l = s.split('\n'); for (let i = 0; i < 10; i++) { const a = rng.int(l.length); const b = rng.int(l.length); [l[a], l[b]] = [l[b] ?? '', l[a] ?? '']; } return l.join('\n'); } },
  { name: 'line-duplicated', apply: (s, rng) => duplicateLine(s, rng) },
  { name: 'glued-digit-row', apply: (s, rng) => s.replace(/(本年新收政府信息公开申请数量|（七）总计|总计)[^\n]*/, (m, label: string) => `${label}${digits(rng, 1 + rng.int(120))}`) },
  { name: 'huge-row', apply: (s, rng) => `${s}\n${rng.pick(['（七）总计', '规章', ''])}${rng.next() < 0.5 ? digits(rng, 20_000 + rng.int(40_000)) : '1 '.repeat(20_000)}x\n` },
  { name: 'headings-repeated', apply: (s, rng) => s + `\n${rng.pick(['一、总体情况', '三、收到和处理政府信息公开申请情况', '（七）总计'])}`.repeat(1 + rng.int(200)) },
  { name: 'markup-injected', apply: (s, rng) => { const a = rng.int(s.length); return s.slice(0, a) + rng.pick(['<table><tr><td rowspan="0" colspan="999">', '<div>'.repeat(500), '<!--', '<script>', '</td></tr>', '<w:tbl><w:tr>']) + s.slice(a); } },
  { name: 'random-text', apply: (_, rng) => randomText(rng, rng.int(3000)) },
];

/** Damage to the bytes of a file (after encoding or zipping). */
export const BYTE_MUTATIONS: readonly Mutation<Uint8Array>[] = [
  { name: 'truncate-bytes', apply: (b, rng) => b.slice(0, rng.int(b.length + 1)) },
  { name: 'flip-bytes', apply: (b, rng) => { const out = b.slice(); for (let i = 1 + rng.int(20); i > 0 && out.length > 0; i--) { const at = rng.int(out.length); out[at] = (out[at] ?? 0) ^ (1 << rng.int(8)); } return out; } },
  { name: 'insert-bytes', apply: (b, rng) => { const a = rng.int(b.length); const junk = Uint8Array.from({ length: 1 + rng.int(64) }, () => rng.int(256)); return concatBytes([b.subarray(0, a), junk, b.subarray(a)]); } },
  { name: 'zero-range', apply: (b, rng) => { const out = b.slice(); const a = rng.int(out.length); out.fill(0, a, a + rng.int(2000)); return out; } },
  { name: 'random-bytes', apply: (b, rng) => concatBytes([b.subarray(0, rng.int(16)), Uint8Array.from({ length: rng.int(4000) }, () => rng.int(256))]) },
];

/** The same text in another encoding, labelled or not: GBK, Big5, UTF-16 with BOM, mojibake. */
export function encodeSwapped(text: string, rng: Rng): { bytes: Uint8Array; name: string } {
  const choice = rng.int(5);
  if (choice === 0) return { bytes: new Uint8Array(iconv.encode(text, 'gbk')), name: 'gbk' };
  if (choice === 1) return { bytes: new Uint8Array(iconv.encode(text, 'big5')), name: 'big5' };
  if (choice === 2) return { bytes: new Uint8Array(iconv.encode(text, 'utf-16le', { addBOM: true })), name: 'utf-16le-bom' };
  if (choice === 3) return { bytes: new Uint8Array(iconv.encode(new TextDecoder('latin1').decode(new TextEncoder().encode(text)), 'utf-8')), name: 'mojibake' };
  return { bytes: new Uint8Array(iconv.encode(text, 'gb18030')), name: 'gb18030' };
}

