// Which township a report belongs to. The name comes from the publishing unit
// (承留镇人民政府 → 承留镇) and the region hints in the text; an optional region given by the
// user narrows the search. Unknown or ambiguous names are an outcome the user resolves —
// never a silently created town (a typo would become a new town).
import type { RegionHints } from '../report/model.ts';
import type { RegionIndex, RegionNode } from './region-index.ts';

const TOWN_PATTERN = /([\u4e00-\u9fa5]{1,12}?(?:民族乡|街道|片区|镇|乡|苏木))(?:人民政府|政府|办事处|管理局|管委会|管理委员会)?$/;

/** Township-level names a report may be about, most specific first. */
export function guessTownNames(unit: string | null, hints: RegionHints): string[] {
  const names: string[] = [];
  const fromUnit = unit?.replace(/\s+/g, '').match(TOWN_PATTERN)?.[1];
  if (fromUnit) {
    names.push(fromUnit);
    // "平潭综合实验区海坛片区" style prefixes: also try the usual two-character town name.
    const tail = fromUnit.match(/([\u4e00-\u9fa5]{2}(?:民族乡|街道|片区|镇|乡|苏木))$/)?.[1];
    if (tail && tail !== fromUnit) names.push(tail);
  }
  for (const town of hints.towns) if (!names.includes(town)) names.push(town);
  return names;
}

export type TownMatch =
  | { kind: 'matched'; town: RegionNode }
  | { kind: 'create'; name: string; parent: RegionNode }
  | { kind: 'unknown'; reason: string }
  | { kind: 'ambiguous'; reason: string; candidates: string[] };

export function matchTown(
  index: RegionIndex,
  input: { unit: string | null; hints: RegionHints; scope?: RegionNode; createTowns: boolean; fileName?: string },
): TownMatch {
  const names = guessTownNames(input.unit, input.hints);
  if (names.length === 0) {
    return { kind: 'unknown', reason: `报告中未找到乡镇（街道）名称（发布单位：${input.unit ?? '未识别'}）` };
  }
  for (const name of names) {
    let towns = index.townsNamed(name);
    if (input.scope) towns = towns.filter((town) => index.isWithin(town.id, input.scope!.id));
    if (towns.length > 1) towns = narrowByHints(index, towns, input.hints, input.fileName ?? '');
    if (towns.length === 1) return { kind: 'matched', town: towns[0]! };
    if (towns.length > 1) {
      return {
        kind: 'ambiguous',
        reason: `“${name}”对应多个乡镇，请指定所属地区`,
        candidates: towns.map((town) => index.pathOf(town.id)),
      };
    }
  }
  const scope = input.scope;
  if (scope && input.createTowns && scope.level !== 'township') return { kind: 'create', name: names[0]!, parent: scope };
  const where = scope ? `在“${index.pathOf(scope.id)}”下` : '在已知地区中';
  return {
    kind: 'unknown',
    reason: `${where}找不到乡镇“${names[0]}”。请先导入地区名录，或指定所属地区并允许新建乡镇`,
  };
}

/**
 * Several towns share a name nationally: keep those whose county/city/province the text
 * names, or the file name does (supervisors often name files 某某县-某某镇-2024.pdf).
 */
function narrowByHints(index: RegionIndex, towns: RegionNode[], hints: RegionHints, fileName: string): RegionNode[] {
  const named = new Set([...hints.provinces, ...hints.cities, ...hints.counties]);
  const mentioned = (name: string) => named.has(name) || (name.length >= 2 && fileName.includes(name));
  const scored = towns.map((town) => ({ town, score: index.ancestors(town.id).filter((a) => a.level !== 'township' && mentioned(a.name)).length }));
  const best = Math.max(...scored.map((s) => s.score));
  return best === 0 ? towns : scored.filter((s) => s.score === best).map((s) => s.town);
}
