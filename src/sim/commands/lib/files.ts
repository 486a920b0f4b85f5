// Reading files as a user (/proc and /sys are pseudo file systems: commands/lib/procfs, sysfs) and the input loop the filters share.
import type { CommandContext } from '../../context';
import type { Host, Yield } from '../../types';
import { ERRNO_MESSAGE, strerror, type FsError, type ReadResult } from '../../fs';
import { canRead } from '../../util';
import { rootOnly } from './var-log';
import { readDevice } from './devfs/stream';
import { bootSysctl, vendorSysctl } from './sysctl-boot';
import { isFifo, readAll } from './fifo';
import { readRefused } from './sticky';

/**
 * Read a file as the current user: its text or a typed error (ENOENT, EISDIR, EACCES). `want`: how many bytes the
 * reader takes (head -c, od -N), which is what an endless device (/dev/zero, /dev/urandom) gives it.
 */
export function readFile(ctx: CommandContext, path: string, want?: number): ReadResult {
  const host = ctx.host;
  // /dev/stdin (a link to /proc/self/fd/0) is what the command's standard input is: a pipe, a file, the terminal
  if ((path === '/dev/stdin' || path === '/dev/fd/0' || path === '/proc/self/fd/0') && ctx.stdin !== null && host.fs.mountOf('/dev')) return { ok: true, text: ctx.stdin };
  if (want !== undefined && host.fs.mountOf(path)) {
    const node = host.fs.get(path);
    const text = node && !node.errno ? readDevice(node, want) : null;
    if (text !== null) return { ok: true, text };
  }
  // /proc and /sys are built from the system state (commands/lib/procfs, sysfs) and check access themselves
  if (host.fs.mountOf(path)) return host.fs.readFile(path);
  if (!canRead(ctx.frame.user, path) || (ctx.frame.user !== 'root' && rootOnly(path)) || readRefused(host, ctx.frame.user, path)) return { ok: false, errno: 'EACCES' };
  // a file of mode 0000 (/etc/shadow, /etc/gshadow) only root reads
  if (ctx.frame.user !== 'root') {
    const n = host.fs.lookup(path);
    if (typeof n !== 'string' && n.node.type === 'file' && (n.node.mode & 0o777) === 0) return { ok: false, errno: 'EACCES' };
  }
  return host.fs.readFile(path);
}

/** Read a file as the current user. Prefer readFile: here a file whose text is an errno name is mistaken for the error. */
export function readPath(ctx: CommandContext, path: string): string | 'ENOENT' | 'EISDIR' | 'EACCES' {
  const r = readFile(ctx, path);
  return r.ok ? r.text : (r.errno as 'ENOENT' | 'EISDIR' | 'EACCES');
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

/** The keys /proc/sys holds on this guest (those with a value), sorted. */
export function sysctlKeys(host: Host): string[] {
  const sys = host.sys!;
  const keys = new Set([...sys.sysctl.keys(), ...Object.keys(SYSCTL_DEFAULTS), ...vendorSysctl(host).flatMap(([, kv]) => kv.map(([k]) => k))]);
  if (sys.modules.has('br_netfilter')) for (const k of ['arptables', 'ip6tables', 'iptables']) keys.add('net.bridge.bridge-nf-call-' + k);
  return [...keys].filter((k) => sysctlValue(host, k) !== null).sort();
}

/** The owner the image gives a path (fs-owner.ts); a node's own, when it has one, is ownerOf(node, path). */
export { pathOwner as owner, ownerOf } from '../../fs-owner';

export function fileErr(cmd: string, name: string, e: string, quote = false): string {
  const what = e in ERRNO_MESSAGE ? strerror(e as FsError) : strerror('EACCES');
  return `${cmd}: ${quote ? `'${name}'` : name}: ${what}\n`;
}

/** coreutils' `error (0, errno, "%s", quotef (file))`: the name quoted when the shell would need it. */
export function coreErr(cmd: string, name: string, e: string): string {
  return fileErr(cmd, quotef(name), e);
}

/** What each filter says when a file does not open or read (head.c, tail.c, tac.c, sed's execute.c, grep.c). */
function readErr(cmd: string, name: string, e: string): string {
  const what = e in ERRNO_MESSAGE ? strerror(e as FsError) : strerror('EACCES');
  if (cmd === 'grep') return fileErr(cmd, name, e);
  if (cmd === 'sed') return e === 'EISDIR' ? `sed: read error on ${name}: ${what}\n` : `sed: can't read ${name}: ${what}\n`;
  if (cmd === 'head' || cmd === 'tail') return e === 'EISDIR' ? `${cmd}: error reading ${quoteaf(name)}: ${what}\n` : `${cmd}: cannot open ${quoteaf(name)} for reading: ${what}\n`;
  if (cmd === 'tac' && e !== 'EISDIR') return `tac: failed to open ${quoteaf(name)} for reading: ${what}\n`;
  return coreErr(cmd, name, e);
}

/** Read named files or stdin for filters (cat, grep, head, ...). Calls back per source; `-` is standard input. */
export function* inputs(ctx: CommandContext, cmd: string, files: string[], each: (text: string, name: string | null) => void, want?: number): Generator<Yield, number, unknown> {
  if (!files.length || (files.length === 1 && files[0] === '-')) {
    each(ctx.stdin ?? '', null);
    return 0;
  }
  let code = 0;
  for (const f of files) {
    if (f === '-') {
      each(ctx.stdin ?? '', null);
      continue;
    }
    // a FIFO gives what its writers write, once they close it (lib/fifo.ts)
    const fifo = ctx.host.fs.get(ctx.resolve(f));
    if (isFifo(fifo) && canRead(ctx.frame.user, ctx.resolve(f))) {
      each(yield* readAll(fifo), f);
      continue;
    }
    const r = readFile(ctx, ctx.resolve(f), want);
    if (!r.ok) {
      ctx.err(readErr(cmd, f, r.errno));
      // sed: 2 for a file it cannot read, 4 (its panic) for a read error
      code = cmd === 'grep' ? 2 : cmd === 'sed' ? Math.max(code, r.errno === 'EISDIR' ? 4 : 2) : 1;
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
