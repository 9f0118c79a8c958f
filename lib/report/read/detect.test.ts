import { zipSync, strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText, detectSourceKind } from './detect.ts';

const REPORT = '平潭综合实验区金井片区管理局2023年政府信息公开工作年度报告。本年新收政府信息公开申请数量1件，予以公开。';
const REPORT_TRADITIONAL = '平潭綜合實驗區管理局2023年政府資訊公開工作年度報告。本年新收政府資訊公開申請數量1件，予以公開。';

function bytesOf(...values: number[]): Uint8Array {
  return new Uint8Array(values);
}

describe('detectSourceKind', () => {
  it('recognises PDF by magic, even with a junk prefix and a misleading name', () => {
    expect(detectSourceKind(strToU8('%PDF-1.7\n%\xe2\xe3\n1 0 obj'), 'report.html')).toBe('pdf');
    expect(detectSourceKind(strToU8('\r\n\r\n%PDF-1.4\n'))).toBe('pdf');
  });

  it('tells DOCX from other zips', () => {
    const docx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') });
    const xlsx = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
    expect(detectSourceKind(docx, 'a.bin')).toBe('docx');
    expect(detectSourceKind(xlsx, 'a.docx')).toBe('unsupported');
  });

  it('rejects images, legacy .doc and executables', () => {
    expect(detectSourceKind(bytesOf(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe('unsupported');
    expect(detectSourceKind(bytesOf(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), 'x.txt')).toBe('unsupported');
    expect(detectSourceKind(strToU8('GIF89a\x01\x00'))).toBe('unsupported');
    expect(detectSourceKind(strToU8('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('unsupported');
    expect(detectSourceKind(bytesOf(0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0))).toBe('unsupported');
    expect(detectSourceKind(bytesOf(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), 'report.doc')).toBe('unsupported');
    expect(detectSourceKind(bytesOf(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0))).toBe('unsupported');
    const mz = new Uint8Array(128);
    mz.set([0x4d, 0x5a, 0x90, 0x00]);
    expect(detectSourceKind(mz, 'setup.exe')).toBe('unsupported');
  });

  it('rejects junk bytes and empty input', () => {
    const junk = new Uint8Array(512);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 37 + 11) % 256;
    expect(detectSourceKind(junk)).toBe('unsupported');
    expect(detectSourceKind(new Uint8Array(0))).toBe('unsupported');
  });

  it('sniffs HTML by markup regardless of the name', () => {
    expect(detectSourceKind(strToU8(`<!DOCTYPE html><html><body><p>${REPORT}</p></body></html>`), 'page.txt')).toBe('html');
    expect(detectSourceKind(strToU8(`\ufeff  <!-- saved --><HTML><BODY>${REPORT}</BODY></HTML>`))).toBe('html');
    expect(detectSourceKind(iconv.encode(`<meta charset="gbk"><div class="TRS_Editor">${REPORT}</div>`, 'gbk'))).toBe('html');
  });

  it('uses the file name only as a tiebreak', () => {
    const fewTags = strToU8(`${REPORT}\n注：表格见<br>附件<br>。`);
    expect(detectSourceKind(fewTags, 'report.txt')).toBe('text');
    expect(detectSourceKind(fewTags, 'report.htm')).toBe('html');
  });

  it('classifies UTF-8, GBK, Big5 and UTF-16 text as text', () => {
    expect(detectSourceKind(strToU8(REPORT))).toBe('text');
    expect(detectSourceKind(iconv.encode(REPORT, 'gbk'))).toBe('text');
    expect(detectSourceKind(iconv.encode(REPORT_TRADITIONAL, 'big5'))).toBe('text');
    expect(detectSourceKind(new Uint8Array([0xff, 0xfe, ...iconv.encode(REPORT, 'utf-16le')]))).toBe('text');
  });
});

describe('decodeText', () => {
  it('honours a BOM over any declaration', () => {
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(REPORT)]);
    expect(decodeText(utf8, 'gbk')).toEqual({ text: REPORT, encoding: 'utf-8', guessed: false });
    const be = new Uint8Array([0xfe, 0xff, ...iconv.encode(REPORT, 'utf-16be')]);
    expect(decodeText(be)).toEqual({ text: REPORT, encoding: 'utf-16be', guessed: false });
  });

  it('uses a declared charset, reading gb2312 as GB18030', () => {
    const bytes = iconv.encode('镕堃', 'gb18030');
    expect(decodeText(bytes, 'GB2312')).toEqual({ text: '镕堃', encoding: 'gb18030', guessed: false });
  });

  it('prefers valid UTF-8 over a wrong legacy declaration, flagged as a guess', () => {
    expect(decodeText(strToU8(REPORT), 'gb2312')).toEqual({ text: REPORT, encoding: 'utf-8', guessed: true });
  });

  it('reads undeclared UTF-8 without guessing', () => {
    expect(decodeText(strToU8(REPORT))).toEqual({ text: REPORT, encoding: 'utf-8', guessed: false });
  });

  it('guesses GB18030 for simplified and Big5 for traditional bytes', () => {
    expect(decodeText(iconv.encode(REPORT, 'gbk'))).toEqual({ text: REPORT, encoding: 'gb18030', guessed: true });
    expect(decodeText(iconv.encode(REPORT_TRADITIONAL, 'big5'))).toEqual({ text: REPORT_TRADITIONAL, encoding: 'big5', guessed: true });
  });

  it('guesses right on a short traditional phrase', () => {
    expect(decodeText(iconv.encode('政府資訊公開年度報告', 'big5')).encoding).toBe('big5');
    expect(decodeText(iconv.encode('政府信息公开年度报告', 'gbk')).encoding).toBe('gb18030');
  });
});
