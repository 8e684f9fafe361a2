// src/graph/heap.ts: the soft heap bound of long ingests.
import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectIfAbove } from '../src/graph/heap.ts';

describe('collectIfAbove', () => {
  it('does nothing while the heap holds less than the limit', () => {
    expect(collectIfAbove(1_000_000)).toBe(false);
  });

  it('runs a full collection above it, which frees the garbage', () => {
    let garbage: string[][] | null = Array.from({ length: 200 }, (_, i) => Array.from({ length: 1000 }, (_, j) => `row ${i} ${j}`));
    expect(garbage.length).toBe(200);
    garbage = null;
    const before = getHeapStatistics().used_heap_size;
    expect(collectIfAbove(0)).toBe(true);
    expect(getHeapStatistics().used_heap_size).toBeLessThan(before);
  });
});
