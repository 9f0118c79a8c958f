// Charset helpers shared by the readers: BOM sniffing, charset-label normalising, and the
// GB18030-vs-Big5 guess for legacy Chinese pages that carry no usable declaration.
import iconv from 'iconv-lite';

export type Bom = { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number };

export function detectBom(bytes: Uint8Array): Bom | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Maps a declared charset label onto a decoder name, or undefined when unusable.
 * GB2312/GBK declarations are decoded as GB18030 (a strict superset) because pages labelled
 * gb2312 routinely contain GBK-only characters such as rare place names.
 */
export function normalizeCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  const name = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (!name) return undefined;
  if (/^(utf-?8|unicode-1-1-utf-8)$/.test(name)) return 'utf-8';
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|csgb2312|chinese|iso-ir-58)$/.test(name)) return 'gb18030';
  if (/^(big5|big5-hkscs|cn-big5|x-x-big5|csbig5|cp950)$/.test(name)) return 'big5';
  if (/^utf-?16(le)?$/.test(name)) return 'utf-16le';
  if (/^utf-?16be$/.test(name)) return 'utf-16be';
  return iconv.encodingExists(name) ? name : undefined;
}

export { decodeStrictUtf8 } from './utf8.ts';

export function decodeWith(bytes: Uint8Array, encoding: string): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  return iconv.decode(bytes, encoding, { stripBOM: true });
}

// Frequent characters of Chinese (simplified and traditional forms) plus the vocabulary of
// these reports. A right decoding is dense in them; a wrong one yields rare or foreign glyphs.
const COMMON_CJK =
  '的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从知' +
  '這為來個們說國時會後對著裡過發軍無麼經當與學進種將還見沒從' +
  '政府信息公开開工作报報告年度申请請处理處办辦公室县縣镇鎮乡鄉街道区區市省管委员員局情况況本数數量件条條项項总總计計合结結转轉收到予以部分不能提供其他事务務内容規规章范範性文制废廢止现現行有效许許可罚罰强強复復议議诉訴讼訟维維持纠糾正审審未网網站平台主动動法律关關于依据據社会會组組织織商业業企科研机機构構服务務然自人统統计計处處置';

// Each UTF-16 unit's score, built once (scoring runs over 64 KiB samples twice per guess):
// common CJK and ASCII count, replacement, private-use and kana/box glyphs cost.
const SCORE: Int8Array = buildScores();

function buildScores(): Int8Array {
  const table = new Int8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code === 0xfffd || (code >= 0xe000 && code <= 0xf8ff)) table[code] = -6;
    // GB18030 decoding of Big5 bytes lands in kana, Greek, Cyrillic and box-drawing rows.
    else if ((code >= 0x3040 && code <= 0x30ff) || (code >= 0x0370 && code <= 0x04ff) || (code >= 0x2500 && code <= 0x257f)) table[code] = -2;
    else if (code < 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) table[code] = -4;
  }
  for (const ch of COMMON_CJK) table[ch.charCodeAt(0)] = 3;
  return table;
}

/**
 * Higher is more plausible. Summed per UTF-16 unit: every scored character is in the BMP, and
 * the units of a character beyond it (surrogates) score 0, as the character itself would.
 */
export function scoreChineseText(text: string): number {
  let score = 0;
  for (let i = 0; i < text.length; i++) score += SCORE[text.charCodeAt(i)] ?? 0;
  return score;
}

export type GuessedChinese = { text: string; encoding: 'gb18030' | 'big5' };

/** Decodes legacy Chinese bytes as whichever of GB18030 and Big5 reads more like Chinese. */
export function guessChineseEncoding(bytes: Uint8Array): GuessedChinese {
  // A sample keeps the decision cheap for multi-megabyte pages.
  const sample = bytes.length > 65536 ? bytes.subarray(0, 65536) : bytes;
  const gb = iconv.decode(sample, 'gb18030');
  const big5 = iconv.decode(sample, 'big5');
  const encoding = scoreChineseText(big5) > scoreChineseText(gb) ? 'big5' : 'gb18030';
  return { text: sample === bytes ? (encoding === 'big5' ? big5 : gb) : iconv.decode(bytes, encoding), encoding };
}
