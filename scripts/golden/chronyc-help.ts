/**
 * chronyc's `help` command (chrony 4.5, client.c give_help()): the two-column table of its cols[] literal, printed
 * as give_help() does (a first column of 28 or more characters on its own line), into
 * src/sim/commands/chrony/chronyc/help.ts.
 *
 *   npx tsx scripts/golden/chronyc-help.ts <chrony git dir>
 *
 * The git dir is a clone of https://github.com/mlichvar/chrony (tag 4.5).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const TAG = '4.5';
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: chronyc-help.ts <chrony git dir>');
  process.exit(2);
}
const src = execFileSync('git', ['-C', repo, 'show', `${TAG}:client.c`], { encoding: 'utf8' });
const body = /give_help\(void\)\n\{[\s\S]*?cols\[\] =\n([\s\S]*?);\n/.exec(src)![1];
// the C string literals, concatenated, with their escapes, and the array's terminating NUL
const bytes = [...body.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1].replace(/\\0/g, '\0').replace(/\\"/g, '"').replace(/\\\\/g, '\\')).join('') + '\0';
let out = '';
let line = 0;
for (let s = 0; s < bytes.length; line++) {
  const end = bytes.indexOf('\0', s);
  const str = bytes.slice(s, end);
  if (line % 2 === 0) out += str.length >= 28 ? `${str}\n${' '.repeat(28)}` : str.padEnd(28);
  else out += `${str}\n`;
  s = end + 1;
}
writeFileSync(
  path.join(root, 'src/sim/commands/chrony/chronyc/help.ts'),
  `// What chronyc's \`help\` command prints (chrony ${TAG}, client.c give_help()). Written by scripts/golden/chronyc-help.ts;\n// edit that script, not this file.\nexport const help = ${JSON.stringify(out)};\n`,
);
