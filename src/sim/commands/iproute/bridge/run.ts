// bridge of iproute2 6.2 on the guests, which have no Linux bridge: `bridge link` lists no port, `bridge vlan` only
// its header, `bridge mdb` nothing; the usages, version and the errors of bridge.c, link.c, vlan.c, fdb.c and
// mdb.c (`Object "x" is unknown, try "bridge help".`, exit 255). `bridge fdb` (the NICs' own unicast and multicast
// addresses), changes and monitor are not modelled (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { spec } from './spec';

/** iproute2's matches(): a non-empty prefix of `full`. */
const matches = (word: string, full: string) => word.length > 0 && full.startsWith(word);

function* bridge(ctx: CommandContext): CommandRun {
  const { usage, version } = (yield { load: () => import('./help') }) as typeof import('./help');
  const fail = (text: string) => {
    ctx.err(text);
    return 255;
  };
  let argv = [...ctx.args];
  let json = false;
  while (argv.length) {
    let opt = argv[0];
    if (opt === '--') {
      argv = argv.slice(1);
      break;
    }
    if (!opt.startsWith('-')) break;
    if (opt[1] === '-') opt = opt.slice(1);
    if (matches(opt, '-help')) return fail(usage.bridge);
    if (matches(opt, '-Version')) {
      ctx.out(`bridge utility, ${version}\n`);
      return 0;
    }
    if (matches(opt, '-netns') || matches(opt, '-family') || matches(opt, '-batch')) return 0; // not modelled
    if (matches(opt, '-json')) json = true;
    else if (!['-stats', '-statistics', '-details', '-oneline', '-timestamp', '-compressvlans', '-force', '-pretty'].some((o) => matches(opt, o)) && opt !== '-4' && opt !== '-6' && !/^-c(o(l(o(r)?)?)?)?(=.*)?$/.test(opt))
      return fail(`Option "${opt}" is unknown, try "bridge help".\n`);
    argv = argv.slice(1);
  }
  if (!argv.length) return fail(usage.bridge);
  const [object, cmd, ...rest] = argv;
  const devOf = (words: string[]) => {
    const i = words.indexOf('dev');
    return i >= 0 ? words[i + 1] : undefined;
  };
  const checkDev = (words: string[]) => {
    const dev = devOf(words);
    if (dev !== undefined && !ctx.host.ifaces.some((i) => i.name === dev)) {
      ctx.err(`Cannot find device "${dev}"\n`);
      return false;
    }
    return true;
  };
  const isShow = (w: string | undefined) => w === undefined || matches(w, 'show') || matches(w, 'lst') || matches(w, 'list');
  const unknown = (obj: string) => fail(`Command "${cmd}" is unknown, try "bridge ${obj} help".\n`);
  if (matches(object, 'link')) {
    if (cmd !== undefined && matches(cmd, 'help')) return fail(usage.link);
    if (!isShow(cmd)) return cmd !== undefined && (matches(cmd, 'set') || matches(cmd, 'change')) ? 0 : unknown('link');
    if (!checkDev(rest)) return 255;
    // no device has bridge port information (no bridge, no ndo_bridge_getlink on e1000)
    if (json) ctx.out('[]\n');
    return 0;
  }
  if (matches(object, 'fdb')) {
    if (cmd !== undefined && matches(cmd, 'help')) return fail(usage.fdb);
    return 0; // not modelled
  }
  if (matches(object, 'mdb')) {
    if (cmd !== undefined && matches(cmd, 'help')) return fail(usage.mdb);
    if (!isShow(cmd)) return cmd !== undefined && (matches(cmd, 'add') || matches(cmd, 'delete')) ? 0 : unknown('mdb');
    if (!checkDev(rest)) return 255;
    return 0;
  }
  if (matches(object, 'vlan')) {
    if (cmd !== undefined && matches(cmd, 'help')) return fail(usage.vlan);
    if (!isShow(cmd) && !(cmd !== undefined && matches(cmd, 'tunnelshow'))) {
      return cmd !== undefined && (matches(cmd, 'add') || matches(cmd, 'delete') || matches(cmd, 'set') || cmd === 'global') ? 0 : unknown('vlan');
    }
    if (!checkDev(rest)) return 255;
    if (!json) ctx.out(`${'port'.padEnd(16)}  ${'vlan-id'.padEnd(9)}${cmd !== undefined && matches(cmd, 'tunnelshow') ? '  tunnel-id' : ''}\n`);
    else ctx.out('[]\n');
    return 0;
  }
  if (matches(object, 'vni') || matches(object, 'monitor')) return 0; // not modelled
  if (matches(object, 'help')) return fail(usage.bridge);
  return fail(`Object "${object}" is unknown, try "bridge help".\n`);
}

def({ name: 'bridge', summary: 'show / manipulate bridge addresses and devices', spec, run: bridge });
