/**
 * Writes the spec and help of GNU Wget 1.21.1 (Rocky 9.5's wget) into src/sim/commands/wget/{spec,help}.ts.
 * The help is recorded from this machine's wget (Debian's 1.21.3) with the two lines that differ from 1.21.1
 * put back as src/main.c has them at the tag v1.21.1 (the version banner and --secure-protocol's list):
 *
 *   npx tsx scripts/golden/wget-spec.ts [wget git dir]   (with the git dir: check the 1.21.1..1.21.3 help diff)
 */
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
let help = execSync('wget --help', { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
if (!help.startsWith('GNU Wget 1.21.3,')) throw new Error('expected wget 1.21.3 on this machine: ' + help.split('\n')[0]);
help = help.replace('GNU Wget 1.21.3,', 'GNU Wget 1.21.1,').replace('TLSv1_2, TLSv1_3 and PFS', 'TLSv1_2 and PFS');
if (repo) {
  const diff = execSync(`git -C ${repo} diff v1.21.1 v1.21.3 -- src/main.c`, { encoding: 'utf8' });
  const helpLines = diff.split('\n').filter((l) => /^[-+][^-+]/.test(l) && l.includes('\\n') && !/Copyright/.test(l));
  if (helpLines.length !== 2) throw new Error('the help of 1.21.1 and 1.21.3 differs in more than the known line:\n' + helpLines.join('\n'));
}
const flags: Record<string, string>[] = [];
for (const line of help.split('\n')) {
  const m = /^\s+(?:-([\w]),\s+)?--([\w-]+)(?:\[?=([A-Z]+)\]?)?\s/.exec(line + ' ');
  if (!m) continue;
  const f: Record<string, string> = {};
  if (m[1]) f.short = m[1];
  f.long = m[2];
  if (m[3]) {
    f.value = line.includes(`[=${m[3]}]`) ? 'optional' : 'required';
    f.arg = m[3];
  }
  if (f.long === 'help') f.action = 'help';
  if (f.long === 'version') f.action = 'version';
  flags.push(f);
}
const fl = flags.map((f) => `    { ${Object.entries(f).map(([k, v]) => `${k}: ${k === 'value' || k === 'action' ? `'${v}'` : JSON.stringify(v)}`).join(', ')} },`).join('\n');
const dir = path.join(root, 'src/sim/commands/wget');
writeFileSync(path.join(dir, 'help.ts'), `// \`wget --help\` of GNU Wget 1.21.1, written by scripts/golden/wget-spec.ts.\nexport const help = ${JSON.stringify(help)};\n`);
writeFileSync(
  path.join(dir, 'spec.ts'),
  `// wget from GNU Wget 1.21.1 (Rocky 9.5): options and help from its --help (help.ts); getopt_long's errors, exit 2.
// Written by scripts/golden/wget-spec.ts; edit that script, not this file.
import type { CommandSpec } from '../../spec/types';
export const spec: CommandSpec = {
  name: 'wget',
  style: 'gnu',
  synopsis: 'wget [OPTION]... [URL]...',
  usageStatus: 2,
  usageTail: "Usage: wget [OPTION]... [URL]...\\n\\nTry \`wget --help' for more options.\\n",
  flags: [
${fl}
  ],
  help: () => import('./help').then((m) => m.help),
};
`,
);
console.log(`wget: ${flags.length} options`);
