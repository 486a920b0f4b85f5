/**
 * Writes the spec and help of each GNU coreutils command the guest has, from the coreutils version Rocky 9.5
 * ships (8.32), into src/sim/commands/coreutils/<tool>/{spec,help}.ts.
 *
 *   npx tsx scripts/golden/gnu-specs.ts <coreutils git dir> [--check]
 *
 * The git dir is a clone of https://github.com/coreutils/coreutils with its tags. --check first runs the same
 * readers on the tag of the host's coreutils (9.1 on Debian 12) and compares with the host's own `--help` and
 * `--version` (LC_ALL=C.UTF-8; the "Report any translation bugs" line, printed only outside en_* locales, is
 * dropped because the guest runs en_US.UTF-8), so a reader bug shows before anything is written.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { usageText, tokenize } from './c-usage';
import { readOptions, type COption } from './c-options';

const LAB_TAG = 'v8.32';
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: gnu-specs.ts <coreutils git dir> [--check]');
  process.exit(2);
}

interface Tool {
  /** Source file name when not <name>.c (per tag when the file moved: md5sum.c became digest.c in 9.0) */
  src?: string | ((tag: string) => string);
  operands?: { min?: number; max?: number; missing?: string };
  numberFlag?: string;
  conditions?: Record<string, boolean>;
  /** Answers for `#if NAME` blocks inside usage(). */
  defines?: Record<string, boolean>;
  /** Options read by hand in the source (no getopt_long table). */
  flags?: COption[];
  usageStatus?: number;
  table?: string;
  /** The short-option string when the source builds it from macros. */
  shortopts?: string;
  /** Rewrite the source first (basenc.c built as base64: its `#if BASE_TYPE == ...` blocks resolved). */
  transform?: (src: string) => string;
  /** The tool reads its own words (expr: gnulib's parse_long_options looks at a lone --help or --version only). */
  rawArgs?: boolean;
  /** Values of the C headers' string macros usage() prints (who: glibc's UTMP_FILE and WTMP_FILE). */
  known?: Record<string, string>;
  /** Why the host's binary cannot be the check (a Debian patch changes its help): --check skips the tool. */
  hostDiffers?: string;
  /** Sources whose functions usage() calls (expand and unexpand: expand-common.c's emit_tab_list_info). */
  also?: string[];
  /** Authors when not the source's AUTHORS macro (arch: uname.c's ARCH_AUTHORS). */
  authors?: string[];
}

/**
 * Resolve the `#if` / `#elif` / `#else` / `#endif` blocks whose condition names only symbols starting with
 * `prefix` (basenc.c's `BASE_TYPE == 64`, md5sum.c's `HASH_ALGO_SHA256 || HASH_ALGO_SHA224`), with `values`
 * for those symbols (an unnamed one is 0); other `#if`s stay.
 */
function resolveIfs(prefix: string, values: Record<string, number>): (src: string) => string {
  const ident = new RegExp(`\\b${prefix}\\w*`, 'g');
  const strip = (c: string) => c.replace(/\/\*.*?\*\//g, '');
  const ours = (c: string) => new RegExp(`\\b${prefix}`).test(strip(c));
  const test = (c: string): boolean => {
    const expr = strip(c)
      .replace(ident, (n) => String(values[n] ?? 0))
      .trim();
    if (!/^[\d\s()!=&|]+$/.test(expr)) throw new Error(`cannot read #if ${c}`);
    return Boolean(new Function(`return (${expr});`)());
  };
  return (src) => {
    const out: string[] = Object.entries(values).map(([k, v]) => `#define ${k} ${v}`);
    const stack: { ours: boolean; on: boolean; taken: boolean }[] = [];
    const active = () => stack.every((f) => f.on);
    for (const line of src.split('\n')) {
      const m = /^\s*#\s*(if|ifdef|ifndef|elif|else|endif)\b\s*(.*)$/.exec(line);
      if (m && m[1] === 'if' && ours(m[2])) {
        const on = test(m[2]);
        stack.push({ ours: true, on, taken: on });
        continue;
      }
      if (m && (m[1] === 'if' || m[1] === 'ifdef' || m[1] === 'ifndef')) stack.push({ ours: false, on: true, taken: true });
      const top = stack[stack.length - 1];
      if (m && top?.ours && m[1] === 'elif') {
        top.on = !top.taken && test(m[2]);
        top.taken ||= top.on;
        continue;
      }
      if (m && top?.ours && m[1] === 'else') {
        top.on = !top.taken;
        continue;
      }
      if (m && m[1] === 'endif') {
        stack.pop();
        if (top?.ours) continue;
      }
      if (active()) out.push(line);
    }
    return out.join('\n');
  };
}

const baseType = (type: number) => resolveIfs('BASE_TYPE', { BASE_TYPE: type });
const hashAlgo = (algo: string) => resolveIfs('HASH_ALGO_', { [`HASH_ALGO_${algo}`]: 1 });

/** md5sum.c of 8.32 is digest.c from 9.0 on (with cksum and sum). */
const digestSrc = (tag: string) => (tag === 'v8.32' ? 'md5sum' : 'digest');

/** glibc's <utmp.h> names of the login records (who and users print them). */
const UTMP = { UTMP_FILE: '/var/run/utmp', WTMP_FILE: '/var/log/wtmp' };

const STD: COption[] = [
  { long: 'help', value: 'none' },
  { long: 'version', value: 'none' },
];

export const TOOLS: Record<string, Tool> = {
  ls: {},
  cat: {},
  touch: { operands: { min: 1, missing: 'missing file operand' } },
  mkdir: { operands: { min: 1, missing: 'missing operand' } },
  rm: { operands: { min: 1, missing: 'missing operand' } },
  cp: { operands: { min: 1, missing: 'missing file operand' } },
  mv: { operands: { min: 1, missing: 'missing file operand' } },
  head: { numberFlag: 'lines' },
  tail: { numberFlag: 'lines' },
  wc: {},
  sort: {},
  uniq: { operands: { max: 2 } },
  tee: {},
  env: { shortopts: '+C:iS:u:v0' },
  chown: { operands: { min: 1, missing: 'missing operand' } },
  chmod: {
    operands: { min: 1, missing: 'missing operand' },
    usageStatus: 1,
    flags: [
      { short: 'c', long: 'changes', value: 'none' },
      { long: 'no-preserve-root', value: 'none' },
      { long: 'preserve-root', value: 'none' },
      { short: 'f', long: 'silent', value: 'none' },
      { long: 'quiet', value: 'none' },
      { long: 'reference', value: 'required' },
      { short: 'R', long: 'recursive', value: 'none' },
      { short: 'v', long: 'verbose', value: 'none' },
      ...STD,
      // a mode such as -w or -x is read as an option by getopt and given back to the mode parser
      ...'rwxXstugoa0123456789'.split('').map((c) => ({ short: c, value: 'optional' as const })),
    ],
  },
  id: {},
  whoami: { flags: STD, operands: { max: 0 }, usageStatus: 1 },
  uname: { table: 'uname_long_options', shortopts: 'asnrvmpio', conditions: { 'uname_mode == UNAME_UNAME': true }, operands: { max: 0 } },
  date: { operands: { max: 1 } },
  sleep: { flags: STD, operands: { min: 1, missing: 'missing operand' }, usageStatus: 1 },
  df: {},
  base64: { src: 'basenc', transform: baseType(64), operands: { max: 1 } },
  printenv: {},
  cut: {},
  tr: {},
  seq: { operands: { min: 1, max: 3, missing: 'missing operand' } },
  basename: { operands: { min: 1, missing: 'missing operand' } },
  dirname: { operands: { min: 1, missing: 'missing operand' } },
  tac: {},
  nproc: { operands: { max: 0 } },
  realpath: { operands: { min: 1, missing: 'missing operand' } },
  readlink: { operands: { min: 1, missing: 'missing operand' } },
  paste: {},
  nl: {},
  fold: {},
  mktemp: {},
  groups: {},
  sync: {},
  nohup: { flags: STD, operands: { min: 1, missing: 'missing operand' }, usageStatus: 125 },
  timeout: {},
  // built with libselinux (Rocky and Debian alike): --terse's format ends in %C
  stat: { operands: { min: 1, missing: 'missing operand' }, defines: { HAVE_SELINUX_SELINUX_H: true } },
  du: {},
  // Linux's link(2) does not follow a symbolic link: -P is the default
  ln: { operands: { min: 1, missing: 'missing file operand' }, conditions: { LINK_FOLLOWS_SYMLINKS: false } },
  rmdir: { operands: { min: 1, missing: 'missing operand' } },
  install: {},
  truncate: {},
  // the open(2) flags Linux has, and no SIGINFO (dd.c makes it SIGUSR1)
  dd: {
    flags: STD,
    defines: { HAVE_POSIX_FADVISE: true },
    conditions: {
      O_CIO: false,
      O_DIRECT: true,
      O_DIRECTORY: true,
      O_DSYNC: true,
      O_SYNC: true,
      O_NONBLOCK: true,
      O_NOATIME: true,
      O_NOCACHE: true,
      O_NOCTTY: true,
      HAVE_WORKING_O_NOFOLLOW: true,
      O_NOLINKS: false,
      O_BINARY: false,
      O_TEXT: false,
      O_COUNT_BYTES: true,
      O_SKIP_BYTES: true,
      O_SEEK_BYTES: true,
      'SIGINFO == SIGUSR1': true,
    },
  },
  md5sum: { src: digestSrc, transform: hashAlgo('MD5'), conditions: { O_BINARY: false } },
  sha1sum: { src: digestSrc, transform: hashAlgo('SHA1'), conditions: { O_BINARY: false } },
  sha256sum: { src: digestSrc, transform: hashAlgo('SHA256'), conditions: { O_BINARY: false } },
  sha512sum: { src: digestSrc, transform: hashAlgo('SHA512'), conditions: { O_BINARY: false } },
  expr: { flags: [], rawArgs: true },
  od: {},
  comm: {},
  join: {},
  split: { numberFlag: 'lines' },
  shuf: {},
  yes: { flags: STD, usageStatus: 1 },
  who: { known: UTMP, hostDiffers: "Debian's who adds --ips (debian/patches), which neither upstream nor Rocky has" },
  tty: { operands: { max: 0 } },
  users: { known: UTMP, flags: STD, usageStatus: 1, operands: { max: 1 } },
  hostid: { flags: STD, usageStatus: 1, operands: { max: 0 } },
  arch: { src: 'uname', table: 'arch_long_options', shortopts: '', conditions: { 'uname_mode == UNAME_UNAME': false }, operands: { max: 0 }, authors: ['David MacKenzie', 'Karel Zak'] },
  factor: {},
  numfmt: {},
  sha224sum: { src: digestSrc, transform: hashAlgo('SHA224'), conditions: { O_BINARY: false } },
  sha384sum: { src: digestSrc, transform: hashAlgo('SHA384'), conditions: { O_BINARY: false } },
  b2sum: { src: digestSrc, transform: hashAlgo('BLAKE2'), conditions: { O_BINARY: false } },
  // 9.0 made cksum and sum digest.c's (cksum -a ALGORITHM): the host's 9.1 says other things
  cksum: { flags: STD, usageStatus: 1, hostDiffers: "9.1's cksum is digest.c (-a, --tag, --check...); 8.32's cksum.c has only --help and --version" },
  sum: { hostDiffers: "9.1's sum is digest.c built for the BSD and System V sums, with digest.c's help" },
  base32: { src: 'basenc', transform: baseType(32), operands: { max: 1 } },
  basenc: { src: 'basenc', transform: baseType(42), operands: { max: 1 } },
  expand: { also: ['expand-common'] },
  unexpand: { also: ['expand-common'] },
  fmt: {},
  pr: {},
  csplit: {},
  tsort: { flags: STD, usageStatus: 1, operands: { max: 1 } },
  ptx: {},
  dir: { src: 'ls' },
  vdir: { src: 'ls' },
  dircolors: {},
  // Linux's <termios.h> (glibc, x86_64): VSWTC, VDISCARD and VREPRINT as stty.c names them; no BSD-only flags
  stty: { rawArgs: true, conditions: { 'tcsetattr_options == TCSADRAIN': true }, defines: { BSDLY: true, CMSPAR: true, CRDLY: true, CRTSCTS: true, ECHOCTL: true, ECHOKE: true, ECHOPRT: true, EXTPROC: true, FFDLY: true, FLUSHO: true, HAVE_C_LINE: true, IMAXBEL: true, IUCLC: true, IUTF8: true, IXANY: true, NLDLY: true, OCRNL: true, OFDEL: true, OFILL: true, OLCUC: true, ONLCR: true, ONLRET: true, ONOCR: true, TAB0: true, TIOCGWINSZ: true, TOSTOP: true, VEOL2: true, VFLUSHO: true, VLNEXT: true, VSWTCH: true, VTDLY: true, VWERASE: true, XCASE: true, TABDLY: true, VREPRINT: true, CDTRDSR: false, VDSUSP: false, VSTATUS: false, CREPRINT: false, OXTABS: false, TIOCEXT: false, 'defined CREPRINT || defined VREPRINT': true, 'defined EXTPROC || defined TIOCEXT': true, 'defined FLUSHO': true, 'defined TABDLY || defined OXTABS': true, 'defined XCASE && defined IUCLC && defined OLCUC': true } },
  // -N (an adjustment) and stty's settings (-echo) are words getopt_long does not know: the run reads them
  // glibc's NZERO is 20: usage() prints the range -20..19
  nice: { rawArgs: true, transform: (src) => src.replace(/-\s*NZERO\s*,\s*NZERO\s*-\s*1/, '"-20", "19"') },
  logname: { flags: STD, usageStatus: 1, operands: { max: 0 } },
  link: { flags: STD, usageStatus: 1, operands: { max: 2 } },
  unlink: { flags: STD, usageStatus: 1, operands: { min: 1, max: 1, missing: 'missing operand' } },
  mkfifo: { operands: { min: 1, missing: 'missing operand' } },
  mknod: {},
  pathchk: { operands: { min: 1, missing: 'missing operand' } },
  pinky: { known: UTMP },
  shred: { known: { DEFAULT_PASSES: '3' }, operands: { min: 1, missing: 'missing file operand' } },
  stdbuf: {},
  // quoteaf always quotes (shell-escape-always style): '/'
  chroot: { transform: (src) => src.replace(/quoteaf\s*\(\s*"\/"\s*\)/, `"'/'"`) },
  chcon: {},
  runcon: {},
};

const show = (tag: string, p: string) => execSync(`git -C ${repo} show ${tag}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });

function authors(src: string): string[] {
  const m = /#\s*define\s+AUTHORS\s*((?:.*\\\n)*.*)/.exec(src);
  if (!m) return [];
  const toks = tokenize(m[1].replace(/\\\n/g, '\n'));
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.t === 'id' && (t.v === 'proper_name' || t.v === 'proper_name_utf8')) {
      const strs: string[] = [];
      let j = i + 2;
      while (toks[j] && toks[j].v !== ')') {
        if (toks[j].t === 'str') strs.push(toks[j].v);
        j++;
      }
      // proper_name_utf8 ("ASCII", "UTF-8 bytes"): a UTF-8 locale prints the second
      out.push(t.v === 'proper_name_utf8' ? Buffer.from(strs[1], 'latin1').toString('utf8') : strs[0]);
      i = j;
    }
  }
  return out;
}

function versionText(program: string, version: string, year: number, names: string[], pkg = 'GNU coreutils'): string {
  let written = '';
  const n = names.length;
  if (n === 1) written = `Written by ${names[0]}.\n`;
  else if (n === 2) written = `Written by ${names[0]} and ${names[1]}.\n`;
  else if (n === 3) written = `Written by ${names[0]}, ${names[1]}, and ${names[2]}.\n`;
  else if (n === 4) written = `Written by ${names[0]}, ${names[1]}, ${names[2]},\nand ${names[3]}.\n`;
  else if (n === 5) written = `Written by ${names[0]}, ${names[1]}, ${names[2]},\n${names[3]}, and ${names[4]}.\n`;
  else written = `Written by ${names.slice(0, 3).join(', ')},\n${names.slice(3, -1).join(', ')}, and ${names[n - 1]}.\n`;
  return (
    `${program} (${pkg}) ${version}\nCopyright (C) ${year} Free Software Foundation, Inc.\n` +
    'License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\n' +
    'This is free software: you are free to change and redistribute it.\n' +
    'There is NO WARRANTY, to the extent permitted by law.\n\n' +
    written
  );
}

const YEAR: Record<string, number> = { 'v8.32': 2020, 'v9.1': 2022 };

function read(tag: string, name: string, tool: Tool) {
  const file = typeof tool.src === 'function' ? tool.src(tag) : (tool.src ?? name);
  const raw = show(tag, `src/${file}.c`) + (tool.also ?? []).map((f) => '\n' + show(tag, `src/${f}.c`)).join('');
  const src = tool.transform ? tool.transform(raw) : raw;
  const systemH = show(tag, 'src/system.h');
  const help = usageText({ source: src, systemH, program: name, conditions: tool.conditions, defines: tool.defines, known: tool.known });
  // parse_gnu_standard_options_only (scan_all false) reads with "+": options stop at the first operand
  const opts = tool.flags ? { flags: tool.flags, permute: !/parse_gnu_standard_options_only\s*\([^;]*\bfalse\b/.test(src), usageStatus: tool.usageStatus ?? 1 } : readOptions(src, tool.table, tool.shortopts);
  // dd.c passes PACKAGE ("coreutils") where the others pass PACKAGE_NAME ("GNU coreutils")
  const pkg = /parse_(?:gnu_standard_options_only|long_options)\s*\([^;]*?PROGRAM_NAME,\s*PACKAGE\s*,/.test(src) ? 'coreutils' : 'GNU coreutils';
  const version = versionText(name, tag.slice(1), YEAR[tag], tool.authors ?? authors(src), pkg);
  return { help, opts, version };
}

function check(): boolean {
  const host = /\(GNU coreutils\) ([\d.]+)/.exec(execSync('ls --version', { encoding: 'utf8' }))![1];
  const tag = 'v' + host;
  YEAR[tag] ??= Number(/Copyright \(C\) (\d+)/.exec(execSync('ls --version', { encoding: 'utf8' }))![1]);
  let ok = true;
  for (const [name, tool] of Object.entries(TOOLS)) {
    if (tool.hostDiffers) {
      console.log(`${name} ${tag}: not checked: ${tool.hostDiffers}`);
      continue;
    }
    const r = read(tag, name, tool);
    const real = (flag: string) => {
      try {
        return execSync(`env LC_ALL=C.UTF-8 ${name} ${flag}`, { encoding: 'utf8' });
      } catch (e) {
        return (e as { stdout: string }).stdout;
      }
    };
    const help = real('--help').replace('Report any translation bugs to <https://translationproject.org/team/>\n', '');
    const same = help === r.help && real('--version') === r.version;
    if (!same) ok = false;
    console.log(`${name} ${tag}: ${same ? 'same as the host' : 'DIFFERS from the host'}`);
  }
  return ok;
}

function flagSource(flags: COption[], numberFlag?: string): string {
  const merged: (COption & { longAliases?: string[] })[] = [];
  for (const f of flags) {
    if (numberFlag && f.short && /\d/.test(f.short) && !f.long) continue;
    if (f.long === 'help' || f.long === 'version') continue;
    const same = f.short && merged.find((m) => m.short === f.short && m.value === f.value);
    if (same && f.long) (same.longAliases ??= []).push(f.long);
    else merged.push({ ...f });
  }
  return merged
    .map((f) => {
      const parts: string[] = [];
      if (f.short) parts.push(`short: ${JSON.stringify(f.short)}`);
      if (f.long) parts.push(`long: ${JSON.stringify(f.long)}`);
      if (f.longAliases) parts.push(`longAliases: ${JSON.stringify(f.longAliases)}`);
      if (f.value !== 'none') parts.push(`value: '${f.value}'`);
      return `    { ${parts.join(', ')} },`;
    })
    .join('\n');
}

function write(): void {
  for (const [name, tool] of Object.entries(TOOLS)) {
    const r = read(LAB_TAG, name, tool);
    const dir = path.join(root, 'src/sim/commands/coreutils', name);
    mkdirSync(dir, { recursive: true });
    const synopsis = /^Usage: (.*)$/m.exec(r.help)![1];
    const lines = [
      `// ${name} from GNU coreutils ${LAB_TAG.slice(1)} (Rocky 9.5): options from src/${typeof tool.src === 'function' ? tool.src(LAB_TAG) : (tool.src ?? name)}.c, help and version in help.ts.`,
      '// Written by scripts/golden/gnu-specs.ts; edit that script, not this file.',
      "import type { CommandSpec } from '../../../spec/types';",
      '',
      'export const spec: CommandSpec = {',
      `  name: ${JSON.stringify(name)},`,
      "  style: 'gnu',",
      `  synopsis: ${JSON.stringify(synopsis)},`,
      r.opts.usageStatus !== 1 ? `  usageStatus: ${r.opts.usageStatus},` : '',
      r.opts.permute ? '' : '  permute: false,',
      // parse_long_options looks at a lone --help or --version only (`expr --help x` is an expression): the run does
      tool.rawArgs ? '  rawArgs: true,\n  helpFlags: [],' : '',
      tool.numberFlag ? `  numberFlag: ${JSON.stringify(tool.numberFlag)},` : '',
      tool.operands ? `  operands: { ${Object.entries(tool.operands).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join(', ')} },` : '',
      '  flags: [',
      flagSource(r.opts.flags, tool.numberFlag),
      '  ],',
      "  help: () => import('./help').then((m) => m.help),",
      "  version: () => import('./help').then((m) => m.version),",
      '};',
      '',
    ].filter((l) => l !== '');
    writeFileSync(path.join(dir, 'spec.ts'), lines.join('\n') + '\n');
    writeFileSync(
      path.join(dir, 'help.ts'),
      `// \`${name} --help\` and \`${name} --version\` of GNU coreutils ${LAB_TAG.slice(1)}, read from its source by scripts/golden/gnu-specs.ts.\n` +
        `export const help = ${JSON.stringify(r.help)};\n\nexport const version = ${JSON.stringify(r.version)};\n`,
    );
  }
  const names = Object.keys(TOOLS);
  writeFileSync(
    path.join(root, 'src/sim/commands/coreutils/index.ts'),
    '// The GNU coreutils commands of the guest, by name: their specs (help loads with each command).\n' +
      '// Written by scripts/golden/gnu-specs.ts.\n' +
      "import type { CommandSpec } from '../../spec/types';\n" +
      names.map((n) => `import { spec as ${n} } from './${n}/spec';`).join('\n') +
      '\n\nexport const COREUTILS: Record<string, CommandSpec> = { ' +
      names.join(', ') +
      ' };\n',
  );
  console.log(`wrote ${names.length} coreutils specs from ${LAB_TAG}`);
}

if (process.argv.includes('--check') && !check()) {
  console.error('the readers do not reproduce the host; nothing written');
  process.exit(1);
}
write();
