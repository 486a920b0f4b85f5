/**
 * Writes the spec and help of the util-linux commands the guest has, from the util-linux Rocky 9.5 ships
 * (2.37.4), into src/sim/commands/util-linux/<tool>/{spec,help}.ts.
 *
 *   npx tsx scripts/golden/util-linux-specs.ts <util-linux git dir> [--check]
 *
 * The git dir is a clone of https://github.com/util-linux/util-linux with its tags. usage() is evaluated by
 * c-usage.ts after two rewrites of util-linux's own idioms: USAGE_HELP_OPTIONS(n) (a multi-line macro of c.h)
 * and the loop that prints the output columns from the tool's infos[] table. --check first runs the same
 * readers on the tag of the host's util-linux (2.38.1 on Debian 12) and compares with the host's `--help`.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { usageText, tokenize } from './c-usage';
import { readOptions, type COption } from './c-options';

const LAB_TAG = 'v2.37.4';
const root = path.resolve(import.meta.dirname, '../..');
const repo = process.argv[2];
if (!repo) {
  console.error('usage: util-linux-specs.ts <util-linux git dir> [--check]');
  process.exit(2);
}

interface Tool {
  src: string;
  /** Answers for `if (...)` in usage(). */
  conditions?: Record<string, boolean>;
  /** Exit status of errtryhelp() on a bad option. */
  usageStatus?: number;
  /** The tool reads its own argv (whereis): no option table. */
  raw?: boolean;
  /** `--version` when it is not `<name> from util-linux <v>`: from the tag's sources (tag without the v). */
  version?: (v: string, tag: string) => string;
  /** More spec lines (more's `-<number>`, read by its own argv pass before getopt). */
  extra?: string[];
  /** Answers for `#ifdef` blocks in usage() (Rocky's build: systemd, SELinux, Linux). */
  defines?: Record<string, boolean>;
  /** The short options when getopt_long() reads them from a variable the option reader does not follow. */
  shortopts?: string;
  /** usage() prints from libfdisk's or the tool's own tables through helpers the evaluator does not run: the
   * host's `--help` instead, when the sources it comes from are the same at both tags (checked by `same`), less
   * what the newer release added (`edit`). */
  hostHelp?: { same: string[]; edit?: (help: string) => string };
  /** usage() changed in the host's release in ways the readers do not follow: not compared (--check). */
  noCheck?: boolean;
  /** The synopsis when usage() has no `Usage:` line (chrt). */
  synopsis?: string;
  /** usage() ends with fdisk-list.c's list_available_columns(): libfdisk's field tables, the same at both tags
   * (checked), printed as the host's fdisk --help prints them. */
  fdiskColumns?: boolean;
  /** A rewrite of the source before it is read (namei names itself through a local variable). */
  patch?: (src: string) => string;
}

const TOOLS: Record<string, Tool> = {
  lsblk: { src: 'misc-utils/lsblk.c' },
  su: { src: 'login-utils/su-common.c', conditions: { 'mode == SU_MODE': true } },
  swapon: { src: 'sys-utils/swapon.c' },
  swapoff: { src: 'sys-utils/swapoff.c', usageStatus: 16 },
  more: { src: 'text-utils/more.c', extra: ["  numberFlag: 'lines',"] },
  whereis: { src: 'misc-utils/whereis.c', raw: true },
  rev: { src: 'text-utils/rev.c' },
  uuidgen: { src: 'misc-utils/uuidgen.c' },
  last: { src: 'login-utils/last.c', conditions: { 'ctl -> lastb': false, 'out == stderr': false } },
  dmesg: { src: 'sys-utils/dmesg.c' },
  lscpu: { src: 'sys-utils/lscpu.c' },
  mount: { src: 'sys-utils/mount.c', version: (v) => libmountVersion('mount', v) },
  umount: { src: 'sys-utils/umount.c', version: (v) => libmountVersion('umount', v) },
  findmnt: { src: 'misc-utils/findmnt.c' },
  // blkid.c: "%s from %s  (libblkid %s, %s)\n" with configure.ac's LIBBLKID_VERSION and LIBBLKID_DATE
  blkid: { src: 'misc-utils/blkid.c', version: (v, tag) => `blkid from util-linux ${v}  (libblkid ${v}, ${/^LIBBLKID_DATE="([^"]+)"/m.exec(show(tag, 'configure.ac'))![1]})\n` },
  column: { src: 'text-utils/column.c' },
  cal: { src: 'misc-utils/cal.c' },
  hexdump: { src: 'text-utils/hexdump.c' },
  col: { src: 'text-utils/col.c' },
  colrm: { src: 'text-utils/colrm.c' },
  look: { src: 'misc-utils/look.c' },
  rename: { src: 'misc-utils/rename.c' },
  namei: { src: 'misc-utils/namei.c', conditions: { '! * p': false }, patch: (src) => src.replace(/(<pathname>\.\.\.\\n"\), )p\)/, '$1program_invocation_short_name)') },
  // getopt reads its own options with '+' (up to the first operand) and the script's after them: raw argv
  getopt: { src: 'misc-utils/getopt.c', raw: true, usageStatus: 2 },
  logger: { src: 'misc-utils/logger.c', defines: { HAVE_LIBSYSTEMD: true } },
  flock: { src: 'sys-utils/flock.c' },
  fallocate: { src: 'sys-utils/fallocate.c', defines: { HAVE_POSIX_FALLOCATE: true } },
  mkswap: { src: 'disk-utils/mkswap.c' },
  // usage() ends with list_available_columns(), libfdisk's field tables (the same at both tags)
  fdisk: { src: 'disk-utils/fdisk.c', hostHelp: { same: ['libfdisk/src/dos.c:dos_fields', 'libfdisk/src/gpt.c:gpt_fields', 'libfdisk/src/bsd.c:bsd_fields', 'libfdisk/src/sgi.c:sgi_fields', 'libfdisk/src/sun.c:sun_fields', 'disk-utils/fdisk.c:usage'] } },
  // usage() prints the ioctl table bdcms[] with puts() and a loop
  blockdev: { src: 'disk-utils/blockdev.c', raw: true, hostHelp: { same: ['disk-utils/blockdev.c:usage', 'disk-utils/blockdev.c:bdcms'] } },
  renice: { src: 'sys-utils/renice.c', raw: true },
  taskset: { src: 'schedutils/taskset.c' },
  chrt: { src: 'schedutils/chrt.c', synopsis: 'chrt [options] <priority> <command> [<arg>...]' },
  ionice: { src: 'schedutils/ionice.c' },
  prlimit: { src: 'sys-utils/prlimit.c' },
  runuser: { src: 'login-utils/su-common.c', conditions: { 'mode == SU_MODE': false } },
  setsid: { src: 'sys-utils/setsid.c' },
  nsenter: { src: 'sys-utils/nsenter.c', defines: { HAVE_LIBSELINUX: true } },
  unshare: { src: 'sys-utils/unshare.c' },
  lsns: { src: 'sys-utils/lsns.c' },
  lslogins: { src: 'login-utils/lslogins.c' },
  lsmem: { src: 'sys-utils/lsmem.c' },
  // usage() prints coldescs[] by index ranges; 2.38 added -y/--shell
  lsipc: { src: 'sys-utils/lsipc.c', hostHelp: { same: ['sys-utils/lsipc.c:coldescs'], edit: (h) => h.replace(/^ -y, --shell .*\n/m, '') } },
  ipcs: { src: 'sys-utils/ipcs.c', shortopts: 'i:qmsatpclubVh' },
  lslocks: { src: 'misc-utils/lslocks.c' },
  script: { src: 'term-utils/script.c' },
  wall: { src: 'term-utils/wall.c' },
  mesg: { src: 'term-utils/mesg.c' },
  utmpdump: { src: 'login-utils/utmpdump.c' },
  wipefs: { src: 'misc-utils/wipefs.c' },
  zramctl: { src: 'sys-utils/zramctl.c' },
  ipcrm: { src: 'sys-utils/ipcrm.c' },
  ul: { src: 'text-utils/ul.c' },
  partx: { src: 'disk-utils/partx.c' },
  sfdisk: { src: 'disk-utils/sfdisk.c', fdiskColumns: true },
  findfs: { src: 'misc-utils/findfs.c' },
  // 2.38 rewrote hwclock's usage() (a parameter list read in a loop): only 2.37.4's is read, not compared
  losetup: { src: 'sys-utils/losetup.c' },
  eject: { src: 'sys-utils/eject.c' },
  mkfs: { src: 'disk-utils/mkfs.c', raw: true },
  fsck: { src: 'disk-utils/fsck.c', raw: true },
  cfdisk: { src: 'disk-utils/cfdisk.c' },
  setterm: { src: 'term-utils/setterm.c', raw: true },
  hwclock: { src: 'sys-utils/hwclock.c', defines: { __linux__: true, 'defined(__linux__) && defined(__alpha__)': false }, noCheck: true },
};

/**
 * mount.c's mount_print_version (and umount.c's): "%s from %s (libmount %s" and the features of
 * libmount/src/version.c that the build has. Rocky's build, after configure.ac's defaults at the tag and the
 * configure flags of the Fedora/RHEL util-linux.spec (--with-selinux; no --with-smack, --with-cryptsetup or
 * --enable-libmount-support-mtab; linux/btrfs.h is in kernel-headers; NDEBUG is not defined):
 * selinux, btrfs, namespaces, assert, debug. No transcript of Rocky's own `mount -V` was found.
 */
function libmountVersion(name: string, v: string): string {
  return `${name} from util-linux ${v} (libmount ${v}: selinux, btrfs, namespaces, assert, debug)\n`;
}

/** `--only a,b`: read and write only these tools. */
const onlyArg = process.argv.indexOf('--only');
const ONLY = onlyArg > 0 ? new Set(process.argv[onlyArg + 1].split(',')) : null;
const selected = () => Object.entries(TOOLS).filter(([n]) => !ONLY || ONLY.has(n));
const onHost = (name: string) => {
  try {
    execSync(`command -v ${name}`, { shell: '/bin/bash', stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const show = (tag: string, p: string) => execSync(`git -C ${repo} show ${tag}:${p}`, { encoding: 'utf8', maxBuffer: 1 << 26 });

/** The rows of a `NAME[] = { [COL_X] = { "NAME", ..., N_("help") }, ... }` table (infos[], coldescs_cpu[], dmesg's
 * level_names[]), in the order of its index enum when the rows are designated. */
function infos(src: string, table = 'infos'): { name: string; help: string }[] {
  const start = new RegExp(`\\b${table}\\s*\\[\\s*\\]\\s*=\\s*\\{`).exec(src);
  if (!start) throw new Error(`no ${table}[] table`);
  const body = src.slice(start.index + start[0].length, src.indexOf('\n};', start.index));
  // the enum that indexes the rows: the one holding the first designator (COL_NAME in lsblk, COL_CPU_* in lscpu)
  const first = /\[\s*(COL_\w+)\s*\]\s*=/.exec(body)?.[1] ?? 'COL_NAME';
  const en = new RegExp(`enum\\s*\\{([^}]*\\b${first}\\b[^}]*)\\}`).exec(src);
  const order = en ? [...en[1].replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/\b(COL_\w+)/g)].map((m) => m[1]) : [];
  const rows: { name: string; help: string; key: number }[] = [];
  let i = 0;
  while ((i = body.indexOf('{', i)) >= 0) {
    const end = body.indexOf('}', i);
    const toks = tokenize(body.slice(i + 1, end));
    const n = toks.findIndex((x) => x.v === 'N_');
    const des = /\[\s*(COL_\w+)\s*\]\s*=\s*$/.exec(body.slice(0, i));
    rows.push({
      name: toks.find((x) => x.t === 'str')!.v,
      // the strings of the first N_() only (lslogins' rows have a second one, the pretty name)
      help: toks.slice(n + 2, toks.findIndex((x, k) => k > n + 1 && x.t !== 'str')).map((x) => x.v).join(''),
      key: des && order.includes(des[1]) ? order.indexOf(des[1]) : rows.length,
    });
    i = end + 1;
  }
  return rows.sort((x, y) => x.key - y.key);
}

/** util-linux idioms the generic evaluator does not read, rewritten into plain printf calls. */
function rewrite(src: string, cH: string): string {
  let out = src.replace(/USAGE_HELP_OPTIONS\s*\(\s*(\d+)\s*\)/g, (_m, n: string) => `"%-${n}s%s\\n%-${n}s%s\\n", " -h, --help", USAGE_OPTSTR_HELP, " -V, --version", USAGE_OPTSTR_VERSION`);
  // `for (i = 0; i < ARRAY_SIZE(bound); i++) fprintf(out, "fmt", rows[i].name, _(rows[i].help));` over a table
  // of the source; the bound may be another table (dmesg prints as many facilities as there are levels)
  out = out.replace(/for\s*\(\s*i\s*=\s*0\s*;\s*i\s*<\s*(?:ARRAY_SIZE\((\w+)\)|NCOLS)\s*;\s*i\+\+\s*\)\s*fprintf\((?:out|stdout),\s*("(?:[^"\\]|\\.)*")\s*,\s*(\w+)\[i\]\.name\s*,\s*_\(\3\[i\]\.help\)\s*\)\s*;/g, (_m, bound: string | undefined, f: string, table: string) =>
    infos(src, table).slice(0, infos(src, bound ?? table).length).map((r) => `fprintf(out, ${f}, ${JSON.stringify(r.name)}, ${JSON.stringify(r.help)});`).join('\n'),
  );
  // colors.h: configure.ac enables colors-default unless --disable-colors-default, which Fedora's and RHEL's
  // util-linux.spec do not pass (and Debian's build, which the --check compares with, neither)
  out = out.replace(/\bUSAGE_COLORS_DEFAULT\b/g, '_("colors are enabled by default")');
  // USAGE_MAN_TAIL inside helpers that usage() calls (su's usage_su) is not expanded by the evaluator
  out = out.replace(/USAGE_MAN_TAIL\(("[^"]*")\)/g, (_m, man: string) => `_("\\nFor more details see %s.\\n"), ${man}`);
  // USAGE_ARG_SIZE(name) of c.h (blkid): its body with the name put in
  const argSize = /#define USAGE_ARG_SIZE\(_name\)\s*\\\n([\s\S]*?[^\\])\n/.exec(cH);
  if (argSize) {
    const body = argSize[1].replace(/\\\n/g, ' ');
    out = out.replace(/USAGE_ARG_SIZE\((_\("[^"]*"\))\)/g, (_m, name: string) => body.replace(/\b_name\b/, name));
  }
  // glibc's <paths.h> (last)
  out = out.replace(/\b_PATH_RTC_DEV\b/g, '"/dev/rtc0"').replace(/\b_PATH_ADJTIME\b/g, '"/etc/adjtime"');
  out = out.replace(/\b_PATH_WTMP\b/g, '"/var/log/wtmp"').replace(/\b_PATH_BTMP\b/g, '"/var/log/btmp"');
  // positional arguments of a single-argument printf (hwclock's %1$s, ipcrm's and losetup's program name twice):
  // one %s and the argument repeated for each
  out = out.replace(/(f?printf\(\s*(?:out,|stdout,)?\s*_\(((?:\s*"(?:[^"\\]|\\.)*"\s*)+)\)\s*,\s*)([A-Za-z_]\w*)\s*\)/g, (m, head: string, strs: string, arg: string) => {
    const n = (strs.match(/%1\$s/g) ?? []).length;
    if (!n) return m;
    return head.replace(/%1\$s/g, '%s') + Array(n).fill(arg).join(', ') + ')';
  });
  // puts(s) (hwclock, wipefs): s and a newline
  out = out.replace(/\bputs\(\s*(_\("(?:[^"\\]|\\.)*"\))\s*\);/g, 'fputs($1, stdout); fputs("\\n", stdout);');
  // fputc('\n', out) (findmnt)
  out = out.replace(/fputc\('\\n',\s*out\)/g, 'fputs("\\n", out)');
  // more.c parses a copy of argv
  return out.replace(/getopt_long\(as_argc, as_argv,/, 'getopt_long(argc, argv,');
}

function read(tag: string, name: string, tool: Tool) {
  const cH = show(tag, 'include/c.h');
  let raw = (tool.patch ?? ((x: string) => x))(show(tag, tool.src));
  if (tool.fdiskColumns) {
    const host = 'v' + /util-linux ([\d.]+)/.exec(execSync('fdisk --version', { encoding: 'utf8' }))![1];
    for (const t of ['dos', 'gpt', 'bsd', 'sgi', 'sun']) if (piece(tag, `libfdisk/src/${t}.c:${t}_fields`) !== piece(host, `libfdisk/src/${t}.c:${t}_fields`)) throw new Error(`${t}_fields differ`);
    const help = execSync('env LC_ALL=C.UTF-8 fdisk --help', { encoding: 'utf8' });
    const cols = help.slice(help.indexOf('\nAvailable output columns:'), help.indexOf('\nFor more details'));
    raw = raw.replace(/list_available_columns\(out\);/, `fputs(${JSON.stringify(cols)}, out);`);
  }
  const src = rewrite(raw, cH);
  const help = tool.hostHelp ? fromHost(tag, name, tool.hostHelp) : usageText({ source: src, systemH: cH, program: name, conditions: tool.conditions, defines: tool.defines });
  const flags: COption[] = tool.raw ? [] : readOptions(src, undefined, tool.shortopts).flags;
  const version = tool.version ? tool.version(tag.slice(1), tag) : `${name} from util-linux ${tag.slice(1)}\n`;
  // "+..." short options: getopt stops at the first operand (the command the tool runs)
  const plus = /getopt_long\s*\([^"]*"\+/.test(src);
  return { help, flags, version, plus };
}

/** The part of a source a hostHelp tool's text comes from: `file:usage` (the usage() function), `file:NAME` (the
 * table or function whose name starts with NAME). */
function piece(tag: string, spec: string): string {
  const [file, what] = spec.split(':');
  const src = show(tag, file);
  const at = what === 'usage' ? src.search(/\busage\s*\((void)?\)\s*\n?\{/) : src.search(new RegExp(`\\b${what}\\w*(\\[\\])?\\s*(\\[\\])?\\s*=\\s*\\{`));
  if (at < 0) throw new Error(`${spec}: not found at ${tag}`);
  return src.slice(at, src.indexOf('\n}', at));
}

function fromHost(tag: string, name: string, h: NonNullable<Tool['hostHelp']>): string {
  const host = 'v' + /util-linux ([\d.]+)/.exec(execSync(`${name} --version`, { encoding: 'utf8' }))![1];
  for (const spec of h.same) if (piece(tag, spec) !== piece(host, spec)) throw new Error(`${name}: ${spec} differs between ${tag} and ${host}`);
  const text = execSync(`env LC_ALL=C.UTF-8 ${name} --help`, { encoding: 'utf8' });
  return tag === host ? text : (h.edit ?? ((t) => t))(text);
}

function check(): boolean {
  const host = /util-linux ([\d.]+)/.exec(execSync('lsblk --version', { encoding: 'utf8' }))![1];
  let ok = true;
  for (const [name, tool] of selected()) {
    // Debian builds some programs from other sources (cal is ncal's) or not at all: nothing to compare with
    if (tool.noCheck) {
      console.log(`${name}: usage() differs in the host's release, not compared`);
      continue;
    }
    if (!onHost(name) || !execSync(`${name} --version 2>&1 || true`, { shell: '/bin/bash', encoding: 'utf8' }).includes('util-linux')) {
      console.log(`${name}: not util-linux's on the host, not compared`);
      continue;
    }
    const r = read('v' + host, name, tool);
    const real = execSync(`env LC_ALL=C.UTF-8 ${name} --help || true`, { shell: '/bin/bash', encoding: 'utf8' });
    const realV = execSync(`${name} --version`, { encoding: 'utf8' });
    const same = real === r.help && (!tool.version || name.endsWith('mount') || realV === r.version);
    if (!same) {
      ok = false;
      if (process.env.SHOW_DIFF) { writeFileSync(`/tmp/${name}.want`, real); writeFileSync(`/tmp/${name}.got`, r.help); }
    }
    console.log(`${name} v${host}: ${same ? 'same as the host' : 'DIFFERS from the host'}`);
  }
  return ok;
}

function flagSource(flags: COption[]): string {
  const merged: (COption & { longAliases?: string[] })[] = [];
  for (const f of flags) {
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
  for (const [name, tool] of selected()) {
    const r = read(LAB_TAG, name, tool);
    const dir = path.join(root, 'src/sim/commands/util-linux', name);
    mkdirSync(dir, { recursive: true });
    const synopsis = tool.synopsis ?? name + ' ' + (/^Usage:\n (\S+) (.*)$/m.exec(r.help) ?? /^Usage: (\S+) (.*)$/m.exec(r.help))![2];
    const hasV = r.flags.some((f) => f.short === 'V' && f.long === 'version');
    const hasH = r.flags.some((f) => f.short === 'h' && f.long === 'help');
    // col's help is -H (its -h is --tabs)
    const otherH = r.flags.find((f) => f.long === 'help' && f.short && f.short !== 'h')?.short;
    const lines = [
      `// ${name} from util-linux ${LAB_TAG.slice(1)} (Rocky 9.5): options from ${tool.src}, help and version in help.ts.`,
      '// Written by scripts/golden/util-linux-specs.ts; edit that script, not this file.',
      "import type { CommandSpec } from '../../../spec/types';",
      '',
      'export const spec: CommandSpec = {',
      `  name: ${JSON.stringify(name)},`,
      "  style: 'gnu',",
      `  synopsis: ${JSON.stringify(synopsis)},`,
      tool.usageStatus ? `  usageStatus: ${tool.usageStatus},` : '',
      tool.raw ? '  rawArgs: true,' : '',
      !tool.raw && r.plus ? '  permute: false,' : '',
      ...(tool.extra ?? []),
      tool.raw ? "  helpFlags: ['--help']," : hasH ? "  helpFlags: ['--help', '-h']," : otherH ? `  helpFlags: ['--help', '-${otherH}'],` : '',
      '  flags: [',
      tool.raw ? '' : flagSource(r.flags),
      hasH ? "    { short: 'h', long: 'help', action: 'help', hidden: true }," : otherH ? `    { short: '${otherH}', long: 'help', action: 'help', hidden: true },` : '',
      hasV ? "    { short: 'V', long: 'version', action: 'version', hidden: true }," : '',
      '  ],',
      "  help: () => import('./help').then((m) => m.help),",
      "  version: () => import('./help').then((m) => m.version),",
      '};',
      '',
    ].filter((l) => l !== '');
    writeFileSync(path.join(dir, 'spec.ts'), lines.join('\n') + '\n');
    writeFileSync(
      path.join(dir, 'help.ts'),
      `// \`${name} --help\` and \`${name} --version\` of util-linux ${LAB_TAG.slice(1)}, read from its source by scripts/golden/util-linux-specs.ts.\n` +
        `export const help = ${JSON.stringify(r.help)};\n\nexport const version = ${JSON.stringify(r.version)};\n`,
    );
  }
  console.log(`wrote ${selected().length} util-linux specs from ${LAB_TAG}`);
}

if (process.argv.includes('--check') && !check()) {
  console.error('the readers do not reproduce the host; nothing written');
  process.exit(1);
}
write();
