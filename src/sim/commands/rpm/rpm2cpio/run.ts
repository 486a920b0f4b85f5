// rpm2cpio of rpm 4.16.1.3 (rpm2cpio.c's main): the package from the file named or standard input, never cpio data
// to a terminal, then rpmReadPackageFile(): a file without the lead's magic (ed ab ee db) is logged by
// rpmpkgRead ("error: DESCR: not an rpm package", lib/rpmlead.c and lib/package.c) before main's own message. No
// package file exists in the world, so a file with the magic goes no further than "error reading header".
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { canRead } from '../../../util';
import { def, linuxOnly } from '../../lib/guest';
import { toBytes } from '../../lib/bytes';
import { pathIno } from '../../lib/inode';
import { spec } from './spec';

function* rpm2cpio(ctx: CommandContext): CommandRun {
  const fs = ctx.host.fs;
  const name = ctx.args[0];
  let raw: Uint8Array;
  let descr: string;
  if (name === undefined) {
    raw = toBytes(ctx.stdin ?? '');
    // Fdescr() of a dup of standard input: the /proc/self/fd link (a file's path, or pipe:[inode])
    descr = ctx.stdinPath ?? `pipe:[${pathIno(`pipe:${ctx.world.now}`)}]`;
  } else {
    if (name === '-h' || name === '--help') {
      ctx.err((yield { load: () => import('./help').then((m) => m.help) }) as string);
      return 1;
    }
    const abs = ctx.resolve(name);
    const node = fs.get(abs);
    const why = !node ? 'No such file or directory' : node.type !== 'dir' && !canRead(ctx.frame.user, abs) ? 'Permission denied' : null;
    if (why) {
      ctx.err(`rpm2cpio: ${name}: ${why}\n`);
      return 1;
    }
    raw = node!.type === 'dir' ? new Uint8Array(0) : toBytes(fs.read(abs) as string);
    descr = name;
  }
  if (ctx.tty) {
    ctx.err('Error: refusing to output cpio data to a terminal.\n');
    return 1;
  }
  // rpmLeadRead(): 96 bytes (a directory opens, its read fails), then the magic
  if (name !== undefined && fs.get(ctx.resolve(name))?.type === 'dir') {
    ctx.err(`error: ${descr}: read failed: Is a directory (21)\n\nerror reading header from package\n`);
    return 1;
  }
  if (raw.length < 96) {
    ctx.err(`error: ${descr}: not an rpm package\n\nargument is not an RPM package\n`);
    return 1;
  }
  if (!(raw[0] === 0xed && raw[1] === 0xab && raw[2] === 0xee && raw[3] === 0xdb)) {
    ctx.err(`error: ${descr}: not an rpm package\nargument is not an RPM package\n`);
    return 1;
  }
  ctx.err('error reading header from package\n');
  return 1;
}

def({ name: 'rpm2cpio', summary: 'Extract cpio archive from RPM Package Manager (RPM) package.', available: linuxOnly, spec, run: rpm2cpio });
