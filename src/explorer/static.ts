// The explorer's files (web/dist, built from web/ by web/build.mjs) served at `/`: hashed assets
// cached for good, index.html for every other path without a file extension (the explorer's own
// URLs: /person/…, /event/…), gzip when the browser takes it, and a Content-Security-Policy that
// lets the page talk to this server only. When web/dist is missing (a checkout where
// `npm install` did not build it), the first start builds it.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const WEB_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'web');
export const DIST_DIR = join(WEB_DIR, 'dist');

/** Paths the GraphQL server answers; everything else is the explorer's. */
export function isApiPath(url: string | undefined): boolean {
  const path = (url ?? '/').split('?')[0]!;
  return path === '/graphql' || path.startsWith('/graphql/') || path === '/healthz' || path === '/readyz';
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.map']);

/** The page may load and ask only this server (reports open in a new tab, by link). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface ExplorerOptions {
  /** The built files (default web/dist). */
  dir?: string;
  /** Build web/ when `dir` has no index.html (default true for the default dir). */
  buildIfMissing?: boolean;
  log?: (message: string) => void;
}

export type ExplorerHandler = ((req: IncomingMessage, res: ServerResponse) => void) & {
  /** Resolves once the files are there (after the first-start build, if one was needed). */
  ready: Promise<boolean>;
};

interface Cached {
  body: Buffer;
  gzip: Buffer | null;
  type: string;
  etag: string;
}

let building: Promise<boolean> | undefined;

/** Builds web/dist once per process (web/build.mjs, with esbuild). */
export function buildExplorerOnce(log: (m: string) => void): Promise<boolean> {
  building ??= (async () => {
    log('explorer: web/dist is missing; building it (once)…');
    try {
      const mod = (await import(pathToFileURL(join(WEB_DIR, 'build.mjs')).href)) as { buildExplorer: (o: { log: (m: string) => void }) => Promise<unknown> };
      await mod.buildExplorer({ log });
      return true;
    } catch (err) {
      log(`explorer: build failed (${err instanceof Error ? err.message : String(err)}); run \`node web/build.mjs\`. The GraphQL API works without it.`);
      return false;
    }
  })();
  return building;
}

export function createExplorer(options: ExplorerOptions = {}): ExplorerHandler {
  const dir = resolve(options.dir ?? DIST_DIR);
  const log = options.log ?? ((m: string) => console.error(m));
  const buildIfMissing = options.buildIfMissing ?? dir === DIST_DIR;
  const present = () => existsSync(join(dir, 'index.html'));
  const ready: Promise<boolean> = present() ? Promise.resolve(true) : buildIfMissing ? buildExplorerOnce(log) : Promise.resolve(false);
  const cache = new Map<string, Cached>();

  const load = async (file: string): Promise<Cached | null> => {
    try {
      // stat every time: a rebuild (npm install) while the server runs is picked up
      const st = await stat(file);
      if (!st.isFile()) return null;
      const etag = `"${st.size.toString(16)}-${Math.floor(st.mtimeMs).toString(16)}"`;
      const hit = cache.get(file);
      if (hit?.etag === etag) return hit;
      const body = await readFile(file);
      const ext = extname(file);
      const entry: Cached = {
        body,
        gzip: COMPRESSIBLE.has(ext) && body.length > 512 ? gzipSync(body) : null,
        type: TYPES[ext] ?? 'application/octet-stream',
        etag,
      };
      cache.set(file, entry);
      return entry;
    } catch {
      return null;
    }
  };

  const send = (req: IncomingMessage, res: ServerResponse, status: number, entry: Cached, headers: Record<string, string>) => {
    res.setHeader('Content-Type', entry.type);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('ETag', entry.etag);
    res.setHeader('Vary', 'Accept-Encoding');
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (status === 200 && req.headers['if-none-match'] === entry.etag) {
      res.statusCode = 304;
      res.end();
      return;
    }
    const gzip = entry.gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? entry.gzip! : entry.body;
    if (gzip) res.setHeader('Content-Encoding', 'gzip');
    res.setHeader('Content-Length', String(body.length));
    res.statusCode = status;
    res.end(req.method === 'HEAD' ? undefined : body);
  };

  const plain = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) => {
    res.statusCode = status;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    for (const [k, v] of Object.entries(extra)) res.setHeader(k, v);
    res.end(text);
  };

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    if (!(await ready) && !present()) return plain(res, 503, 'The explorer is not built: run `node web/build.mjs` (GraphQL: /graphql).\n');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      return plain(res, 400, 'Bad Request\n');
    }
    const file = normalize(join(dir, path));
    if (file !== dir && !file.startsWith(dir + sep)) return plain(res, 404, 'Not Found\n');
    const isAsset = path.startsWith('/assets/');
    if (extname(path) && path !== '/index.html') {
      const entry = await load(file);
      if (!entry) return plain(res, 404, 'Not Found\n');
      return send(req, res, 200, entry, { 'Cache-Control': isAsset ? 'public, max-age=31536000, immutable' : 'no-cache' });
    }
    // The explorer's own URLs: the page decides what to show.
    const index = await load(join(dir, 'index.html'));
    if (!index) return plain(res, 503, 'The explorer is not built: run `node web/build.mjs` (GraphQL: /graphql).\n');
    send(req, res, 200, index, { 'Cache-Control': 'no-cache', 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
  };

  const handler = ((req: IncomingMessage, res: ServerResponse) => {
    handle(req, res).catch((err: unknown) => {
      log(`explorer: ${err instanceof Error ? err.message : String(err)}`);
      if (!res.headersSent) plain(res, 500, 'Internal Server Error\n');
      else res.end();
    });
  }) as ExplorerHandler;
  handler.ready = ready;
  return handler;
}
