/**
 * Writes the spec and help of ss from iproute2 6.2 (Rocky 9.5's iproute) into src/sim/commands/iproute/ss/.
 * The help is recorded from this machine's ss (iproute2 6.1): misc/ss.c differs between v6.1.0 and v6.2.0
 * only in its licence header, which the check below confirms when given an iproute2 git dir.
 *
 *   npx tsx scripts/golden/ss-spec.ts [iproute2 git dir]
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (repo) {
  const diff = execSync(`git -C ${repo} diff v6.1.0 v6.2.0 -- misc/ss.c`, { encoding: 'utf8' });
  if (diff.split('\n').some((l) => /^[-+][^-+]/.test(l) && l.includes('"'))) throw new Error('misc/ss.c strings differ between 6.1 and 6.2');
}
const help = execSync('ss -h', { encoding: 'utf8' });
if (!execSync('ss -V', { encoding: 'utf8' }).includes('iproute2-6.1.0')) throw new Error('expected iproute2 6.1 on this machine');
const flags: Record<string, string>[] = [];
for (const line of help.split('\n')) {
  const m = /^ {3}(?:-(\w), )?\s*--([\w-]+)(?:=(\w+))?/.exec(line);
  if (!m) continue;
  const f: Record<string, string> = {};
  if (m[1]) f.short = m[1];
  f.long = m[2];
  if (m[3] || ['N', 'f', 'A', 'D', 'F'].includes(m[1] ?? '')) {
    f.value = 'required';
    if (m[3]) f.arg = m[3];
  }
  if (f.long === 'help') f.action = 'help';
  if (f.long === 'version') f.action = 'version';
  flags.push(f);
}
const fl = flags.map((f) => `    { ${Object.entries(f).map(([k, v]) => `${k}: ${k === 'value' || k === 'action' ? `'${v}'` : JSON.stringify(v)}`).join(', ')} },`).join('\n');
const dir = path.join(root, 'src/sim/commands/iproute/ss');
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, 'help.ts'), `// \`ss -h\` of iproute2 6.2 (misc/ss.c as 6.1's), written by scripts/golden/ss-spec.ts.\nexport const help = ${JSON.stringify(help)};\n`);
writeFileSync(
  path.join(dir, 'spec.ts'),
  `// ss from iproute2 6.2 (Rocky 9.5): options and help from its usage (help.ts); a bad option prints the usage to
// stderr and exits 255. Written by scripts/golden/ss-spec.ts; edit that script, not this file.
import type { CommandSpec } from '../../../spec/types';
export const spec: CommandSpec = {
  name: 'ss',
  style: 'gnu',
  synopsis: 'ss [ OPTIONS ] [ FILTER ]',
  helpFlags: ['-h', '--help'],
  usageTail: 'help',
  usageStatus: 255,
  flags: [
${fl}
  ],
  help: () => import('./help').then((m) => m.help),
  version: 'ss utility, iproute2-6.2.0\\n',
};
`,
);
console.log(`ss: ${flags.length} options`);
