// file 5.39 on the Rocky guests: each operand as file(1) prints it (file.c process(): the name, the separator and
// padding to the widest name, then libmagic's answer). The file-system checks are src/fsmagic.c's (directory,
// symbolic link, broken link, cannot open, /proc and /sys files that stat as empty); the bytes go to magic.ts.
// The guest's programs in /usr/bin are not files in its file system, so `file /usr/bin/ls` cannot open it.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { toBytes } from '../../lib/bytes';
import { readFile } from '../../lib/files';
import { def } from '../../lib/guest';
import { loadFlate, gunzipBytes } from '../../gzip/format';
import { classify, type Verdict } from './magic';
import { spec } from './spec';

const MODE_DESC = 0;
const MODE_MIME = 1;
const MODE_TYPE = 2;
const MODE_ENC = 3;

function describe(ctx: CommandContext, name: string, follow: boolean, special: boolean, z: 0 | 1 | 2): Verdict | string {
  if (name === '-') return classify(toBytes(ctx.stdin ?? ''));
  const fs = ctx.host.fs;
  const abs = fs.resolve(ctx.frame.cwd, name, ctx.frame.env.HOME);
  const found = fs.lookup(abs, !follow);
  if (typeof found === 'string') {
    const proc = /^\/(proc|sys)\//.test(abs) ? readFile(ctx, abs) : null;
    if (proc?.ok) return special ? classify(toBytes(proc.text)) : { desc: 'empty', mime: 'inode/x-empty', enc: 'binary' };
    const why = found === 'ENOTDIR' ? 'Not a directory' : found === 'ELOOP' ? 'Too many levels of symbolic links' : 'No such file or directory';
    return `cannot open \`${name}' (${why})`;
  }
  const node = found.node;
  if (node.type === 'link') {
    if (typeof fs.lookup(abs) === 'string') return { desc: `broken symbolic link to ${node.target}`, mime: 'inode/symlink', enc: '' };
    return { desc: `symbolic link to ${node.target}`, mime: 'inode/symlink', enc: 'binary' };
  }
  if (node.type === 'dir') return { desc: 'directory', mime: 'inode/directory', enc: 'binary' };
  // procfs and sysfs files have st_size 0: "empty" unless -s reads them
  if (!special && /^\/(proc|sys)\//.test(found.path)) return { desc: 'empty', mime: 'inode/x-empty', enc: 'binary' };
  const r = readFile(ctx, found.path);
  if (!r.ok) {
    if (r.errno === 'EACCES') return { desc: 'regular file, no read permission', mime: 'regular file, no read permission', enc: '' };
    return `cannot open \`${name}' (No such file or directory)`;
  }
  const bytes = toBytes(r.text);
  const expand = z
    ? (b: Uint8Array) => {
        const g = gunzipBytes(b);
        return g.data.length || g.ok ? g.data : null;
      }
    : undefined;
  const v = classify(bytes, expand);
  if (z === 2 && bytes[0] === 0x1f && bytes[1] === 0x8b && expand) {
    const inner = expand(bytes);
    if (inner) return classify(inner);
  }
  return v;
}

function* file(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const names = [...(ctx.operands ?? [])];
  const from = o.str('files-from');
  if (from !== undefined) {
    const r = from === '-' ? { ok: true as const, text: ctx.stdin ?? '' } : readFile(ctx, ctx.host.fs.resolve(ctx.frame.cwd, from, ctx.frame.env.HOME));
    if (!r.ok) {
      ctx.err(`file: Cannot open \`${from}' (No such file or directory)\n`);
      return 1;
    }
    names.unshift(...r.text.split('\n').filter(Boolean));
  }
  if (!names.length) {
    const { usage } = (yield { load: () => import('./help') }) as typeof import('./help');
    ctx.err(usage);
    return 1;
  }
  const z: 0 | 1 | 2 = o.has('uncompress-noreport') ? 2 : o.has('uncompress') ? 1 : 0;
  if (z) yield { load: loadFlate };
  let follow = false;
  for (const opt of o.list) if (opt.key === 'dereference' || opt.key === 'no-dereference') follow = opt.key === 'dereference';
  const mode = o.has('mime') ? MODE_MIME : o.has('mime-type') && o.has('mime-encoding') ? MODE_MIME : o.has('mime-type') ? MODE_TYPE : o.has('mime-encoding') ? MODE_ENC : MODE_DESC;
  const brief = o.has('brief');
  const sep = o.str('separator') ?? ':';
  const wid = o.has('no-pad') ? 0 : Math.max(...names.map((n) => [...n].length));
  for (const name of names) {
    const v = describe(ctx, name, follow, o.has('special-files'), z);
    let text: string;
    if (typeof v === 'string') text = v;
    else if (mode === MODE_DESC) text = v.desc;
    else if (v.mime === 'regular file, no read permission') text = v.mime;
    else if (mode === MODE_TYPE) text = v.mime.split(';')[0].split(' ')[0];
    else if (mode === MODE_ENC) text = v.enc || 'binary';
    else text = v.enc ? `${v.mime}; charset=${v.enc}` : v.mime;
    const shown = name === '-' ? '/dev/stdin' : name;
    ctx.out(brief ? `${text}\n` : `${shown}${sep}${' '.repeat(Math.max(0, wid - [...shown].length))} ${text}\n`);
  }
  return 0;
}

def({ name: 'file', summary: 'determine file type', spec, run: file });
