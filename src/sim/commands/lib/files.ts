// Reading files as a user (with /proc from the system state) and the input loop the filters share.
import type { CommandContext } from '../../context';
import type { Host } from '../../types';
import { ERRNO_MESSAGE, strerror, type FsError, type ReadResult } from '../../fs';
import { canRead, padStart } from '../../util';
import { holders, moduleSize } from '../kmod/modules';
import { rootOnly } from './var-log';
import { cpuinfo } from './cpu';
import { bootSysctl } from './sysctl-boot';
import { procSwaps, swapTotal } from './swaps';

/** Read a file as the current user: its text or a typed error (ENOENT, EISDIR, EACCES); /proc from the system state. */
export function readFile(ctx: CommandContext, path: string): ReadResult {
  const host = ctx.host;
  const dyn = procFile(host, path, ctx.world.now);
  if (dyn !== null) return dyn === PROC_MISSING ? { ok: false, errno: 'ENOENT' } : { ok: true, text: dyn };
  if (!canRead(ctx.frame.user, path) || (ctx.frame.user !== 'root' && rootOnly(path))) return { ok: false, errno: 'EACCES' };
  // a file of mode 0000 (/etc/shadow, /etc/gshadow) only root reads
  if (ctx.frame.user !== 'root') {
    const n = host.fs.lookup(path);
    if (typeof n !== 'string' && n.node.type === 'file' && (n.node.mode & 0o777) === 0) return { ok: false, errno: 'EACCES' };
  }
  return host.fs.readFile(path);
}

/** Read a file as the current user; /proc entries come from the system state. Prefer readFile: here a file whose text is an errno name is mistaken for the error. */
export function readPath(ctx: CommandContext, path: string): string | 'ENOENT' | 'EISDIR' | 'EACCES' {
  const r = readFile(ctx, path);
  return r.ok ? r.text : (r.errno as 'ENOENT' | 'EISDIR' | 'EACCES');
}

/** procFile's answer for a /proc/sys key that does not exist. */
const PROC_MISSING = 'ENOENT';

export function procFile(host: Host, path: string, now: number): string | null | 'ENOENT' {
  const sys = host.sys;
  if (!sys || !path.startsWith('/proc/')) return null;
  if (path.startsWith('/proc/sys/')) {
    const key = path.slice(10).replace(/\//g, '.');
    const v = sysctlValue(host, key);
    return v === null ? 'ENOENT' : v + '\n';
  }
  if (path === '/proc/swaps')
    return procSwaps(sys);
  if (path === '/proc/meminfo') {
    const free = Math.round(sys.memTotalKb * 0.62);
    return `MemTotal:       ${padStart(String(sys.memTotalKb), 8)} kB\nMemFree:        ${padStart(String(free), 8)} kB\nMemAvailable:   ${padStart(String(Math.round(sys.memTotalKb * 0.8)), 8)} kB\nSwapTotal:      ${padStart(String(swapTotal(sys)), 8)} kB\nSwapFree:       ${padStart(String(swapTotal(sys)), 8)} kB\n`;
  }
  if (path === '/proc/uptime') {
    const s = (now - host.bootedAt) / 1000;
    return `${s.toFixed(2)} ${(s * 1.9).toFixed(2)}\n`;
  }
  // newest first, each holder followed by a comma, addresses hidden from a user (kptr_restrict)
  if (path === '/proc/modules')
    return [...sys.modules].reverse().map((m) => {
      const by = holders(sys, m);
      return `${m} ${moduleSize(m)} ${by.length} ${by.length ? by.map((h) => h + ',').join('') : '-'} Live 0x0000000000000000\n`;
    }).join('');
  if (path === '/proc/version') return `Linux version ${sys.kernel} (mockbuild@iad1-prod-build001.bld.equ.rockylinux.org) (gcc (GCC) 11.5.0 20240719 (Red Hat 11.5.0-2), GNU ld version 2.35.2-54.el9) #1 SMP PREEMPT_DYNAMIC Fri Nov 15 12:04:32 UTC 2024\n`;
  if (path === '/proc/cpuinfo') return cpuinfo(sys.cpus);
  return null;
}

/**
 * Kernel settings the guest has from boot that the world's table does not hold until they are set:
 * kernel.dmesg_restrict is 0 (Rocky's kernel leaves CONFIG_SECURITY_DMESG_RESTRICT off; see
 * commands/util-linux/DIFFERENCES.md).
 */
export const SYSCTL_DEFAULTS: Readonly<Record<string, string>> = { 'kernel.dmesg_restrict': '0' };

/** Bridge keys exist only with br_netfilter loaded. */
export function sysctlValue(host: Host, key: string): string | null {
  const sys = host.sys!;
  if (key.startsWith('net.bridge.')) {
    if (!sys.modules.has('br_netfilter')) return null;
    return sys.sysctl.get(key) ?? '1';
  }
  return sys.sysctl.get(key) ?? SYSCTL_DEFAULTS[key] ?? bootSysctl(host, key) ?? null;
}

export function owner(path: string): string {
  const m = /^\/home\/([^/]+)/.exec(path);
  return m ? m[1] : 'root';
}

export function fileErr(cmd: string, name: string, e: string, quote = false): string {
  const what = e in ERRNO_MESSAGE ? strerror(e as FsError) : strerror('EACCES');
  return `${cmd}: ${quote ? `'${name}'` : name}: ${what}\n`;
}

/** Read named files or stdin for filters (cat, grep, head, ...). Calls back per source. */
export function* inputs(ctx: CommandContext, cmd: string, files: string[], each: (text: string, name: string | null) => void): Generator<never, number, unknown> {
  if (!files.length || (files.length === 1 && files[0] === '-')) {
    each(ctx.stdin ?? '', null);
    return 0;
  }
  let code = 0;
  for (const f of files) {
    const r = readFile(ctx, ctx.resolve(f));
    if (!r.ok) {
      ctx.err(fileErr(cmd, f, r.errno));
      code = cmd === 'grep' ? 2 : 1;
      continue;
    }
    each(r.text, f);
  }
  return code;
}

export const lines = (t: string) => {
  if (t === '') return [];
  const l = t.split('\n');
  if (l[l.length - 1] === '') l.pop();
  return l;
};

/** gnulib's quoteaf (shell-escape-always): a name in single quotes, or double quotes when it holds one. */
export function quoteaf(s: string): string {
  if (!s.includes("'")) return `'${s}'`;
  if (!/[$`"\\!]/.test(s)) return `"${s}"`;
  return s.split("'").map((p) => (p ? `'${p}'` : '')).join("\\'");
}

/** gnulib's quotef (shell-escape): quoted only when the shell would need it. */
export function quotef(s: string): string {
  return /^[A-Za-z0-9_./+,:@%^=-]+$/.test(s) && !s.startsWith('~') ? s : quoteaf(s);
}
