// A small seeded PRNG, so that the same --seed gives byte-identical data sets. Each town (and
// each fault decision) gets its own stream derived from the seed and a label: adding a county
// or a year does not reshuffle the numbers of the towns that were already there.

export type Rng = {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Index drawn with the given (non-negative, not all zero) weights. */
  weighted(weights: readonly number[]): number;
  /** Poisson-distributed count; small means only (Knuth's method). */
  poisson(mean: number): number;
};

/** 32-bit string hash (FNV-1a followed by a murmur finaliser): spreads similar labels apart. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: tiny, fast, good enough for demo numbers (not for anything secret). */
export function createRng(seed: string): Rng {
  let state = hashString(seed);
  const next = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    weighted(weights) {
      const sum = weights.reduce((a, b) => a + b, 0);
      let r = next() * sum;
      for (let i = 0; i < weights.length; i++) {
        r -= weights[i] ?? 0;
        if (r < 0) return i;
      }
      return weights.length - 1;
    },
    poisson(mean) {
      if (mean <= 0) return 0;
      // Knuth's product method is exact and fast for the small means used here; large means
      // (rare "big town" years) are split into chunks to stay clear of exp() underflow.
      let count = 0;
      let remaining = mean;
      while (remaining > 0) {
        const chunk = Math.min(remaining, 30);
        remaining -= chunk;
        const limit = Math.exp(-chunk);
        let product = next();
        while (product > limit) {
          count++;
          product *= next();
        }
      }
      return count;
    },
  };
}

/** Splits `total` into integer parts proportional to `shares` (largest remainder), summing exactly. */
export function splitByShares(total: number, shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const exact = shares.map((s) => (sum > 0 ? (total * s) / sum : 0));
  const parts = exact.map((x) => Math.floor(x));
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}
