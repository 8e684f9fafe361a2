// `npm run loadtest [-- --duration 60 --concurrency 64 --url http://host:port/graphql --pid N]`
//
// Mixed GraphQL traffic against the API, the queries the explorer's pages send: search as you
// type, person pages (tenures with sources, events), event pages, document trails, body pages and
// place listings, with ids and names picked from the graph itself. Without --url it starts
// `civic-graph serve` (on a free port, with the environment's NEO4J_URI or the local Neo4j) and
// stops it at the end. Every --interval seconds it prints requests/s, p50/p99 latency, errors,
// 5xx responses and the server's RSS; then a summary. Exit code 1 on any error or 5xx.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';

const Args = z.object({
  duration: z.coerce.number().positive().default(60),
  concurrency: z.coerce.number().int().min(1).max(4096).default(64),
  interval: z.coerce.number().positive().default(5),
  url: z.string().url().optional(),
  pid: z.coerce.number().int().positive().optional(),
  timeout: z.coerce.number().positive().default(30),
}).strict();
type Args = z.infer<typeof Args>;

function parseArgs(argv: string[]): Args {
  const raw: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const m = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]!);
    if (!m) throw new Error(`unexpected argument '${argv[i]}'`);
    if (m[1] === 'help') {
      console.log('usage: npm run loadtest -- [--duration S=60] [--concurrency N=64] [--interval S=5] [--url URL --pid PID] [--timeout S=30]');
      process.exit(0);
    }
    raw[m[1]!] = m[2] ?? argv[++i] ?? '';
  }
  const parsed = Args.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}

// ---------------------------------------------------------------------------------------------
// The server

const ROOT = join(import.meta.dirname, '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

interface Server { url: string; pid: number | undefined; stop(): Promise<void> }

async function startServer(): Promise<Server> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin', 'civic-graph.mjs'), 'serve'], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (d: Buffer) => {
      const text = d.toString('utf8');
      out += text;
      process.stderr.write(text.replace(/^(?=.)/gm, '  [serve] '));
      const m = /civic-graph API: (\S+)/.exec(out);
      if (m) resolve(m[1]!);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`civic-graph serve exited with ${code} before it served`)));
  });
  child.stdout!.removeAllListeners('data');
  child.stderr!.removeAllListeners('data');
  child.stdout!.resume();
  child.stderr!.on('data', (d: Buffer) => {
    const text = d.toString('utf8');
    if (/error|warn/i.test(text)) process.stderr.write(text.replace(/^(?=.)/gm, '  [serve] '));
  });
  return {
    url,
    pid: child.pid,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** Resident set size of a process in bytes (Linux /proc), or undefined. */
function rss(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The child processes of `pid` (the local Neo4j's JVM is one of `civic-graph serve`). */
function javaChild(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    return children.find((c) => readFileSync(`/proc/${c}/cmdline`, 'utf8').startsWith('java'));
  } catch {
    return undefined;
  }
}

const MB = (bytes: number | undefined) => (bytes === undefined ? 'n/a' : `${(bytes / 1024 / 1024).toFixed(0)} MB`);

// ---------------------------------------------------------------------------------------------
// GraphQL

const GraphQLBody = z.object({
  data: z.unknown().optional(),
  errors: z.array(z.object({ message: z.string(), extensions: z.record(z.string(), z.unknown()).optional() })).optional(),
});

interface Outcome { ms: number; status: number; error?: string }

async function post(url: string, query: string, variables: Record<string, unknown>, timeoutS: number): Promise<Outcome & { data?: unknown }> {
  const t0 = performance.now();
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutS * 1000),
    });
    const text = await res.text();
    const ms = performance.now() - t0;
    let body: z.infer<typeof GraphQLBody>;
    try {
      body = GraphQLBody.parse(JSON.parse(text));
    } catch {
      return { ms, status: res.status, error: `HTTP ${res.status}: not a GraphQL response: ${text.slice(0, 120)}` };
    }
    if (body.errors?.length) {
      const e = body.errors[0]!;
      return { ms, status: res.status, error: `${String(e.extensions?.code ?? 'ERROR')}: ${e.message}`, data: body.data };
    }
    if (res.status >= 400) return { ms, status: res.status, error: `HTTP ${res.status}` };
    return { ms, status: res.status, data: body.data };
  } catch (err) {
    return { ms: performance.now() - t0, status: 0, error: `request failed: ${(err as Error).message}` };
  }
}

const SOURCE = 'quote date reportTitle url report { id }';

/** The mix: what each explorer page asks, with the share of traffic it gets. */
const QUERIES = {
  search: {
    weight: 30,
    query: `query Search($text: String!) {
      PERSON: search(text: $text, types: [PERSON], first: 10) { score node { ... on Person { id name place { name type } tenures { title bodyName lastSeen } } } }
      BODY: search(text: $text, types: [BODY], first: 10) { score node { ... on Body { id name level kind } } }
      EVENT: search(text: $text, types: [EVENT], first: 10) { score node { ... on Event { id title date kind } } }
      DOCUMENT: search(text: $text, types: [DOCUMENT], first: 10) { score node { ... on Document { id number type title date issuerName } } }
    }`,
  },
  person: {
    weight: 25,
    query: `query Person($id: ID!) {
      person(id: $id) {
        id name
        place { id name type partOf { name type } }
        tenures { id title firstSeen lastSeen body { id name level holders { title firstSeen person { id name } } } sources(first: 10) { ${SOURCE} } sourceCount }
        mentionedIn(first: 20) { totalCount edges { node { id title publishedAt url } } }
        events(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { role node { id title date partOfDay kind location } sources(first: 10) { ${SOURCE} } sourceCount } }
      }
    }`,
  },
  event: {
    weight: 15,
    query: `query Event($id: ID!) {
      event(id: $id) {
        id title kind date partOfDay location
        place { id name type partOf { name type } }
        organizers { name body { id name } sources { ${SOURCE} } }
        chairs { person { id name } sources(first: 10) { ${SOURCE} } sourceCount }
        speakers { person { id name } sources(first: 10) { ${SOURCE} } sourceCount }
        attendees { person { id name } sources(first: 10) { ${SOURCE} } sourceCount }
        citedDocuments { document { id number type title date } sources(first: 10) { ${SOURCE} } sourceCount }
        reports { id title publishedAt url authors }
      }
    }`,
  },
  document: {
    weight: 10,
    query: `query Document($id: ID!) {
      document(id: $id) {
        id number type title date issuerName issuer { id name }
        trail(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { node { date event { id title date } report { id title publishedAt url } sources(first: 10) { ${SOURCE} } sourceCount } } }
      }
    }`,
  },
  body: {
    weight: 10,
    query: `query Body($id: ID!) {
      body(id: $id) {
        id name kind level partOf { id name }
        place { id code name type level validFrom validTo partOf { id name type } }
        holders { id title firstSeen lastSeen person { id name } sources(first: 10) { ${SOURCE} } sourceCount }
        organized(first: 10) { totalCount edges { node { id title date } } }
      }
    }`,
  },
  place: {
    weight: 10,
    query: `query Place($place: String!) {
      events(place: $place, first: 10, newestFirst: true) { totalCount edges { node { id title date organizers { name } } } }
      people(place: $place, first: 10) { totalCount edges { node { id name tenures { title bodyName } } } }
    }`,
  },
} as const;
type Kind = keyof typeof QUERIES;

interface Pools { search: string[]; person: string[]; event: string[]; document: string[]; body: string[]; place: string[] }

const asciiFold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();

/** Ids and names to ask about, read from the graph through the API. */
async function pickParameters(url: string, timeoutS: number): Promise<Pools & { size: Record<string, number> }> {
  const pools: Record<Kind, Set<string>> = { search: new Set(), person: new Set(), event: new Set(), document: new Set(), body: new Set(), place: new Set() };
  const page = async (query: string, variables: Record<string, unknown>) => {
    let r = await post(url, query, variables, timeoutS);
    // a cold Neo4j on a busy machine may time out the first time: warm-up, not load, so retry
    for (let i = 0; i < 10 && r.error?.startsWith('TIMEOUT'); i++) {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      r = await post(url, query, variables, timeoutS);
    }
    if (r.error) throw new Error(`picking parameters: ${r.error}`);
    return r.data as Record<string, { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Record<string, any> }[] }>;
  };
  let after: string | null = null;
  let size: Record<string, number> = {};
  for (let i = 0; i < 20; i++) {
    const d = await page(`query($after: String) {
      events(first: 25, after: $after, newestFirst: true) { totalCount pageInfo { hasNextPage endCursor }
        edges { node { id title place { name } organizers { body { id name } } citedDocuments { document { id number } } } } }
    }`, { after });
    size.events = d.events!.totalCount;
    for (const { node } of d.events!.edges) {
      pools.event.add(node.id);
      if (node.place?.name) pools.place.add(node.place.name);
      for (const o of node.organizers ?? []) { pools.body.add(o.body.id); pools.search.add(o.body.name.split(' ').slice(-2).join(' ')); }
      for (const c of node.citedDocuments ?? []) { pools.document.add(c.document.id); if (c.document.number) pools.search.add(c.document.number); }
    }
    if (!d.events!.pageInfo.hasNextPage) break;
    after = d.events!.pageInfo.endCursor;
  }
  after = null;
  for (let i = 0; i < 10; i++) {
    const d = await page(`query($after: String) {
      people(first: 50, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name tenures { body { id } } } } }
    }`, { after });
    size.people = d.people!.totalCount;
    for (const { node } of d.people!.edges) {
      pools.person.add(node.id);
      const name = node.name as string;
      pools.search.add(i % 2 ? name : asciiFold(name)); // with and without accents
      pools.search.add(asciiFold(name).split(' ').slice(0, 2).join(' ')); // as typed so far
      for (const t of node.tenures ?? []) pools.body.add(t.body.id);
    }
    if (!d.people!.pageInfo.hasNextPage) break;
    after = d.people!.pageInfo.endCursor;
  }
  const counts = await page('{ documents(search: "nghị quyết", first: 1) { totalCount } bodies(search: "huyện", first: 1) { totalCount } }', {});
  size = { ...size, 'documents matching "nghị quyết"': counts.documents!.totalCount, 'bodies matching "huyện"': counts.bodies!.totalCount };
  const out = Object.fromEntries(Object.entries(pools).map(([k, v]) => [k, [...v]])) as unknown as Pools;
  for (const [k, v] of Object.entries(out)) if (v.length === 0) throw new Error(`the graph has nothing to ask for ${k} pages: ingest some reports first`);
  return { ...out, size };
}

// ---------------------------------------------------------------------------------------------
// Load

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : 0);

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const server = args.url ? { url: args.url, pid: args.pid, stop: async () => {} } : await startServer();
  let exitCode = 0;
  try {
    const neo4jPid = args.url ? undefined : javaChild(server.pid);
    console.log(`loadtest: ${server.url}, ${args.duration} s at concurrency ${args.concurrency}${server.pid ? `, server pid ${server.pid}` : ' (RSS unknown: give --pid)'}`);
    const pools = await pickParameters(server.url, args.timeout);
    console.log(`graph: ${Object.entries(pools.size).map(([k, v]) => `${v} ${k}`).join(', ')}; asking about ${pools.person.length} people, ${pools.event.length} events, ${pools.document.length} documents, ${pools.body.length} bodies, ${pools.place.length} places, ${pools.search.length} search texts`);

    const kinds = Object.keys(QUERIES) as Kind[];
    // warm-up, not measured: each query once, so Neo4j has planned them (first plans take seconds
    // on a busy machine) and the server's code is compiled
    const warm = performance.now();
    for (const kind of kinds) {
      const value = pools[kind][0]!;
      const variables = kind === 'search' ? { text: value } : kind === 'place' ? { place: value } : { id: value };
      for (let i = 0; i < 10; i++) {
        const r = await post(server.url, QUERIES[kind].query, variables, args.timeout);
        if (!r.error) break;
        if (r.error.startsWith('GRAPHQL_')) throw new Error(`the ${kind} query does not fit this server's schema: ${r.error}`);
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
    }
    console.log(`warm-up: each query once in ${((performance.now() - warm) / 1000).toFixed(1)} s (not counted)`);
    const totalWeight = kinds.reduce((a, k) => a + QUERIES[k].weight, 0);
    let seed = 12345;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
    const nextRequest = (): { kind: Kind; variables: Record<string, unknown> } => {
      let r = rand() * totalWeight;
      const kind = kinds.find((k) => (r -= QUERIES[k].weight) < 0) ?? 'search';
      const value = pick(pools[kind]);
      return { kind, variables: kind === 'search' ? { text: value } : kind === 'place' ? { place: value } : { id: value } };
    };

    const all: number[] = [];
    const byKind = new Map<Kind, number[]>(kinds.map((k) => [k, []]));
    let window: number[] = [];
    let windowErrors = 0;
    let window5xx = 0;
    let errors = 0;
    let status5xx = 0;
    const errorSamples = new Map<string, number>();
    // the slowest requests with what they asked, to find the queries that need work
    const slowest: { ms: number; kind: Kind; variables: Record<string, unknown>; error?: string }[] = [];
    const rssSeries: number[] = [];
    const neo4jRss: number[] = [];
    const loads: number[] = [];

    const started = performance.now();
    const end = started + args.duration * 1000;
    let lastTick = started;
    const tick = () => {
      const now = performance.now();
      const secs = (now - lastTick) / 1000;
      lastTick = now;
      const sorted = window.sort((a, b) => a - b);
      const mem = rss(server.pid);
      if (mem !== undefined) rssSeries.push(mem);
      const jvm = rss(neo4jPid);
      if (jvm !== undefined) neo4jRss.push(jvm);
      loads.push(loadavg()[0]!);
      console.log(
        `${((now - started) / 1000).toFixed(0).padStart(4)} s  ${(sorted.length / secs).toFixed(0).padStart(5)} req/s  p50 ${percentile(sorted, 50).toFixed(0).padStart(5)} ms  p99 ${percentile(sorted, 99).toFixed(0).padStart(5)} ms  ` +
          `errors ${windowErrors}  5xx ${window5xx}  server RSS ${MB(mem)}${jvm !== undefined ? `  Neo4j RSS ${MB(jvm)}` : ''}  load ${loadavg()[0]!.toFixed(1)}`,
      );
      window = [];
      windowErrors = 0;
      window5xx = 0;
    };
    const rss0 = rss(server.pid);
    const timer = setInterval(tick, args.interval * 1000);

    const worker = async () => {
      while (performance.now() < end) {
        const { kind, variables } = nextRequest();
        const r = await post(server.url, QUERIES[kind].query, variables, args.timeout);
        all.push(r.ms);
        byKind.get(kind)!.push(r.ms);
        window.push(r.ms);
        if (slowest.length < 8 || r.ms > slowest.at(-1)!.ms) {
          slowest.push({ ms: r.ms, kind, variables, ...(r.error ? { error: r.error.slice(0, 60) } : {}) });
          slowest.sort((a, b) => b.ms - a.ms);
          slowest.length = Math.min(slowest.length, 8);
        }
        if (r.status >= 500) { status5xx++; window5xx++; }
        if (r.error) {
          errors++;
          windowErrors++;
          const key = `${kind}: ${r.error.slice(0, 160)}`;
          errorSamples.set(key, (errorSamples.get(key) ?? 0) + 1);
        }
      }
    };
    await Promise.all(Array.from({ length: args.concurrency }, worker));
    clearInterval(timer);
    if (window.length) tick();

    const secs = (performance.now() - started) / 1000;
    const sorted = all.sort((a, b) => a - b);
    const rssEnd = rss(server.pid);
    console.log('\nsummary');
    console.log(`  requests   ${all.length} in ${secs.toFixed(1)} s: ${(all.length / secs).toFixed(0)} req/s at concurrency ${args.concurrency}`);
    console.log(`  latency    p50 ${percentile(sorted, 50).toFixed(0)} ms, p95 ${percentile(sorted, 95).toFixed(0)} ms, p99 ${percentile(sorted, 99).toFixed(0)} ms, max ${(sorted.at(-1) ?? 0).toFixed(0)} ms`);
    console.log(`  per query  ${kinds.map((k) => { const s = byKind.get(k)!.sort((a, b) => a - b); return `${k} ${s.length} (p99 ${percentile(s, 99).toFixed(0)} ms)`; }).join(', ')}`);
    console.log(`  errors     ${errors}, 5xx ${status5xx}`);
    for (const [k, n] of [...errorSamples].slice(0, 10)) console.log(`    ${n}× ${k}`);
    console.log('  slowest');
    for (const x of slowest) console.log(`    ${x.ms.toFixed(0).padStart(6)} ms  ${x.kind} ${JSON.stringify(x.variables)}${x.error ? `  (${x.error})` : ''}`);
    if (rssSeries.length) {
      const first = rssSeries[0]!;
      const last = rssEnd ?? rssSeries.at(-1)!;
      const max = Math.max(...rssSeries);
      console.log(`  server RSS before ${MB(rss0)}, after the first ${args.interval} s ${MB(first)}, end ${MB(last)}, max ${MB(max)} (end vs first interval: ${last >= first ? '+' : ''}${(((last - first) / first) * 100).toFixed(1)}%)`);
    } else console.log('  server RSS unknown (give --pid with --url)');
    if (neo4jRss.length) console.log(`  Neo4j RSS  first ${MB(neo4jRss[0])}, end ${MB(neo4jRss.at(-1))}, max ${MB(Math.max(...neo4jRss))}`);
    console.log(`  load avg   1-min ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} during the run (${loadavg().map((l) => l.toFixed(1)).join(' ')} now)`);
    if (errors > 0 || status5xx > 0) {
      console.log('FAILED: errors or 5xx responses');
      exitCode = 1;
    }
  } finally {
    await server.stop();
  }
  process.exitCode = exitCode;
}

main().catch((err: unknown) => {
  console.error(`loadtest: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
