/**
 * Writes the spec, help and version of diff as diffutils 3.7 has them (Rocky 9.5: diffutils-3.7-12.el9) into
 * src/sim/commands/diffutils/diff/{spec,help}.ts: usage() of src/diff.c (its option_help_msgid[] printed as usage()
 * prints it, then emit_bug_reporting_address), the getopt_long table, and version_etc's text with the AUTHORS.
 *
 *   npx tsx scripts/golden/diffutils-spec.ts <diffutils git dir> [--check]
 *
 * The git dir is a clone of https://git.savannah.gnu.org/git/diffutils.git (or a GitHub mirror) with its tags.
 * --check first reads the tag of the host's diffutils (3.8 on Debian 12) and compares with the host's own
 * `diff --help` (LC_ALL=C.UTF-8), so a reader bug shows before anything is written.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { preprocess, tokenize } from './c-usage';
import { readOptions } from './c-options';

const LAB_TAG = 'v3.7';
/** gnulib's COPYRIGHT_YEAR in version-etc.c when the release was made (3.7: 2018-12-31). */
const YEAR: Record<string, number> = { 'v3.7': 2018, 'v3.8': 2021 };
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: diffutils-spec.ts <diffutils git dir> [--check]');
  process.exit(2);
}
const show = (tag: string, p: string) => execSync(`git -C ${repo} show ${tag}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });

function read(tag: string) {
  const src = show(tag, 'src/diff.c');
  const at = src.indexOf('option_help_msgid[] = {');
  const body = preprocess(src.slice(at, src.indexOf('\n};', at)), { O_BINARY: false });
  // each entry: N_("...") or "" up to its comma; strings side by side are one
  const entries: string[] = [];
  let cur: string | null = null;
  for (const t of tokenize(body.slice(body.indexOf('{') + 1))) {
    if (t.t === 'str') cur = (cur ?? '') + t.v;
    else if (t.t === 'p' && t.v === ',' && cur !== null) {
      entries.push(cur);
      cur = null;
    }
  }
  let help = 'Usage: diff [OPTION]... FILES\nCompare FILES line by line.\n\n' + 'Mandatory arguments to long options are mandatory for short options too.\n';
  for (const msg of entries) {
    if (msg === '') {
      help += '\n';
      continue;
    }
    // usage(): each line but the last of a message gets two spaces; the last too unless it starts with neither ' ' nor '-'
    const parts = msg.split('\n');
    for (const p of parts.slice(0, -1)) help += `  ${p}\n`;
    const last = parts[parts.length - 1];
    help += (last[0] === ' ' || last[0] === '-' ? '  ' : '') + last + '\n';
  }
  help += '\nReport bugs to: bug-diffutils@gnu.org\nGNU diffutils home page: <https://www.gnu.org/software/diffutils/>\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>\n';
  const names = [...src.slice(src.indexOf('#define AUTHORS')).split('\n\n')[0].matchAll(/proper_name \("([^"]+)"\)/g)].map((m) => m[1]);
  const version =
    `diff (GNU diffutils) ${tag.slice(1)}\nCopyright (C) ${YEAR[tag]} Free Software Foundation, Inc.\n` +
    'License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n' +
    'This is free software: you are free to change and redistribute it.\n' +
    'There is NO WARRANTY, to the extent permitted by law.\n\n' +
    `Written by ${names.slice(0, 3).join(', ')},\n${names.slice(3, -1).join(', ')}, and ${names[names.length - 1]}.\n`;
  return { help, version, opts: readOptions(src) };
}

if (process.argv.includes('--check')) {
  const host = /\(GNU diffutils\) ([\d.]+)/.exec(execSync('diff --version', { encoding: 'utf8' }))![1];
  const r = read('v' + host);
  const env = { ...process.env, LC_ALL: 'C.UTF-8' };
  const same = execSync('diff --help', { encoding: 'utf8', env }) === r.help && execSync('diff --version', { encoding: 'utf8', env }) === r.version;
  console.log(`diff v${host}: ${same ? 'same as the host' : 'DIFFERS from the host'}`);
  if (!same) process.exit(1);
}

const r = read(LAB_TAG);
const dir = path.join(root, 'src/sim/commands/diffutils/diff');
mkdirSync(dir, { recursive: true });
// -C NUM and -U NUM take their number ("C:" "U:"), --context[=NUM] and --unified[=NUM] only attached: two flags each
const split = r.opts.flags.flatMap((f) =>
  (f.short === 'C' || f.short === 'U') && f.long ? [{ short: f.short, value: 'required' as const, key: f.long }, { long: f.long, value: f.value }] : [f],
);
const flags = split
  .filter((f) => f.long !== 'help' && f.long !== 'version' && f.long !== '-presume-output-tty')
  .map((f) => {
    const parts: string[] = [];
    if (f.short) parts.push(`short: ${JSON.stringify(f.short)}`);
    if (f.long) parts.push(`long: ${JSON.stringify(f.long)}`);
    if (f.value !== 'none') parts.push(`value: '${f.value}'`);
    if ('key' in f) parts.push(`key: ${JSON.stringify(f.key)}`);
    return `    { ${parts.join(', ')} },`;
  });
writeFileSync(
  path.join(dir, 'spec.ts'),
  [
    `// diff from GNU diffutils ${LAB_TAG.slice(1)} (Rocky 9.5): options from src/diff.c, help and version in help.ts.`,
    '// Written by scripts/golden/diffutils-spec.ts; edit that script, not this file.',
    "import type { CommandSpec } from '../../../spec/types';",
    '',
    'export const spec: CommandSpec = {',
    '  name: "diff",',
    "  style: 'gnu',",
    // try_help(): the reason, then `diff: Try 'diff --help' ...` through die(EXIT_TROUBLE)
    `  usageTail: "diff: Try 'diff --help' for more information.\\n",`,
    '  usageStatus: 2,',
    '  flags: [',
    ...flags.filter((l) => !l.includes('"v"')),
    "    { short: 'v', long: 'version', action: 'version' },",
    '  ],',
    "  help: () => import('./help').then((m) => m.help),",
    "  version: () => import('./help').then((m) => m.version),",
    '};',
    '',
  ].join('\n'),
);
writeFileSync(
  path.join(dir, 'help.ts'),
  `// \`diff --help\` and \`diff --version\` of GNU diffutils ${LAB_TAG.slice(1)}, read from its source by scripts/golden/diffutils-spec.ts.\n` +
    `export const help = ${JSON.stringify(r.help)};\n\nexport const version = ${JSON.stringify(r.version)};\n`,
);
console.log(`wrote diff from diffutils ${LAB_TAG}`);
