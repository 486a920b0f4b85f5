/**
 * Writes crontab's spec and usage as cronie 1.5.7 has them (Rocky 9.5: cronie-1.5.7-12.el9) into
 * src/sim/commands/cronie/crontab/{spec,help}.ts: the lines usage() of src/crontab.c prints after its
 * "usage error" line, with WITH_SELINUX (the el9 build) and DEBUGGING (configure.ac always defines it) on.
 *
 *   npx tsx scripts/golden/cronie-spec.ts <cronie git dir>
 *
 * The git dir is a clone of https://github.com/cronie-crond/cronie with its tags. crontab reads its argv with
 * getopt(3) (no long options): `--help` is the invalid option '-'.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { preprocess, tokenize } from './c-usage';

const TAG = 'cronie-1.5.7';
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: cronie-spec.ts <cronie git dir>');
  process.exit(2);
}
const src = execSync(`git -C ${repo} show ${TAG}:src/crontab.c`, { encoding: 'utf8', maxBuffer: 1 << 26 });
const defines = { WITH_SELINUX: true, DEBUGGING: true };
const at = src.indexOf('static void usage(const char *msg) {');
const body = preprocess(src.slice(at, src.indexOf('\n}\n', at)), defines);
// each fprintf(stderr, "..."[, ProgramName]); the first, "%s: usage error: %s\n" with its reason, the run prints itself
const calls = [...body.matchAll(/fprintf\s*\(\s*stderr\s*,\s*((?:"(?:[^"\\]|\\.)*"\s*)+)(?:,\s*ProgramName\s*)?\)/g)].map((m) =>
  tokenize(m[1])
    .filter((t) => t.t === 'str')
    .map((t) => t.v)
    .join(''),
);
const usage = calls.join('').replace(/%s/g, 'crontab');
const getopt = /static const char \*getoptargs = "([^"]+)";/g;
const table = preprocess(src.slice(src.indexOf('#if DEBUGGING\nstatic const char *Options'), src.indexOf('#ifdef WITH_SELINUX', src.indexOf('static const char *getoptargs')) + 1), defines);
const shortopts = getopt.exec(table)![1];
const version = `${/AC_INIT\(\[cronie\],\[([\d.]+)\]\)/.exec(execSync(`git -C ${repo} show ${TAG}:configure.ac`, { encoding: 'utf8' }))![1]}`;

const flags: string[] = [];
for (let i = 0; i < shortopts.length; i++) {
  const c = shortopts[i];
  if (c === ':') continue;
  flags.push(`    { short: ${JSON.stringify(c)}${shortopts[i + 1] === ':' ? ", value: 'required'" : ''} },`);
}
const dir = path.join(root, 'src/sim/commands/cronie/crontab');
mkdirSync(dir, { recursive: true });
writeFileSync(
  path.join(dir, 'help.ts'),
  `// What usage() of cronie ${version}'s crontab prints after its "crontab: usage error: ..." line, and -V's PACKAGE_STRING;\n// read from src/crontab.c by scripts/golden/cronie-spec.ts.\nexport const usage = ${JSON.stringify(usage)};\n\nexport const version = ${JSON.stringify(`cronie ${version}\n`)};\n`,
);
writeFileSync(
  path.join(dir, 'spec.ts'),
  [
    `// crontab of cronie ${version} (Rocky 9.5): getopt(3) with "${shortopts}" (no --help: crontab reads its own argv), usage in help.ts.`,
    '// Written by scripts/golden/cronie-spec.ts; edit that script, not this file.',
    "import type { CommandSpec } from '../../../spec/types';",
    '',
    'export const spec: CommandSpec = {',
    "  name: 'crontab',",
    "  style: 'gnu',",
    '  rawArgs: true,',
    '  helpFlags: [],',
    '  abbreviations: false,',
    '  flags: [',
    ...flags,
    '  ],',
    "  help: () => import('./help').then((m) => m.usage),",
    '};',
    '',
  ].join('\n'),
);
console.log(`wrote crontab from ${TAG} (${shortopts})`);
