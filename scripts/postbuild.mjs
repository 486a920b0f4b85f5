// After `astro build`: the Pagefind search index for every language (one per <html lang>), then the
// service worker (Workbox generateSW) that precaches the whole built site: pages in both languages,
// styles, figures, the search index and the lab's chunks, so the course works offline after one visit.
import * as pagefind from 'pagefind';
import { generateSW } from 'workbox-build';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', process.argv[2] ?? 'dist');
const rel = path.relative(process.cwd(), dist);

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${added.page_count} pages into ${rel}/pagefind`);
await pagefind.close();

// Precache URLs are relative to the worker, so the same worker serves a host's root and a sub-path.
const { count, size, warnings } = await generateSW({
  globDirectory: dist,
  globPatterns: ['**/*'],
  globIgnores: ['sw.js', 'sw.js.map', 'workbox-*.js', 'workbox-*.js.map'],
  swDest: path.join(dist, 'sw.js'),
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  // A lesson is asked for as /en/chapter/lesson/ and stored as …/index.html.
  directoryIndex: 'index.html',
  // Pagefind asks for its entry file with ?ts=<time> to skip HTTP caches.
  ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^ts$/],
  // Vite's file names carry a content hash already.
  dontCacheBustURLsMatching: /^_astro\//,
  maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  // A new deployment installs and waits; the page asks the learner, then sends SKIP_WAITING.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
});
for (const w of warnings) console.warn(`workbox: ${w}`);
if (warnings.length) throw new Error('workbox: fix the warnings above');
console.log(`workbox: ${rel}/sw.js precaches ${count} files, ${(size / 1024 / 1024).toFixed(1)} MB`);
