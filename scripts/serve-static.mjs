// A plain static file server for tests: serves a built site from a folder under a path prefix, the way any
// static host would (directory → index.html, unknown path → 404.html with status 404).
// Text is sent gzipped to clients that accept it, as any static host does.
// Usage: node scripts/serve-static.mjs <dir> <port> [prefix]
import http from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const [dir = 'dist', port = '4321', prefix = '/'] = process.argv.slice(2);
const root = path.resolve(dir);
const base = prefix.endsWith('/') ? prefix : `${prefix}/`;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

async function fileFor(urlPath) {
  if (!urlPath.startsWith(base)) return null;
  let rel = decodeURIComponent(urlPath.slice(base.length));
  let file = path.join(root, rel);
  if (!file.startsWith(root)) return null;
  try {
    const s = await stat(file);
    if (s.isDirectory()) {
      if (!urlPath.endsWith('/')) return { redirect: `${urlPath}/` };
      file = path.join(file, 'index.html');
      await stat(file);
    }
    return { file };
  } catch {
    return null;
  }
}

http
  .createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = await fileFor(url.pathname);
    if (found?.redirect) {
      res.writeHead(301, { location: found.redirect });
      res.end();
      return;
    }
    if (!found) {
      const body = await readFile(path.join(root, '404.html')).catch(() => 'Not found');
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(body);
      return;
    }
    const body = await readFile(found.file);
    const type = types[path.extname(found.file)] ?? 'application/octet-stream';
    const gzip = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    res.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      vary: 'accept-encoding',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(gzip ? gzipSync(body) : body);
  })
  .listen(Number(port), '127.0.0.1', () => {
    console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
  });
