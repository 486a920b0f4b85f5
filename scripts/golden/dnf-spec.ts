/**
 * Writes dnf's spec and help (dnf 4.14.0 with the plugins of RHEL 9's python3-dnf-plugins-core 4.3.0) into
 * src/sim/commands/dnf/{spec,help}.ts and yum-config-manager's into src/sim/commands/dnf/yum-config-manager/,
 * from the recorded output in tests/golden/dnf (scripts/golden/record.sh dnf: Debian 12's dnf 4.14.0, the same
 * option_parser.py and commands as the 4.14.0 tag, and dnf-plugins-core 4.3.1, whose plugins are those of 4.3.0).
 * Options come from the help's option lines; the general block is kept once; under the name yum, dnf's
 * MAIN_PROG words (DNF, dnf) read YUM, yum, checked against the recorded `yum --help`.
 *
 *   npx tsx scripts/golden/dnf-spec.ts
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const golden = (c: string) => readFileSync(path.join(root, 'tests/golden/dnf', c, 'stdout'), 'utf8');
const goldenErr = (c: string) => readFileSync(path.join(root, 'tests/golden/dnf', c, 'stderr'), 'utf8');

/** dnf's words under the name yum (dnf.util.MAIN_PROG): a copy of the function in help.ts, checked here. */
const asYum = (t: string) => t.replace(/\bDNF\b/g, 'YUM').replace(/\bdnf\b(?!-|\s+command\.)/g, 'yum');

const MAIN = golden('dnf-help');
if (asYum(MAIN) !== golden('yum-help')) throw new Error('yum --help is not dnf --help under MAIN_PROG yum');
const GENERAL = MAIN.slice(MAIN.indexOf('General DNF options:\n'));
const MAIN_HEAD = MAIN.slice(0, MAIN.indexOf('General DNF options:\n'));
const MAIN_USAGE = golden('dnf-setopt-missing');
const HELP_TEXT = golden('dnf-help-bogus');
if (!HELP_TEXT.startsWith(MAIN_HEAD) || !HELP_TEXT.endsWith(GENERAL)) throw new Error('dnf help is not the main help with a summary');
const HELP_SUMMARY = HELP_TEXT.slice(MAIN_HEAD.length, HELP_TEXT.length - GENERAL.length);

/**
 * The commands the simulator answers, with their aliases (dnf/cli/commands/*.py and config_manager.py); `required`:
 * argparse's name of the required positionals where it is not the usage's word (dest=, or several; '' for none);
 * `min`: how many words they need, where fewer than the names.
 */
const SUBS: { name: string; aliases: string[]; required?: string; min?: number }[] = [
  { name: 'install', aliases: ['localinstall', 'in'] },
  { name: 'remove', aliases: ['erase', 'rm'] },
  { name: 'list', aliases: ['ls'] },
  { name: 'info', aliases: ['if'] },
  { name: 'repolist', aliases: ['repoinfo'] },
  { name: 'makecache', aliases: ['mc'] },
  { name: 'upgrade', aliases: ['update', 'upgrade-to', 'update-to', 'localupdate', 'up'] },
  { name: 'check-update', aliases: ['check-upgrade'] },
  { name: 'reinstall', aliases: ['rei'] },
  { name: 'downgrade', aliases: ['dg'] },
  { name: 'config-manager', aliases: [] },
  { name: 'search', aliases: ['se'] },
  { name: 'provides', aliases: ['whatprovides', 'prov', 'wp'] },
  { name: 'history', aliases: ['hist'] },
  { name: 'clean', aliases: [], required: 'type' },
  { name: 'autoremove', aliases: ['autoremove-n', 'autoremove-na', 'autoremove-nevra'] },
  { name: 'distro-sync', aliases: ['distrosync', 'distribution-synchronization', 'dsync'] },
  { name: 'group', aliases: ['groups', 'grp', 'grouplist', 'groupinstall', 'groupupdate', 'groupremove', 'grouperase', 'groupinfo'] },
  { name: 'module', aliases: [], required: '<modular command>, module-spec', min: 1 },
  { name: 'repoquery', aliases: ['rq', 'repoquery-n', 'repoquery-na', 'repoquery-nevra'] },
  { name: 'updateinfo', aliases: ['upif', 'list-updateinfo', 'list-security', 'list-sec', 'info-updateinfo', 'info-security', 'info-sec', 'summary-updateinfo'] },
  { name: 'mark', aliases: [], required: 'mark, PACKAGE' },
  { name: 'swap', aliases: [], required: 'remove_spec, install_spec' },
  { name: 'alias', aliases: [], required: '' },
  { name: 'check', aliases: [] },
  { name: 'deplist', aliases: [] },
  { name: 'shell', aliases: ['sh'] },
];

interface Flag {
  short?: string;
  long?: string;
  longAliases?: string[];
  value: boolean;
  action?: 'help' | 'version';
}

/** argparse's option lines: `  -c [config file], --config [config file]`, `  --destdir DESTDIR, --downloaddir DESTDIR`. */
function flags(block: string): Flag[] {
  const out: Flag[] = [];
  for (const line of block.split('\n')) {
    const m = /^ {2}(-[^ ].*?)(?: {2,}|$)/.exec(line);
    if (!m) continue;
    const names: string[] = [];
    let value = false;
    for (const part of m[1].split(', ')) {
      const [opt, ...meta] = part.split(' ');
      names.push(opt);
      if (meta.length) value = true;
    }
    const longs = names.filter((n) => n.startsWith('--')).map((n) => n.slice(2));
    const short = names.find((n) => /^-[^-]$/.test(n))?.slice(1);
    const f: Flag = { value };
    if (short) f.short = short;
    if (longs[0]) f.long = longs[0];
    if (longs.length > 1) f.longAliases = longs.slice(1);
    if (longs.includes('help')) f.action = 'help';
    if (f.long === 'version' && !short) f.action = 'version';
    out.push(f);
  }
  return out;
}

const flagText = (f: Flag) => {
  const parts: string[] = [];
  if (f.short) parts.push(`short: ${JSON.stringify(f.short)}`);
  if (f.long) parts.push(`long: ${JSON.stringify(f.long)}`);
  if (f.longAliases) parts.push(`longAliases: ${JSON.stringify(f.longAliases)}`);
  if (f.value) parts.push("value: 'required'");
  if (f.action) parts.push(`action: '${f.action}'`);
  return `{ ${parts.join(', ')} }`;
};

interface Sub {
  name: string;
  aliases: string[];
  usage: string;
  description: string;
  tail: string;
  flags: Flag[];
  required: string[];
  min?: number;
}

const subs: Sub[] = SUBS.map(({ name, aliases, required: named, min }) => {
  const help = golden(`dnf-${name}-help`);
  const usage = help.slice(0, help.indexOf('\n\n') + 1);
  const afterUsage = help.slice(usage.length + 1);
  const description = afterUsage.slice(0, afterUsage.indexOf('\n\n') + 1);
  const rest = afterUsage.slice(description.length + 1);
  if (!rest.startsWith(GENERAL)) throw new Error(`${name}: the general options differ from dnf --help's`);
  const tail = rest.slice(GENERAL.length);
  if (usage + '\n' + description + '\n' + GENERAL + tail !== help) throw new Error(`${name}: help does not rebuild`);
  // positionals the usage requires: its last words outside brackets (`PACKAGE [PACKAGE ...]`)
  const last = usage.trimEnd().split('\n').pop()!.trim().replace(/\[[^\]]*\]/g, '').trim();
  const required = named !== undefined ? (named ? [named] : []) : last && !last.startsWith('-') ? [last.split(/\s+/)[0]] : [];
  return { name, aliases, usage, description, tail, flags: flags(tail), required, min: min ?? required[0]?.split(', ').length };
});

if (golden('dnf-help-install') !== golden('dnf-install-help')) throw new Error('dnf help install differs from dnf install --help');
if (golden('ycm-help') !== golden('dnf-config-manager-help')) throw new Error('yum-config-manager --help differs from dnf config-manager --help');
for (const s of subs) if (s.name === 'install' && !goldenErr('dnf-install-no-package').startsWith(s.usage)) throw new Error('install usage');

const globalFlags = flags(GENERAL);
const dir = path.join(root, 'src/sim/commands/dnf');
const header = (what: string) =>
  [
    `// ${what} of dnf 4.14.0 (Rocky 9.5: dnf-4.14.0-17.el9, dnf-plugins-core-4.3.0-16.el9), from the output recorded in`,
    '// tests/golden/dnf. Written by scripts/golden/dnf-spec.ts; edit that script, not this file.',
  ].join('\n');

writeFileSync(
  path.join(dir, 'help.ts'),
  [
    header('`dnf --help` and each command\'s help'),
    '',
    "import { asYum } from './yum-words';",
    '',
    `const GENERAL = ${JSON.stringify(GENERAL)};`,
    `const HEAD = ${JSON.stringify(MAIN_HEAD)};`,
    '/** `dnf help` without a command it knows: the main help under the help command\'s summary (cli/commands/__init__.py). */',
    `const HELP = ${JSON.stringify(HELP_SUMMARY)};`,
    '',
    '/** What follows the general options in each command\'s help: its own options and operands. */',
    `const DESCRIPTION: Record<string, string> = ${JSON.stringify(Object.fromEntries(subs.map((s) => [s.name, s.description])), null, 2)};`,
    `const TAIL: Record<string, string> = ${JSON.stringify(Object.fromEntries(subs.map((s) => [s.name, s.tail])), null, 2)};`,
    '',
    '/** `dnf --help` (no command), `dnf help` (command `help`), or `dnf COMMAND --help` with the command\'s usage. */',
    'export function help(name: string, command?: string, usage?: string): string {',
    "  const t = command === 'help' ? HEAD + HELP + GENERAL : command ? `${usage}\\n${DESCRIPTION[command]}\\n${GENERAL}${TAIL[command]}` : HEAD + GENERAL;",
    "  return name === 'yum' ? asYum(t) : t;",
    '}',
    '',
  ].join('\n'),
);

writeFileSync(
  path.join(dir, 'spec.ts'),
  [
    header('The options, commands and usage errors'),
    '// dnf parses with argparse: options anywhere (unique prefixes too), the general ones before or after the command;',
    '// an unknown option without a command prints the help; within a command it is "dnf CMD: error: unrecognized',
    '// arguments", exit 2; an option without its value is "Command line error" after the general usage, exit 1.',
    '// `dnf --version` prints the version, then the installed rpm and dnf packages with their dates: only the first line is kept.',
    "import type { CommandSpec, FlagSpec, UsageError } from '../../spec/types';",
    "import { asYum } from './yum-words';",
    '',
    `const MAIN_USAGE = ${JSON.stringify(MAIN_USAGE)};`,
    `/** Each command's usage lines (argparse wraps them under its name). */`,
    `export const USAGE: Record<string, string> = ${JSON.stringify(Object.fromEntries(subs.map((s) => [s.name, s.usage])), null, 2)};`,
    '',
    'const GLOBAL: FlagSpec[] = [',
    ...globalFlags.map((f) => `  ${flagText(f)},`),
    '];',
    '',
    '/** argparse\'s name of an option in its messages (`-x/--exclude/--excludepkgs`). */',
    "const argName = (f?: FlagSpec) => (f ? [f.short && '-' + f.short, f.long && '--' + f.long, ...(f.longAliases ?? []).map((l) => '--' + l)].filter(Boolean).join('/') : '');",
    '',
    'function onError(name: string, e: UsageError, path: CommandSpec[]) {',
    "  const words = (t: string) => (name === 'yum' ? asYum(t) : t);",
    '  const cmd = path.length > 1 ? path[path.length - 1].name : undefined;',
    "  const opt = e.short ? '-' + e.option : (e.option ?? '');",
    "  if (e.code === 'unknown-command')",
    "    return { stderr: words(`No such command: ${e.operand}. Please use /usr/bin/dnf --help\\nIt could be a DNF plugin command, try: \"dnf install 'dnf-command(${e.operand})'\"\\n`), status: 1 };",
    "  if (e.code === 'unknown-option' && !cmd) return { stderr: '', status: 0, withHelp: 'stdout' as const };",
    "  const line = (msg: string) => ({ stdout: words(MAIN_USAGE), stderr: `Command line error: ${msg}\\n`, status: 1 });",
    "  if (e.code === 'missing-value') return line(`argument ${argName(e.flag)}: expected one argument`);",
    "  if (e.code === 'needless-value') return line(`argument ${argName(e.flag)}: ignored explicit argument '${e.value ?? ''}'`);",
    "  if (e.code === 'ambiguous') return line(`ambiguous option: ${opt.split('=')[0]} could match ${(e.candidates ?? []).map((c) => '--' + c).join(', ')}`);",
    '  if (!cmd) return undefined;',
    "  const usage = words(USAGE[cmd]) + `${name} ${cmd}: error: `;",
    "  if (e.code === 'missing-operand') return { stderr: usage + `the following arguments are required: ${path[path.length - 1].operands?.name}\\n`, status: 2 };",
    "  return { stderr: usage + `unrecognized arguments: ${opt}\\n`, status: 2 };",
    '}',
    '',
    '/** The spec of dnf under the name `dnf` or `yum`. */',
    'export function dnfSpec(name: string): CommandSpec {',
    '  const sub = (s: string, aliases: string[], flags: FlagSpec[], required?: string, min = 1): CommandSpec => ({',
    "    name: s, aliases, style: 'gnu', flags, helpFlags: ['-h', '--help', '--help-cmd'],",
    '    ...(required ? { operands: { name: required, min } } : {}),',
    "    help: () => import('./help').then((m) => m.help(name, s, words(USAGE[s]))),",
    '  });',
    "  const words = (t: string) => (name === 'yum' ? asYum(t) : t);",
    '  return {',
    '    name,',
    "    style: 'gnu',",
    "    synopsis: `${name} [options] COMMAND`,",
    "    helpFlags: ['-h', '--help', '--help-cmd'],",
    '    helpCommand: true,',
    '    globalFlags: GLOBAL,',
    '    onError: (e, path) => onError(name, e, path),',
    "    help: () => import('./help').then((m) => m.help(name)),",
    "    version: '4.14.0\\n',",
    '    subcommands: [',
    "      // `dnf help [COMMAND]`: run.ts prints the command's help, or the main help under help's summary",
    "      { name: 'help', style: 'gnu', flags: [], helpFlags: ['-h', '--help', '--help-cmd'], help: () => import('./help').then((m) => m.help(name, 'help')) },",
    ...subs.map((s) => `      sub(${JSON.stringify(s.name)}, ${JSON.stringify(s.aliases)}, [${s.flags.map(flagText).join(', ')}]${s.required.length ? `, ${JSON.stringify(s.required[0])}${s.min !== 1 ? `, ${s.min}` : ''}` : ''}),`),
    '    ],',
    '  };',
    '}',
    '',
  ].join('\n'),
);
writeFileSync(
  path.join(dir, 'yum-words.ts'),
  ['// dnf\'s words under the name yum (dnf.util.MAIN_PROG is "yum" when dnf runs as yum). Written by scripts/golden/dnf-spec.ts.', "export const asYum = (t: string) => t.replace(/\\bDNF\\b/g, 'YUM').replace(/\\bdnf\\b(?!-|\\s+command\\.)/g, 'yum');", ''].join('\n'),
);
console.log(`${globalFlags.length} general options; ${subs.map((s) => `${s.name} ${s.flags.length}${s.required.length ? ' ' + s.required[0] : ''}`).join(', ')}`);
