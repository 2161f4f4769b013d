// PERF-03: the JavaScript the first route loads, as the browser receives it (gzip): the entry, what
// index.html preloads, and the texts of the default language, which the first render waits for.
// On its own (`node tools/scripts/first-route.mjs`, after the web build) it is a CI gate: it exits
// non-zero above the bar, so that a page imported eagerly by mistake cannot go unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const FIRST_ROUTE_BAR_KB = 250;

export function firstRouteJavaScript(web = 'dist/apps/web') {
  const entry = readFileSync(join(web, 'index.html'), 'utf8');
  const scripts = [...entry.matchAll(/<script[^>]+src="([^"]+\.js)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1] ?? m[2]);
  const texts = readdirSync(join(web, 'assets'))
    .filter((f) => /^texts-nl-.*\.js$/.test(f))
    .map((f) => `assets/${f}`);
  if (texts.length !== 1) throw new Error(`expected one chunk of Dutch texts in ${web}/assets, found ${texts.length}`);
  const files = [...scripts, ...texts].map((src) => ({ src, gzipBytes: gzipSync(readFileSync(join(web, src))).length }));
  return { files, kb: files.reduce((sum, f) => sum + f.gzipBytes, 0) / 1024 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, kb } = firstRouteJavaScript();
  for (const f of files.sort((a, b) => b.gzipBytes - a.gzipBytes)) console.log(`${(f.gzipBytes / 1024).toFixed(1).padStart(7)} KB  ${f.src}`);
  console.log(`First-route JavaScript: ${kb.toFixed(1)} KB gzip (bar PERF-03: ≤ ${FIRST_ROUTE_BAR_KB} KB)`);
  process.exit(kb <= FIRST_ROUTE_BAR_KB ? 0 : 1);
}
