// getsebool of libselinux 3.6 (utils/getsebool.c): -a lists every boolean of the loaded policy (by name, as
// /sys/fs/selinux/booleans lists them), names print "NAME --> on|off"; a name the policy does not have stops with
// "Error getting active value for NAME" (exit 255). SELinux disabled: "getsebool:  SELinux is disabled", exit 1.
import { def, linuxOnly } from '../../lib/guest';
import { boolNames, boolValue } from '../state';
import { spec } from './spec';

def({
  name: 'getsebool',
  summary: 'get SELinux boolean value(s)',
  available: linuxOnly,
  spec,
  *run(ctx) {
    const prog = ctx.name;
    const usage = () => {
      ctx.err(`usage:  ${prog} -a or ${prog} boolean...\n`);
      return 1;
    };
    const args = ctx.args;
    let all = false;
    const names: string[] = [];
    // getopt(3) with "a": options anywhere before "--", permuted
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--') {
        names.push(...args.slice(i + 1));
        break;
      }
      if (a.startsWith('-') && a !== '-') {
        for (const c of a.slice(1)) {
          if (c !== 'a') {
            ctx.err(`${prog}: invalid option -- '${c}'\n`);
            return usage();
          }
          if (args.length > 1) return usage();
          if (ctx.host.sys!.selinux === 'Disabled') {
            ctx.err(`${prog}:  SELinux is disabled\n`);
            return 1;
          }
          all = true;
        }
      } else names.push(a);
    }
    if (ctx.host.sys!.selinux === 'Disabled') {
      ctx.err(`${prog}:  SELinux is disabled\n`);
      return 1;
    }
    if (!all && !args.length) return usage();
    const list = all ? boolNames() : names;
    let out = '';
    for (const n of list) {
      const v = boolValue(ctx.host, n);
      if (v === undefined) {
        ctx.out(out);
        ctx.err(`Error getting active value for ${n}\n`);
        return 255;
      }
      out += `${n} --> ${v ? 'on' : 'off'}\n`;
    }
    ctx.out(out);
    return 0;
  },
});
