// fallocate of util-linux 2.37.4 (sys-utils/fallocate.c): -l LENGTH [-o OFFSET] allocates the range, creating the
// file (mode 0666 less the umask) and growing it unless -n; the range is allocated, not a hole (so mkswap and
// swapon take the file). -p/-z/-c/-i/-d change a range of an existing file: holes (-p, -d) or zeros.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { FileNode } from '../../../fs';
import { canWrite } from '../../../util';
import { def, linuxOnly } from '../../lib/guest';
import { fileSize, setFileSize } from '../../lib/inode';
import { strtosize } from '../lib/text';
import { spec } from './spec';
import { umaskOf } from '../../../fs-owner';

function* fallocate(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fail = (m: string) => {
    ctx.err(`fallocate: ${m}\n`);
    return 1;
  };
  let length = -2;
  let offset = 0;
  for (const { key, value } of o.list) {
    if (key === 'length') length = strtosize(String(value)) ?? -1;
    if (key === 'offset') offset = strtosize(String(value)) ?? -1;
  }
  const dig = o.has('dig-holes');
  const mode = ['keep-size', 'punch-hole', 'collapse-range', 'insert-range', 'zero-range'].filter((k) => o.has(k));
  const files = ctx.operands ?? [];
  if (!files.length) return fail('no filename specified');
  if (files.length > 1) return fail('unexpected number of arguments');
  if (dig) {
    if (length === -2) length = 0;
    if (length < 0) return fail('invalid length value specified');
  } else {
    if (length === -2) return fail('no length argument specified');
    if (length <= 0) return fail('invalid length value specified');
  }
  if (offset < 0) return fail('invalid offset value specified');
  // punching a hole needs keep-size (the kernel's EOPNOTSUPP otherwise)
  if (o.has('punch-hole') && !o.has('keep-size')) return fail('fallocate failed: Operation not supported');
  const name = files[0];
  const abs = ctx.resolve(name);
  const fs = ctx.host.fs;
  let node = fs.get(abs);
  if (node?.type === 'dir') return fail(`cannot open ${name}: Is a directory`);
  if (!canWrite(ctx.frame.user, abs)) return fail(`cannot open ${name}: ${node || fs.isDir(fs.dirname(abs)) ? 'Permission denied' : 'No such file or directory'}`);
  if (!node) {
    if (dig || mode.length) return fail(`cannot open ${name}: No such file or directory`);
    if (fs.write(abs, '')) return fail(`cannot open ${name}: No such file or directory`);
    node = fs.get(abs)!;
    const umask = umaskOf(ctx.frame, ctx.host);
    node.mode = (node.mode & ~0o777) | (0o666 & ~umask);
  }
  const f = node as FileNode;
  const cur = fileSize(f);
  const end = offset + length;
  if (o.has('punch-hole') || dig) {
    f.holes = Math.min(cur, (f.holes ?? 0) + Math.max(0, Math.min(end || cur, cur) - offset));
    return 0;
  }
  if (o.has('collapse-range')) {
    setFileSize(fs, f, Math.max(0, cur - length), false);
    return 0;
  }
  if (o.has('insert-range')) {
    setFileSize(fs, f, cur + length, false);
    return 0;
  }
  if (!o.has('keep-size') && end > cur) setFileSize(fs, f, end, false);
  // the range is allocated: it is no longer a hole
  if (f.holes) {
    f.holes = Math.max(0, f.holes - length);
    if (!f.holes) delete f.holes;
  }
  return 0;
}

def({ name: 'fallocate', summary: 'preallocate or deallocate space to a file', available: linuxOnly, spec, run: fallocate });
