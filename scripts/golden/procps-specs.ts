/**
 * Writes the spec and help of the procps-ng commands the guest has (Rocky 9.5 ships procps-ng 3.3.17) into
 * src/sim/commands/procps/<tool>/{spec,help}.ts.
 *
 *   npx tsx scripts/golden/procps-specs.ts <procps git dir> [--check]
 *
 * The git dir is a clone of procps-ng (https://gitlab.com/procps-ng/procps, or a GitHub mirror) with its tags.
 * --check runs the readers on the tag of the host's procps-ng and compares with the host's `--help` first.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { usageText } from './c-usage';
import { readOptions } from './c-options';

const LAB_TAG = 'v3.3.17';
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: procps-specs.ts <procps git dir> [--check]');
  process.exit(2);
}

interface Tool {
  usage?: string;
  /** Source file when not <name>.c (pkill is pgrep.c run under another name). */
  src?: string;
  /** The short-option string when the source builds it at run time (pgrep.c strcats it by mode). */
  shortopts?: string;
  /** Rewrite the source first (pgrep.c's usage(): keep the `case` of this program's mode of `switch (prog_mode)`). */
  transform?: (src: string) => string;
  helpFlags: string[];
  /** Where the usage goes after a bad option (free, uptime: stderr with status 1; sysctl: stdout, status 0). */
  bad: 'help' | 'help-stdout';
  status: number;
  /** Answers to conditions in usage()'s calls (w.c: `exit(out == stderr ? ...)`), as the --help run takes them. */
  conditions?: Record<string, boolean>;
  /** The short option of --version when not -V (watch: -v). */
  versionShort?: string;
  /** getopt's string starts with `+`: options end at the first operand (watch's command keeps its own). */
  inOrder?: boolean;
}

const TOOLS: Record<string, Tool> = {
  free: { helpFlags: ['--help'], bad: 'help', status: 1 },
  // usage('?') to stderr with EXIT_FAILURE after getopt's complaint; -h and --help to stdout
  pidof: { helpFlags: ['-h', '--help'], bad: 'help', status: 1 },
  uptime: { helpFlags: ['-h', '--help'], bad: 'help', status: 1 },
  // -h is --no-header: only --help prints the usage (to stdout, status 0)
  w: { helpFlags: ['--help'], bad: 'help', status: 1 },
  sysctl: { usage: 'Usage', helpFlags: ['-h', '--help'], bad: 'help-stdout', status: 0 },
  // usage('?'): the usage to stderr and EXIT_USAGE (2); the options as parse_opts() strcats them per mode
  pgrep: { src: 'pgrep', helpFlags: ['-h', '--help'], bad: 'help', status: 2, shortopts: 'lad:vwLF:cfinoxP:O:g:s:u:U:G:t:r:?Vh', transform: progMode('PGREP') },
  pkill: { src: 'pgrep', helpFlags: ['-h', '--help'], bad: 'help', status: 2, shortopts: 'eq:LF:cfinoxP:O:g:s:u:U:G:t:r:?Vh', transform: progMode('PKILL') },
  // usage(stderr) with EXIT_FAILURE after getopt's complaint or without a command; -v is --version
  watch: { helpFlags: ['-h', '--help'], bad: 'help', status: 1, versionShort: 'v', inOrder: true },
  vmstat: { helpFlags: ['-h', '--help'], bad: 'help', status: 1 },
  pmap: { helpFlags: ['-h', '--help'], bad: 'help', status: 1 },
  pwdx: { helpFlags: ['-h', '--help'], bad: 'help', status: 1 },
  // usage(stderr) with EXIT_FAILURE after getopt's complaint (slabtop: also with an operand); -h and --help to stdout
  slabtop: { helpFlags: ['-h', '--help'], bad: 'help', status: 1 },
  tload: { helpFlags: ['-h', '--help'], bad: 'help', status: 1 },
};

/** pgrep.c's usage() as the program of `mode` runs it: the `switch (prog_mode)` reduced to that case's lines. */
function progMode(mode: string): (src: string) => string {
  return (src) => {
    const at = src.indexOf('switch (prog_mode) {');
    const end = src.indexOf('\n\t}\n', at);
    if (at < 0 || end < 0) throw new Error('no switch (prog_mode) in usage()');
    const body = src.slice(at, end);
    const from = body.indexOf(`case ${mode}:`);
    const lines = body.slice(body.indexOf('\n', from) + 1, body.indexOf('break;', from));
    return src.slice(0, at) + lines + src.slice(end + 3);
  };
}

const show = (tag: string, p: string) => execSync(`git -C ${repo} show ${tag}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26, stdio: ['ignore', 'pipe', 'ignore'] });
const file = (tag: string, name: string) => (tag.startsWith('v4') ? `src/${name}.c` : `${name}.c`);
const header = (tag: string) => (tag.startsWith('v4') ? 'local/c.h' : 'include/c.h');

function read(tag: string, name: string, tool: Tool) {
  let src = show(tag, file(tag, tool.src ?? name));
  if (tool.transform) src = tool.transform(src);
  if (tool.usage) src = src.replace(new RegExp(`\\b${tool.usage}\\s*\\(`, 'g'), 'usage(');
  const help = usageText({ source: src, systemH: show(tag, header(tag)), program: name, conditions: { 'out == stderr': false, 'fp == stderr': false, ...tool.conditions } });
  return { help, opts: readOptions(src, undefined, tool.shortopts) };
}

if (process.argv.includes('--check')) {
  const host = /procps-ng ([\d.]+)/.exec(execSync('free --version', { encoding: 'utf8' }))![1];
  let ok = true;
  for (const [name, tool] of Object.entries(TOOLS)) {
    if (name === 'sysctl' || name === 'pgrep' || name === 'pkill') continue; // Debian 12's pgrep is procps-ng 4.0.2 (new options) // /usr/sbin/sysctl needs no root for --help, but Debian's 4.x rewrote its usage
    const r = read('v' + host, name, tool);
    const real = execSync(`${name} --help`, { encoding: 'utf8' });
    console.log(`${name} v${host}: ${real === r.help ? 'same as the host' : 'DIFFERS from the host'}`);
    if (real !== r.help) ok = false;
  }
  if (!ok) process.exit(1);
}

for (const [name, tool] of Object.entries(TOOLS)) {
  const r = read(LAB_TAG, name, tool);
  const dir = path.join(root, 'src/sim/commands/procps', name);
  mkdirSync(dir, { recursive: true });
  const flags = r.opts.flags
    .filter((f) => f.long !== 'help' && !(f.short && tool.helpFlags.includes('-' + f.short) && f.long === undefined))
    .filter((f) => !(f.long === undefined && f.short && r.opts.flags.some((g) => g !== f && g.short === f.short)))
    .map((f) => {
      const parts: string[] = [];
      if (f.short) parts.push(`short: ${JSON.stringify(f.short)}`);
      if (f.long) parts.push(`long: ${JSON.stringify(f.long)}`);
      if (f.value !== 'none') parts.push(`value: '${f.value}'`);
      return `    { ${parts.join(', ')} },`;
    });
  writeFileSync(
    path.join(dir, 'spec.ts'),
    [
      `// ${name} from procps-ng ${LAB_TAG.slice(1)} (Rocky 9.5): options from ${file(LAB_TAG, tool.src ?? name)}, help in help.ts.`,
      '// Written by scripts/golden/procps-specs.ts; edit that script, not this file.',
      "import type { CommandSpec } from '../../../spec/types';",
      '',
      'export const spec: CommandSpec = {',
      `  name: ${JSON.stringify(name)},`,
      "  style: 'gnu',",
      `  helpFlags: ${JSON.stringify(tool.helpFlags)},`,
      `  usageTail: '${tool.bad}',`,
      tool.status !== 1 ? `  usageStatus: ${tool.status},` : '',
      tool.inOrder ? '  permute: false,' : '',
      '  flags: [',
      ...flags.filter((l) => !l.includes(`"${tool.versionShort ?? 'V'}"`) && !l.includes('"version"')),
      `    { short: '${tool.versionShort ?? 'V'}', long: 'version', action: 'version' },`,
      '  ],',
      "  help: () => import('./help').then((m) => m.help),",
      // PROCPS_NG_VERSION: "%s from %s\n", program name, PACKAGE_STRING
      `  version: ${JSON.stringify(`${name} from procps-ng ${LAB_TAG.slice(1)}\n`)},`,
      '};',
      '',
    ]
      .filter((l) => l !== '')
      .join('\n') + '\n',
  );
  writeFileSync(path.join(dir, 'help.ts'), `// \`${name} --help\` of procps-ng ${LAB_TAG.slice(1)}, read from its source by scripts/golden/procps-specs.ts.\nexport const help = ${JSON.stringify(r.help)};\n`);
}
writeFileSync(
  path.join(root, 'src/sim/commands/procps/index.ts'),
  "// The procps-ng commands of the guest, by name. Written by scripts/golden/procps-specs.ts.\nimport type { CommandSpec } from '../../spec/types';\n" +
    Object.keys(TOOLS)
      .map((n) => `import { spec as ${n} } from './${n}/spec';`)
      .join('\n') +
    `\n\nexport const PROCPS: Record<string, CommandSpec> = { ${Object.keys(TOOLS).join(', ')} };\n`,
);
console.log(`wrote ${Object.keys(TOOLS).length} procps-ng specs from ${LAB_TAG}`);
