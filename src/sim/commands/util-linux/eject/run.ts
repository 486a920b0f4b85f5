// eject of util-linux 2.37.4 (sys-utils/eject.c main()): the box has no optical drive, so the default
// /dev/cdrom is not found; a partition, a mount point or a loop device leads to its whole disk (sda, loopN),
// which is not hot-pluggable (sysfs: not removable, not on USB), so nothing is ejected. -d names the default
// device; -v says each step as verbose() does. -F (eject a device that is not hot-pluggable) is not modelled.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { mounts } from '../../lib/mounts';
import { attachedLoops } from '../../lib/loops';
import { spec } from './spec';

function* eject(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const say = (m: string) => ctx.out(`eject: ${m}\n`);
  const verbose = (m: string) => o.has('verbose') && say(m);
  const fail = (m: string) => {
    ctx.err(`eject: ${m}\n`);
    return 1;
  };
  if (ops.length > 1) return fail('too many arguments');
  if (o.has('default')) {
    say("default device: `/dev/cdrom'");
    return 0;
  }
  const fs = ctx.host.fs;
  let device: string;
  if (!ops.length) {
    device = '/dev/cdrom';
    verbose("using default device `/dev/cdrom'");
  } else {
    let name = ops[0];
    if (name.endsWith('/')) name = name.slice(0, -1);
    // find_device(): the name as a path, or under /dev
    const found = (name.startsWith('.') || name.startsWith('/')) && fs.exists(ctx.resolve(name)) ? name : fs.exists('/dev/' + name) ? '/dev/' + name : name;
    device = found.startsWith('/') || found.startsWith('.') ? ctx.resolve(found) : found;
  }
  verbose(`device name is \`${device}'`);
  const table = mounts(ctx.host);
  let m = [...table].reverse().find((x) => x.source === device);
  if (!m) {
    m = [...table].reverse().find((x) => x.target === device);
    if (m) device = m.source;
  }
  verbose(m ? `${device}: mounted on ${m.target}` : `${device}: not mounted`);
  const part = /^\/dev\/sda[1-4]$/.test(device);
  const whole = device === '/dev/sda' || attachedLoops(ctx.host).some((l) => `/dev/loop${l.n}` === device);
  if (part) {
    verbose(`${device}: disc device: /dev/sda (disk device will be used for eject)`);
    device = '/dev/sda';
  } else if (!whole) return fail(`${device}: not found mountpoint or device with the given name`);
  else verbose(`${device}: is whole-disk device`);
  return fail(`${device}: is not hot-pluggable device`);
}

def({ name: 'eject', summary: 'eject removable media', available: linuxOnly, spec, run: eject });
