// touch of GNU coreutils 8.32 (options and help in spec.ts): the time from -d STRING (date's parser), -t STAMP
// ([[CC]YY]MMDDhhmm[.ss]) or -r FILE, else now; -c creates nothing. Only the modification time is kept.
import { canWrite } from '../../../util';
import { strerror } from '../../../fs';
import { def } from '../../lib/guest';
import { writeRefused } from '../../lib/sticky';
import { localTm } from '../../lib/clock';
import { parseDate } from '../date/format';

def({
  name: 'touch',
  summary: 'change file timestamps',
  *run(ctx) {
    const o = ctx.opts!;
    const files = ctx.operands ?? [];
    const at = (ms: number) => localTm(ctx.host, ms, ctx.frame.env);
    const local = (y: number, mo: number, d: number, h: number, mi: number, s: number) => {
      const guess = Date.UTC(y, mo, d, h, mi, s);
      return guess - at(guess - at(guess).off * 60_000).off * 60_000;
    };
    let when = ctx.world.now;
    const d = o.str('date');
    const t = o.str('t');
    const ref = o.str('reference');
    if (ref !== undefined) {
      const n = ctx.host.fs.get(ctx.resolve(ref));
      if (!n) {
        ctx.err(`touch: failed to get attributes of '${ref}': No such file or directory\n`);
        return 1;
      }
      when = n.mtime;
    } else if (d !== undefined) {
      const v = parseDate(d, when, local, at(when));
      if (v === null || Number.isNaN(v)) {
        ctx.err(`touch: invalid date format ‘${d}’\n`);
        return 1;
      }
      when = v;
    } else if (t !== undefined) {
      const m = /^(\d{2}|\d{4})?(\d{2})(\d{2})(\d{2})(\d{2})(?:\.(\d{2}))?$/.exec(t);
      const cur = at(when);
      let y = m?.[1] === undefined ? cur.y : Number(m[1]);
      if (m?.[1]?.length === 2) y += y < 69 ? 2000 : 1900;
      if (!m || Number(m[2]) < 1 || Number(m[2]) > 12 || Number(m[3]) < 1 || Number(m[3]) > 31 || Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 60) {
        ctx.err(`touch: invalid date format ‘${t}’\n`);
        return 1;
      }
      when = local(y, Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
    }
    const noCreate = o.has('no-create');
    let code = 0;
    for (const f of files) {
      const p = ctx.resolve(f);
      const node = ctx.host.fs.get(p);
      if (node) {
        // touch.c opens the file to write first: another user's file that is not writable fails that way
        if (!canWrite(ctx.frame.user, p) || writeRefused(ctx.host, ctx.frame.user, p)) {
          ctx.err(`touch: cannot touch '${f}': Permission denied\n`);
          code = 1;
          continue;
        }
        node.mtime = when;
        continue;
      }
      if (noCreate) continue;
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
      // /proc and /sys make no files (ENOENT, EACCES)
      const e = ctx.host.fs.write(p, '');
      if (e) {
        ctx.err(`touch: cannot touch '${f}': ${strerror(e)}\n`);
        code = 1;
        continue;
      }
      const n = ctx.host.fs.get(p);
      if (n) n.mtime = when;
    }
    return code;
  },
});
