// Records glibc's leftmost-longest matches and submatches for generated EREs: each line of
// tests/golden/regex/submatch.tsv is `pattern<TAB>subject<TAB>what sed -E 's/pattern/<&|\1>/' printed`, from this
// machine's GNU sed (LC_ALL=C.UTF-8). tests/unit/sim/posix-regex.test.ts compares lib/posix-regex with each line.
//   npx tsx scripts/golden/regex-submatch.ts
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

let seed = 7;
const rnd = (n: number) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
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
  lines.push(`${p}\t${s}\t${out}`);
}
writeFileSync(path.resolve(import.meta.dirname, '../../tests/golden/regex/submatch.tsv'), lines.join('\n') + '\n');
console.log(`recorded ${lines.length} submatch cases`);
