// Seeded pseudo-random numbers for the report generator: mulberry32 streams keyed by
// hashed strings, so that every part of the synthetic world (a province's roster, a
// commune's officials, one report's wording) draws from its own stream and does not
// depend on what else was generated before it. Never Math.random.

/** 32-bit FNV-1a of a string, then a murmur3 finalizer. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

function fmix(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A seed derived from a base seed and any number of keys ("province", "38", …). */
export function seedOf(base: number, ...keys: (string | number)[]): number {
  let h = fmix(base ^ 0x9e3779b9);
  for (const k of keys) h = fmix(h ^ hash32(String(k)) ^ Math.imul(h, 31));
  return h;
}

export class Rng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1) (mulberry32). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks by weight from [item, weight] pairs (weights > 0). */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const n = items.length;
    if (n === 0) throw new Error('Rng.weighted: empty list');
    let total = 0;
    for (let i = 0; i < n; i++) total += (items[i] as readonly [T, number])[1];
    let r = this.next() * total;
    for (let i = 0; i < n; i++) {
      const it = items[i] as readonly [T, number];
      r -= it[1];
      if (r < 0) return it[0];
    }
    return (items[n - 1] as readonly [T, number])[0];
  }

  /** Up to k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const pool = items.slice();
    const out: T[] = [];
    while (out.length < k && pool.length > 0) {
      const i = Math.floor(this.next() * pool.length);
      out.push(pool[i] as T);
      pool[i] = pool[pool.length - 1] as T;
      pool.pop();
    }
    return out;
  }

  /** A new independent stream derived from this one and a key. */
  fork(key: string | number): Rng {
    return new Rng(seedOf(Math.floor(this.next() * 4294967296), key));
  }
}
