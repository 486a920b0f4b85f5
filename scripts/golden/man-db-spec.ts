/**
 * Writes man's help texts and the list of pages the man-pages package installs into src/sim/commands/man-db/man/.
 *
 *   npx tsx scripts/golden/man-db-spec.ts <man-pages git dir>
 *
 * The help and usage are this machine's man (man-db 2.11.2; Rocky 9.5 has 2.9.3, see DIFFERENCES.md), run
 * without a terminal. The pages are the man2..man8 file names of the man-pages tree at MAN_PAGES_TAG (a clone of
 * https://github.com/mkerrisk/man-pages; its mirror has tags up to 5.13, Rocky 9.5 ships 6.04).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const MAN_PAGES_TAG = 'man-pages-5.13';
const root = path.resolve(import.meta.dirname, '../..');
const out = path.join(root, 'src/sim/commands/man-db/man');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: man-db-spec.ts <man-pages git dir>');
  process.exit(2);
}
const run = (args: string[]) => execFileSync('man', args, { encoding: 'utf8', env: { ...process.env, COLUMNS: '80', LC_ALL: 'C.UTF-8' } });
const help = run(['--help']);
const usage = run(['--usage']);
writeFileSync(
  path.join(out, 'help.ts'),
  `// \`man --help\` and \`man --usage\` (argp, stdout, status 0), recorded from man-db ${run(['--version']).trim().split(' ')[1]} by\n` +
    `// scripts/golden/man-db-spec.ts; edit that script, not this file.\n` +
    `export const help = ${JSON.stringify(help)};\nexport const usage = ${JSON.stringify(usage)};\n`,
);
const files = execFileSync('git', ['-C', repo, 'ls-tree', '-r', '--name-only', MAN_PAGES_TAG], { encoding: 'utf8' })
  .split('\n')
  .filter((f) => /^man\d\/.+\.\d\w*$/.test(f));
const bySection: Record<string, string[]> = {};
for (const f of files) {
  const base = f.split('/')[1];
  const dot = base.lastIndexOf('.');
  (bySection[base.slice(dot + 1)] ??= []).push(base.slice(0, dot));
}
const body = Object.keys(bySection)
  .sort()
  .map((s) => `  '${s}': ${JSON.stringify(bySection[s].sort().join(' '))},`)
  .join('\n');
writeFileSync(
  path.join(out, 'pages.ts'),
  `// The pages of the man-pages package by section (${MAN_PAGES_TAG}'s man*/ files), space-separated. Written by\n` +
    `// scripts/golden/man-db-spec.ts; edit that script, not this file.\nexport const MAN_PAGES: Record<string, string> = {\n${body}\n};\n`,
);
