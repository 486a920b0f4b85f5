// findfs of util-linux 2.37.4 (misc-utils/findfs.c): blkid_evaluate_tag() of one LABEL=, UUID=, PARTLABEL= or
// PARTUUID= tag through udev's /dev/disk/by-* links (so a user resolves them too): the box's partitions by the
// UUIDs /etc/fstab names (its file systems have no labels); a word that is no tag is printed back. Status 1 when
// the tag names nothing, 2 for a usage error (e2fsprogs' findfs compatibility).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { PARTITIONS } from '../../lib/mounts';
import { spec } from './spec';

function* findfs(ctx: CommandContext): CommandRun {
  if (ctx.args.length !== 1) {
    ctx.err("findfs: bad usage\nTry 'findfs --help' for more information.\n");
    return 2;
  }
  const arg = ctx.operands?.[0] ?? ctx.args[0];
  const m = /^(LABEL|UUID|PARTLABEL|PARTUUID)=(.*)$/.exec(arg);
  if (!m) {
    ctx.out(arg + '\n');
    return 0;
  }
  const v = m[2].replace(/^"(.*)"$/, '$1');
  const p = m[1] === 'UUID' ? PARTITIONS.find((x) => x.uuid && x.uuid === v) : undefined;
  if (!p) {
    ctx.err(`findfs: unable to resolve '${arg}'\n`);
    return 1;
  }
  ctx.out(`/dev/${p.name}\n`);
  return 0;
}

def({ name: 'findfs', summary: 'find a filesystem by label or UUID', available: linuxOnly, spec, run: findfs });
