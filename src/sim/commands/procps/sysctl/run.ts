// sysctl of procps-ng 3.3.17 (options and help in spec.ts), as sysctl.c's main(), ReadSetting(), WriteSetting() and
// Preload() read their arguments: the keys are the guest's kernel parameters (LinuxSystem.sysctl and the defaults of
// lib/files), a key with keys below it is a directory of /proc/sys.
import type { CommandContext } from '../../../context';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { readFile, sysctlKeys, sysctlValue } from '../../lib/files';
import { globExpand } from '../../../shell/expand';
import { vendorSysctl } from '../../lib/sysctl-boot';

const PROC = '/proc/sys/';
/** sysctl.c's DEPRECATED table: -a leaves these out without --deprecated, a write to one is refused. */
const DEPRECATED = new Set(['base_reachable_time', 'retrans_time']);
const TRY = "Try `sysctl --help' for more information.";

interface State {
  ctx: CommandContext;
  printName: boolean;
  printNewline: boolean;
  ignoreError: boolean;
  nameOnly: boolean;
  quiet: boolean;
  ignoreDeprecated: boolean;
  pattern?: RegExp | null;
}

/** The keys /proc/sys holds on this guest, sorted as its directories list them. */
function allKeys(ctx: CommandContext): string[] {
  return sysctlKeys(ctx.host);
}

/** What stat() finds at a key: a file (a parameter), a directory (keys below it) or nothing. */
function lookup(ctx: CommandContext, key: string): 'file' | 'dir' | null {
  if (sysctlValue(ctx.host, key) !== null) return 'file';
  return key === '' || allKeys(ctx).some((k) => k.startsWith(key + '.')) ? 'dir' : null;
}

/** slashdot(): turn `old` separators into `new` (and the other way), warning once about a repeated one. */
function slashdot(ctx: CommandContext, p: string, old: string, neu: string): string {
  const first = p.search(/[/.]/);
  if (first < 0 || p[first] === neu) return p;
  let warned = false;
  const chars = [...p];
  for (let i = first; i < chars.length; i++) {
    const c = chars[i];
    if (c !== '/' && c !== '.') continue;
    if (!warned && (chars[i + 1] === '/' || chars[i + 1] === '.')) {
      ctx.err(`sysctl: separators should not be repeated: ${chars.slice(i).join('')}\n`);
      warned = true;
    }
    chars[i] = c === old ? neu : old;
  }
  return chars.join('');
}

/** pattern_match(): regcomp(REG_EXTENDED) of -r; a pattern that does not compile matches nothing. */
function compile(p: string): RegExp | null {
  try {
    return new RegExp(p);
  } catch {
    return null;
  }
}

function readSetting(st: State, name: string): number {
  const { ctx } = st;
  if (!name) {
    ctx.err(`sysctl: "${name}" is an unknown key\n`);
    return -1;
  }
  const outname = slashdot(ctx, name, '/', '.');
  const path = slashdot(ctx, name, '.', '/');
  const key = path.replace(/\/+$/, '').replace(/\//g, '.');
  const kind = lookup(ctx, key);
  if (!kind) {
    if (st.ignoreError) return 0;
    ctx.err(`sysctl: cannot stat ${PROC}${path}: No such file or directory\n`);
    return -1;
  }
  if (kind === 'dir') return displayAll(st, key);
  if (st.pattern !== undefined && !(st.pattern && st.pattern.test(outname))) return 0;
  if (st.nameOnly) {
    ctx.out(outname + '\n');
    return 0;
  }
  const v = sysctlValue(ctx.host, key)!;
  ctx.out(st.printName ? `${outname} = ${v}\n` : st.printNewline ? v + '\n' : v);
  return 0;
}

/** DisplayAll(): every parameter below a directory, through ReadSetting. */
function displayAll(st: State, dir: string): number {
  let rc = 0;
  for (const k of allKeys(st.ctx)) {
    if (dir && !k.startsWith(dir + '.')) continue;
    if (st.ignoreDeprecated && DEPRECATED.has(k.slice(k.lastIndexOf('.') + 1))) continue;
    rc |= readSetting(st, k);
  }
  return rc;
}

function writeSetting(st: State, setting: string): number {
  const { ctx } = st;
  const eq = setting.indexOf('=');
  if (eq < 0) {
    ctx.err(`sysctl: "${setting}" must be of the form name=value\n`);
    return -1;
  }
  const value = setting.slice(eq + 1);
  if (eq === 0) {
    ctx.err(`sysctl: malformed setting "${setting}"\n`);
    return -2;
  }
  const ignoreFailure = setting[0] === '-';
  const name = setting.slice(ignoreFailure ? 1 : 0, eq);
  const path = slashdot(ctx, name, '.', '/');
  const outname = slashdot(ctx, name, '/', '.');
  const key = path.replace(/\//g, '.');
  const ignoring = ignoreFailure ? ', ignoring' : '';
  if (DEPRECATED.has(outname.slice(outname.lastIndexOf('.') + 1)) && outname.includes('.')) {
    ctx.err(`sysctl: ${outname} is deprecated, value not set\n`);
    return 0;
  }
  const kind = lookup(ctx, key);
  if (!kind) {
    if (st.ignoreError) return 0;
    ctx.err(`sysctl: cannot stat ${PROC}${path}: No such file or directory\n`);
    return -1;
  }
  if (kind === 'dir') {
    // a directory has no write bit: xwarn() names errno, which 3.3.17 leaves as it was; procps-ng 4.0.2 (recorded)
    // says Invalid argument
    ctx.err(`sysctl: setting key "${outname}": Invalid argument\n`);
    return 0;
  }
  if (!isRoot(ctx)) {
    ctx.err(`sysctl: permission denied on key "${outname}"${ignoring}\n`);
    return ignoreFailure ? 0 : -1;
  }
  // the kernel's integer handlers refuse a value that is not a number (the write fails when the stream closes)
  const old = sysctlValue(ctx.host, key)!;
  if (/^-?\d+(\s+-?\d+)*$/.test(old) && !/^\s*-?\d+(\s+-?\d+)*\s*$/.test(value)) {
    ctx.err(`sysctl: setting key "${outname}": Invalid argument\n`);
    return 0;
  }
  ctx.host.sys!.sysctl.set(key, value.trim());
  if (st.quiet) return 0;
  ctx.out(st.nameOnly ? outname + '\n' : st.printName ? `${outname} = ${value}\n` : st.printNewline ? value + '\n' : value);
  return 0;
}

/** Preload(): the settings of a file (or `-`, standard input), its lines numbered across the files a glob gives. */
function preload(st: State, filename: string, text?: string): number {
  const { ctx } = st;
  const files = text !== undefined || filename === '-' || !/[*?[{~]/.test(filename) ? [filename] : globExpand(ctx.host, ctx.frame, filename);
  let rc = 0;
  let n = 0;
  for (const f of files.length ? files : [filename]) {
    let body: string;
    if (text !== undefined) body = text;
    else if (f === '-') body = ctx.stdin ?? '';
    else {
      const r = readFile(ctx, ctx.resolve(f));
      if (!r.ok) {
        ctx.err(`sysctl: cannot open "${f}": ${r.errno === 'EACCES' ? 'Permission denied' : r.errno === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}\n`);
        return -1;
      }
      body = r.text;
    }
    const lines = body.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    for (const raw of lines) {
      n++;
      const t = raw.replace(/[ \t\r\n]+$/, '').replace(/^[ \t]+/, '');
      if (t.length < 2 || t[0] === '#' || t[0] === ';') continue;
      const lead = t.match(/^=*/)![0].length;
      const eq = t.indexOf('=', lead);
      const name = (eq < 0 ? t.slice(lead) : t.slice(lead, eq)).replace(/[ \t]+$/, '').replace(/^[ \t]+/, '');
      if (st.pattern !== undefined && !(st.pattern && st.pattern.test(name))) continue;
      const value = eq < 0 ? '' : t.slice(eq + 1).replace(/^[ \t]+/, '');
      if (eq < 0 || !value) {
        ctx.err(`sysctl: ${f}(${n}): invalid syntax, continuing...\n`);
        continue;
      }
      rc |= writeSetting(st, `${name}=${value}`);
    }
  }
  return rc;
}

/** PreloadSystem(): the .conf files of the sysctl.d directories by name (the first directory holding a name wins), then /etc/sysctl.conf. */
function preloadSystem(st: State): number {
  const { ctx } = st;
  const files = new Map<string, { path: string; text?: string }>();
  for (const dir of ['/etc/sysctl.d', '/run/sysctl.d', '/usr/local/lib/sysctl.d']) {
    const list = ctx.host.fs.list(dir);
    if (typeof list === 'string') continue;
    for (const f of list) if (f.name.length >= 5 && f.name.endsWith('.conf') && !files.has(f.name)) files.set(f.name, { path: `${dir}/${f.name}` });
  }
  // procps-ng's own /etc/sysctl.d/99-sysctl.conf, a link to ../sysctl.conf
  const conf = readFile(ctx, '/etc/sysctl.conf');
  if (!files.has('99-sysctl.conf')) files.set('99-sysctl.conf', { path: '/etc/sysctl.d/99-sysctl.conf', text: conf.ok ? conf.text : '' });
  for (const [name, kv] of vendorSysctl(ctx.host)) if (!files.has(name)) files.set(name, { path: `/usr/lib/sysctl.d/${name}`, text: kv.map(([k, v]) => `${k} = ${v}\n`).join('') });
  let rc = 0;
  for (const name of [...files.keys()].sort()) {
    const f = files.get(name)!;
    if (!st.quiet) ctx.out(`* Applying ${f.path} ...\n`);
    rc |= preload(st, f.path, f.text);
  }
  if (conf.ok) {
    if (!st.quiet) ctx.out('* Applying /etc/sysctl.conf ...\n');
    rc |= preload(st, '/etc/sysctl.conf', conf.text);
  }
  return rc;
}

/** main()'s return value as the exit status the shell sees. */
const status = (rc: number) => rc & 0xff;

def({
  name: 'sysctl',
  summary: 'configure kernel parameters at runtime',
  available: linuxOnly,
  *run(ctx) {
    // `if (argc < 2) Usage(stderr);`
    if (ctx.args.length === 0) {
      ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
      return 1;
    }
    const st: State = { ctx, printName: true, printNewline: true, ignoreError: false, nameOnly: false, quiet: false, ignoreDeprecated: true };
    let write = false;
    let all = false;
    let load = false;
    let loadFile: string | undefined;
    for (const o of ctx.opts?.list ?? []) {
      switch (o.key) {
        case 'binary':
          st.printNewline = false;
          st.printName = false;
          break;
        case 'values':
          st.printName = false;
          break;
        case 'ignore':
          st.ignoreError = true;
          break;
        case 'names':
          st.nameOnly = true;
          break;
        case 'write':
          write = true;
          break;
        case 'f':
        case 'load':
          load = true;
          if (typeof o.value === 'string') loadFile = o.value;
          break;
        case 'quiet':
          st.quiet = true;
          break;
        case 'all':
        case 'A':
        case 'X':
          all = true;
          break;
        case 'deprecated':
          st.ignoreDeprecated = false;
          break;
        case 'system':
          // options after --system are not read: it returns at once
          st.ignoreError = true;
          return status(preloadSystem(st));
        case 'pattern':
          st.pattern = compile(String(o.value));
          break;
        case 'd': {
          // -d is an alias of -h: the help on standard output, status 0
          ctx.out(((yield { load: () => import('./help') }) as typeof import('./help')).help);
          return 0;
        }
      }
    }
    const ops = ctx.operands ?? [];
    if (all) return status(displayAll(st, ''));
    if (load) {
      let rc = 0;
      if (loadFile !== undefined) rc |= preload(st, loadFile);
      else if (!ops.length) rc |= preload(st, '/etc/sysctl.conf');
      for (const f of ops) rc |= preload(st, f);
      return status(rc);
    }
    if (!ops.length) {
      ctx.err(`sysctl: no variables specified\n${TRY}\n`);
      return 1;
    }
    if (st.nameOnly && st.quiet) {
      ctx.err(`sysctl: options -N and -q cannot coexist\n${TRY}\n`);
      return 1;
    }
    let rc = 0;
    for (const a of ops) rc += write || a.includes('=') ? writeSetting(st, a) : readSetting(st, a);
    return status(rc);
  },
});
