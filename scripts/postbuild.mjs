// After `astro build`: the Pagefind search index for every language (one per <html lang>).
import * as pagefind from 'pagefind';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', process.argv[2] ?? 'dist');

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: dist });
if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: path.join(dist, 'pagefind') });
if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${added.page_count} pages into ${path.relative(process.cwd(), dist)}/pagefind`);
await pagefind.close();
