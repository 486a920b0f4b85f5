/**
 * Writes the SELinux booleans of Rocky 9.5's targeted policy (selinux-policy 38.1.45) into
 * src/sim/commands/selinux/booleans.ts: every gen_tunable()/gen_bool() of policy/global_tunables,
 * policy/global_booleans and of the modules policy/modules.conf builds (`= base` or `= module`), with its default.
 *
 *   npx tsx scripts/golden/selinux-booleans.ts <selinux-policy git dir>
 *
 * The git dir is a clone of https://github.com/fedora-selinux/selinux-policy with its tags. The el9 package's own
 * booleans-targeted.conf and modules-targeted-*.conf live in the distribution's package sources, not in this
 * repository, so a default they override is not seen here (DIFFERENCES.md).
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const TAG = 'v38.1.45';
const repo = process.argv[2];
if (!repo) {
  console.error('usage: selinux-booleans.ts <selinux-policy git dir>');
  process.exit(2);
}
const root = path.resolve(import.meta.dirname, '../..');
const git = (args: string) => execSync(`git -C ${repo} ${args}`, { encoding: 'utf8', maxBuffer: 1 << 28 });
const show = (p: string) => git(`show ${TAG}:${p}`);

const enabled = new Set(
  show('policy/modules.conf')
    .split('\n')
    .map((l) => /^(\w[\w-]*)\s*=\s*(base|module)\s*$/.exec(l)?.[1])
    .filter((x): x is string => !!x),
);
const files = git(`ls-tree -r --name-only ${TAG} policy/modules`)
  .split('\n')
  .filter((f) => f.endsWith('.te') && enabled.has(path.basename(f, '.te')));
const booleans = new Map<string, boolean>();
const read = (text: string) => {
  for (const m of text.matchAll(/^\s*gen_(?:tunable|bool)\(\s*`?(\w+)'?\s*,\s*(true|false)\s*\)/gm)) booleans.set(m[1], m[2] === 'true');
};
read(show('policy/global_tunables'));
read(show('policy/global_booleans'));
for (const f of files) read(show(f));
const rows = [...booleans].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
const out = [
  `// The booleans of Rocky 9.5's targeted policy: gen_tunable()/gen_bool() of selinux-policy ${TAG} (policy/global_*,`,
  `// and the ${files.length} modules policy/modules.conf builds), by name as /sys/fs/selinux/booleans lists them, with`,
  '// their defaults. Written by scripts/golden/selinux-booleans.ts; edit that script, not this file.',
  'export const BOOLEANS: [name: string, on: boolean][] = [',
  ...rows.map(([n, v]) => `  ['${n}', ${v}],`),
  '];',
  '',
];
writeFileSync(path.join(root, 'src/sim/commands/selinux/booleans.ts'), out.join('\n'));
console.log(`wrote ${rows.length} booleans from ${files.length} modules`);
