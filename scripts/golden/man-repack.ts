/**
 * Writes the pages of src/sim/commands/man-db/pages/ again in the filled form (man-fill.ts pack()) from the renders
 * in tests/golden/man-renders/ (after a change of fill.ts or man-fill.ts, without rendering them again), checking
 * that every render comes back. A page module still holding every render (the form before the filling) has them
 * moved to tests/golden/man-renders/ first.
 *
 *   npx tsx scripts/golden/man-repack.ts [page_1 ...]
 */
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import path from 'node:path';
import { pack, unpackRenders } from './man-fill';
import { unpack } from '../../src/sim/commands/man-db/man/unpack';
import { lineLengths } from '../../src/sim/commands/man-db/man/width';

const root = path.resolve(import.meta.dirname, '../..');
const pages = path.join(root, 'src/sim/commands/man-db/pages');
const fixtures = path.join(root, 'tests/golden/man-renders');
mkdirSync(fixtures, { recursive: true });

const lls = lineLengths();
const only = process.argv.slice(2);
for (const f of readdirSync(pages).filter((f) => f !== 'index.ts')) {
  const mod = f.replace(/\.ts$/, '');
  if (only.length && !only.includes(mod)) continue;
  const fixture = path.join(fixtures, `${mod}.b64`);
  const src = readFileSync(path.join(pages, f), 'utf8');
  const head = src.split('\n')[0];
  let z = JSON.parse(/export const z = (".*");/.exec(src)![1]) as string;
  try {
    z = readFileSync(fixture, 'utf8').trim(); // already moved: repack from the fixture
  } catch {
    writeFileSync(fixture, z + '\n');
  }
  const renders = unpackRenders(gunzipSync(Buffer.from(z, 'base64')).toString());
  const { packed, blocks, kept } = pack(renders, lls);
  renders.forEach((r, i) => {
    if (unpack(packed, i, lls[i]) !== r) throw new Error(`${mod}: render ${i} does not come back`);
  });
  const data = gzipSync(Buffer.from(packed), { level: 9 }).toString('base64');
  writeFileSync(path.join(pages, f), `${head}\nexport const z = ${JSON.stringify(data)};\n`);
  console.log(mod, z.length, '->', data.length, `blocks ${blocks} kept ${kept}`);
}
