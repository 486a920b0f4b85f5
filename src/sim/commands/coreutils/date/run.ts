// date of GNU coreutils 8.32 (options and help in spec.ts), in the guest's time zone (lib/clock.ts: /etc/localtime,
// or TZ): +FORMAT with nstrftime's conversions and flags, -d STRING, -r FILE, -u, -I[TIMESPEC], -R, --rfc-3339.
import { def } from '../../lib/guest';
import { localTm } from '../../lib/clock';
import { parseDate, strftime } from './format';

def({
  name: 'date',
  summary: 'print or set the system date and time',
  *run(ctx) {
    const o = ctx.opts!;
    const env = o.has('uct') ? { ...ctx.frame.env, TZ: 'UTC' } : ctx.frame.env;
    const at = (ms: number) => localTm(ctx.host, ms, env);
    const local = (y: number, mo: number, d: number, h: number, mi: number, s: number) => {
      const guess = Date.UTC(y, mo, d, h, mi, s);
      const t = guess - at(guess).off * 60_000;
      return guess - at(t).off * 60_000;
    };
    let ms = ctx.world.now;
    const ops = ctx.operands ?? [];
    const fmtOp = ops.find((a) => a.startsWith('+'));
    const extra = ops.find((a) => !a.startsWith('+'));
    if (extra !== undefined) {
      ctx.err(`date: invalid date ‘${extra}’\n`);
      return 1;
    }
    const d = o.str('date');
    const ref = o.str('reference');
    if (d !== undefined) {
      const t = parseDate(d, ms, local, at(ms));
      if (t === null || Number.isNaN(t)) {
        ctx.err(`date: invalid date ‘${d}’\n`);
        return 1;
      }
      ms = t;
    } else if (ref !== undefined) {
      const n = ctx.host.fs.get(ctx.resolve(ref));
      if (!n) {
        ctx.err(`date: ${ref}: No such file or directory\n`);
        return 1;
      }
      ms = n.mtime;
    }
    const t = at(ms);
    let fmt = '%a %b %e %H:%M:%S %Z %Y';
    const iso = o.get('iso-8601');
    if (fmtOp !== undefined) fmt = fmtOp.slice(1);
    else if (iso !== undefined) {
      const spec = iso === true ? 'date' : iso;
      const map: Record<string, string> = { date: '%Y-%m-%d', hours: '%Y-%m-%dT%H%:z', minutes: '%Y-%m-%dT%H:%M%:z', seconds: '%Y-%m-%dT%H:%M:%S%:z', ns: '%Y-%m-%dT%H:%M:%S,%N%:z' };
      const k = Object.keys(map).find((x) => x.startsWith(spec) && spec);
      if (!k) {
        ctx.err(`date: invalid argument ‘${spec}’ for ‘--iso-8601’\nValid arguments are:\n  - ‘hours’\n  - ‘minutes’\n  - ‘date’\n  - ‘seconds’\n  - ‘ns’\nTry 'date --help' for more information.\n`);
        return 1;
      }
      fmt = map[k];
    } else if (o.has('rfc-email')) fmt = '%a, %d %b %Y %H:%M:%S %z';
    else if (o.str('rfc-3339') !== undefined) {
      const r = o.str('rfc-3339')!;
      const map: Record<string, string> = { date: '%Y-%m-%d', seconds: '%Y-%m-%d %H:%M:%S%:z', ns: '%Y-%m-%d %H:%M:%S.%N%:z' };
      const k = Object.keys(map).find((x) => x.startsWith(r) && r);
      if (!k) {
        ctx.err(`date: invalid argument ‘${r}’ for ‘--rfc-3339’\nValid arguments are:\n  - ‘date’\n  - ‘seconds’\n  - ‘ns’\nTry 'date --help' for more information.\n`);
        return 1;
      }
      fmt = map[k];
    }
    ctx.out(strftime(fmt, t, ms) + '\n');
    return 0;
  },
});
