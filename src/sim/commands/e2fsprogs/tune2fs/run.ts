// tune2fs of e2fsprogs 1.46.5 (misc/tune2fs.c parse_tune2fs_options(), parse_e2label_options() and main()) as
// tune2fs and e2label: -l lists the superblock (lib/list.ts), -L/-c/-C/-e/-i/-m/-r/-M/-U/-u/-g change it with
// main()'s messages, e2label prints or sets the label. Other options (-j, -J, -o, -O, -E, -I, -Q, -T, -z) are
// accepted and change nothing (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { linuxOnly } from '../../lib/where';
import { findGroup, findUser } from '../../lib/accounts';
import { getoptLong } from '../../util-linux/lib/getopt';
import { VERSION, DATE } from '../mke2fs/help';
import { listSuper } from '../lib/list';
import { F } from '../lib/super';
import { BAD_MAGIC, idNames, openFs, plausible } from '../lib/open';

const OPTSTRING = 'c:e:fg:i:jlm:o:r:s:u:C:E:I:J:L:M:O:T:U:z:Q:';
const banner = `tune2fs ${VERSION} (${DATE})\n`;

export const usage = (prog: string) =>
  `Usage: ${prog} [-c max_mounts_count] [-e errors_behavior] [-f] [-g group]\n\t[-i interval[d|m|w]] [-j] [-J journal_options] [-l]\n\t[-m reserved_blocks_percent] [-o [^]mount_options[,...]]\n\t[-r reserved_blocks_count] [-u user] [-C mount_count]\n\t[-L volume_label] [-M last_mounted_dir]\n\t[-O [^]feature[,...]] [-Q quota_options]\n\t[-E extended-option[,...]] [-T last_check_time] [-U UUID]\n\t[-I new_inode_size] [-z undo_file] device\n`;

/** strtol/strtoul with base 0 over the whole word: NaN when something is left over. */
function cnum(s: string): number {
  const m = /^\s*([-+]?)(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)$/i.exec(s);
  if (!m) return NaN;
  const v = m[2].startsWith('0x') || m[2].startsWith('0X') ? parseInt(m[2].slice(2), 16) : m[2].startsWith('0') ? parseInt(m[2], 8) : Number(m[2]);
  return m[1] === '-' ? -v : v;
}

function* tune2fs(ctx: CommandContext): CommandRun {
  const prog = ctx.name.replace(/.*\//, '');
  const e2label = prog === 'e2label';
  let device: string;
  let newLabel: string | undefined;
  let list = false;
  let printLabel = false;
  const set: { c?: number; C?: number; e?: number; i?: number; m?: number; r?: number; M?: string; U?: string; u?: number; g?: number } = {};
  const bad = (what: string, arg: string) => {
    ctx.err(`${prog}: ${what} - ${arg}\n${usage(prog)}`);
    return 1;
  };
  if (e2label) {
    if (ctx.args.length < 1 || ctx.args.length > 2) {
      ctx.err('Usage: e2label device [newlabel]\n');
      return 1;
    }
    device = ctx.args[0];
    if (ctx.args.length === 2) newLabel = ctx.args[1];
    else printLabel = true;
  } else {
    ctx.out(banner);
    const { got, rest } = getoptLong([prog, ...ctx.args], OPTSTRING, [], false, (t) => ctx.err(t));
    let write = false;
    for (const g of got) {
      if (g.kind === 'error') {
        ctx.err(usage(prog));
        return 1;
      }
      if (g.kind !== 'short') continue;
      const arg = (g as { arg?: string }).arg ?? '';
      if (g.c !== 'l' && g.c !== 'f' && g.c !== 'E') write = true;
      switch (g.c) {
        case 'l':
          list = true;
          break;
        case 'c': {
          let n = arg === 'random' ? 65536 : cnum(arg);
          if (Number.isNaN(n) || n > 16000 || n < -16000) return bad('bad mounts count', arg);
          if (n === 0) n = -1;
          set.c = n;
          break;
        }
        case 'C': {
          const n = cnum(arg);
          if (Number.isNaN(n) || n < 0 || n > 16000) return bad('bad mounts count', arg);
          set.C = n;
          break;
        }
        case 'e': {
          const n = ['continue', 'remount-ro', 'panic'].indexOf(arg);
          if (n < 0) return bad('bad error behavior', arg);
          set.e = n + 1;
          break;
        }
        case 'i': {
          const m = /^(\d*)([sdDmMwW]?)$/.exec(arg);
          if (!m) return bad('bad interval', arg);
          const unit = { s: 1, '': 86400, d: 86400, D: 86400, m: 86400 * 30, M: 86400 * 30, w: 86400 * 7, W: 86400 * 7 }[m[2]]!;
          set.i = Number(m[1] || 0) * unit;
          break;
        }
        case 'm': {
          const n = arg.trim() === '' ? NaN : Number(arg);
          if (Number.isNaN(n) || n > 50 || n < 0) return bad('bad reserved block ratio', arg);
          set.m = n;
          break;
        }
        case 'r': {
          const n = cnum(arg);
          if (Number.isNaN(n) || n < 0) return bad('bad reserved blocks count', arg);
          set.r = n;
          break;
        }
        case 'L':
          newLabel = arg;
          break;
        case 'M':
          set.M = arg;
          break;
        case 'U':
          set.U = arg;
          break;
        case 'u': {
          const n = /^\d+$/.test(arg) ? Number(arg) : findUser(ctx.host, arg)?.uid;
          if (n === undefined) return bad('bad uid/user name', arg);
          set.u = n;
          break;
        }
        case 'g': {
          const n = /^\d+$/.test(arg) ? Number(arg) : findGroup(ctx.host, arg)?.gid;
          if (n === undefined) return bad('bad gid/group name', arg);
          set.g = n;
          break;
        }
      }
    }
    if (rest.length !== 1 || (!write && !list)) {
      ctx.err(usage(prog));
      return 1;
    }
    device = rest[0];
  }
  const writing = newLabel !== undefined || Object.keys(set).length > 0;
  const o = openFs(ctx, device, writing);
  if (!o.ok) {
    ctx.err(`${prog}: ${o.error} while trying to open ${device}\n`);
    if (o.error === BAD_MAGIC) ctx.out(plausible(device, o.other));
    else ctx.err("Couldn't find valid filesystem superblock.\n");
    return 1;
  }
  const s = o.super;
  if (printLabel) {
    ctx.out(`${s.label}\n`);
    return 0;
  }
  if (set.c !== undefined) {
    s.set16(F.maxMnt, set.c);
    ctx.out(`Setting maximal mount count to ${set.c}\n`);
  }
  if (set.C !== undefined) {
    s.set16(F.mntCount, set.C);
    ctx.out(`Setting current mount count to ${set.C}\n`);
  }
  if (set.e !== undefined) {
    s.set16(F.errors, set.e);
    ctx.out(`Setting error behavior to ${set.e}\n`);
  }
  if (set.g !== undefined) {
    s.set16(F.resgid, set.g);
    ctx.out(`Setting reserved blocks gid to ${set.g}\n`);
  }
  if (set.i !== undefined) {
    if (set.i >= 2 ** 32) {
      ctx.err(`${prog}: interval between checks is too big (${set.i})\n`);
      return 1;
    }
    s.set32(F.interval, set.i);
    ctx.out(`Setting interval between checks to ${set.i} seconds\n`);
  }
  if (set.m !== undefined) {
    s.rBlocks = Math.floor((set.m * s.blocks) / 100);
    ctx.out(`Setting reserved blocks percentage to ${String(Number(set.m.toPrecision(6)))}% (${s.rBlocks} blocks)\n`);
  }
  if (set.r !== undefined) {
    if (set.r > Math.floor(s.blocks / 2)) {
      ctx.err(`${prog}: reserved blocks count is too big (${set.r})\n`);
      return 1;
    }
    s.rBlocks = set.r;
    ctx.out(`Setting reserved blocks count to ${set.r}\n`);
  }
  if (set.u !== undefined) {
    s.set16(F.resuid, set.u);
    ctx.out(`Setting reserved blocks uid to ${set.u}\n`);
  }
  if (newLabel !== undefined) {
    if (new TextEncoder().encode(newLabel).length > 16) ctx.err('Warning: label too long, truncating.\n');
    s.setStr(F.label, 16, newLabel);
  }
  if (set.M !== undefined) s.setStr(F.lastMounted, 64, set.M);
  if (set.U !== undefined) {
    const u = set.U.toLowerCase();
    if (u === 'null' || u === 'clear') s.b.fill(0, F.uuid, F.uuid + 16);
    else if (/^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/.test(u)) s.b.set(Uint8Array.from(u.replace(/-/g, '').match(/../g)!, (h) => parseInt(h, 16)), F.uuid);
    else if (u !== 'time' && u !== 'random') {
      ctx.err(`${prog}: Invalid UUID format\n\n`);
      return 1;
    } else s.b.set(crypto.getRandomValues(new Uint8Array(16)).map((x, i) => (i === 6 ? (x & 0x0f) | 0x40 : i === 8 ? (x & 0x3f) | 0x80 : x)), F.uuid);
  }
  if (list) ctx.out(listSuper(s, idNames(ctx)));
  if (writing) o.save();
  return 0;
}

def({ name: 'tune2fs', aliases: ['e2label'], summary: 'adjust tunable file system parameters on ext2/ext3/ext4 file systems', available: linuxOnly, spec: { name: 'tune2fs', aliases: ['e2label'], style: 'gnu', rawArgs: true, helpFlags: [] }, run: tune2fs });
