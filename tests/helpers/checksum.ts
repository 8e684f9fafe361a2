// A checksum of the graph's content: nodes (labels and properties) and relationships (type,
// properties, and endpoints by label and key), independent of the order Neo4j returns them in
// and of internal ids. Each row is hashed (SHA-256 of a canonical JSON form) and the hashes are
// added up modulo 2^128, so the checksum of a multiset needs no sorting and little memory.
// Ingest timestamps are left out (Report.ingestedAt, MergeDecision.at): two ingests of the same
// input at different times give the same checksum.
import { createHash } from 'node:crypto';
import neo4j, { isInt, type Driver } from 'neo4j-driver';
import { loadCypherStatements } from '../../src/db/cypher.ts';

/** Properties that record when something was ingested, by label: not content. */
export const INGEST_TIME_PROPERTIES: Readonly<Record<string, readonly string[]>> = {
  Report: ['ingestedAt'],
  MergeDecision: ['at'],
};

export interface GraphChecksum {
  /** Hex digest of the whole content (nodes and relationships). */
  checksum: string;
  nodes: number;
  relationships: number;
}

const MOD = 1n << 128n;

/** Canonical JSON: sorted keys; Neo4j integers, floats and strings kept apart; temporals as ISO text. */
export function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (isInt(value)) return `"#int:${value.toString()}"`;
  if (typeof value === 'number') return Number.isInteger(value) ? `"#float:${value}"` : JSON.stringify(value);
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (neo4j.isDate(v as never) || neo4j.isDateTime(v as never) || neo4j.isLocalDateTime(v as never) || neo4j.isTime(v as never) ||
      neo4j.isLocalTime(v as never) || neo4j.isDuration(v as never) || neo4j.isPoint(v as never)) {
      return `"#${v.constructor.name}:${String(v)}"`;
    }
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(String(value));
}

function withoutIngestTimes(labels: string[], props: Record<string, unknown>): Record<string, unknown> {
  const drop = labels.flatMap((l) => INGEST_TIME_PROPERTIES[l] ?? []);
  if (drop.length === 0) return props;
  const out = { ...props };
  for (const k of drop) delete out[k];
  return out;
}

const rowHash = (kind: string, text: string): bigint => BigInt(`0x${createHash('sha256').update(kind).update('\0').update(text).digest('hex').slice(0, 32)}`);

/** Calls `each` with a hash of every node and relationship of `database` (cypher/graph-checksum.cypher), streamed. */
async function eachRow(driver: Driver, database: string, each: (kind: 'node' | 'rel', hash: bigint) => void): Promise<void> {
  const [nodesSt, relsSt] = loadCypherStatements('graph-checksum');
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    for await (const r of session.run(nodesSt!)) {
      const labels = [...(r.get('labels') as string[])].sort();
      const props = withoutIngestTimes(labels, r.get('props') as Record<string, unknown>);
      each('node', rowHash('node', canonical({ labels, props })));
    }
    for await (const r of session.run(relsSt!)) {
      const end = (side: 'from' | 'to') => {
        const labels = [...(r.get(`${side}Labels`) as string[])].sort();
        const props = r.get(`${side}Props`) as Record<string, unknown> | null;
        return { labels, key: r.get(`${side}Key`) as unknown, props: props && withoutIngestTimes(labels, props) };
      };
      each('rel', rowHash('rel', canonical({ type: r.get('type') as string, props: r.get('props') as Record<string, unknown>, from: end('from'), to: end('to') })));
    }
  } finally {
    await session.close();
  }
}

/** The checksum of everything in `database`. */
export async function graphChecksum(driver: Driver, database: string): Promise<GraphChecksum> {
  let sum = 0n;
  let nodes = 0;
  let relationships = 0;
  await eachRow(driver, database, (kind, hash) => {
    sum = (sum + hash) % MOD;
    if (kind === 'node') nodes++;
    else relationships++;
  });
  return { checksum: sum.toString(16).padStart(32, '0'), nodes, relationships };
}

/** Every node and relationship of `database` as a multiset of row hashes (hash → count). */
export async function graphRows(driver: Driver, database: string): Promise<Map<bigint, number>> {
  const rows = new Map<bigint, number>();
  await eachRow(driver, database, (_kind, hash) => rows.set(hash, (rows.get(hash) ?? 0) + 1));
  return rows;
}

/** How many rows of `before` are missing from `after` (changed or deleted nodes and relationships). */
export function missingRows(before: Map<bigint, number>, after: Map<bigint, number>): number {
  let missing = 0;
  for (const [hash, n] of before) missing += Math.max(0, n - (after.get(hash) ?? 0));
  return missing;
}
