/**
 * Writes tar's spec and texts (src/sim/commands/tar/{spec,help}.ts) as Rocky 9.5's tar-1.34-7.el9 prints them.
 *
 *   npx tsx scripts/golden/tar-spec.ts <GNU tar 1.34 git dir> [<rev>]
 *
 * The host's GNU tar 1.34 (Debian 12) gives `--help`, `--usage` and `--version`: argp lays them out from the
 * option tables, so the layout is the same for every build of 1.34. The source (any mirror holding the 1.34
 * release, e.g. github.com/OrenKohavi/tar-1.34-finebti at c3a39bd, "original tar 1.34 code") is read to check
 * that every option the help names is in 1.34's tables and that the texts changed below are 1.34's own.
 * What differs in Rocky's build (Fedora's tar.spec):
 * - tar-1.29-wildcards.patch: names.c's "use wildcards (default for exclusion)" becomes "use wildcards (default)";
 * - ./configure --with-lzma="xz --format=lzma": tar_help_filter prints LZMA_PROGRAM for --lzma (Debian: xz);
 * - DEFAULT_RMT_DIR=/etc and RSH=/usr/bin/ssh: the defaults' last lines name /etc/rmt and /usr/bin/ssh
 *   (Debian: /usr/sbin/rmt and /usr/bin/rsh).
 * The flags of the spec are the options of the help (short letter, long names, whether a value is required or
 * optional), with argp's -?, --usage and --version.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const [repo, rev = 'HEAD'] = process.argv.slice(2);
if (!repo) {
  console.error('usage: tar-spec.ts <GNU tar 1.34 git dir> [<rev>]');
  process.exit(2);
}
const tar = (...a: string[]) => execFileSync('tar', a, { encoding: 'utf8', env: { PATH: '/usr/bin:/bin', LC_ALL: 'C.UTF-8' } });
const version = tar('--version');
if (!version.startsWith('tar (GNU tar) 1.34\n')) throw new Error('the host tar is not GNU tar 1.34: ' + version.split('\n')[0]);
const src = (f: string) => execFileSync('git', ['-C', repo, 'show', `${rev}:${f}`], { encoding: 'utf8', maxBuffer: 1 << 26 });
if (!/AC_INIT\(\[GNU tar\], \[1\.34\]/.test(src('configure.ac'))) throw new Error(`${repo} ${rev} is not tar 1.34`);
const tables = ['src/tar.c', 'src/names.c'].map(src).join('\n');

function swap(text: string, from: string, to: string, what: string): string {
  if (!text.includes(from)) throw new Error(`not in the host's help: ${what}`);
  return text.replace(from, to);
}

let help = tar('--help');
if (!tables.includes('N_("use wildcards (default for exclusion)")')) throw new Error('names.c: wildcards text changed');
help = swap(help, '      --wildcards            use wildcards (default for exclusion)\n', '      --wildcards            use wildcards (default)\n', 'wildcards');
help = swap(help, '      --lzma                 filter the archive through xz\n', '      --lzma                 filter the archive through xz --format=lzma\n', 'lzma');
help = swap(help, '--rmt-command=/usr/sbin/rmt\n--rsh-command=/usr/bin/rsh\n', '--rmt-command=/etc/rmt\n--rsh-command=/usr/bin/ssh\n', 'rmt and rsh');
const usage = tar('--usage');

interface Flag {
  short?: string;
  long?: string;
  longAliases?: string[];
  value?: 'required' | 'optional';
  arg?: string;
  description: string;
}
const flags: Flag[] = [];
for (const line of help.split('\n')) {
  // option lines start at column 2 (`-x, --long`) or 6 (`--long`); descriptions continue at column 29
  const m = /^( {2}-[^-]| {6}--)(.*)$/.exec(line);
  if (!m) continue;
  const body = m[1].trimStart() + m[2];
  // the names end at the first space that does not follow a comma
  const cut = /[^,] /.exec(body);
  const head = cut ? body.slice(0, cut.index + 1) : body;
  const f: Flag = { description: cut ? body.slice(cut.index + 2).trim() : '' };
  for (const item of head.split(', ')) {
    const o = /^(-[^-]|--[^=[]+)(?:\[=(.*)\]|=(.*))?$/.exec(item.trim());
    if (!o) throw new Error(`cannot read option ${item} in: ${line}`);
    if (o[2] !== undefined || o[3] !== undefined) {
      f.value = o[2] !== undefined ? 'optional' : 'required';
      f.arg = o[2] ?? o[3];
    }
    if (o[1].startsWith('--')) {
      const name = o[1].slice(2);
      if (!['help', 'usage', 'version'].includes(name) && !tables.includes(`{"${name}",`)) throw new Error(`--${name} is not in tar 1.34's option tables`);
      if (!f.long) f.long = name;
      else (f.longAliases ??= []).push(name);
    } else f.short = o[1][1];
  }
  flags.push(f);
}
if (flags.length < 150) throw new Error(`only ${flags.length} options read`);

const q = (s: string) => JSON.stringify(s);
const specLines = [
  "// tar from GNU tar 1.34 (Rocky 9.5: tar-1.34-7.el9): argp's options as `tar --help` lists them; texts in help.ts.",
  '// Written by scripts/golden/tar-spec.ts; edit that script, not this file.',
  "import type { CommandSpec } from '../../spec/types';",
  '',
  "/** argp_error's second line (argp-help.c: \"Try '%s --help' or '%s --usage' for more information.\"). */",
  `export const TRY = "Try 'tar --help' or 'tar --usage' for more information.\\n";`,
  '',
  'export const spec: CommandSpec = {',
  "  name: 'tar',",
  "  style: 'gnu',",
  "  synopsis: 'tar [OPTION...] [FILE]...',",
  "  summary: 'an archiving utility',",
  '  // argp exits with EX_USAGE on a usage error',
  '  usageStatus: 64,',
  '  usageTail: TRY,',
  "  helpFlags: ['--help', '-?'],",
  '  flags: [',
  ...flags
    .filter((f) => f.long !== 'help' && f.long !== 'usage' && f.long !== 'version')
    .map((f) => {
      const parts: string[] = [];
      if (f.short) parts.push(`short: ${q(f.short)}`);
      if (f.long) parts.push(`long: ${q(f.long)}`);
      if (f.longAliases) parts.push(`longAliases: [${f.longAliases.map(q).join(', ')}]`);
      if (f.value) parts.push(`value: '${f.value}'`, `arg: ${q(f.arg!)}`);
      return `    { ${parts.join(', ')} },`;
    }),
  "    { short: '?', long: 'help', action: 'help', hidden: true },",
  "    { long: 'usage' },",
  "    { long: 'version', action: 'version', hidden: true },",
  '  ],',
  "  help: () => import('./help').then((m) => m.help),",
  "  version: () => import('./help').then((m) => m.version),",
  '};',
];
writeFileSync(path.join(root, 'src/sim/commands/tar/spec.ts'), specLines.join('\n') + '\n');
writeFileSync(
  path.join(root, 'src/sim/commands/tar/help.ts'),
  [
    "// GNU tar 1.34's --help, --usage and --version as Rocky 9.5's build prints them (scripts/golden/tar-spec.ts).",
    `export const help = ${q(help)};`,
    '',
    `export const usage = ${q(usage)};`,
    '',
    `export const version = ${q(version)};`,
    '',
  ].join('\n'),
);
console.log(`tar: ${flags.length} options, help ${help.length} characters`);
