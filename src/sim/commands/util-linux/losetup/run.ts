// losetup of util-linux 2.37.4 (sys-utils/losetup.c): loop devices over image files, kept in sys.loops
// (lib/loops.ts). -f finds the first free device (made on demand through /dev/loop-control), `-f FILE` and
// `LOOPDEV FILE` attach (--show prints the device), -d and -D detach, -a (printf_loopdev(): "[dev]:inode (file)",
// "[]" when a user cannot ask the device) and -j FILE list, -l and no arguments print show_table()'s default
// columns. The loop devices need root (their nodes are root:disk 0660); a user may list them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { attachedLoops, firstFree, loopOf } from '../../lib/loops';
import { deviceOf, fileSize, inodeOf } from '../../lib/inode';
import { printTable } from '../lib/table';
import { spec } from './spec';

function* losetup(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = [...(ctx.operands ?? [])];
  const host = ctx.host;
  const sys = host.sys!;
  const root = isRoot(ctx);
  const fail = (m: string) => {
    ctx.err(`losetup: ${m}\n`);
    return 1;
  };
  const dev = (n: number) => `/dev/loop${n}`;
  const useDevice = (d: string) => {
    const l = loopOf(host, ctx.resolve(d));
    if (!l) fail(`${d}: failed to use device: No such device`);
    return l;
  };
  const freeOne = () => {
    const f = firstFree(host);
    // a new device comes from /dev/loop-control, which only root may open
    return f.exists || root ? f.n : undefined;
  };
  const attach = (n: number, file: string): number => {
    const abs = ctx.resolve(file);
    const node = host.fs.get(abs);
    if (!node) return fail(`${file}: failed to set up loop device: No such file or directory`);
    if (!root) return fail(`${file}: failed to set up loop device: Permission denied`);
    sys.loops = [...(sys.loops ?? []).filter((l) => l.n !== n), { n, file: abs, at: ctx.world.now }];
    if (o.has('show')) ctx.out(dev(n) + '\n');
    const size = node.type === 'file' ? fileSize(node) : 0;
    if (size < 512) ctx.err(`losetup: ${file}: Warning: file is smaller than 512 bytes; the loop device may be useless or invisible for system tools.\n`);
    else if (size % 512) ctx.err(`losetup: ${file}: Warning: file does not fit into a 512-byte sector; the end of the file will be ignored.\n`);
    return 0;
  };
  const detach = (n: number): number => {
    const l = attachedLoops(host).find((x) => x.n === n);
    if (!root) return fail(`${dev(n)}: detach failed: Permission denied`);
    if (!l) return fail(`${dev(n)}: detach failed: No such device or address`);
    l.gone = ctx.world.now;
    return 0;
  };
  const line = (l: { n: number; file: string }) => {
    const node = host.fs.get(l.file);
    const where = root && node ? `[${String(deviceOf(l.file)).padStart(4, '0')}]:${inodeOf(node, l.file)}` : '[]:';
    return `${dev(l.n)}: ${where} (${l.file})\n`;
  };
  const table = (list: { n: number; file: string; autoclear?: boolean }[]) => {
    if (!list.length) return 0;
    const cols = [{ name: 'NAME' }, { name: 'SIZELIMIT', right: true }, { name: 'OFFSET', right: true }, { name: 'AUTOCLEAR', right: true }, { name: 'RO', right: true }, { name: 'BACK-FILE' }, { name: 'DIO', right: true }, { name: 'LOG-SEC', right: true }];
    const lines = list.map((l) => ({ cells: [dev(l.n), '0', '0', l.autoclear ? '1' : '0', '0', l.file, '0', '512'], children: [] }));
    ctx.out(printTable({ cols, lines, sep: ' ', headings: !o.has('noheadings') }));
    return 0;
  };

  if (o.has('detach-all')) {
    let bad = 0;
    for (const l of attachedLoops(host)) bad += detach(l.n);
    return bad ? 1 : 0;
  }
  const del = o.all('detach');
  if (del.length) {
    let bad = 0;
    for (const d of [...del, ...ops]) {
      const l = useDevice(d);
      if (!l) return 1;
      bad += detach(l.n);
    }
    return bad ? 1 : 0;
  }
  if (o.has('find')) {
    if (ops.length > 1) return fail('unexpected arguments');
    const n = freeOne();
    if (!ops.length) {
      if (n === undefined) return fail('cannot find an unused loop device: Permission denied');
      if (!loopOf(host, dev(n))) sys.loops = [...(sys.loops ?? []), { n, file: '', at: ctx.world.now, gone: ctx.world.now }];
      ctx.out(dev(n) + '\n');
      return 0;
    }
    if (n === undefined) return fail('cannot find an unused loop device');
    return attach(n, ops[0]);
  }
  // -c: LOOP_SET_CAPACITY (the simulated loop device already follows its file's size)
  const cap = o.str('set-capacity');
  if (cap !== undefined) {
    const l = useDevice(cap);
    if (!l) return 1;
    if (!attachedLoops(host).includes(l)) return fail(`${dev(l.n)}: set capacity failed: No such device or address`);
    return 0;
  }
  const assoc = o.str('associated');
  if (assoc !== undefined || o.has('all') || (o.has('list') && !ops.length) || ctx.args.length === 0) {
    let list = attachedLoops(host);
    if (assoc !== undefined) list = list.filter((l) => l.file === ctx.resolve(assoc));
    if (o.has('list') || ctx.args.length === 0) return table(list);
    ctx.out(list.map(line).join(''));
    return 0;
  }
  if (ops.length === 1) {
    const l = useDevice(ops[0]);
    if (!l) return 1;
    if (!attachedLoops(host).includes(l)) return fail(`${dev(l.n)}: No such device or address`);
    if (o.has('list')) return table([l]);
    ctx.out(line(l));
    return 0;
  }
  if (!ops.length) return fail('no loop device specified');
  if (ops.length < 2) return fail('no file specified');
  const m = /^\/dev\/loop(\d+)$/.exec(ctx.resolve(ops[0]));
  if (!m) return fail(`${ops[0]}: failed to set up loop device: ${root ? 'No such device or address' : 'Permission denied'}`);
  const n = Number(m[1]);
  if (attachedLoops(host).some((l) => l.n === n)) return fail(`${ops[1]}: failed to set up loop device: Device or resource busy`);
  return attach(n, ops[1]);
}

def({ name: 'losetup', summary: 'set up and control loop devices', available: linuxOnly, spec, run: losetup });
