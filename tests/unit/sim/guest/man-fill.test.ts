// Every page at every line length: the stored form (fill.ts on the paragraphs, the kept renders) gives groff's
// render byte for byte (the renders, as scripts/golden/man-pages.ts recorded them, are in tests/golden/man-renders).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { unpack } from '../../../../src/sim/commands/man-db/man/unpack';
import { lineLengths } from '../../../../src/sim/commands/man-db/man/width';
import { fillBlock } from '../../../../src/sim/commands/man-db/man/fill';
import { unpackRenders } from '../../../../scripts/golden/man-fill';

const root = path.resolve(import.meta.dirname, '../../../..');
const fixtures = path.join(root, 'tests/golden/man-renders');
const pages = path.join(root, 'src/sim/commands/man-db/pages');

describe('man pages in the filled form', () => {
  const lls = lineLengths();
  for (const f of readdirSync(fixtures).filter((f) => f.endsWith('.b64'))) {
    const mod = f.replace(/\.b64$/, '');
    it(`${mod}: every line length is groff's render`, async () => {
      const renders = unpackRenders(gunzipSync(Buffer.from(readFileSync(path.join(fixtures, f), 'utf8').trim(), 'base64')).toString());
      const m = (await import(path.join(pages, `${mod}.ts`))) as { z: string };
      const packed = gunzipSync(Buffer.from(m.z, 'base64')).toString();
      expect(renders.length).toBe(lls.length);
      renders.forEach((r, i) => expect(unpack(packed, i, lls[i]), `${mod} at ${lls[i]}n`).toBe(r));
    });
  }

  it('fills and adjusts as nroff: extra spaces from the right, then from the left on the next broken line', () => {
    const st = { reverse: false };
    const form = '3\t   one two three four five six seven eight nine';
    expect(fillBlock(form, 19, st)).toBe('   one   two  three\n   four  five   six\n   seven eight nine');
    expect(st.reverse).toBe(false);
  });
});
