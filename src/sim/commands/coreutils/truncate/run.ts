// truncate of GNU coreutils 8.32 (options and help in spec.ts): -s with its relative forms (+ - < > / %) and
// suffixes, -r, -c and -o, in truncate.c's order of checks and with its messages.
import type { FileNode } from '../../../fs';
import { canWrite } from '../../../util';
import { def } from '../../lib/guest';
import { quoteaf } from '../../lib/files';
import { fileSize, setFileSize } from '../../lib/inode';

/** xstrtoimax with the suffixes "EgGkKmMPtTYZ0": K is 1024, KB 1000, KiB 1024; null when invalid. */
export function parseSize(s: string): number | null {
  const m = /^\s*([-+]?\d+)([EgGkKmMPtTYZ]?)(B|iB)?$/.exec(s);
  if (!m || (m[3] && !m[2])) return null;
  const pow = ' kmgtpezy'.indexOf(m[2].toLowerCase());
  const base = m[3] === 'B' ? 1000 : 1024;
  const v = Number(m[1]) * (m[2] ? base ** pow : 1);
  return Number.isSafeInteger(v) ? v : null;
}

def({
  name: 'truncate',
  summary: 'shrink or extend the size of a file to the specified size',
  *run(ctx) {
    const o = ctx.opts!;
    const fs = ctx.host.fs;
    const usage = (msg: string) => {
      ctx.err(`truncate: ${msg}\nTry 'truncate --help' for more information.\n`);
      return 1;
    };
    type Mode = 'abs' | 'rel' | 'min' | 'max' | 'rdn' | 'rup';
    let mode = 'abs' as Mode;
    let size = 0;
    let got = false;
    // each -s is read as getopt meets it: the last one counts
    for (const opt of o.list) {
      if (opt.key !== 'size' || typeof opt.value !== 'string') continue;
      let v = opt.value.replace(/^\s+/, '');
      mode = 'abs';
      const rel = ({ '<': 'max', '>': 'min', '/': 'rdn', '%': 'rup' } as Record<string, Mode | undefined>)[v[0]];
      if (rel) (mode = rel), (v = v.slice(1).replace(/^\s+/, ''));
      if (v[0] === '+' || v[0] === '-') {
        if (rel) return usage('multiple relative modifiers specified');
        mode = 'rel';
      }
      const n = parseSize(v);
      if (n === null) {
        ctx.err(`truncate: Invalid number: ‘${v}’\n`);
        return 1;
      }
      if ((mode === 'rup' || mode === 'rdn') && n === 0) {
        ctx.err('truncate: division by zero\n');
        return 1;
      }
      size = n;
      got = true;
    }
    const ref = o.str('reference');
    if (ref === undefined && !got) return usage("you must specify either ‘--size’ or ‘--reference’");
    if (ref !== undefined && got && mode === 'abs') return usage("you must specify a relative ‘--size’ with ‘--reference’");
    if (o.has('io-blocks') && !got) return usage('‘--io-blocks’ was specified but ‘--size’ was not');
    const files = ctx.operands ?? [];
    if (!files.length) return usage('missing file operand');
    let rsize = -1;
    if (ref !== undefined) {
      const r = fs.get(ctx.resolve(ref));
      if (!r) {
        ctx.err(`truncate: cannot stat ${quoteaf(ref)}: No such file or directory\n`);
        return 1;
      }
      const refSize = r.type === 'file' ? fileSize(r) : 4096;
      if (!got) size = refSize;
      else rsize = refSize;
    }
    if (o.has('io-blocks')) size *= 4096;
    let errors = false;
    for (const name of files) {
      const abs = ctx.resolve(name);
      let node = fs.get(abs);
      const cannot = (why: string) => {
        ctx.err(`truncate: cannot open ${quoteaf(name)} for writing: ${why}\n`);
        errors = true;
      };
      if (node?.type === 'dir' || (!node && name.endsWith('/'))) {
        cannot('Is a directory');
        continue;
      }
      if (!canWrite(ctx.frame.user, abs)) {
        cannot(node || fs.isDir(fs.dirname(abs)) ? 'Permission denied' : 'No such file or directory');
        continue;
      }
      if (!node) {
        if (o.has('no-create')) continue;
        const e = fs.write(abs, '');
        if (e) {
          cannot(e === 'ENOTDIR' ? 'Not a directory' : 'No such file or directory');
          continue;
        }
        node = fs.get(abs);
      }
      const f = node as FileNode;
      const cur = rsize >= 0 ? rsize : fileSize(f);
      let n = size;
      if (mode === 'min') n = Math.max(cur, size);
      else if (mode === 'max') n = Math.min(cur, size);
      else if (mode === 'rdn') n = cur - (cur % size);
      else if (mode === 'rup') n = cur + (cur % size === 0 ? 0 : size - (cur % size));
      else if (mode === 'rel') n = cur + size;
      setFileSize(fs, f, Math.max(0, n), true);
    }
    return errors ? 1 : 0;
  },
});
