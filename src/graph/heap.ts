// A bound on this thread's heap for long runs (the ingest). V8 lets a busy heap grow to several
// times what it holds before it collects: over a 100k-report ingest the main thread's heap grew
// to 150-250 MB while it held under 60 MB, which alone took the process past 500 MB RSS. A full
// collection when the heap holds more than a soft limit keeps it near its live size; Node has no
// API to lower the heap limit of a running thread, and --max-old-space-size would have to be
// passed on the command line of every way the ingest is started.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/** V8's full collection, exposed at run time (null if this V8 refuses the flag). */
function fullCollection(): (() => void) | null {
  if (gc !== undefined) return gc;
  try {
    setFlagsFromString('--expose-gc');
    // a new context sees the flag (the current one was created before it was set)
    const fn: unknown = runInNewContext('gc');
    gc = typeof fn === 'function' ? (fn as () => void) : null;
  } catch {
    gc = null;
  }
  return gc;
}

/**
 * Runs a full collection when this thread's heap holds more than `softLimitMb` (used, including
 * garbage not yet collected). Returns whether it collected. Costs 30-80 ms for a heap of that size,
 * so call it where the thread would otherwise wait (e.g. while Neo4j writes a batch).
 */
export function collectIfAbove(softLimitMb: number): boolean {
  if (getHeapStatistics().used_heap_size <= softLimitMb * 1024 * 1024) return false;
  const collect = fullCollection();
  if (!collect) return false;
  collect();
  return true;
}
