import { describe, expect, it } from 'vitest';
import { guessTownNames, matchTown } from './match-town.ts';
import { RegionIndex } from './region-index.ts';

const index = new RegionIndex([
  { id: 1, parentId: null, level: 'province', name: '示例省', synthetic: true },
  { id: 2, parentId: 1, level: 'city', name: '青川市', synthetic: true },
  { id: 3, parentId: 2, level: 'county', name: '云溪县', synthetic: true },
  { id: 4, parentId: 2, level: 'county', name: '清禾县', synthetic: true },
  { id: 5, parentId: 3, level: 'township', name: '牛店镇', synthetic: true },
  { id: 6, parentId: 4, level: 'township', name: '牛店镇', synthetic: true },
  { id: 7, parentId: 4, level: 'township', name: '兰口街道', synthetic: true },
]);
const noHints = { provinces: [], cities: [], counties: [], towns: [] };

describe('guessTownNames', () => {
  it('takes the township from the publishing unit', () => {
    expect(guessTownNames('承留镇人民政府', noHints)).toEqual(['承留镇']);
    expect(guessTownNames('兰口街道办事处', noHints)).toEqual(['兰口街道']);
    expect(guessTownNames('平潭综合实验区海坛片区管理局', noHints)).toEqual(['平潭综合实验区海坛片区', '海坛片区']);
  });
});

describe('matchTown', () => {
  it('matches a unique name', () => {
    expect(matchTown(index, { unit: '兰口街道办事处', hints: noHints, createTowns: false })).toMatchObject({ kind: 'matched', town: { id: 7 } });
  });
  it('reports a shared name as ambiguous, with the candidates', () => {
    const match = matchTown(index, { unit: '牛店镇人民政府', hints: noHints, createTowns: false });
    expect(match).toMatchObject({ kind: 'ambiguous', candidates: ['示例省/青川市/云溪县/牛店镇', '示例省/青川市/清禾县/牛店镇'] });
  });
  it('settles a shared name by the region given, the county named in the text, or the file name', () => {
    expect(matchTown(index, { unit: '牛店镇人民政府', hints: noHints, createTowns: false, scope: index.get(4) })).toMatchObject({ kind: 'matched', town: { id: 6 } });
    expect(matchTown(index, { unit: '牛店镇人民政府', hints: { ...noHints, counties: ['云溪县'] }, createTowns: false })).toMatchObject({ kind: 'matched', town: { id: 5 } });
    expect(matchTown(index, { unit: '牛店镇人民政府', hints: noHints, createTowns: false, fileName: '清禾县-牛店镇-2021.html' })).toMatchObject({ kind: 'matched', town: { id: 6 } });
  });
  it('never invents a town unless asked to, and then only under the given region', () => {
    expect(matchTown(index, { unit: '新桥镇人民政府', hints: noHints, createTowns: true })).toMatchObject({ kind: 'unknown' });
    expect(matchTown(index, { unit: '新桥镇人民政府', hints: noHints, createTowns: true, scope: index.get(3) })).toMatchObject({ kind: 'create', name: '新桥镇', parent: { id: 3 } });
  });
});
