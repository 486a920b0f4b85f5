// ethtool 6.2 for the guests' e1000 adapters: `ethtool DEV` (nl_gset(): the link modes, link info, message level and
// link state replies as netlink/settings.c prints them), -i (dump_drvinfo() of what ethtool_get_drvinfo() and
// e1000_get_drvinfo() fill), -S (do_gstats(): `NIC statistics:` and the driver's counters), -P (do_permaddr()),
// -l and -c (the netlink error of a driver without channels or coalescing) and -T (netlink/tsinfo.c), with main()'s
// argument handling and exit_bad_args(). The other switches are not modelled (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { linkStats } from '../../iproute/ip/stats';
import { nicSlot } from '../../lib/sysfs/devices';
import { LINK_MODES, MSG_LEVEL, SOF_SOFTWARE, STAT_NAMES, statValues } from '../e1000';
import { spec } from './spec';

const BAD = 'ethtool: bad command line argument(s)\nFor more information run ethtool -h\n';

/** `before` then the modes, a half-duplex mode and its full twin on one line, the rest under `before`'s end. */
function modes(before: string): string {
  let s = `\t${before}`;
  LINK_MODES.forEach(([bit, name], i) => {
    if (i > 0) {
      const [pbit, , phalf] = LINK_MODES[i - 1];
      s += bit === pbit + 1 && phalf ? ' ' : `\n\t${' '.repeat(before.length)}`;
    }
    s += name;
  });
  return s + '\n';
}

function* ethtool(ctx: CommandContext): CommandRun {
  let argv = [...ctx.args];
  const bad = () => {
    ctx.err(BAD);
    return 1;
  };
  for (;;) {
    if (argv[0] === '--debug') {
      if (argv.length < 2 || !/^(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)$/i.test(argv[1])) return bad();
      argv = argv.slice(2);
    } else if (argv[0] === '--json' || argv[0] === '--include-statistics' || argv[0] === '-I') argv = argv.slice(1);
    else break;
  }
  const json = ctx.args.includes('--json');
  if (!argv.length) return bad();
  const { switches } = (yield { load: () => import('./help') }) as typeof import('./help');
  const word = argv[0];
  const sw = switches.find((s) => s.split('|').includes(word));
  if (!sw && word.startsWith('-')) return bad();
  if (sw === '-h|--help') {
    ctx.out(((yield { load: () => import('./help') }) as typeof import('./help')).help);
    return 0;
  }
  if (sw === '--version') {
    ctx.out('ethtool version 6.2\n');
    return 0;
  }
  const rest = sw ? argv.slice(1) : argv;
  const dev = rest[0];
  if (dev === undefined) return bad();
  // only -a, -c, -g, -k, -l, -m, --show-*... take --json; none modelled here does
  if (json) return bad();
  const extra = rest.length > 1;
  const iface = ctx.host.ifaces.find((i) => i.name === dev);
  const eths = ctx.host.ifaces.filter((i) => /^eth\d+$/.test(i.name));
  const e1000 = iface && eths.includes(iface) ? eths.indexOf(iface) : -1;
  if (sw === '-i|--driver') {
    if (extra) return bad();
    if (dev.length >= 16) {
      ctx.err('Device name longer than 15 characters\n' + BAD);
      return 1;
    }
    if (!iface) {
      ctx.err('Cannot get driver information: No such device\n');
      return 71;
    }
    if (e1000 < 0) {
      // lo: no get_drvinfo, no parent device, no rtnl_link_ops
      ctx.err('Cannot get driver information: Operation not supported\n');
      return 71;
    }
    ctx.out(
      `driver: e1000\nversion: ${ctx.host.sys!.kernel}\nfirmware-version: \nexpansion-rom-version: \nbus-info: 0000:00:${nicSlot(e1000)}.0\n` +
        'supports-statistics: yes\nsupports-test: yes\nsupports-eeprom-access: yes\nsupports-register-dump: yes\nsupports-priv-flags: no\n',
    );
    return 0;
  }
  if (sw === '-S|--statistics') {
    if (extra) return bad();
    if (!iface) {
      ctx.err('Cannot get stats strings information: No such device\n');
      return 96;
    }
    if (e1000 < 0) {
      ctx.err('no stats available\n');
      return 94;
    }
    const v = statValues(linkStats(ctx.world, ctx.host, dev));
    ctx.out('NIC statistics:\n' + STAT_NAMES.map((n) => `     ${n}: ${v[n] ?? 0}\n`).join(''));
    return 0;
  }
  if (sw === '-P|--show-permaddr') {
    // do_permaddr() does not look at further words; ioctl_init() refuses a long name
    if (dev.length >= 16) {
      ctx.err('Device name longer than 15 characters\n' + BAD);
      return 1;
    }
    if (!iface) {
      // send_ioctl(ETHTOOL_GPERMADDR) on a name no device has; do_permaddr() returns the -1
      ctx.err('Cannot read permanent address: No such device\n');
      return 255;
    }
    // register_netdevice() copies the address the driver read from the EEPROM into perm_addr (lo: zeros)
    ctx.out(`Permanent address: ${iface.mac.toLowerCase()}\n`);
    return 0;
  }
  if (sw === '-l|--show-channels' && iface) {
    if (extra) {
      ctx.err(`ethtool: unexpected parameter '${rest[1]}'\n`);
      return 1;
    }
    // neither e1000_ethtool_ops nor loopback's has get_channels: channels_prepare_data() answers -EOPNOTSUPP
    // without a message, nlsock_process_ack() perror()s it, and netlink_run_handler() exits 1 (no ioctl fallback)
    ctx.err('netlink error: Operation not supported\n');
    return 1;
  }
  if ((sw === '-T|--show-time-stamping' || sw === '-c|--show-coalesce') && iface) {
    // nl_tsinfo() and nl_gcoalesce() refuse a further word before asking the kernel
    if (extra) {
      ctx.err(`ethtool: unexpected parameter '${rest[1]}'\n`);
      return 1;
    }
    if (sw === '-c|--show-coalesce') {
      // e1000_get_coalesce() answers -EOPNOTSUPP below the 82545 (VirtualBox's 82540EM); loopback has no get_coalesce
      ctx.err('netlink error: Operation not supported\n');
      return 1;
    }
    // e1000 and loopback both use ethtool_op_get_ts_info(): the three software flags, no PHC, no hardware modes
    // (tsinfo_fill_reply() leaves out the empty bitsets and a negative PHC index; tsinfo_reply_cb() prints them so)
    ctx.out(
      `Time stamping parameters for ${dev}:\nCapabilities:\n` + SOF_SOFTWARE.map((n) => `\t${n}\n`).join('') +
        'PTP Hardware Clock: none\nHardware Transmit Timestamp Modes: none\nHardware Receive Filter Modes: none\n',
    );
    return 0;
  }
  if (sw) return 0; // not modelled
  if (extra) return bad();
  if (e1000 < 0) return iface ? 0 : 1; // lo's and a missing device's replies are not modelled
  const [level, names] = MSG_LEVEL;
  ctx.out(
    `Settings for ${dev}:\n\tSupported ports: [ TP ]\n` +
      modes('Supported link modes:   ') +
      '\tSupported pause frame use: No\n\tSupports auto-negotiation: Yes\n\tSupported FEC modes: Not reported\n' +
      modes('Advertised link modes:  ') +
      '\tAdvertised pause frame use: No\n\tAdvertised auto-negotiation: Yes\n\tAdvertised FEC modes: Not reported\n' +
      '\tSpeed: 1000Mb/s\n\tDuplex: Full\n\tAuto-negotiation: on\n\tPort: Twisted Pair\n\tTransceiver: internal\n' +
      `        Current message level: 0x${level.toString(16).padStart(8, '0')} (${level})\n                              ${names.map((n) => ' ' + n).join('')}\n` +
      '\tLink detected: yes\n',
  );
  return 0;
}

def({ name: 'ethtool', summary: 'query or control network driver and hardware settings', available: linuxOnly, spec, run: ethtool });
