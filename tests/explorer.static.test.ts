// The explorer's file server (src/explorer/static.ts) on a folder of its own: the SPA fallback,
// assets, caching, gzip, the CSP, and what it refuses.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createExplorer, isApiPath } from '../src/explorer/static.ts';

let dir: string;
let server: Server;
let base: string;
const INDEX = '<!doctype html><meta charset="utf-8"><title>x</title><script type="module" src="/assets/main-ABC.js"></script>';
const JS = `console.log(${JSON.stringify('x'.repeat(2000))});`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'civic-graph-explorer-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), INDEX);
  await writeFile(join(dir, 'assets', 'main-ABC.js'), JS);
  const explorer = createExplorer({ dir, log: () => {} });
  server = createServer((req, res) => (isApiPath(req.url) ? res.end('api') : explorer(req, res)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(dir, { recursive: true, force: true });
});

describe('explorer static files', () => {
  it('answers the explorer URLs with index.html (no-cache, CSP), and leaves the API paths alone', async () => {
    for (const path of ['/', '/person/UGVyc29uOjE%3D', '/network/body/abc?x=1', '/index.html']) {
      const res = await fetch(base + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'.*connect-src 'self'/);
      expect(await res.text()).toBe(INDEX);
    }
    expect(['/graphql', '/graphql?query={a}', '/healthz', '/readyz'].every(isApiPath)).toBe(true);
    expect(['/', '/graphqlx', '/person/1'].some(isApiPath)).toBe(false);
  });

  it('serves hashed assets as immutable, gzipped when asked, with 304 on a matching ETag', async () => {
    const res = await fetch(`${base}/assets/main-ABC.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toContain('immutable');
    expect(await res.text()).toBe(JS); // fetch decodes the gzip it asked for
    const raw = await new Promise<{ encoding?: string; body: Buffer; etag?: string }>((resolve, reject) => {
      const req = get(`${base}/assets/main-ABC.js`, { headers: { 'accept-encoding': 'gzip' } }, (r: IncomingMessage) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => resolve({ encoding: r.headers['content-encoding'], body: Buffer.concat(chunks), etag: r.headers.etag as string | undefined }));
      });
      req.on('error', reject);
    });
    expect(raw.encoding).toBe('gzip');
    expect(gunzipSync(raw.body).toString()).toBe(JS);
    const again = await fetch(`${base}/assets/main-ABC.js`, { headers: { 'if-none-match': raw.etag! } });
    expect(again.status).toBe(304);
  });

  it('refuses missing files, paths out of the folder, and methods other than GET and HEAD', async () => {
    expect((await fetch(`${base}/assets/nope.js`)).status).toBe(404);
    expect((await fetch(`${base}/favicon.ico`)).status).toBe(404);
    expect((await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd.txt`)).status).toBe(404);
    expect((await fetch(`${base}/%E0%A4%A`)).status).toBe(400);
    const post = await fetch(`${base}/`, { method: 'POST', body: 'x' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
    const head = await fetch(`${base}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('says how to build when the folder has no index.html', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'civic-graph-explorer-empty-'));
    const explorer = createExplorer({ dir: empty, log: () => {} });
    expect(await explorer.ready).toBe(false);
    const s = createServer(explorer);
    await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
    const res = await fetch(`http://127.0.0.1:${(s.address() as AddressInfo).port}/`);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('node web/build.mjs');
    await new Promise((resolve) => s.close(resolve));
    await rm(empty, { recursive: true, force: true });
  });
});
