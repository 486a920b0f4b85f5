/**
 * Writes the specs and help texts of hostnamectl, timedatectl, localectl, loginctl, journalctl, reboot, poweroff, halt, shutdown, systemd-analyze and systemd-cgls (Rocky 9.5 ships
 * systemd 252-46.el9_5) into src/sim/commands/systemd/<command>/{spec,help}.ts, from the RHEL 9 systemd tree
 * (https://github.com/redhat-plumbers/systemd-rhel9, tag v252-46): src/hostname/hostnamectl.c, src/timedate/timedatectl.c,
 * src/locale/localectl.c, src/login/loginctl.c,
 * src/journal/journalctl.c, src/systemctl/systemctl-compat-halt.c (reboot, poweroff and halt are systemctl under
 * those names) and systemctl-compat-shutdown.c. The help is the one printed when stdout is not a terminal: no
 * colours, no pager, the man page link as plain text (`halt(8) man page`).
 *
 *   npx tsx scripts/golden/systemd-tools-specs.ts <systemd-rhel9 git dir>
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tokenize } from './c-usage';
import { readOptions, type COption } from './c-options';

const TAG = 'v252-46';
const repo = process.argv[2];
const root = path.resolve(import.meta.dirname, '../..');
const show = (p: string) => execSync(`git -C ${repo} show ${TAG}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });

/** The format string of the first printf() in the function `name` (`static int name(void) {`). */
function helpFormat(src: string, name: string): string {
  const at = src.search(new RegExp(`^static int ${name}\\((?:void|int argc, char \\*argv\\[\\], void \\*userdata|int argc, char \\*\\*argv, void \\*userdata)\\) \\{`, 'm'));
  if (at < 0) throw new Error(`${name} not found`);
  const call = src.slice(src.indexOf('printf(', at));
  const toks = tokenize(call.slice(0, call.indexOf(');') + 2));
  let fmt = '';
  for (let i = 2; toks[i].t === 'str'; i++) fmt += toks[i].v;
  return fmt;
}

/** printf with `%s` and `%N$s` conversions only. */
function format(fmt: string, args: string[]): string {
  let next = 0;
  return fmt.replace(/%(?:(\d)\$)?s/g, (_m, n?: string) => (n ? args[Number(n) - 1] : args[next++]));
}

/** The option table `options` of the function that calls getopt_long with `shortopts`. */
function options(src: string, from: string, shortopts: string): COption[] {
  const at = src.indexOf(from);
  return readOptions(src.slice(at), 'options', shortopts).flags;
}

interface Out {
  name: string;
  file: string;
  help: string;
  flags: COption[];
  /** flag long names that print the help */
  helpLong?: string;
  synopsis: string;
  note: string;
  /** getopt_long's "+" (stop at the first operand) */
  noPermute?: boolean;
}

function flagLines(o: Out): string[] {
  return o.flags.map((f) => {
    const parts: string[] = [];
    // systemd-run's --tty is a deprecated alias of --pty: both are 't', so -t is given to --pty only
    const alias = o.name === 'systemd-run' && f.long === 'tty';
    if (f.short && !alias) parts.push(`short: ${JSON.stringify(f.short)}`);
    if (f.long) parts.push(`long: ${JSON.stringify(f.long)}`);
    if (f.value !== 'none') parts.push(`value: '${f.value}'`);
    if (alias) parts.push('key: "pty"');
    if (f.long === 'help') parts.push("action: 'help'");
    if (f.long === 'version') parts.push("action: 'version'");
    // journalctl's -b looks at the next word itself (parse_argv: parse_boot_descriptor(argv[optind]))
    if (o.name === 'journalctl' && f.long === 'boot') parts.push('nextWord: /^(all|[+-]?\\d+|[0-9a-fA-F]{32}([+-]\\d+)?)$/');
    return `    { ${parts.join(', ')} },`;
  });
}

function write(o: Out): void {
  const dir = path.join(root, 'src/sim/commands/systemd', o.name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'spec.ts'),
    [
      `// ${o.name} of systemd 252 (Rocky 9.5, ${TAG}.el9): options from ${o.file}, help in help.ts.`,
      `// ${o.note}`,
      '// Written by scripts/golden/systemd-tools-specs.ts; edit that script, not this file.',
      "import type { CommandSpec } from '../../../spec/types';",
      '',
      'export const spec: CommandSpec = {',
      `  name: ${JSON.stringify(o.name)},`,
      "  style: 'gnu',",
      `  synopsis: ${JSON.stringify(o.synopsis)},`,
      // systemd's tools print getopt's message and exit 1, without a "Try" line
      "  usageTail: '',",
      ...(o.noPermute ? ['  permute: false,'] : []),
      '  flags: [',
      ...flagLines(o),
      '  ],',
      "  help: () => import('./help').then((m) => m.help),",
      // --version: version() of src/basic/util.c, with the build features of the box (../version.ts)
      ...(o.flags.some((f) => f.long === 'version') ? ["  version: () => import('../version').then((m) => m.version),"] : []),
      '};',
      '',
    ].join('\n'),
  );
  writeFileSync(
    path.join(dir, 'help.ts'),
    `// \`${o.name} --help\` of systemd 252 (${TAG}), stdout not a terminal. Written by scripts/golden/systemd-tools-specs.ts.\nexport const help = ${JSON.stringify(o.help)};\n`,
  );
  console.log(`${o.name}: ${o.flags.length} flags\n${o.help}`);
}

const man = (page: string, section: string) => `${page}(${section}) man page`;

// hostnamectl: help(void) prints NAME, highlight, normal, link
const hostnamectl = show('src/hostname/hostnamectl.c');
write({
  name: 'hostnamectl',
  file: 'src/hostname/hostnamectl.c',
  help: format(helpFormat(hostnamectl, 'help'), ['hostnamectl', '', '', man('hostnamectl', '1')]),
  flags: options(hostnamectl, 'static int parse_argv(', 'hH:M:'),
  synopsis: 'hostnamectl [OPTIONS...] COMMAND ...',
  note: '`hostnamectl --version` prints version() of src/basic/util.c with the build features of the box (../version.ts).',
});

// timedatectl, localectl, loginctl: help() prints NAME, highlight, normal, link (loginctl's is a verb: help(argc, argv, userdata))
for (const [name, file, shortopts] of [
  ['timedatectl', 'src/timedate/timedatectl.c', 'hH:M:p:a'],
  ['localectl', 'src/locale/localectl.c', 'hH:M:'],
  ['loginctl', 'src/login/loginctl.c', 'hp:P:als:H:M:n:o:'],
] as const) {
  const src = show(file);
  write({
    name,
    file,
    help: format(helpFormat(src, 'help'), [name, '', '', man(name, '1')]),
    flags: options(src, 'static int parse_argv(', shortopts),
    synopsis: `${name} [OPTIONS...] COMMAND ...`,
    note: `\`${name} --version\` prints version() of src/basic/util.c with the build features of the box (../version.ts).`,
  });
}

// journalctl: %1$s name, %2$s link, %3$s underline, %4$s normal, %5$s highlight, %6$s normal
const journalctl = show('src/journal/journalctl.c');
const jshort = /getopt_long\(argc, argv, "([^"]+)"/.exec(journalctl)![1];
write({
  name: 'journalctl',
  file: 'src/journal/journalctl.c',
  help: format(helpFormat(journalctl, 'help'), ['journalctl', man('journalctl', '1'), '', '', '', '']),
  flags: options(journalctl, 'static int parse_argv(', jshort),
  synopsis: 'journalctl [OPTIONS...] [MATCHES...]',
  note: '`journalctl --version` prints version() of src/basic/util.c with the build features of the box (../version.ts).',
});

// reboot, poweroff, halt: halt_help(void) prints NAME, " [ARG]" for reboot, highlight, the action, normal, link
const halt = show('src/systemctl/systemctl-compat-halt.c');
const haltFlags = options(halt, 'int halt_parse_argv(', 'pfwdnih');
for (const [name, action] of [
  ['reboot', 'Reboot'],
  ['poweroff', 'Power off'],
  ['halt', 'Halt'],
] as const) {
  write({
    name,
    file: 'src/systemctl/systemctl-compat-halt.c',
    help: format(helpFormat(halt, 'halt_help'), [name, name === 'reboot' ? ' [ARG]' : '', '', action, '', man('halt', '8')]),
    flags: haltFlags,
    synopsis: `${name} [OPTIONS...]${name === 'reboot' ? ' [ARG]' : ''}`,
    note: `systemctl under the name ${name} (systemctl.c: parse_argv → halt_parse_argv); -i and -h are accepted and ignored.`,
  });
}

// shutdown: shutdown_help(void) prints NAME, highlight, normal, link
const shutdown = show('src/systemctl/systemctl-compat-shutdown.c');
write({
  name: 'shutdown',
  file: 'src/systemctl/systemctl-compat-shutdown.c',
  help: format(helpFormat(shutdown, 'shutdown_help'), ['shutdown', '', '', man('shutdown', '8')]),
  flags: options(shutdown, 'int shutdown_parse_argv(', 'HPrhkKat:fFc'),
  synopsis: 'shutdown [OPTIONS...] [TIME] [WALL...]',
  note: 'systemctl under the name shutdown (systemctl.c: parse_argv → shutdown_parse_argv); -a, -t SECS, -f, -F are accepted and ignored.',
});

// systemd-analyze: help(argc, argv, userdata) prints NAME, highlight, normal, the dot(1) link (no "man page" suffix), link
const analyze = show('src/analyze/analyze.c');
write({
  name: 'systemd-analyze',
  file: 'src/analyze/analyze.c',
  help: format(helpFormat(analyze, 'help'), ['systemd-analyze', '', '', 'dot(1)', man('systemd-analyze', '1')]),
  flags: options(analyze, 'static int parse_argv(', 'hH:M:U:'),
  synopsis: 'systemd-analyze [OPTIONS...] COMMAND ...',
  note: '`systemd-analyze --version` prints version() of src/basic/util.c with the build features of the box (../version.ts).',
});

// systemd-cgls: help(void) prints NAME, link
const cgls = show('src/cgls/cgls.c');
write({
  name: 'systemd-cgls',
  file: 'src/cgls/cgls.c',
  help: format(helpFormat(cgls, 'help'), ['systemd-cgls', man('systemd-cgls', '1')]),
  flags: options(cgls, 'static int parse_argv(', '-hkalM:u::'),
  synopsis: 'systemd-cgls [OPTIONS...] [CGROUP...]',
  note: '`systemd-cgls --version` prints version() of src/basic/util.c with the build features of the box (../version.ts).',
});

// coredumpctl: verb_help() prints %1$s name, %2$s link, %3$s underline, %4$s normal, %5$s highlight, %6$s normal
const coredumpctl = show('src/coredump/coredumpctl.c');
write({
  name: 'coredumpctl',
  file: 'src/coredump/coredumpctl.c',
  help: format(helpFormat(coredumpctl, 'verb_help'), ['coredumpctl', man('coredumpctl', '1'), '', '', '', '']),
  flags: options(coredumpctl, 'static int parse_argv(', 'hA:o:F:1D:rS:U:qn:'),
  synopsis: 'coredumpctl [OPTIONS...] COMMAND ...',
  note: '`coredumpctl --version` prints version() of src/basic/util.c with the build features of the box (../version.ts).',
});

// systemd-run: help(void) prints NAME, highlight, normal, link
const systemdRun = show('src/run/run.c');
write({
  name: 'systemd-run',
  file: 'src/run/run.c',
  help: format(helpFormat(systemdRun, 'help'), ['systemd-run', '', '', man('systemd-run', '1')]),
  flags: options(systemdRun, 'static int parse_argv(', '+hrH:M:E:p:tPqGdSu:'),
  synopsis: 'systemd-run [OPTIONS...] COMMAND [ARGUMENTS...]',
  noPermute: true,
  note: '`systemd-run --version` prints version() of src/basic/util.c with the build features of the box (../version.ts).',
});
