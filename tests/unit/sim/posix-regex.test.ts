// Properties of the shared POSIX matcher (src/sim/commands/lib/posix-regex): the match it finds starts where
// JavaScript's does and is never shorter; where the fast path keeps the native RegExp (no alternation, no repeated
// group, no back-reference), leftmost-longest and leftmost-first agree, submatches included.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, PosixRegExp } from '../../../src/sim/commands/lib/posix-regex/index';
import { parse } from '../../../src/sim/commands/lib/posix-regex/parse';
import { emit } from '../../../src/sim/commands/lib/posix-regex/longest';

const atom = fc.constantFrom('a', 'b', '.', '[ab]', '(a)', '(ab)', '(a*)', '(b?a)', '(a|ab)', '(b|ba|a)', 'x');
const quant = fc.constantFrom('', '', '*', '+', '?', '{0,2}', '{1,2}');
const piece = fc.tuple(atom, quant).map(([a, q]) => a + q);
const pattern = fc.array(fc.array(piece, { minLength: 1, maxLength: 4 }).map((p) => p.join('')), { minLength: 1, maxLength: 3 }).map((alts) => alts.join('|'));
const subject = fc.array(fc.constantFrom('a', 'b', 'x'), { maxLength: 8 }).map((c) => c.join(''));

describe('posix-regex', () => {
  it('finds the match at JavaScript’s start, never shorter than JavaScript’s', () => {
    fc.assert(
      fc.property(pattern, subject, (p, s) => {
        const js = new RegExp(emit(parse(p, { kind: 'ere' }).root), 'us').exec(s);
        const m = compile(p, { kind: 'ere' }).exec(s);
        expect(m === null).toBe(js === null);
        if (m && js) {
          expect(m.index).toBe(js.index);
          expect(m[0].length).toBeGreaterThanOrEqual(js[0].length);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the native RegExp only where leftmost-first gives the same match and groups', () => {
    fc.assert(
      fc.property(pattern, subject, (p, s) => {
        const t = parse(p, { kind: 'ere' });
        if (t.complex) return;
        const js = emit(t.root);
        const slow = new PosixRegExp(js, 'us', t.root, t.nsub, false).exec(s);
        const fast = compile(p, { kind: 'ere' }).exec(s);
        expect(fast && [fast.index, ...fast]).toEqual(slow && [slow.index, ...slow]);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the longest match of every alternative at the same start', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'ab', 'abc', 'b', 'bc', 'abcb'), { minLength: 2, maxLength: 4 }), subject, (alts, s) => {
        const m = compile(alts.join('|'), { kind: 'ere' }).exec(s);
        const starts = alts.map((a) => s.indexOf(a)).filter((i) => i >= 0);
        if (!starts.length) {
          expect(m).toBeNull();
          return;
        }
        const start = Math.min(...starts);
        const len = Math.max(...alts.filter((a) => s.startsWith(a, start)).map((a) => a.length));
        expect([m!.index, m![0].length]).toEqual([start, len]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('posix-regex submatches as glibc sets them (tests/golden/regex/submatch.tsv, scripts/golden/regex-submatch.ts)', () => {
  const rows = readFileSync(path.resolve(import.meta.dirname, '../../golden/regex/submatch.tsv'), 'utf8').trimEnd().split('\n').map((l) => l.split('\t'));
  it(`matches sed's s/RE/<&|\\1>/ on ${rows.length} generated patterns`, () => {
    const wrong: string[] = [];
    for (const [kind, p, s, real] of rows) {
      const m = compile(p, kind === 'E' ? { kind: 'ere', invalidOps: true } : { kind: 'bre', icase: kind === 'BI' }).exec(s);
      const mine = m ? s.slice(0, m.index) + `<${m[0]}|${m[1] ?? ''}>` + s.slice(m.index + m[0].length) : s;
      if (mine !== real) wrong.push(`${p} on ${s}: ${mine}, sed ${real}`);
    }
    expect(wrong).toEqual([]);
  });
});
