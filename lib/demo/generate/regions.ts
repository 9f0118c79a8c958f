// Fictional regions for the demo data set. Everything sits in 示例省 ("example province"), codes
// start with 99 (no real administrative division code does), and regions.csv says synthetic=true,
// so nobody mistakes a demo town for a real one. Names come from syllable lists.
import { createRng, type Rng } from './prng.ts';

export type TownKind = '镇' | '乡' | '街道';

export type Township = {
  /** 9-digit fictional code: 99 + city (2) + county (2) + town (3). */
  code: string;
  province: string;
  city: string;
  county: string;
  township: string;
  /** The township name without 镇/乡/街道, used in channel names (“印象青口”). */
  shortName: string;
  kind: TownKind;
  /** The publishing body, e.g. 青口镇人民政府 or 柳湾街道办事处. */
  unit: string;
  /** Position in the data set: decides the output format rotation. */
  index: number;
};

export const PROVINCE = '示例省';

const CITY_NAMES = ['青川市', '白鹭市', '金穗市', '南屏市', '云岭市', '碧澜市', '银湖市', '丹霞市'];
const COUNTY_NAMES = [
  '云溪县', '清禾县', '明山县', '石泉县', '鹤鸣县', '兰汀县', '松阳岭县', '枫林县', '望川县', '青苇县',
  '白沙洲县', '临溪县', '长丰岭县', '乐和县', '玉屏山县', '翠微县', '岚江县', '秀水县', '竹溪湾县', '东篱县',
];
const FIRST = ['青', '石', '柳', '梅', '龙', '凤', '白', '金', '桂', '松', '竹', '兰', '杏', '桥', '溪', '宁', '安', '和', '丰', '新', '清', '泉', '枫', '荷', '云', '鹤', '岚', '双', '三', '高', '黄', '马', '牛', '杨', '李', '沙', '河', '东', '西', '南', '北', '上', '下', '大', '小'];
const SECOND = ['口', '头', '坪', '湾', '塘', '岗', '坝', '集', '庄', '店', '桥', '埠', '溪', '沟', '铺', '林', '园', '川', '台', '洲', '田', '峪', '营', '寨', '堡', '阳', '水', '岭', '港', '湖'];

/** Counties per city: the brief's "cities of ~3 counties each". */
const COUNTIES_PER_CITY = 3;
export const MAX_COUNTIES = 99 * COUNTIES_PER_CITY;
export const MAX_TOWNS_PER_COUNTY = 999;

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function drawTownName(rng: Rng, taken: Set<string>): string {
  for (let attempt = 0; attempt < 200; attempt++) {
    const name = rng.pick(FIRST) + rng.pick(SECOND);
    if (!taken.has(name) && name[0] !== name[1]) {
      taken.add(name);
      return name;
    }
  }
  // A county with hundreds of towns exhausts the two-syllable names: add a third syllable.
  for (;;) {
    const name = rng.pick(FIRST) + rng.pick(FIRST) + rng.pick(SECOND);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

function nameCounty(index: number): string {
  const name = COUNTY_NAMES[index % COUNTY_NAMES.length] ?? '示例县';
  const round = Math.floor(index / COUNTY_NAMES.length);
  // More counties than names: number them (云溪二县 would look odd; 云溪县2 is plainly synthetic).
  return round === 0 ? name : `${name.slice(0, -1)}${round + 1}县`;
}

function nameCity(index: number): string {
  const name = CITY_NAMES[index % CITY_NAMES.length] ?? '示例市';
  const round = Math.floor(index / CITY_NAMES.length);
  return round === 0 ? name : `${name.slice(0, -1)}${round + 1}市`;
}

/** Builds `counties` counties with `townsPerCounty` townships each, deterministically from the seed. */
export function generateRegions(seed: string, counties: number, townsPerCounty: number): Township[] {
  // The code has two digits for the city and three for the town.
  if (counties > MAX_COUNTIES || townsPerCounty > MAX_TOWNS_PER_COUNTY) {
    throw new RangeError(`at most ${MAX_COUNTIES} counties and ${MAX_TOWNS_PER_COUNTY} towns per county fit the 9-digit codes`);
  }
  const towns: Township[] = [];
  for (let c = 0; c < counties; c++) {
    const cityIndex = Math.floor(c / COUNTIES_PER_CITY);
    const city = nameCity(cityIndex);
    const county = nameCounty(c);
    const rng = createRng(`${seed}:regions:${c}`);
    const taken = new Set<string>();
    for (let t = 0; t < townsPerCounty; t++) {
      const shortName = drawTownName(rng, taken);
      // Urban sub-districts are fewer than towns; 乡 are the small rural ones.
      const kind: TownKind = rng.pick(['镇', '镇', '镇', '镇', '乡', '乡', '街道']);
      const township = shortName + kind;
      towns.push({
        code: `99${pad(cityIndex + 1, 2)}${pad((c % COUNTIES_PER_CITY) + 1, 2)}${pad(t + 1, 3)}`,
        province: PROVINCE,
        city,
        county,
        township,
        shortName,
        kind,
        unit: kind === '街道' ? `${township}办事处` : `${township}人民政府`,
        index: towns.length,
      });
    }
  }
  return towns;
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** regions.csv: one row per township, UTF-8 without BOM, LF line ends. */
export function formatRegionsCsv(towns: readonly Township[]): string {
  const header = 'code,province,city,county,township,synthetic';
  const rows = towns.map((t) => [t.code, t.province, t.city, t.county, t.township, 'true'].map(csvField).join(','));
  return [header, ...rows].join('\n') + '\n';
}
