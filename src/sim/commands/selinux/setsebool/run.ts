// setsebool of policycoreutils 3.6 (setsebool/setsebool.c): `NAME VALUE` or `NAME=VALUE ...`, values 1/0, true/false,
// on/off (any case). Without -P the active values change (writing /sys/fs/selinux/booleans needs root); with -P
// libsemanage also keeps them in the policy store. Errors return -1 from main: exit 255.
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { boolValue, setBool } from '../state';
import { spec } from './spec';

const USAGE = '\nUsage:  setsebool [ -NPV ] boolean value | bool1=val1 bool2=val2...\n\n';

def({
  name: 'setsebool',
  summary: 'set SELinux boolean value',
  available: linuxOnly,
  spec,
  *run(ctx) {
    const args = ctx.args;
    const usage = () => {
      ctx.err(USAGE);
      return 1;
    };
    if (!args.length) return usage();
    let persistent = false;
    const words: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '--') {
        words.push(...args.slice(i + 1));
        break;
      }
      if (a.startsWith('-') && a !== '-') {
        for (const c of a.slice(1)) {
          if (c === 'P') persistent = true;
          else if (c !== 'N' && c !== 'V') {
            ctx.err(`setsebool: invalid option -- '${c}'\n`);
            return usage();
          }
        }
      } else words.push(a);
    }
    if (!words.length) {
      ctx.err('Error: boolean name required\n');
      return usage();
    }
    let list = words;
    if (!words[0].includes('=')) {
      if (words.length !== 2) return usage();
      list = [`${words[0]}=${words[1]}`];
    }
    const changes: [string, boolean][] = [];
    for (const item of list) {
      const eq = item.indexOf('=');
      if (eq < 0) {
        ctx.err(`setsebool: '=' not found in boolean expression ${item}\n`);
        return 255;
      }
      const [name, v] = [item.slice(0, eq), item.slice(eq + 1)];
      const on = v === '1' || /^(true|on)$/i.test(v) ? true : v === '0' || /^(false|off)$/i.test(v) ? false : null;
      if (on === null) {
        ctx.err(`setsebool: illegal value ${v} for boolean ${name}\n`);
        return 255;
      }
      changes.push([name, on]);
    }
    const root = isRoot(ctx);
    if (persistent) {
      if (!root) {
        ctx.err('Cannot set persistent booleans, please try as root.\n');
        return 255;
      }
      for (const [name] of changes)
        if (boolValue(ctx.host, name) === undefined) {
          ctx.err(`Boolean ${name} is not defined\n`);
          return 255;
        }
      // semanage_commit rebuilds and reloads the policy
      yield { wait: 4000 };
    } else {
      if (!root) {
        ctx.err('Could not change active booleans. Please try as root: Permission denied\n');
        return 255;
      }
      if (changes.some(([name]) => boolValue(ctx.host, name) === undefined)) {
        ctx.err('Could not change active booleans: Invalid boolean\n');
        return 255;
      }
    }
    for (const [name, on] of changes) setBool(ctx.host, name, on, persistent);
    return 0;
  },
});
