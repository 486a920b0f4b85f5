// du of GNU coreutils 8.32 (options and help in spec.ts): disk usage of each directory after its contents, as
// du.c's process_file() sums it; -a, -s, -c, -d, -h/--si/-k/-m/-b/-B, --apparent-size, -S, -L/-D, -l, -t, --inodes,
// --exclude, --time, -0.
import type { FsNode } from '../../../fs';
import { globMatch, two, tm } from '../../../util';
import { def } from '../../lib/guest';
import { humanSize } from '../lib/human';
import { quoteaf } from '../../lib/files';
import { blocksOf, inodeOf, sizeOf } from '../../lib/inode';
import { parseSize } from '../truncate/run';

def({
  name: 'du',
  summary: 'estimate file space usage',
  *run(ctx) {
    const o = ctx.opts!;
    const fs = ctx.host.fs;
    const usage = (msg: string) => {
      ctx.err(`du: ${msg}\nTry 'du --help' for more information.\n`);
      return 1;
    };
    // the size options in the order given: the last one decides
    let apparent = false;
    let blockSize = 1024;
    let human: 0 | 1000 | 1024 = 0;
    let suffix = '';
    for (const x of o.list) {
      if (x.key === 'apparent-size') apparent = true;
      else if (x.key === 'bytes') (apparent = true), (human = 0), (blockSize = 1), (suffix = '');
      else if (x.key === 'human-readable') (human = 1024), (blockSize = 1);
      else if (x.key === 'si') (human = 1000), (blockSize = 1);
      else if (x.key === 'k') (human = 0), (blockSize = 1024), (suffix = '');
      else if (x.key === 'm') (human = 0), (blockSize = 1 << 20), (suffix = '');
      else if (x.key === 'block-size' && typeof x.value === 'string') {
        const v = x.value;
        const n = parseSize(/^\d/.test(v) ? v : '1' + v);
        if (n === null || n <= 0) {
          ctx.err(`du: invalid -B argument ‘${v}’\n`);
          return 1;
        }
        (human = 0), (blockSize = n), (suffix = /^\d/.test(v) ? '' : v);
      }
    }
    let maxDepth = Infinity;
    const depth = o.str('max-depth');
    if (depth !== undefined) {
      if (!/^\s*\+?\d+$/.test(depth)) return usage(`invalid maximum depth ‘${depth}’`);
      maxDepth = Number(depth);
    }
    const all = o.has('all');
    const summarize = o.has('summarize');
    if (all && summarize) return usage('cannot both summarize and show all entries');
    if (summarize && depth !== undefined && maxDepth === 0) ctx.err('du: warning: summarizing is the same as using --max-depth=0\n');
    if (summarize && depth !== undefined && maxDepth !== 0) return usage(`warning: summarizing conflicts with --max-depth=${maxDepth}`);
    if (summarize) maxDepth = 0;
    const inodes = o.has('inodes');
    if (inodes && apparent) ctx.err('du: warning: options --apparent-size and -b are ineffective with --inodes\n');
    let threshold = 0;
    const t = o.str('threshold');
    if (t !== undefined) {
      const n = parseSize(t);
      if (n === null) {
        ctx.err(`du: invalid --threshold argument ‘${t}’\n`);
        return 1;
      }
      if (n === 0 && t.startsWith('-')) {
        ctx.err("du: invalid --threshold argument '-0'\n");
        return 1;
      }
      threshold = n;
    }
    const excludes = o.all('exclude');
    const separate = o.has('separate-dirs');
    const countAll = o.has('count-links');
    const deref = o.has('dereference');
    const derefArgs = deref || o.has('dereference-args') || o.has('H');
    const end = o.has('null') ? '\0' : '\n';
    const timeWord = o.get('time');
    const showTime = timeWord !== undefined;
    const style = o.str('time-style') ?? 'long-iso';

    const fmt = (bytes: number) => {
      if (inodes) return String(bytes);
      if (human) return humanSize(bytes, human);
      return String(Math.ceil(bytes / blockSize)) + suffix;
    };
    const date = (ms: number) => {
      const d = tm(ms);
      const day = `${d.y}-${two(d.mo + 1)}-${two(d.d)}`;
      return style === 'iso' ? day : `${day} ${two(d.h)}:${two(d.mi)}`;
    };
    const seen = new Set<number>();
    let total = 0;
    let totalTime = 0;
    let ok = true;
    const print = (v: number, time: number, name: string) => {
      if (threshold < 0 ? v <= -threshold : v >= threshold) ctx.out(`${fmt(v)}${showTime ? '\t' + date(time) : ''}\t${name}${end}`);
    };
    // with several operands (or -L) every directory is remembered too, so none is counted twice (hash_all)
    const hashAll = (ctx.operands?.length ?? 0) > 1 || deref;
    /** One entry and what is below it (fts's pre-order walk, printed after the contents): its whole size. */
    const walk = (node: FsNode, path: string, name: string, level: number): { size: number; time: number } | null => {
      if (level > 0 && excludes.some((p) => globMatch(p, node.name) || globMatch(p, name))) return null;
      if (!countAll && (hashAll || (node.type === 'file' && (node.nlink ?? 1) > 1))) {
        const ino = inodeOf(node, path);
        if (seen.has(ino)) return null;
        seen.add(ino);
      }
      const own = inodes ? 1 : apparent ? sizeOf(node) : blocksOf(node) * 512;
      let size = own;
      let shown = own;
      let time = node.mtime;
      if (node.type === 'dir') {
        for (const c of ctx.host.fs.kids(node).values()) {
          const childPath = path === '/' ? '/' + c.name : path + '/' + c.name;
          const childNode = c.type === 'link' && deref ? (fs.get(childPath) ?? c) : c;
          const r = walk(childNode, childPath, name.endsWith('/') ? name + c.name : `${name}/${c.name}`, level + 1);
          if (!r) continue;
          size += r.size;
          // -S: a sub-directory's size stays out of its parent's
          if (!separate || childNode.type !== 'dir') shown += r.size;
          time = Math.max(time, r.time);
        }
      }
      total += own;
      totalTime = Math.max(totalTime, node.mtime);
      if ((node.type === 'dir' && level <= maxDepth) || (all && level <= maxDepth) || level === 0) print(separate ? shown : size, time, name);
      return { size, time };
    };
    const operands = ctx.operands?.length ? ctx.operands : ['.'];
    for (const name of operands) {
      const abs = ctx.resolve(name);
      const found = fs.lookup(abs, !derefArgs);
      if (typeof found === 'string') {
        ctx.err(`du: cannot access ${quoteaf(name)}: No such file or directory\n`);
        ok = false;
        continue;
      }
      walk(found.node, found.path, name, 0);
    }
    if (o.has('total')) print(total, totalTime, 'total');
    return ok ? 0 : 1;
  },
});
