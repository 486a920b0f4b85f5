/**
 * Writes the spec and help of the shadow-utils commands the guest has, from the shadow-utils Rocky 9.5 ships
 * (4.9), into src/sim/commands/shadow-utils/<tool>/{spec,help}.ts.
 *
 *   npx tsx scripts/golden/shadow-specs.ts <shadow git dir> [--check]
 *
 * The git dir is a clone of https://github.com/shadow-maint/shadow with its tags. usage() is evaluated by
 * c-usage.ts after dropping shadow's `(void)` casts; `Prog` is the program's name. The preprocessor answers are
 * the build of Rocky's shadow-utils (PAM, SELinux, audit, subordinate IDs, shadow groups; no TCB, no NIS; BtrFS
 * headers present). --check first runs the same readers on the tag of the host's shadow (4.13 on Debian 12, with
 * Debian's answers: no audit) and compares with the host's `--help`.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { preprocess, usageText } from './c-usage';
import { readOptions, type COption } from './c-options';

const LAB_TAG = '4.9';
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: shadow-specs.ts <shadow git dir> [--check]');
  process.exit(2);
}

const ROCKY: Record<string, boolean> = {
  ACCT_TOOLS_SETUID: false, ENABLE_SUBIDS: true, LASTLOG_FILE: true, SHADOWGRP: true, SKEL_DIR: true,
  USER_DEFAULTS_FILE: true, USE_NIS: false, USE_PAM: true, WITH_AUDIT: true, WITH_BTRFS: true, WITH_SELINUX: true,
  WITH_TCB: false, EXTRA_CHECK_HOME_DIR: false, MAIL_SPOOL_DIR: true, HAVE_STRFTIME: true, NO_MOVE_MAILBOX: false,
  FAILLOG_FILE: true, ENABLE_LASTLOG: true, USE_SHA_CRYPT: true, USE_BCRYPT: true, USE_YESCRYPT: true,
};
const DEBIAN: Record<string, boolean> = { ...ROCKY, WITH_AUDIT: false, USE_BCRYPT: false };

const TOOLS = ['useradd', 'userdel', 'usermod', 'groupadd', 'groupdel', 'groupmod', 'chage', 'chpasswd', 'gpasswd', 'lastlog'];

/** usage()'s exit status where it is not E_USAGE (2): lastlog's usage (EXIT_FAILURE). */
const USAGE_STATUS: Record<string, number> = { lastlog: 1 };

const show = (tag: string, p: string) => execSync(`git -C ${repo} show ${tag}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });

function read(tag: string, name: string, defines: Record<string, boolean>) {
  const raw = show(tag, `src/${name}.c`).replace(/\(void\)\s*/g, '');
  // the #if blocks of the whole file (the short-option string of useradd differs with SELinux)
  // `#if defined(A) || defined(B)` (chpasswd's crypt methods) is read as the same answers joined
  const answer = (k: string): boolean =>
    k.split('||').some((a) => a.split('&&').every((b) => {
      const m = /^\s*(!?)\s*(?:defined\s*\(\s*(\w+)\s*\)|(\w+))\s*$/.exec(b);
      return m ? (defines[m[2] ?? m[3]] ?? false) !== (m[1] === '!') : false;
    }));
  const src = preprocess(raw, new Proxy(defines, { has: () => true, get: (_t, k: string) => answer(k) }));
  const help = usageText({ source: src, systemH: '', program: name, known: { Prog: name } });
  const flags: COption[] = readOptions(src).flags;
  return { help, flags };
}

function check(): boolean {
  const host = /shadow-utils ([\d.]+)/.exec(execSync("dpkg-query -W -f='shadow-utils ${Version}' passwd", { encoding: 'utf8' }).replace(/^shadow-utils \d+:/, 'shadow-utils '))![1];
  let ok = true;
  for (const name of TOOLS) {
    const r = read(host, name, DEBIAN);
    let real = '';
    try {
      real = execSync(`env LC_ALL=C.UTF-8 ${name} --help`, { encoding: 'utf8' });
    } catch (e) {
      real = String((e as { stdout?: string }).stdout ?? '');
    }
    const same = real === r.help;
    if (!same) {
      ok = false;
      if (process.env.SHOW_DIFF) { writeFileSync(`/tmp/${name}.want`, real); writeFileSync(`/tmp/${name}.got`, r.help); }
    }
    console.log(`${name} ${host}: ${same ? 'same as the host' : 'DIFFERS from the host'}`);
  }
  return ok;
}

function flagSource(flags: COption[]): string {
  return flags
    .filter((f) => f.long !== 'help')
    .map((f) => {
      const parts: string[] = [];
      if (f.short) parts.push(`short: ${JSON.stringify(f.short)}`);
      if (f.long) parts.push(`long: ${JSON.stringify(f.long)}`);
      if (f.value !== 'none') parts.push(`value: '${f.value}'`);
      return `    { ${parts.join(', ')} },`;
    })
    .join('\n');
}

function write(): void {
  for (const name of TOOLS) {
    const r = read(LAB_TAG, name, ROCKY);
    const dir = path.join(root, 'src/sim/commands/shadow-utils', name);
    mkdirSync(dir, { recursive: true });
    const synopsis = /^Usage: (\S+ .*)$/m.exec(r.help)![1];
    const lines = [
      `// ${name} from shadow-utils ${LAB_TAG} (Rocky 9.5): options from src/${name}.c, help in help.ts.`,
      '// Written by scripts/golden/shadow-specs.ts; edit that script, not this file.',
      `// A bad option: getopt's message, then usage(${USAGE_STATUS[name] ? 'EXIT_FAILURE' : 'E_USAGE'}) prints the help on stderr, exit ${USAGE_STATUS[name] ?? 2}.`,
      "import type { CommandSpec } from '../../../spec/types';",
      '',
      'export const spec: CommandSpec = {',
      `  name: ${JSON.stringify(name)},`,
      "  style: 'gnu',",
      `  synopsis: ${JSON.stringify(synopsis)},`,
      `  usageStatus: ${USAGE_STATUS[name] ?? 2},`,
      "  usageTail: 'help',",
      "  helpFlags: ['--help', '-h'],",
      '  flags: [',
      flagSource(r.flags),
      "    { short: 'h', long: 'help', action: 'help', hidden: true },",
      '  ],',
      "  help: () => import('./help').then((m) => m.help),",
      '};',
      '',
    ];
    writeFileSync(path.join(dir, 'spec.ts'), lines.join('\n'));
    writeFileSync(
      path.join(dir, 'help.ts'),
      `// \`${name} --help\` of shadow-utils ${LAB_TAG}, read from its source by scripts/golden/shadow-specs.ts.\n` +
        `export const help = ${JSON.stringify(r.help)};\n`,
    );
  }
  console.log(`wrote ${TOOLS.length} shadow-utils specs from ${LAB_TAG}`);
}

if (process.argv.includes('--check') && !check()) {
  console.error('the readers do not reproduce the host; nothing written');
  process.exit(1);
}
write();
