// Everyday commands on the Rocky Linux guests.
import { registerCommand, type CommandDef } from '../registry';
import type { CommandContext, Frame } from '../context';
import type { CommandRun, Host } from '../types';
import { Interrupt } from '../types';
import { byteLength, ERRNO_MESSAGE, strerror, type FsError } from '../fs';
import { canRead, canWrite, padStart, parseFlags, tm, two, unixDate } from '../util';
import { editFile } from './editor';
import { runArgv, writeProcSys } from '../shell/bash';

import { COREUTILS } from './coreutils';
import { switchUserFrame } from '../login';
import { guestState } from '../guest-state';
import { PROCPS } from './procps';
import { spec as sudoSpec } from './sudo/spec';
import { spec as grepSpec } from './grep/spec';
import { spec as sedSpec } from './sed/spec';
import { usage as SUDO_USAGE } from './sudo/usage';

const GNU_TEXT: Record<string, typeof grepSpec> = { grep: grepSpec, sed: sedSpec };

/** A guest command; GNU coreutils, procps-ng, grep and sed get their spec (options, help, usage errors) by name. */
function def(d: Omit<CommandDef, 'shell'>): void {
  registerCommand({ ...d, shell: 'bash', spec: d.spec ?? COREUTILS[d.name] ?? PROCPS[d.name] ?? GNU_TEXT[d.name] });
}

export const isRoot = (ctx: CommandContext) => ctx.frame.user === 'root';

// ---------------------------------------------------------------- files, including dynamic /proc files

/** Read a file as the current user; /proc entries come from the system state. */
export function readPath(ctx: CommandContext, path: string): string | 'ENOENT' | 'EISDIR' | 'EACCES' {
  const host = ctx.host;
  const dyn = procFile(host, path, ctx.world.now);
  if (dyn !== null) return dyn;
  if (!canRead(ctx.frame.user, path)) return 'EACCES';
  const r = host.fs.read(path);
  return r === 'ENOENT' || r === 'EISDIR' ? r : (r as string);
}

function procFile(host: Host, path: string, now: number): string | null | 'ENOENT' {
  const sys = host.sys;
  if (!sys || !path.startsWith('/proc/')) return null;
  if (path.startsWith('/proc/sys/')) {
    const key = path.slice(10).replace(/\//g, '.');
    const v = sysctlValue(host, key);
    return v === null ? 'ENOENT' : v + '\n';
  }
  if (path === '/proc/swaps')
    return 'Filename\t\t\t\tType\t\tSize\t\tUsed\t\tPriority\n' + (sys.swapOn ? `/dev/sda2                               partition\t${sys.swapTotalKb}\t\t0\t\t-2\n` : '');
  if (path === '/proc/meminfo') {
    const free = Math.round(sys.memTotalKb * 0.62);
    return `MemTotal:       ${padStart(String(sys.memTotalKb), 8)} kB\nMemFree:        ${padStart(String(free), 8)} kB\nMemAvailable:   ${padStart(String(Math.round(sys.memTotalKb * 0.8)), 8)} kB\nSwapTotal:      ${padStart(String(sys.swapOn ? sys.swapTotalKb : 0), 8)} kB\nSwapFree:       ${padStart(String(sys.swapOn ? sys.swapTotalKb : 0), 8)} kB\n`;
  }
  if (path === '/proc/uptime') {
    const s = (now - host.bootedAt) / 1000;
    return `${s.toFixed(2)} ${(s * 1.9).toFixed(2)}\n`;
  }
  if (path === '/proc/modules') return [...sys.modules].map((m) => `${m} 16384 0 - Live 0x0000000000000000\n`).join('');
  if (path === '/proc/version') return `Linux version ${sys.kernel} (mockbuild@iad1-prod-build001.bld.equ.rockylinux.org) (gcc (GCC) 11.5.0 20240719 (Red Hat 11.5.0-2), GNU ld version 2.35.2-54.el9) #1 SMP PREEMPT_DYNAMIC Fri Nov 15 12:04:32 UTC 2024\n`;
  if (path === '/proc/cpuinfo') return Array.from({ length: sys.cpus }, (_, i) => `processor\t: ${i}\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Core(TM) i7-10700 CPU @ 2.90GHz\n\n`).join('');
  return null;
}

/** Bridge keys exist only with br_netfilter loaded. */
export function sysctlValue(host: Host, key: string): string | null {
  const sys = host.sys!;
  if (key.startsWith('net.bridge.')) {
    if (!sys.modules.has('br_netfilter')) return null;
    return sys.sysctl.get(key) ?? '1';
  }
  return sys.sysctl.get(key) ?? null;
}

function owner(path: string): string {
  const m = /^\/home\/([^/]+)/.exec(path);
  return m ? m[1] : 'root';
}

function fileErr(cmd: string, name: string, e: string, quote = false): string {
  const what = e in ERRNO_MESSAGE ? strerror(e as FsError) : strerror('EACCES');
  return `${cmd}: ${quote ? `'${name}'` : name}: ${what}\n`;
}

/** Read named files or stdin for filters (cat, grep, head, ...). Calls back per source. */
function* inputs(ctx: CommandContext, cmd: string, files: string[], each: (text: string, name: string | null) => void): Generator<never, number, unknown> {
  if (!files.length || (files.length === 1 && files[0] === '-')) {
    each(ctx.stdin ?? '', null);
    return 0;
  }
  let code = 0;
  for (const f of files) {
    const r = readPath(ctx, ctx.resolve(f));
    if (r === 'ENOENT' || r === 'EISDIR' || r === 'EACCES') {
      ctx.err(fileErr(cmd, f, r));
      code = cmd === 'grep' ? 2 : 1;
      continue;
    }
    each(r, f);
  }
  return code;
}

const lines = (t: string) => {
  if (t === '') return [];
  const l = t.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
};

// ---------------------------------------------------------------- navigation and files

def({
  name: 'pwd',
  summary: 'print name of current/working directory',
  *run(ctx) {
    ctx.out(ctx.frame.cwd + '\n');
    return 0;
  },
});

def({
  name: 'cd',
  summary: 'change the shell working directory',
  *run(ctx) {
    const arg = ctx.args[0];
    let target: string;
    if (ctx.args.length > 1) {
      ctx.err('-bash: cd: too many arguments\n');
      return 1;
    }
    if (arg === undefined || arg === '~') target = ctx.user.home;
    else if (arg === '-') {
      target = ctx.frame.env.OLDPWD ?? ctx.frame.cwd;
      ctx.out(target + '\n');
    } else target = ctx.resolve(arg);
    const node = ctx.host.fs.get(target);
    if (!node) {
      ctx.err(`-bash: cd: ${arg}: No such file or directory\n`);
      return 1;
    }
    if (node.type !== 'dir') {
      ctx.err(`-bash: cd: ${arg}: Not a directory\n`);
      return 1;
    }
    if (!canRead(ctx.frame.user, target)) {
      ctx.err(`-bash: cd: ${arg}: Permission denied\n`);
      return 1;
    }
    ctx.frame.env.OLDPWD = ctx.frame.cwd;
    ctx.frame.cwd = target;
    ctx.frame.env.PWD = target;
    return 0;
  },
});

function modeString(type: 'file' | 'dir', mode: number): string {
  const rwx = (m: number) => (m & 4 ? 'r' : '-') + (m & 2 ? 'w' : '-') + (m & 1 ? 'x' : '-');
  return (type === 'dir' ? 'd' : '-') + rwx(mode >> 6) + rwx((mode >> 3) & 7) + rwx(mode & 7) + '.';
}

function lsDate(ms: number, now: number): string {
  const t = tm(ms);
  const recent = now - ms < 180 * 86400_000;
  return `${t.monName} ${String(t.d).padStart(2, ' ')} ${recent ? `${two(t.h)}:${two(t.mi)}` : ' ' + t.y}`;
}

export function human(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  const units = ['K', 'M', 'G', 'T'];
  let v = bytes;
  let i = -1;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return (v < 10 ? (Math.ceil(v * 10) / 10).toFixed(1) : String(Math.ceil(v))) + units[i];
}

/** GNU ls -C layout: as many columns as fit the width, filled top to bottom. */
export function columns(names: string[], width: number): string {
  if (!names.length) return '';
  const n = names.length;
  for (let cols = n; cols >= 1; cols--) {
    const rows = Math.ceil(n / cols);
    if (cols > 1 && (cols - 1) * rows >= n) continue;
    const widths: number[] = [];
    for (let c = 0; c < cols; c++) {
      const col = names.slice(c * rows, (c + 1) * rows);
      widths.push(Math.max(0, ...col.map((x) => x.length)) + (c < cols - 1 ? 2 : 0));
    }
    if (cols > 1 && widths.reduce((a, b) => a + b, 0) > width) continue;
    let out = '';
    for (let r = 0; r < rows; r++) {
      let line = '';
      for (let c = 0; c < cols; c++) {
        const name = names[c * rows + r];
        if (name === undefined) continue;
        line += c < cols - 1 && names[(c + 1) * rows + r] !== undefined ? name.padEnd(widths[c]) : name;
      }
      out += line + '\n';
    }
    return out;
  }
  return names.join('\n') + '\n';
}

def({
  name: 'ls',
  summary: 'list directory contents',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    const all = flags.has('a') || flags.has('all');
    const long = flags.has('l');
    const h = flags.has('h');
    const one = flags.has('1') || !ctx.tty;
    const fs = ctx.host.fs;
    const targets = pos.length ? pos : ['.'];
    let code = 0;
    const blocks: string[] = [];
    const fileRows: string[] = [];
    const fmt = (name: string, path: string, type: 'file' | 'dir', size: number, mtime: number, mode: number) => {
      if (!long) return name;
      const o = owner(path);
      const sz = type === 'dir' ? (h ? '4.0K' : '4096') : h ? human(size) : String(size);
      return `${modeString(type, mode)} ${type === 'dir' ? 2 : 1} ${o} ${o} ${padStart(sz, h ? 4 : 5)} ${lsDate(mtime, ctx.world.now)} ${name}`;
    };
    const render = (rows: string[]) => (one || long ? rows.map((r) => r + '\n').join('') : columns(rows, 80));
    for (const t of targets) {
      const p = ctx.resolve(t);
      const node = fs.get(p);
      if (!node) {
        ctx.err(`ls: cannot access '${t}': No such file or directory\n`);
        code = 2;
        continue;
      }
      if (node.type === 'file' || flags.has('d')) {
        fileRows.push(fmt(t, p, node.type, node.type === 'file' ? byteLength(node.content) : 4096, node.mtime, node.mode));
        continue;
      }
      if (!canRead(ctx.frame.user, p)) {
        ctx.err(`ls: cannot open directory '${t}': Permission denied\n`);
        code = 2;
        continue;
      }
      const list = fs.list(p);
      if (typeof list === 'string') continue;
      const entries = list.filter((e) => all || !e.name.startsWith('.'));
      const rows: string[] = [];
      if (all) {
        rows.push(fmt('.', p, 'dir', 4096, node.mtime, 0o755));
        rows.push(fmt('..', p, 'dir', 4096, node.mtime, 0o755));
      }
      for (const e of entries) rows.push(fmt(e.name, fs.join(p, e.name), e.type, e.size, e.mtime, e.mode));
      let block = '';
      if (targets.length > 1) block += `${t}:\n`;
      if (long) block += `total ${entries.reduce((s, e) => s + (e.type === 'dir' ? 0 : Math.ceil(e.size / 4096) * 4), 0)}\n`;
      block += render(rows);
      blocks.push(block);
    }
    const out = [fileRows.length ? render(fileRows) : '', ...blocks].filter((b) => b !== '');
    ctx.out(out.join('\n'));
    return code;
  },
});

def({
  name: 'cat',
  summary: 'concatenate files and print on the standard output',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    let out = '';
    const code = yield* inputs(ctx, 'cat', pos, (t) => {
      if (flags.has('n')) out += lines(t).map((l, i) => `${padStart(String(i + 1), 6)}\t${l}\n`).join('');
      else out += t;
    });
    ctx.out(out);
    return code;
  },
});

def({
  name: 'echo',
  summary: 'display a line of text',
  *run(ctx) {
    let args = ctx.args;
    let newline = true;
    let escapes = false;
    while (args.length && /^-[neE]+$/.test(args[0])) {
      if (args[0].includes('n')) newline = false;
      if (args[0].includes('e')) escapes = true;
      args = args.slice(1);
    }
    let text = args.join(' ');
    if (escapes) text = text.replace(/\\n/g, '\n').replace(/\\t/g, '\t').replace(/\\\\/g, '\\');
    ctx.out(text + (newline ? '\n' : ''));
    return 0;
  },
});

def({
  name: 'printf',
  summary: 'format and print data',
  *run(ctx) {
    const [format = '', ...rest] = ctx.args;
    let i = 0;
    const text = format
      .replace(/%[sd]/g, () => rest[i++] ?? '')
      .replace(/\\n/g, '\n')
      .replace(/\\t/g, '\t');
    ctx.out(text);
    return 0;
  },
});

def({
  name: 'touch',
  summary: 'change file timestamps',
  *run(ctx) {
    const { pos } = parseFlags(ctx.args);
    if (!pos.length) {
      ctx.err("touch: missing file operand\nTry 'touch --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const f of pos) {
      const p = ctx.resolve(f);
      const node = ctx.host.fs.get(p);
      if (node) {
        if (!canWrite(ctx.frame.user, p)) {
          ctx.err(`touch: cannot touch '${f}': Permission denied\n`);
          code = 1;
          continue;
        }
        node.mtime = ctx.world.now;
        continue;
      }
      if (!ctx.host.fs.isDir(ctx.host.fs.dirname(p))) {
        ctx.err(`touch: cannot touch '${f}': No such file or directory\n`);
        code = 1;
        continue;
      }
      if (!canWrite(ctx.frame.user, p)) {
        ctx.err(`touch: cannot touch '${f}': Permission denied\n`);
        code = 1;
        continue;
      }
      ctx.host.fs.write(p, '');
    }
    return code;
  },
});

def({
  name: 'mkdir',
  summary: 'make directories',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    if (!pos.length) {
      ctx.err("mkdir: missing operand\nTry 'mkdir --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const d of pos) {
      const p = ctx.resolve(d);
      if (!canWrite(ctx.frame.user, p + '/')) {
        ctx.err(`mkdir: cannot create directory ‘${d}’: Permission denied\n`);
        code = 1;
        continue;
      }
      const e = ctx.host.fs.mkdir(p, flags.has('p') || flags.has('parents'));
      if (e === 'EEXIST' && (flags.has('p') || flags.has('parents'))) continue;
      if (e) {
        ctx.err(`mkdir: cannot create directory ‘${d}’: ${e === 'EEXIST' ? 'File exists' : e === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory'}\n`);
        code = 1;
      } else if (flags.has('v')) ctx.out(`mkdir: created directory '${d}'\n`);
    }
    return code;
  },
});

def({
  name: 'rm',
  summary: 'remove files or directories',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    const force = flags.has('f') || flags.has('force');
    const rec = flags.has('r') || flags.has('R') || flags.has('recursive');
    if (!pos.length) {
      if (force) return 0;
      ctx.err("rm: missing operand\nTry 'rm --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const f of pos) {
      const p = ctx.resolve(f);
      const node = ctx.host.fs.get(p);
      if (!node) {
        if (!force) {
          ctx.err(`rm: cannot remove '${f}': No such file or directory\n`);
          code = 1;
        }
        continue;
      }
      if (node.type === 'dir' && !rec) {
        ctx.err(`rm: cannot remove '${f}': Is a directory\n`);
        code = 1;
        continue;
      }
      if (!canWrite(ctx.frame.user, p)) {
        ctx.err(`rm: cannot remove '${f}': Permission denied\n`);
        code = 1;
        continue;
      }
      if (p === '/') {
        ctx.err("rm: it is dangerous to operate recursively on '/'\nrm: use --no-preserve-root to override this failsafe\n");
        code = 1;
        continue;
      }
      ctx.host.fs.remove(p, true);
    }
    return code;
  },
});

function* copyOrMove(ctx: CommandContext, move: boolean): CommandRun {
  const cmd = move ? 'mv' : 'cp';
  const { flags, pos } = parseFlags(ctx.args);
  const fs = ctx.host.fs;
  if (pos.length < 2) {
    ctx.err(pos.length ? `${cmd}: missing destination file operand after '${pos[0]}'\nTry '${cmd} --help' for more information.\n` : `${cmd}: missing file operand\nTry '${cmd} --help' for more information.\n`);
    return 1;
  }
  const dest = ctx.resolve(pos[pos.length - 1]);
  const srcs = pos.slice(0, -1);
  if (srcs.length > 1 && !fs.isDir(dest)) {
    ctx.err(`${cmd}: target '${pos[pos.length - 1]}' is not a directory\n`);
    return 1;
  }
  let code = 0;
  for (const s of srcs) {
    const p = ctx.resolve(s);
    const node = fs.get(p);
    if (!node || !canRead(ctx.frame.user, p)) {
      ctx.err(`${cmd}: cannot stat '${s}': ${node ? 'Permission denied' : 'No such file or directory'}\n`);
      code = 1;
      continue;
    }
    if (node.type === 'dir' && !move && !(flags.has('r') || flags.has('R') || flags.has('a'))) {
      ctx.err(`cp: -r not specified; omitting directory '${s}'\n`);
      code = 1;
      continue;
    }
    const target = fs.isDir(dest) ? fs.join(dest, fs.basename(p)) : dest;
    if (flags.has('i') && fs.isFile(target)) {
      const ans = String(yield { ask: `${cmd}: overwrite '${fs.isDir(dest) ? pos[pos.length - 1].replace(/\/$/, '') + '/' + fs.basename(p) : pos[pos.length - 1]}'? ` });
      if (!/^y/i.test(ans.trim())) continue;
    }
    if (!canWrite(ctx.frame.user, target) || (move && !canWrite(ctx.frame.user, p))) {
      ctx.err(move ? `mv: cannot move '${s}' to '${pos[pos.length - 1]}': Permission denied\n` : `cp: cannot create regular file '${pos[pos.length - 1]}': Permission denied\n`);
      code = 1;
      continue;
    }
    if (!fs.isDir(fs.dirname(target))) {
      ctx.err(`${cmd}: cannot ${move ? 'move' : 'create regular file'} '${move ? s : pos[pos.length - 1]}'${move ? ` to '${pos[pos.length - 1]}'` : ''}: No such file or directory\n`);
      code = 1;
      continue;
    }
    const shown = fs.isDir(dest) ? `${pos[pos.length - 1].replace(/\/$/, '')}/${fs.basename(p)}` : pos[pos.length - 1];
    if (target === p) {
      ctx.err(`${cmd}: '${s}' and '${shown}' are the same file\n`);
      code = 1;
      continue;
    }
    if (node.type === 'dir' && (p === '/' || target.startsWith(p + '/'))) {
      ctx.err(move ? `mv: cannot move '${s}' to a subdirectory of itself, '${shown}'\n` : `cp: cannot copy a directory, '${s}', into itself, '${shown}'\n`);
      code = 1;
      continue;
    }
    fs.copy(p, target);
    if (move) fs.remove(p, true);
  }
  return code;
}

def({ name: 'cp', summary: 'copy files and directories', run: (ctx) => copyOrMove(ctx, false) });
def({ name: 'mv', summary: 'move (rename) files', run: (ctx) => copyOrMove(ctx, true) });

// ---------------------------------------------------------------- filters

function grepRegex(pattern: string, flags: Map<string, string | true>): RegExp | null {
  let src = pattern;
  if (flags.has('F')) src = pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  else if (!flags.has('E')) src = breToJs(pattern);
  if (flags.has('w')) src = `\\b(?:${src})\\b`;
  try {
    return new RegExp(src, flags.has('i') ? 'i' : '');
  } catch {
    return null;
  }
}

/** Basic regular expression → JavaScript. */
export function breToJs(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\' && i + 1 < p.length) {
      const n = p[i + 1];
      if ('(){}|+?'.includes(n)) out += n;
      else out += '\\' + n;
      i++;
      continue;
    }
    if ('(){}|+?'.includes(c)) out += '\\' + c;
    else out += c;
  }
  return out;
}

def({
  name: 'grep',
  aliases: ['egrep'],
  summary: 'print lines that match patterns',
  *run(ctx) {
    const patterns: string[] = [];
    const rest: string[] = [];
    for (let i = 0; i < ctx.args.length; i++) {
      const a = ctx.args[i];
      if (a === '-e') patterns.push(ctx.args[++i] ?? '');
      else if (a.startsWith('-e') && a.length > 2 && !a.startsWith('--')) patterns.push(a.slice(2));
      else rest.push(a);
    }
    const { flags, pos } = parseFlags(rest);
    if (ctx.name === 'egrep') flags.set('E', true);
    const files = [...pos];
    const pats = patterns.length ? patterns : files.length ? [files.shift()!] : [];
    if (!pats.length) {
      ctx.err("Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n");
      return 2;
    }
    const regs = pats.map((p) => grepRegex(p, flags));
    if (regs.some((r) => r === null)) {
      ctx.err('grep: Unmatched ( or \\(\n');
      return 2;
    }
    const re = { test: (l: string) => regs.some((r) => r!.test(l)) };
    const invert = flags.has('v');
    let matched = 0;
    let out = '';
    const code = yield* inputs(ctx, 'grep', files, (text, name) => {
      let count = 0;
      lines(text).forEach((l, i) => {
        if (re.test(l) !== invert) {
          count++;
          if (!flags.has('c') && !flags.has('q') && !flags.has('l')) out += (files.length > 1 && name ? `${name}:` : '') + (flags.has('n') ? `${i + 1}:` : '') + l + '\n';
        }
      });
      if (flags.has('c')) out += (files.length > 1 && name ? `${name}:` : '') + count + '\n';
      if (flags.has('l') && count) out += (name ?? '(standard input)') + '\n';
      matched += count;
    });
    if (!flags.has('q')) ctx.out(out);
    if (code) return 2;
    return matched ? 0 : 1;
  },
});

function countArg(flags: Map<string, string | true>, args: string[]): { n: number; files: string[] } {
  let n = 10;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (/^-\d+$/.test(a)) n = Number(a.slice(1));
    else if (a === '-n') n = Number(args[++i] ?? 10);
    else if (/^-n\d+$/.test(a)) n = Number(a.slice(2));
    else if (a.startsWith('--lines=')) n = Number(a.slice(8));
    else if (!a.startsWith('-') || a === '-') files.push(a);
  }
  void flags;
  return { n: Number.isFinite(n) ? n : 10, files };
}

def({
  name: 'head',
  summary: 'output the first part of files',
  *run(ctx) {
    const { n, files } = countArg(new Map(), ctx.args);
    let out = '';
    const code = yield* inputs(ctx, 'head', files, (t, name) => {
      if (files.length > 1) out += `${out ? '\n' : ''}==> ${name} <==\n`;
      out += lines(t).slice(0, n).map((l) => l + '\n').join('');
    });
    ctx.out(out);
    return code;
  },
});

def({
  name: 'tail',
  summary: 'output the last part of files',
  *run(ctx) {
    const { n, files } = countArg(new Map(), ctx.args);
    let out = '';
    const code = yield* inputs(ctx, 'tail', files, (t, name) => {
      if (files.length > 1) out += `${out ? '\n' : ''}==> ${name} <==\n`;
      const l = lines(t);
      out += l.slice(Math.max(0, l.length - n)).map((x) => x + '\n').join('');
    });
    ctx.out(out);
    return code;
  },
});

def({
  name: 'wc',
  summary: 'print newline, word, and byte counts',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    const want = ['l', 'w', 'c'].filter((f) => flags.has(f));
    const cols = want.length ? want : ['l', 'w', 'c'];
    const rows: { v: number[]; name: string | null }[] = [];
    const code = yield* inputs(ctx, 'wc', pos, (t, name) => {
      const v = cols.map((c) => (c === 'l' ? (t.match(/\n/g) ?? []).length : c === 'w' ? t.split(/\s+/).filter(Boolean).length : byteLength(t)));
      rows.push({ v, name });
    });
    if (rows.length > 1) rows.push({ v: cols.map((_, i) => rows.reduce((s, r) => s + r.v[i], 0)), name: 'total' });
    const single = cols.length === 1 && rows.length === 1;
    const width = single ? 0 : pos.length ? Math.max(1, ...rows.flatMap((r) => r.v.map((x) => String(x).length))) : 7;
    ctx.out(rows.map((r) => r.v.map((x) => padStart(String(x), width)).join(' ') + (r.name ? ' ' + r.name : '') + '\n').join(''));
    return code;
  },
});

def({
  name: 'sort',
  summary: 'sort lines of text files',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    let all: string[] = [];
    const code = yield* inputs(ctx, 'sort', pos, (t) => (all = all.concat(lines(t))));
    if (flags.has('n')) all.sort((a, b) => (parseFloat(a) || 0) - (parseFloat(b) || 0));
    else all.sort((a, b) => a.localeCompare(b));
    if (flags.has('r')) all.reverse();
    if (flags.has('u')) all = all.filter((x, i) => i === 0 || x !== all[i - 1]);
    ctx.out(all.map((l) => l + '\n').join(''));
    return code;
  },
});

def({
  name: 'uniq',
  summary: 'report or omit repeated lines',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    let all: string[] = [];
    const code = yield* inputs(ctx, 'uniq', pos, (t) => (all = all.concat(lines(t))));
    const out: [string, number][] = [];
    for (const l of all) {
      if (out.length && out[out.length - 1][0] === l) out[out.length - 1][1]++;
      else out.push([l, 1]);
    }
    ctx.out(out.map(([l, n]) => (flags.has('c') ? `${padStart(String(n), 7)} ${l}` : l) + '\n').join(''));
    return code;
  },
});

def({
  name: 'tee',
  summary: 'read from standard input and write to standard output and files',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    const text = ctx.stdin ?? '';
    let code = 0;
    for (const f of pos) {
      const p = ctx.resolve(f);
      const proc = writeProcSys(ctx.host, ctx.frame.user, p, text);
      if (proc === 'ok') continue;
      if (proc === 'missing') {
        ctx.err(`tee: ${f}: No such file or directory\n`);
        code = 1;
        continue;
      }
      if (!canWrite(ctx.frame.user, p)) {
        ctx.err(`tee: ${f}: Permission denied\n`);
        code = 1;
        continue;
      }
      if (ctx.host.fs.write(p, text, flags.has('a') || flags.has('append'))) {
        ctx.err(`tee: ${f}: No such file or directory\n`);
        code = 1;
      }
    }
    ctx.out(text);
    return code;
  },
});

/** A small sed: s///[gI], /re/ addresses, line numbers, d, p, -n, -i, -e. */
def({
  name: 'sed',
  summary: 'stream editor for filtering and transforming text',
  *run(ctx) {
    const args = ctx.args;
    const scripts: string[] = [];
    const files: string[] = [];
    let inPlace = false;
    let quiet = false;
    let extended = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-i' || a.startsWith('-i') && !a.startsWith('-i=') && a.length > 2 && !/^-i[a-z]/.test(a)) inPlace = true;
      else if (a === '-n') quiet = true;
      else if (a === '-E' || a === '-r') extended = true;
      else if (a === '-e') scripts.push(args[++i] ?? '');
      else if (/^-[inEr]+$/.test(a)) {
        if (a.includes('i')) inPlace = true;
        if (a.includes('n')) quiet = true;
        if (a.includes('E') || a.includes('r')) extended = true;
      } else if (!scripts.length && !a.startsWith('-')) scripts.push(a);
      else files.push(a);
    }
    if (!scripts.length) {
      ctx.err('Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n');
      return 1;
    }
    type Cmd = { addr: RegExp | number | null; op: 's' | 'd' | 'p'; re?: RegExp; rep?: string };
    const cmds: Cmd[] = [];
    for (const s of scripts.flatMap((x) => x.split(/;\s*|\n/)).filter(Boolean)) {
      let rest = s.trim();
      let addr: Cmd['addr'] = null;
      const am = /^\/((?:\\.|[^/])*)\/\s*/.exec(rest);
      if (am) {
        addr = new RegExp(extended ? am[1] : breToJs(am[1]));
        rest = rest.slice(am[0].length);
      } else {
        const nm = /^(\d+)\s*/.exec(rest);
        if (nm) {
          addr = Number(nm[1]);
          rest = rest.slice(nm[0].length);
        }
      }
      if (rest === 'd' || rest === 'p') {
        cmds.push({ addr, op: rest });
        continue;
      }
      if (rest.startsWith('s') && rest.length > 1) {
        const d = rest[1];
        const parts: string[] = [];
        let cur = '';
        for (let i = 2; i < rest.length; i++) {
          if (rest[i] === '\\' && rest[i + 1] === d) {
            cur += d;
            i++;
          } else if (rest[i] === d) {
            parts.push(cur);
            cur = '';
          } else cur += rest[i];
        }
        parts.push(cur);
        if (parts.length < 3) {
          ctx.err(`sed: -e expression #1, char ${s.length}: unterminated \`s' command\n`);
          return 1;
        }
        const fl = parts[2];
        try {
          const re = new RegExp(extended ? parts[0] : breToJs(parts[0]), (fl.includes('g') ? 'g' : '') + (fl.includes('I') || fl.includes('i') ? 'i' : ''));
          cmds.push({ addr, op: 's', re, rep: parts[1].replace(/\\(\d)/g, '$$$1').replace(/&/g, '$$&') });
        } catch {
          ctx.err(`sed: -e expression #1, char ${s.length}: Invalid preceding regular expression\n`);
          return 1;
        }
        continue;
      }
      ctx.err(`sed: -e expression #1, char ${s.length}: unknown command: \`${rest[0] ?? ''}'\n`);
      return 1;
    }
    const apply = (text: string) => {
      let out = '';
      lines(text).forEach((line, idx) => {
        let l = line;
        let deleted = false;
        let printed = '';
        for (const c of cmds) {
          const hit = c.addr === null || (typeof c.addr === 'number' ? c.addr === idx + 1 : c.addr.test(l));
          if (!hit) continue;
          if (c.op === 'd') {
            deleted = true;
            break;
          }
          if (c.op === 'p') printed += l + '\n';
          if (c.op === 's') l = l.replace(c.re!, c.rep!);
        }
        if (!deleted) out += printed + (quiet ? '' : l + '\n');
      });
      return out;
    };
    if (inPlace) {
      let code = 0;
      for (const f of files) {
        const p = ctx.resolve(f);
        const r = readPath(ctx, p);
        if (r === 'ENOENT' || r === 'EISDIR' || r === 'EACCES') {
          ctx.err(`sed: can't read ${f}: ${strerror(r)}\n`);
          code = 2;
          continue;
        }
        if (!canWrite(ctx.frame.user, p)) {
          ctx.err(`sed: couldn't open temporary file ${ctx.host.fs.dirname(p)}/sed${ctx.world.rng.str(6, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}: Permission denied\n`);
          code = 4;
          continue;
        }
        ctx.host.fs.write(p, apply(r));
      }
      return code;
    }
    let out = '';
    const code = yield* inputs(ctx, 'sed', files, (t) => (out += apply(t)));
    ctx.out(out);
    return code ? 2 : 0;
  },
});

// ---------------------------------------------------------------- shell builtins

def({
  name: 'export',
  summary: 'set export attribute for shell variables',
  *run(ctx) {
    if (!ctx.args.length || ctx.args[0] === '-p') {
      const env = ctx.frame.env;
      ctx.out(Object.keys(env).filter((k) => /^[A-Za-z_]/.test(k)).sort().map((k) => `declare -x ${k}="${env[k]}"\n`).join(''));
      return 0;
    }
    let code = 0;
    for (const a of ctx.args) {
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(a);
      if (!m) {
        ctx.err(`-bash: export: \`${a}': not a valid identifier\n`);
        code = 1;
        continue;
      }
      if (m[2] !== undefined) ctx.frame.env[m[1]] = m[2];
      else ctx.frame.env[m[1]] ??= '';
    }
    return code;
  },
});

def({
  name: 'unset',
  summary: 'unset values and attributes of shell variables',
  *run(ctx) {
    for (const a of ctx.args) delete ctx.frame.env[a];
    return 0;
  },
});

def({
  name: 'env',
  aliases: ['printenv'],
  summary: 'print the environment',
  *run(ctx) {
    const env = ctx.frame.env;
    if (ctx.name === 'printenv' && ctx.args[0]) {
      const v = env[ctx.args[0]];
      if (v === undefined) return 1;
      ctx.out(v + '\n');
      return 0;
    }
    ctx.out(Object.keys(env).filter((k) => /^[A-Za-z_]/.test(k)).sort().map((k) => `${k}=${env[k]}\n`).join(''));
    return 0;
  },
});

def({ name: 'true', summary: 'do nothing, successfully', *run() { return 0; } });

def({
  name: 'alias',
  summary: 'define or display aliases',
  *run(ctx) {
    const aliases = (ctx.frame.aliases ??= {});
    if (!ctx.args.length) {
      ctx.out(Object.keys(aliases).sort().map((k) => `alias ${k}='${aliases[k]}'\n`).join(''));
      return 0;
    }
    let code = 0;
    for (const a of ctx.args) {
      const eq = a.indexOf('=');
      if (eq > 0) aliases[a.slice(0, eq)] = a.slice(eq + 1);
      else if (aliases[a] !== undefined) ctx.out(`alias ${a}='${aliases[a]}'\n`);
      else {
        ctx.err(`-bash: alias: ${a}: not found\n`);
        code = 1;
      }
    }
    return code;
  },
});

def({
  name: 'unalias',
  summary: 'remove alias definitions',
  *run(ctx) {
    let code = 0;
    for (const a of ctx.args) {
      if (ctx.frame.aliases?.[a] !== undefined) delete ctx.frame.aliases[a];
      else {
        ctx.err(`-bash: unalias: ${a}: not found\n`);
        code = 1;
      }
    }
    return code;
  },
});

function testExpr(ctx: CommandContext, a: string[]): boolean | string {
  if (a[0] === '!') {
    const r = testExpr(ctx, a.slice(1));
    return typeof r === 'string' ? r : !r;
  }
  if (a.length === 0) return false;
  if (a.length === 1) return a[0] !== '';
  if (a.length === 2) {
    const [op, x] = a;
    const node = () => ctx.host.fs.get(ctx.resolve(x));
    switch (op) {
      case '-z':
        return x === '';
      case '-n':
        return x !== '';
      case '-e':
        return !!node() || readPath(ctx, ctx.resolve(x)) !== 'ENOENT';
      case '-f':
        return node()?.type === 'file' || (x.startsWith('/proc/') && typeof readPath(ctx, x) === 'string' && readPath(ctx, x) !== 'ENOENT');
      case '-d':
        return node()?.type === 'dir';
      case '-s': {
        const n = node();
        return n?.type === 'file' && n.content.length > 0;
      }
      case '-r':
        return !!node() && canRead(ctx.frame.user, ctx.resolve(x));
      case '-w':
        return !!node() && canWrite(ctx.frame.user, ctx.resolve(x));
      case '-x': {
        const n = node();
        return !!n && (n.type === 'dir' || (n.mode & 0o111) !== 0);
      }
      default:
        return `${op}: unary operator expected`;
    }
  }
  if (a.length === 3) {
    const [x, op, y] = a;
    const ix = parseInt(x, 10);
    const iy = parseInt(y, 10);
    const ints = () => {
      if (!/^-?\d+$/.test(x.trim())) return `${x}: integer expression expected`;
      if (!/^-?\d+$/.test(y.trim())) return `${y}: integer expression expected`;
      return null;
    };
    switch (op) {
      case '=':
      case '==':
        return x === y;
      case '!=':
        return x !== y;
      case '-eq':
      case '-ne':
      case '-lt':
      case '-le':
      case '-gt':
      case '-ge': {
        const e = ints();
        if (e) return e;
        return op === '-eq' ? ix === iy : op === '-ne' ? ix !== iy : op === '-lt' ? ix < iy : op === '-le' ? ix <= iy : op === '-gt' ? ix > iy : ix >= iy;
      }
      default:
        return `${op}: binary operator expected`;
    }
  }
  return 'too many arguments';
}

for (const name of ['test', '[']) {
  def({
    name,
    summary: 'evaluate conditional expression',
    *run(ctx) {
      let args = ctx.args;
      if (name === '[') {
        if (args[args.length - 1] !== ']') {
          ctx.err("-bash: [: missing `]'\n");
          return 2;
        }
        args = args.slice(0, -1);
      }
      const r = testExpr(ctx, args);
      if (typeof r === 'string') {
        ctx.err(`-bash: ${name}: ${r}\n`);
        return 2;
      }
      return r ? 0 : 1;
    },
  });
}

def({ name: 'complete', summary: 'specify how arguments are to be completed', *run() { return 0; } });

def({
  name: 'chown',
  aliases: ['chgrp'],
  summary: 'change file owner and group',
  *run(ctx) {
    const args = ctx.args.filter((a) => !a.startsWith('-'));
    if (args.length < 2) {
      ctx.err(args.length ? `${ctx.name}: missing operand after ‘${args[0]}’\nTry '${ctx.name} --help' for more information.\n` : `${ctx.name}: missing operand\nTry '${ctx.name} --help' for more information.\n`);
      return 1;
    }
    const [owner, ...files] = args;
    const user = owner.split(':')[0];
    if (user && !/^\d+$/.test(user) && !ctx.host.users.has(user) && ctx.name === 'chown') {
      ctx.err(`chown: invalid user: ‘${owner}’\n`);
      return 1;
    }
    let code = 0;
    for (const f of files) {
      const p = ctx.resolve(f);
      if (!ctx.host.fs.exists(p)) {
        ctx.err(`${ctx.name}: cannot access '${f}': No such file or directory\n`);
        code = 1;
        continue;
      }
      if (!isRoot(ctx)) {
        ctx.err(`${ctx.name}: changing ownership of '${f}': Operation not permitted\n`);
        code = 1;
      }
    }
    return code;
  },
});
def({ name: 'false', summary: 'do nothing, unsuccessfully', *run() { return 1; } });

def({
  name: 'which',
  summary: 'shows the full path of (shell) commands',
  *run(ctx) {
    let code = 0;
    for (const a of ctx.args) {
      const d = findBash(a);
      if (d && (!d.available || d.available(ctx.host, ctx.world)) && !BUILTINS.has(a)) ctx.out(`/usr/bin/${a}\n`);
      else {
        ctx.err(`/usr/bin/which: no ${a} in (${ctx.frame.env.PATH ?? ''})\n`);
        code = 1;
      }
    }
    return code;
  },
});

def({
  name: 'type',
  summary: 'display information about command type',
  *run(ctx) {
    let code = 0;
    for (const a of ctx.args) {
      const d = findBash(a);
      if (!d || (d.available && !d.available(ctx.host, ctx.world))) {
        ctx.err(`-bash: type: ${a}: not found\n`);
        code = 1;
      } else ctx.out(BUILTINS.has(a) ? `${a} is a shell builtin\n` : `${a} is /usr/bin/${a}\n`);
    }
    return code;
  },
});

const BUILTINS = new Set(['cd', 'echo', 'export', 'unset', 'exit', 'logout', 'history', 'pwd', 'type', 'true', 'false', 'printf', 'source']);
import { findCommand } from '../registry';
const findBash = (n: string) => findCommand('bash', n);

def({
  name: 'history',
  summary: 'display the command history list',
  *run(ctx) {
    if (ctx.args[0] === '-c') {
      ctx.frame.history.length = 0;
      return 0;
    }
    const h = ctx.frame.history;
    const n = ctx.args[0] && /^\d+$/.test(ctx.args[0]) ? Number(ctx.args[0]) : h.length;
    const start = Math.max(0, h.length - n);
    ctx.out(h.slice(start).map((l, i) => `${padStart(String(start + i + 1), 5)}  ${l}\n`).join(''));
    return 0;
  },
});

def({
  name: 'clear',
  summary: 'clear the terminal screen',
  *run(ctx) {
    ctx.session.clear();
    return 0;
  },
});

def({
  name: 'sleep',
  summary: 'delay for a specified amount of time',
  *run(ctx) {
    const s = parseFloat(ctx.args[0] ?? '');
    if (!Number.isFinite(s)) {
      ctx.err(ctx.args[0] === undefined ? "sleep: missing operand\nTry 'sleep --help' for more information.\n" : `sleep: invalid time interval '${ctx.args[0]}'\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    yield { wait: s * 1000 };
    return 0;
  },
});

def({
  name: 'source',
  aliases: ['.'],
  summary: 'execute commands from a file in the current shell',
  *run(ctx) {
    const f = ctx.args[0];
    if (!f) {
      ctx.err('-bash: source: filename argument required\nsource: usage: source filename [arguments]\n');
      return 2;
    }
    const r = readPath(ctx, ctx.resolve(f));
    if (r === 'ENOENT' || r === 'EISDIR' || r === 'EACCES') {
      ctx.err(`-bash: ${f}: ${strerror(r)}\n`);
      return 1;
    }
    return yield* ctx.runLine(r);
  },
});

for (const sh of ['bash', 'sh']) {
  def({
    name: sh,
    summary: 'GNU Bourne-Again SHell',
    *run(ctx) {
      const c = ctx.args.indexOf('-c');
      if (c >= 0) return yield* ctx.runLine(ctx.args[c + 1] ?? '', { ...ctx.frame, env: { ...ctx.frame.env } });
      const f = ctx.args.find((a) => !a.startsWith('-'));
      if (!f) {
        if (ctx.stdin !== null) return yield* ctx.runLine(ctx.stdin, { ...ctx.frame, env: { ...ctx.frame.env } });
        ctx.err(`${sh}: interactive subshells are not available here\n`);
        return 1;
      }
      const r = readPath(ctx, ctx.resolve(f));
      if (r === 'ENOENT' || r === 'EISDIR' || r === 'EACCES') {
        ctx.err(`${sh}: ${f}: ${strerror(r)}\n`);
        return 127;
      }
      const rest = ctx.args.slice(ctx.args.indexOf(f) + 1);
      return yield* ctx.runLine(r, { ...ctx.frame, env: { ...ctx.frame.env, ...Object.fromEntries(rest.map((a, i) => [String(i + 1), a])), '#': String(rest.length) } });
    },
  });
}

def({
  name: 'chmod',
  summary: 'change file mode bits',
  *run(ctx) {
    const [mode, ...files] = ctx.args.filter((a) => a !== '-R');
    if (!mode || !files.length) {
      ctx.err(mode ? `chmod: missing operand after ‘${mode}’\nTry 'chmod --help' for more information.\n` : "chmod: missing operand\nTry 'chmod --help' for more information.\n");
      return 1;
    }
    let code = 0;
    for (const f of files) {
      const p = ctx.resolve(f);
      const n = ctx.host.fs.get(p);
      if (!n) {
        ctx.err(`chmod: cannot access '${f}': No such file or directory\n`);
        code = 1;
        continue;
      }
      if (!canWrite(ctx.frame.user, p)) {
        ctx.err(`chmod: changing permissions of '${f}': Operation not permitted\n`);
        code = 1;
        continue;
      }
      if (/^[0-7]{3,4}$/.test(mode)) n.mode = parseInt(mode, 8) & 0o777;
      else if (/x/.test(mode)) n.mode = mode.includes('-') ? n.mode & ~0o111 : n.mode | 0o111;
      else if (/w/.test(mode)) n.mode = mode.includes('-') ? n.mode & ~0o222 : n.mode | 0o200;
    }
    return code;
  },
});

// ---------------------------------------------------------------- identity and system info

def({
  name: 'whoami',
  summary: 'print effective user name',
  *run(ctx) {
    ctx.out(ctx.frame.user + '\n');
    return 0;
  },
});

def({
  name: 'id',
  summary: 'print real and effective user and group IDs',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args);
    const u = ctx.host.users.get(pos[0] ?? ctx.frame.user);
    if (!u) {
      ctx.err(`id: ‘${pos[0]}’: no such user\n`);
      return 1;
    }
    const nameOnly = flags.has('n');
    if (flags.has('u')) {
      ctx.out((nameOnly ? u.name : String(u.uid)) + '\n');
      return 0;
    }
    if (flags.has('g')) {
      ctx.out((nameOnly ? u.name : String(u.gid)) + '\n');
      return 0;
    }
    if (flags.has('G')) {
      ctx.out((nameOnly ? (u.name === 'root' ? 'root' : `${u.name} wheel`) : u.name === 'root' ? '0' : `${u.gid} 10`) + '\n');
      return 0;
    }
    const groups = u.name === 'root' ? '0(root)' : `${u.gid}(${u.name}),10(wheel)`;
    const ctxLabel = pos[0] ? '' : ' context=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023';
    ctx.out(`uid=${u.uid}(${u.name}) gid=${u.gid}(${u.name}) groups=${groups}${ctxLabel}\n`);
    return 0;
  },
});

def({
  name: 'hostname',
  summary: 'show or set the system host name',
  *run(ctx) {
    const a = ctx.args[0];
    if (a === '-I') {
      ctx.out(ctx.host.ifaces.filter((i) => i.name !== 'lo').map((i) => i.addr).join(' ') + ' \n');
      return 0;
    }
    if (a === '-i') {
      ctx.out((ctx.host.ifaces.find((i) => i.name === 'eth1')?.addr ?? '127.0.0.1') + '\n');
      return 0;
    }
    if (a === '-s') {
      ctx.out(ctx.host.hostname.split('.')[0] + '\n');
      return 0;
    }
    if (a && !a.startsWith('-')) {
      if (!isRoot(ctx)) {
        ctx.err('hostname: you must be root to change the host name\n');
        return 1;
      }
      ctx.host.hostname = a;
      return 0;
    }
    ctx.out(ctx.host.hostname + '\n');
    return 0;
  },
});

def({
  name: 'hostnamectl',
  summary: 'Control the system hostname',
  *run(ctx) {
    const host = ctx.host;
    const sys = host.sys!;
    if (ctx.args[0] === 'set-hostname') {
      const name = ctx.args[1];
      if (!name) {
        ctx.err('Invalid number of arguments.\n');
        return 1;
      }
      if (!isRoot(ctx)) {
        const ok = yield* polkit(ctx, 'org.freedesktop.hostname1.set-static-hostname', 'Authentication is required to set the statically configured local hostname, as well as the pretty hostname.');
        if (!ok) {
          ctx.err('Could not set static hostname: Access denied\n');
          return 1;
        }
      }
      host.hostname = name;
      host.fs.write('/etc/hostname', name + '\n');
      sys.sysctl.set('kernel.hostname', name);
      return 0;
    }
    if (ctx.args[0] === 'hostname' || ctx.args[0] === '--static') {
      ctx.out(host.hostname + '\n');
      return 0;
    }
    const ver = /release ([\d.]+)/.exec(sys.release)?.[1] ?? '9.5';
    const seedHex = (n: number) => ctx.world.rng.hex(n);
    const gs = guestState(ctx.world, host.id);
    const mid = (gs.machineId ??= seedHex(32));
    ctx.out(
      [
        ` Static hostname: ${host.hostname}`,
        '       Icon name: computer-vm',
        '         Chassis: vm 🖴',
        `      Machine ID: ${mid}`,
        `         Boot ID: ${mid.split('').reverse().join('')}`,
        '  Virtualization: oracle',
        `Operating System: Rocky Linux ${ver} (Blue Onyx)       `,
        '     CPE OS Name: cpe:/o:rocky:rocky:9::baseos',
        `          Kernel: Linux ${sys.kernel}`,
        '    Architecture: x86-64',
        ' Hardware Vendor: innotek GmbH',
        '  Hardware Model: VirtualBox',
        'Firmware Version: VirtualBox',
        '   Firmware Date: Fri 2006-12-01',
        '',
      ].join('\n'),
    );
    return 0;
  },
});

/** polkit password question for non-root systemctl/hostnamectl. Returns true when authenticated. */
export function* polkit(ctx: CommandContext, action: string, why: string): Generator<import('../types').Yield, boolean, unknown> {
  ctx.out(`==== AUTHENTICATING FOR ${action} ====\n${why}\nAuthenticating as: ${ctx.frame.user}\n`);
  const pw = String(yield { ask: 'Password: ' });
  if (pw === ctx.host.users.get(ctx.frame.user)?.password) {
    ctx.out('==== AUTHENTICATION COMPLETE ====\n');
    return true;
  }
  yield { wait: 2000 };
  ctx.err('polkit-agent-helper-1: pam_authenticate failed: Authentication failure\n');
  ctx.out('==== AUTHENTICATION FAILED ====\n');
  return false;
}

def({
  name: 'uname',
  summary: 'print system information',
  *run(ctx) {
    const sys = ctx.host.sys!;
    const { flags } = parseFlags(ctx.args);
    const parts: string[] = [];
    const all = flags.has('a');
    if (all || flags.has('s') || flags.size === 0) parts.push('Linux');
    if (all || flags.has('n')) parts.push(ctx.host.hostname);
    if (all || flags.has('r')) parts.push(sys.kernel);
    if (all || flags.has('v')) parts.push('#1 SMP PREEMPT_DYNAMIC Fri Nov 15 12:04:32 UTC 2024');
    if (all || flags.has('m')) parts.push('x86_64');
    if (all) parts.push('x86_64', 'x86_64');
    if (all || flags.has('o')) parts.push('GNU/Linux');
    ctx.out(parts.join(' ') + '\n');
    return 0;
  },
});

export function uptimeText(ms: number): string {
  const mins = Math.floor(ms / 60000);
  const days = Math.floor(mins / 1440);
  const h = Math.floor((mins % 1440) / 60);
  const m = mins % 60;
  let s = '';
  if (days) s += `${days} day${days > 1 ? 's' : ''}, `;
  s += h ? `${h}:${two(m)}` : `${m} min`;
  return s;
}

def({
  name: 'uptime',
  summary: 'Tell how long the system has been running.',
  *run(ctx) {
    const t = tm(ctx.world.now);
    const up = ctx.world.now - ctx.host.bootedAt;
    if (ctx.args[0] === '-p') {
      const mins = Math.floor(up / 60000);
      ctx.out(`up ${mins >= 60 ? `${Math.floor(mins / 60)} hour${mins >= 120 ? 's' : ''}, ` : ''}${mins % 60} minute${mins % 60 === 1 ? '' : 's'}\n`);
      return 0;
    }
    const users = 1;
    const load = ctx.host.sys?.units.get('kubelet.service')?.active === 'active' ? '0.31, 0.22, 0.10' : '0.00, 0.01, 0.00';
    ctx.out(` ${two(t.h)}:${two(t.mi)}:${two(t.s)} up ${uptimeText(up)},  ${users} user,  load average: ${load}\n`);
    return 0;
  },
});

def({
  name: 'date',
  summary: 'print or set the system date and time',
  *run(ctx) {
    const f = ctx.args.find((a) => a.startsWith('+'));
    if (f) {
      const t = tm(ctx.world.now);
      ctx.out(
        f.slice(1).replace(/%([YmdHMSsFT])/g, (_, c: string) =>
          c === 'Y' ? String(t.y) : c === 'm' ? two(t.mo + 1) : c === 'd' ? two(t.d) : c === 'H' ? two(t.h) : c === 'M' ? two(t.mi) : c === 'S' ? two(t.s) : c === 's' ? String(Math.floor(ctx.world.now / 1000)) : c === 'F' ? `${t.y}-${two(t.mo + 1)}-${two(t.d)}` : `${two(t.h)}:${two(t.mi)}:${two(t.s)}`,
        ) + '\n',
      );
      return 0;
    }
    ctx.out(unixDate(ctx.world.now) + '\n');
    return 0;
  },
});

def({
  name: 'free',
  summary: 'Display amount of free and used memory in the system',
  *run(ctx) {
    const sys = ctx.host.sys!;
    const { flags } = parseFlags(ctx.args);
    const total = sys.memTotalKb;
    const used = Math.round(total * 0.16 + (sys.units.get('kubelet.service')?.active === 'active' ? total * 0.25 : 0));
    const shared = 8904;
    const buff = Math.round(total * 0.25);
    const free = total - used - buff;
    const avail = total - used;
    const swap = sys.swapOn ? sys.swapTotalKb : 0;
    const fmtv = (kb: number) => {
      if (flags.has('h')) {
        if (kb === 0) return '0B';
        const mb = kb / 1024;
        if (mb < 1024) return (mb < 10 ? mb.toFixed(1) : String(Math.round(mb))) + 'Mi';
        return (mb / 1024).toFixed(1) + 'Gi';
      }
      if (flags.has('m')) return String(Math.round(kb / 1024));
      if (flags.has('g')) return String(Math.round(kb / 1048576));
      return String(kb);
    };
    const row = (label: string, vals: number[]) => label.padEnd(8) + vals.map((v) => padStart(fmtv(v), 12)).join('');
    ctx.out(
      '               total        used        free      shared  buff/cache   available\n' +
        row('Mem:', [total, used, free, shared, buff, avail]) + '\n' +
        row('Swap:', [swap, 0, swap]) + '\n',
    );
    return 0;
  },
});

def({
  name: 'df',
  summary: 'report file system disk space usage',
  *run(ctx) {
    const h = ctx.args.some((a) => /^-\w*h/.test(a));
    const rows: [string, number, number][] = [
      ['devtmpfs', 4096, 0],
      ['tmpfs', 908468, 0],
      ['tmpfs', 363388, 5120],
      ['/dev/sda4', 9420800, 1572864],
      ['/dev/sda3', 983040, 215040],
      ['tmpfs', 181692, 0],
    ];
    const mounts = ['/dev', '/dev/shm', '/run', '/', '/boot', '/run/user/1000'];
    const v = (kb: number) => (h ? (kb === 0 ? '0' : human(kb * 1024)) : String(kb));
    let out = h ? 'Filesystem      Size  Used Avail Use% Mounted on\n' : 'Filesystem     1K-blocks    Used Available Use% Mounted on\n';
    rows.forEach(([fs, size, used], i) => {
      const pct = Math.ceil((used / size) * 100) + '%';
      out += h
        ? `${fs.padEnd(15)} ${padStart(v(size), 4)} ${padStart(v(used), 5)} ${padStart(v(size - used), 5)} ${padStart(pct, 4)} ${mounts[i]}\n`
        : `${fs.padEnd(14)} ${padStart(v(size), 9)} ${padStart(v(used), 7)} ${padStart(v(size - used), 9)} ${padStart(pct, 4)} ${mounts[i]}\n`;
    });
    ctx.out(out);
    return 0;
  },
});

// ---------------------------------------------------------------- network

def({
  name: 'lsblk',
  summary: 'list block devices',
  *run(ctx) {
    const swap = ctx.host.sys?.swapOn ? '[SWAP]' : '';
    ctx.out(`NAME   MAJ:MIN RM  SIZE RO TYPE MOUNTPOINTS\nsda      8:0    0   10G  0 disk \n├─sda1   8:1    0    1M  0 part \n├─sda2   8:2    0    2G  0 part ${swap}\n├─sda3   8:3    0    1G  0 part /boot\n└─sda4   8:4    0    7G  0 part /\n`);
    return 0;
  },
});

def({
  name: 'ip',
  summary: 'show / manipulate routing, network devices, interfaces and tunnels',
  *run(ctx) {
    const brief = ctx.args.includes('-br') || ctx.args.includes('-brief');
    const args = ctx.args.filter((a) => !a.startsWith('-'));
    const obj = args[0] ?? '';
    const host = ctx.host;
    if (obj === '' ) {
      ctx.err('Usage: ip [ OPTIONS ] OBJECT { COMMAND | help }\n');
      return 255;
    }
    const devIdx = args.findIndex((a) => a === 'dev');
    const dev = devIdx >= 0 ? args[devIdx + 1] : args[1] === 'show' && args[2] ? args[2] : undefined;
    if (dev && !host.ifaces.some((i) => i.name === dev)) {
      ctx.err(`Device "${dev}" does not exist.\n`);
      return 1;
    }
    if ('address'.startsWith(obj) || obj === 'a') {
      if (brief) {
        ctx.out(host.ifaces.filter((i) => !dev || i.name === dev).map((i) => `${i.name.padEnd(16)} ${(i.name === 'lo' ? 'UNKNOWN' : 'UP').padEnd(14)} ${i.addr}/${i.prefix} \n`).join(''));
        return 0;
      }
      let out = '';
      host.ifaces.forEach((i, n) => {
        if (dev && i.name !== dev) return;
        const alt = ['enp0s3', 'enp0s8', 'enp0s9', 'enp0s10'][n - 1];
        if (i.name === 'lo') {
          out += `1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n`;
          return;
        }
        const brd = i.addr.split('.').slice(0, 3).join('.') + '.255';
        out += `${n + 1}: ${i.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000\n    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff\n    altname ${alt}\n`;
        out += i.name === 'eth0'
          ? `    inet ${i.addr}/${i.prefix} brd ${brd} scope global dynamic noprefixroute ${i.name}\n       valid_lft 86013sec preferred_lft 86013sec\n`
          : `    inet ${i.addr}/${i.prefix} brd ${brd} scope global noprefixroute ${i.name}\n       valid_lft forever preferred_lft forever\n`;
      });
      ctx.out(out);
      return 0;
    }
    if ('route'.startsWith(obj) || obj === 'r') {
      let out = 'default via 10.0.2.2 dev eth0 proto dhcp src 10.0.2.15 metric 100 \n10.0.2.0/24 dev eth0 proto kernel scope link src 10.0.2.15 metric 100 \n';
      host.ifaces.filter((i) => i.name.startsWith('eth') && i.name !== 'eth0').forEach((i, n) => {
        out += `${i.addr.split('.').slice(0, 3).join('.')}.0/24 dev ${i.name} proto kernel scope link src ${i.addr} metric ${101 + n} \n`;
      });
      ctx.out(out);
      return 0;
    }
    if ('link'.startsWith(obj)) {
      ctx.out(host.ifaces.map((i, n) => `${n + 1}: ${i.name}: <${i.name === 'lo' ? 'LOOPBACK' : 'BROADCAST,MULTICAST'},UP,LOWER_UP> mtu ${i.name === 'lo' ? 65536 : 1500} qdisc ${i.name === 'lo' ? 'noqueue' : 'fq_codel'} state ${i.name === 'lo' ? 'UNKNOWN' : 'UP'} mode DEFAULT group default qlen 1000\n    link/${i.name === 'lo' ? 'loopback' : 'ether'} ${i.mac} brd ${i.name === 'lo' ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff'}\n`).join(''));
      return 0;
    }
    ctx.err(`Object "${obj}" is unknown, try "ip help".\n`);
    return 1;
  },
});

/** Resolve a name or address to an address reachable from a guest; null if unknown. */
function resolveHost(ctx: CommandContext, target: string): { addr: string; up: boolean } | null {
  if (target === 'localhost' || target === ctx.host.hostname || target.startsWith('127.')) return { addr: target.startsWith('127.') ? target : '127.0.0.1', up: true };
  const hostsFile = ctx.host.fs.read('/etc/hosts');
  if (typeof hostsFile === 'string' && hostsFile !== 'ENOENT' && hostsFile !== 'EISDIR') {
    for (const l of hostsFile.split('\n')) {
      const [addr, ...names] = l.trim().split(/\s+/);
      if (names.includes(target)) return resolveHost(ctx, addr);
    }
  }
  const known: Record<string, string> = { 'google.com': '142.250.207.46', 'www.google.com': '142.250.206.228', 'pkgs.k8s.io': '34.107.204.206', 'download.docker.com': '18.65.168.52', 'github.com': '20.200.245.247', 'rockylinux.org': '104.21.74.132' };
  if (known[target]) return { addr: known[target], up: true };
  if (/^\d+\.\d+\.\d+\.\d+$/.test(target)) {
    if (target === '10.0.2.2' || target === '10.0.2.3' || target === '8.8.8.8' || target === '1.1.1.1') return { addr: target, up: true };
    for (const h of ctx.world.hosts.values()) if (h.ifaces.some((i) => i.addr === target && i.name !== 'eth0')) return { addr: target, up: h.up };
    if (ctx.host.ifaces.some((i) => i.addr === target)) return { addr: target, up: true };
    return { addr: target, up: false };
  }
  return null;
}

def({
  name: 'ping',
  summary: 'send ICMP ECHO_REQUEST to network hosts',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args, ['c', 'i', 'W', 'w']);
    const target = pos[0];
    if (!target) {
      ctx.err('ping: usage error: Destination address required\n');
      return 1;
    }
    const r = resolveHost(ctx, target);
    if (!r) {
      ctx.err(`ping: ${target}: Name or service not known\n`);
      return 2;
    }
    const count = flags.has('c') ? Number(flags.get('c')) : Infinity;
    const name = r.addr === target ? target : `${target} (${r.addr})`;
    ctx.out(`PING ${name} (${r.addr}) 56(84) bytes of data.\n`);
    const times: number[] = [];
    let sent = 0;
    const start = ctx.world.now;
    const local = r.addr.startsWith('192.168.') || r.addr.startsWith('10.') || r.addr.startsWith('127.');
    try {
      while (sent < count) {
        sent++;
        if (r.up) {
          const t = local ? 0.3 + ctx.world.rng.next() * 0.6 : 30 + ctx.world.rng.next() * 8;
          times.push(t);
          ctx.out(`64 bytes from ${r.addr === target ? r.addr : `${target} (${r.addr})`}: icmp_seq=${sent} ttl=${local ? 64 : 117} time=${t < 1 ? t.toFixed(3) : t.toFixed(1)} ms\n`);
        } else if (sent % 3 === 0) {
          const me = ctx.host.ifaces.find((i) => i.name === 'eth1')?.addr ?? '10.0.2.15';
          ctx.out(`From ${me} icmp_seq=${sent - 2} Destination Host Unreachable\nFrom ${me} icmp_seq=${sent - 1} Destination Host Unreachable\nFrom ${me} icmp_seq=${sent} Destination Host Unreachable\n`);
        }
        if (sent < count) yield { wait: 1000 };
      }
    } catch (e) {
      if (!(e instanceof Interrupt)) throw e;
    }
    const elapsed = ctx.world.now - start;
    const recv = times.length;
    const loss = Math.round(((sent - recv) / sent) * 100);
    ctx.out(`\n--- ${target} ping statistics ---\n${sent} packets transmitted, ${recv} received, ${r.up ? '' : `+${sent} errors, `}${loss}% packet loss, time ${Math.max(0, elapsed - (recv ? 0 : 0))}ms\n`);
    if (recv) {
      const min = Math.min(...times);
      const max = Math.max(...times);
      const avg = times.reduce((a, b) => a + b, 0) / recv;
      const mdev = Math.sqrt(times.reduce((a, b) => a + (b - avg) ** 2, 0) / recv);
      ctx.out(`rtt min/avg/max/mdev = ${min.toFixed(3)}/${avg.toFixed(3)}/${max.toFixed(3)}/${mdev.toFixed(3)} ms\n`);
    }
    return recv ? 0 : 1;
  },
});

/** HTTP answers for curl: extensions register handlers (the Kubernetes model serves NodePorts). */
export type HttpHandler = (req: { url: URL; host: Host; world: CommandContext['world'] }) => { status: number; body: string; headers?: Record<string, string> } | null;
const httpHandlers: HttpHandler[] = [];
export function registerHttpHandler(h: HttpHandler): void {
  httpHandlers.push(h);
}

const K8S_KEY = `-----BEGIN PGP PUBLIC KEY BLOCK-----
Version: GnuPG v2.0.15 (GNU/Linux)

mQENBGMHoXcBCADukGOEQyleViOgtkMVa7hKifP6POCTh+98xNW4TfHK/nBJN2sm
u4XaiUmtB9UuGt9jl8VxQg4hOMRf40coIwHsNwtSrc2R9v5Kgpvcv537QVIigVHH
WMNvXeoZkkoDIUljvbCEDWaEhS9R5OMYKd4AaJ+f1c8OELhEcV2dAQLLyjtnEaF/
qmREN+3Y9+5VcRZvQHeyBxCG+hdUGE740ixgnY2gSqZ/J4YeQntQ6pMUEhT6pbaE
10q2HUierj/im0V+ZUdCh46Lxtv3zsr59h39Aft6Nr3xqMvnTNl2aNBY5V/B53Rs
=oVvQ
-----END PGP PUBLIC KEY BLOCK-----
`;

def({
  name: 'curl',
  summary: 'transfer a URL',
  *run(ctx) {
    const { flags, pos } = parseFlags(ctx.args, ['o', 'X', 'H', 'd', 'm', 'w']);
    const silent = flags.has('s') || flags.has('silent');
    const showErr = flags.has('S') || flags.has('show-error');
    const failFlag = flags.has('f') || flags.has('fail');
    const raw = pos[0];
    if (!raw) {
      ctx.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
      return 2;
    }
    let url: URL;
    try {
      url = new URL(/^[a-z]+:\/\//i.test(raw) ? raw : 'http://' + raw);
    } catch {
      ctx.err(`curl: (3) URL using bad/illegal format or missing URL\n`);
      return 3;
    }
    yield { wait: 150 };
    const reportErr = (code: number, msg: string) => {
      if (!silent || showErr) ctx.err(`curl: (${code}) ${msg}\n`);
      return code;
    };
    let res: { status: number; body: string } | null = null;
    for (const h of httpHandlers) {
      res = h({ url, host: ctx.host, world: ctx.world });
      if (res) break;
    }
    if (!res) {
      if (url.hostname === 'pkgs.k8s.io' && url.pathname.endsWith('repomd.xml.key')) res = { status: 200, body: K8S_KEY };
      else if (url.hostname === 'download.docker.com' && url.pathname.endsWith('docker-ce.repo')) {
        const { DOCKER_REPO_FILE } = yield* loadPackages();
        res = { status: 200, body: DOCKER_REPO_FILE };
      } else {
        const r = resolveHost(ctx, url.hostname);
        if (!r) return reportErr(6, `Could not resolve host: ${url.hostname}`);
        const port = url.port || (url.protocol === 'https:' ? '443' : '80');
        if (r.addr.startsWith('192.168.') || r.addr.startsWith('127.') || r.addr.startsWith('10.')) {
          if (!r.up) return reportErr(28, `Failed to connect to ${url.hostname} port ${port} after 3002 ms: Couldn't connect to server`);
          return reportErr(7, `Failed to connect to ${url.hostname} port ${port} after 0 ms: Couldn't connect to server`);
        }
        res = { status: 200, body: `<!doctype html><html><head><title>${url.hostname}</title></head><body></body></html>\n` };
      }
    }
    if (failFlag && res.status >= 400) return reportErr(22, `The requested URL returned error: ${res.status}`);
    const out = flags.get('o');
    if (typeof out === 'string') {
      const p = ctx.resolve(out);
      if (!canWrite(ctx.frame.user, p)) return reportErr(23, `Failure writing output to destination`);
      ctx.host.fs.write(p, res.body);
      if (!silent) ctx.err(`  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n                                 Dload  Upload   Total   Spent    Left  Speed\n100  ${padStart(String(byteLength(res.body)), 4)}  100  ${padStart(String(byteLength(res.body)), 4)}    0     0  12345      0 --:--:-- --:--:-- --:--:-- 12345\n`);
      return 0;
    }
    if (flags.has('I')) ctx.out(`HTTP/1.1 ${res.status} ${res.status === 200 ? 'OK' : ''}\n`);
    else ctx.out(res.body);
    return 0;
  },
});

function* loadPackages(): Generator<import('../types').Yield, typeof import('../data/packages'), unknown> {
  return (yield { load: () => import('../data/packages') }) as typeof import('../data/packages');
}

// ---------------------------------------------------------------- users and shells

function loginFrame(ctx: CommandContext, user: string, login: boolean): Frame {
  return switchUserFrame(ctx.host, ctx.frame, user, login);
}

def({
  name: 'sudo',
  spec: sudoSpec,
  summary: 'execute a command as another user',
  complete: () => [],
  *run(ctx) {
    // options come parsed from the spec (sudo/spec.ts); the first operand is the command
    const args = [...(ctx.operands ?? [])];
    const user = ctx.opts?.str('user') ?? 'root';
    const login = ctx.opts?.has('login') ?? false;
    const shell = ctx.opts?.has('shell') ?? false;
    if (!args.length && (ctx.opts?.has('reset-timestamp') || ctx.opts?.has('remove-timestamp') || ctx.opts?.has('validate'))) return 0;
    if (!ctx.host.users.has(user)) {
      ctx.err(`sudo: unknown user ${user}\nsudo: error initializing audit plugin sudoers_audit\n`);
      return 1;
    }
    if (!args.length) {
      if (login || shell) {
        const f = loginFrame(ctx, user, login);
        f.via = 'sudo';
        ctx.session.pushFrame(f);
        return 0;
      }
      ctx.err(SUDO_USAGE);
      return 1;
    }
    const u = ctx.host.users.get(user)!;
    const frame: Frame = { ...ctx.frame, user, env: { ...ctx.frame.env, USER: user, LOGNAME: user, HOME: login ? u.home : ctx.frame.env.HOME, SUDO_USER: ctx.frame.user } };
    const def = findCommand('bash', args[0]);
    if ((!def || (def.available && !def.available(ctx.host, ctx.world))) && !args[0].includes('/')) {
      ctx.err(`sudo: ${args[0]}: command not found\n`);
      return 1;
    }
    // a frame change inside (sudo su -) applies to the session
    if ((args[0] === 'su' || args[0] === 'bash' || args[0] === 'sh') && args.length <= 2 && (args[0] === 'su' || args.length === 1)) {
      if (args[0] === 'su') {
        const target = args.slice(1).find((a) => !a.startsWith('-')) ?? 'root';
        const l = args.includes('-') || args.includes('-l') || args.includes('--login');
        if (!ctx.host.users.has(target)) {
          ctx.err(`su: user ${target} does not exist or the user entry does not contain all the required fields\n`);
          return 1;
        }
        const f = loginFrame(ctx, target, l);
        f.via = l ? 'sudo' : 'su';
        ctx.session.pushFrame(f);
        return 0;
      }
      const f = loginFrame(ctx, user, false);
      ctx.session.pushFrame(f);
      return 0;
    }
    const rt = { world: ctx.world, hooks: ctx.session };
    return yield* runArgv(rt, frame, args, { out: ctx.out, err: ctx.err, tty: ctx.tty }, ctx.stdin);
  },
});

def({
  name: 'su',
  summary: 'run a command with substitute user and group ID',
  *run(ctx) {
    const login = ctx.args.includes('-') || ctx.args.includes('-l') || ctx.args.includes('--login');
    const target = ctx.args.find((a) => !a.startsWith('-')) ?? 'root';
    if (!ctx.host.users.has(target)) {
      ctx.err(`su: user ${target} does not exist or the user entry does not contain all the required fields\n`);
      return 1;
    }
    if (ctx.frame.user !== 'root') {
      const pw = String(yield { ask: 'Password: ' });
      if (pw !== ctx.host.users.get(target)!.password) {
        yield { wait: 2500 };
        ctx.err('su: Authentication failure\n');
        return 1;
      }
    }
    const f = loginFrame(ctx, target, login);
    f.via = login ? 'sudo' : 'su';
    ctx.session.pushFrame(f);
    return 0;
  },
});

function* leave(ctx: CommandContext, how: 'exit' | 'logout'): CommandRun {
  const f = ctx.frame;
  const login = f.via === 'ssh' || f.via === 'sudo' || f.via === 'root';
  if (how === 'logout' && !login) {
    ctx.err("-bash: logout: not login shell: use `exit'\n");
    return 1;
  }
  ctx.out(login ? 'logout\n' : 'exit\n');
  const code = ctx.args[0] && /^\d+$/.test(ctx.args[0]) ? Number(ctx.args[0]) & 255 : f.lastExit;
  ctx.session.popFrame();
  return code;
}

def({ name: 'exit', summary: 'exit the shell', *run(ctx) { return yield* leave(ctx, 'exit'); } });
def({ name: 'logout', summary: 'exit a login shell', *run(ctx) { return yield* leave(ctx, 'logout'); } });

for (const ed of ['vi', 'vim', 'nano'] as const) {
  def({
    name: ed,
    summary: ed === 'nano' ? 'Nano\'s ANOther editor' : 'Vi IMproved, a programmer\'s text editor',
    *run(ctx) {
      const f = ctx.args.find((a) => !a.startsWith('-') && !a.startsWith('+'));
      if (!f) {
        ctx.session.edit({ hostId: ctx.host.id, path: '', content: '', editor: ed });
        return 0;
      }
      const p = ctx.resolve(f);
      if (ctx.host.fs.isDir(p)) {
        ctx.err(`"${f}" is a directory\n`);
        return 1;
      }
      if (!canRead(ctx.frame.user, p)) {
        ctx.err(`"${f}" [Permission Denied]\n`);
        return 1;
      }
      return yield* editFile(ctx, p, ed);
    },
  });
}

export const __linuxLoaded = true;
