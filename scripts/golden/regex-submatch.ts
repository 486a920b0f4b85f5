// Records glibc's leftmost-longest matches and submatches for generated patterns: each line of
// tests/golden/regex/submatch.tsv is `E|B|BI<TAB>pattern<TAB>subject<TAB>what sed printed for s/pattern/<&|\1>/`
// (E: sed -E; B: a basic RE with back-references; BI: the same with the I flag), from this machine's GNU sed
// (LC_ALL=C.UTF-8). tests/unit/sim/posix-regex.test.ts compares lib/posix-regex with each line.
//   npx tsx scripts/golden/regex-submatch.ts
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

let seed = 7;
const rnd = (n: number) => {
  seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
  return seed % n;
};
const atoms = ['a', 'b', '.', '[ab]', '(a)', '(ab)', '(a*)', '(b?a)', '(a|ab)', '(b|ba|a)', '(a|b)', '((a)|b)', '(ab|a)(b*)'];
const qs = ['', '', '*', '+', '?', '{0,2}', '{1,2}', '{1,3}', '{2,}'];
const lines: string[] = [];
const seen = new Set<string>();
while (lines.length < 600) {
  let p = '';
  const c = 1 + rnd(3);
  for (let i = 0; i < c; i++) p += atoms[rnd(atoms.length)] + qs[rnd(qs.length)];
  if (rnd(4) === 0) p += '|' + atoms[rnd(atoms.length)];
  if (!p.includes('(')) p = '(' + p + ')';
  let s = '';
  const len = 1 + rnd(7);
  for (let i = 0; i < len; i++) s += 'ab'[rnd(2)];
  if (seen.has(p + '\t' + s)) continue;
  seen.add(p + '\t' + s);
  const out = execFileSync('sed', ['-E', `s/${p}/<&|\\1>/`], { input: s + '\n', env: { LC_ALL: 'C.UTF-8', PATH: '/usr/bin:/bin' } }).toString().replace(/\n$/, '');
  lines.push(`E\t${p}\t${s}\t${out}`);
}
const bAtoms = ['a', 'b', 'A', '.', '\\(a*\\)', '\\(a\\|ab\\)', '\\(b\\|ba\\)', '\\1', '\\1', '[ab]'];
const bQs = ['', '', '*', '\\+', '\\?'];
while (lines.length < 900) {
  let p = '\\(' + bAtoms[rnd(4)] + '\\)';
  const c = 1 + rnd(4);
  for (let i = 0; i < c; i++) {
    const a = bAtoms[rnd(bAtoms.length)];
    p += a + (a === '\\1' ? '' : bQs[rnd(bQs.length)]);
  }
  let s = '';
  const len = 1 + rnd(8);
  for (let i = 0; i < len; i++) s += 'abA'[rnd(3)];
  const icase = rnd(3) === 0;
  if (seen.has(p + '\t' + s + icase)) continue;
  seen.add(p + '\t' + s + icase);
  const out = execFileSync('sed', [`s/${p}/<&|\\1>/${icase ? 'I' : ''}`], { input: s + '\n', env: { LC_ALL: 'C.UTF-8', PATH: '/usr/bin:/bin' } }).toString().replace(/\n$/, '');
  lines.push(`${icase ? 'BI' : 'B'}\t${p}\t${s}\t${out}`);
}
writeFileSync(path.resolve(import.meta.dirname, '../../tests/golden/regex/submatch.tsv'), lines.join('\n') + '\n');
console.log(`recorded ${lines.length} submatch cases`);
