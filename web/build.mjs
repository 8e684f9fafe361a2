// Builds the explorer (web/src) into web/dist with esbuild: one ES module entry, lazily loaded
// chunks (the network view and its cytoscape), one stylesheet, and index.html naming the
// hashed files. Runs from `npm install` (the `prepare` script) and, when web/dist is missing,
// on the first `npm start` (src/explorer/static.ts). Usage: node web/build.mjs [--dev]
import { rename, rm, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const WEB = dirname(fileURLToPath(import.meta.url));
export const DIST = join(WEB, 'dist');

/** Builds into a temporary folder and swaps it in, so a server never sees half a build. */
export async function buildExplorer({ dev = false, log = (m) => console.error(m) } = {}) {
  const esbuild = await import('esbuild');
  const started = Date.now();
  const tmp = `${DIST}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(tmp, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: WEB,
    entryPoints: { main: 'src/main.tsx' },
    outdir: join(tmp, 'assets'),
    bundle: true,
    splitting: true,
    format: 'esm',
    target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    minify: !dev,
    sourcemap: dev ? 'inline' : false,
    legalComments: 'none',
    entryNames: '[name]-[hash]',
    chunkNames: '[name]-[hash]',
    define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = Object.entries(result.metafile.outputs);
  const entry = outputs.find(([, o]) => o.entryPoint === 'src/main.tsx');
  if (!entry) throw new Error('web/build.mjs: no entry output');
  const url = (file) => '/' + relative(tmp, join(WEB, file)).split('\\').join('/');
  const css = entry[1].cssBundle ? url(entry[1].cssBundle) : undefined;
  const js = url(entry[0]);
  // The chunks the entry imports statically load in parallel with it.
  const preloads = entry[1].imports.filter((i) => i.kind === 'import-statement').map((i) => url(i.path));
  const template = await readFile(join(WEB, 'index.html'), 'utf8');
  const html = template
    .replace('<!--STYLES-->', css ? `<link rel="stylesheet" href="${css}">` : '')
    .replace('<!--SCRIPTS-->', [...preloads.map((p) => `<link rel="modulepreload" href="${p}">`), `<script type="module" src="${js}"></script>`].join('\n'));
  await writeFile(join(tmp, 'index.html'), html);

  // Page weight: what the first page load needs (html, entry, its static imports, css), gzipped.
  const gz = async (rel) => gzipSync(await readFile(join(tmp, rel.slice(1)))).length;
  const initial = { js: 0, css: 0, html: gzipSync(html).length };
  for (const f of [js, ...preloads]) initial.js += await gz(f);
  if (css) initial.css = await gz(css);
  const files = {};
  for (const [file] of outputs) files[url(file)] = await gz(url(file));
  const info = { builtAt: new Date().toISOString(), entry: js, css, preloads, initialGzipBytes: initial, filesGzipBytes: files };
  await writeFile(join(tmp, 'build-info.json'), JSON.stringify(info, null, 2) + '\n');

  const old = `${DIST}.old-${process.pid}`;
  await rename(DIST, old).catch(() => {});
  await rename(tmp, DIST);
  await rm(old, { recursive: true, force: true });
  const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
  log(`explorer: built web/dist in ${Date.now() - started} ms (first load, gzip: JS ${kb(initial.js)}, CSS ${kb(initial.css)})`);
  return info;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  buildExplorer({ dev: process.argv.includes('--dev') }).catch((err) => {
    console.error(`explorer build failed: ${err instanceof Error ? err.message : err}`);
    process.exit(1);
  });
}
