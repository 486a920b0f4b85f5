// The util-linux commands whose bodies load on first use: their specs (and so --help, usage errors and Tab) are
// here, the run modules stay out of the guest chunk until the command is typed. All of them are on the
// rockylinux/9 box: util-linux and util-linux-core are in @core (see DIFFERENCES.md in this folder).
import { registerSpecCommand, type CommandDef } from '../../registry';
import type { CommandSpec } from '../../spec/types';
import { linuxOnly } from '../lib/guest';
import { spec as blkid } from './blkid/spec';
import { spec as dmesg } from './dmesg/spec';
import { spec as findmnt } from './findmnt/spec';
import { spec as lscpu } from './lscpu/spec';
import { spec as mount } from './mount/spec';
import { spec as umount } from './umount/spec';

type Body = () => Promise<Pick<CommandDef, 'run'>>;

const LAZY: [CommandSpec, string, Body][] = [
  [blkid, 'locate/print block device attributes', () => import('./blkid/run')],
  [dmesg, 'print or control the kernel ring buffer', () => import('./dmesg/run')],
  [findmnt, 'find a filesystem', () => import('./findmnt/run')],
  [lscpu, 'display information about the CPU architecture', () => import('./lscpu/run')],
  [mount, 'mount a filesystem', () => import('./mount/run')],
  [umount, 'unmount filesystems', () => import('./umount/run')],
];

for (const [spec, summary, load] of LAZY) registerSpecCommand(spec, { shell: 'bash', summary, available: linuxOnly, load });
