// chmod of GNU coreutils 8.32 (options and help in spec.ts): octal and symbolic modes as gnulib's mode_compile and
// mode_adjust read them ([ugoa]*[-+=][rwxXst]*|[ugo], comma-separated; without who, the umask masks + and -),
// -R, -v/-c, --reference.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { FsNode } from '../../../fs';
import { ownerOf } from '../../lib/files';
import { def } from '../../lib/guest';
import { umaskOf } from '../../../fs-owner';

interface Change {
  op: string;
  flag: 'ordinary' | 'copy' | 'X';
  affected: number;
  value: number;
  mentioned: number;
}

/** mode_compile: the changes, or null for an invalid mode. */
function compile(mode: string): Change[] | null {
  if (/^[0-7]+$/.test(mode)) {
    const n = parseInt(mode, 8);
    if (n > 0o7777) return null;
    const mentioned = mode.length < 5 ? (n & 0o6000) | 0o1777 : 0o7777;
    return [{ op: '=', flag: 'ordinary', affected: 0o7777, value: n, mentioned }];
  }
  const out: Change[] = [];
  for (const clause of mode.split(',')) {
    const m = /^([ugoa]*)((?:[-+=](?:[ugo]|[rwxXst]*))+)$/.exec(clause);
    if (!m) return null;
    let affected = 0;
    for (const c of m[1]) affected |= c === 'u' ? 0o4700 : c === 'g' ? 0o2070 : c === 'o' ? 0o1007 : 0o7777;
    for (const a of m[2].matchAll(/([-+=])([ugo]|[rwxXst]*)/g)) {
      let value = 0;
      let flag: Change['flag'] = 'ordinary';
      if (/^[ugo]$/.test(a[2])) {
        flag = 'copy';
        value = a[2] === 'u' ? 0o700 : a[2] === 'g' ? 0o070 : 0o007;
      } else
        for (const c of a[2]) {
          if (c === 'r') value |= 0o444;
          else if (c === 'w') value |= 0o222;
          else if (c === 'x') value |= 0o111;
          else if (c === 'X') flag = 'X';
          else if (c === 's') value |= 0o6000;
          else if (c === 't') value |= 0o1000;
        }
      out.push({ op: a[1], flag, affected, value, mentioned: affected ? affected & value : value });
    }
  }
  return out;
}

/** mode_adjust over a file's mode. */
function adjust(old: number, dir: boolean, changes: Change[], umask: number): number {
  let mode = old & 0o7777;
  for (const c of changes) {
    const omit = (dir ? 0o6000 : 0) & ~c.mentioned;
    let value = c.value;
    if (c.flag === 'copy') {
      value &= mode;
      value |= (value & 0o444 ? 0o444 : 0) | (value & 0o222 ? 0o222 : 0) | (value & 0o111 ? 0o111 : 0);
    } else if (c.flag === 'X' && ((mode & 0o111) !== 0 || dir)) value |= 0o111;
    value &= (c.affected ? c.affected : ~umask & 0o7777) & ~omit;
    if (c.op === '=') {
      const preserved = (c.affected ? ~c.affected & 0o7777 : 0) | omit;
      mode = (mode & preserved) | value;
    } else if (c.op === '+') mode |= value;
    else mode &= ~value;
  }
  return mode;
}

function* chmod(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = [...(ctx.operands ?? [])];
  const ref = o.str('reference');
  let changes: Change[] | null;
  let modeText: string;
  if (ref !== undefined) {
    const n = ctx.host.fs.get(ctx.resolve(ref));
    if (!n) {
      ctx.err(`chmod: failed to get attributes of '${ref}': No such file or directory\n`);
      return 1;
    }
    changes = [{ op: '=', flag: 'ordinary', affected: 0o7777, value: n.mode & 0o7777, mentioned: 0o7777 }];
    modeText = '';
  } else {
    // "chmod -w FILE": getopt took the mode for options; chmod.c takes the argument back as the mode
    const dashed = o.list.filter((x) => /^[rwxXstugoa]$/.test(x.key)).map((x) => '-' + x.key + (typeof x.value === 'string' ? x.value : ''));
    modeText = dashed.length ? dashed.join(',') : (ops.shift() ?? '');
    if (!modeText) {
      ctx.err("chmod: missing operand\nTry 'chmod --help' for more information.\n");
      return 1;
    }
    changes = compile(modeText);
  }
  if (!ops.length) {
    ctx.err(`chmod: missing operand after ‘${modeText}’\nTry 'chmod --help' for more information.\n`);
    return 1;
  }
  if (changes === null) {
    ctx.err(`chmod: invalid mode: ‘${modeText}’\nTry 'chmod --help' for more information.\n`);
    return 1;
  }
  const umask = umaskOf(ctx.frame, ctx.host);
  const recursive = o.has('recursive');
  const verbose = o.has('verbose');
  const changesOnly = o.has('changes');
  const quiet = o.has('silent');
  const oct = (m: number) => m.toString(8).padStart(4, '0');
  const sym = (m: number) => {
    const b = (r: number, w: number, x: number, s: number, sc: string) => (m & r ? 'r' : '-') + (m & w ? 'w' : '-') + (m & s ? (m & x ? sc : sc.toUpperCase()) : m & x ? 'x' : '-');
    return b(0o400, 0o200, 0o100, 0o4000, 's') + b(0o40, 0o20, 0o10, 0o2000, 's') + b(0o4, 0o2, 0o1, 0o1000, 't');
  };
  let code = 0;
  const visit = (shown: string, p: string, n: FsNode) => {
    if (n.type === 'link') return;
    // chmod(2) is the owner's (or root's)
    if (ctx.frame.user !== 'root' && ownerOf(n, p).user !== ctx.frame.user) {
      if (!quiet) ctx.err(`chmod: changing permissions of '${shown}': Operation not permitted\n`);
      code = 1;
    } else {
      const old = n.mode & 0o7777;
      const next = adjust(old, n.type === 'dir', changes!, umask);
      n.mode = (n.mode & ~0o7777) | next;
      if (verbose || (changesOnly && old !== next))
        ctx.out(old === next ? `mode of '${shown}' retained as ${oct(old)} (${sym(old)})\n` : `mode of '${shown}' changed from ${oct(old)} (${sym(old)}) to ${oct(next)} (${sym(next)})\n`);
    }
    if (recursive && n.type === 'dir') for (const c of ctx.host.fs.kids(n).values()) visit(`${shown.replace(/\/$/, '')}/${c.name}`, ctx.host.fs.join(p, c.name), c);
  };
  for (const f of ops) {
    const p = ctx.resolve(f);
    const n = ctx.host.fs.get(p);
    if (!n) {
      if (!quiet) ctx.err(`chmod: cannot access '${f}': No such file or directory\n`);
      code = 1;
      continue;
    }
    visit(f, p, n);
  }
  return code;
}

def({ name: 'chmod', summary: 'change file mode bits', run: chmod });
