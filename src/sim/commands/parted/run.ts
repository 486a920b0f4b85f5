// GNU parted 3.5 (Rocky 9.5: parted-3.5-2.el9; the texts recorded from Debian 12's parted 3.5): -l and `print`
// of the box's GPT disk (lib/disk.ts: Model "ATA VBOX HARDDISK (scsi)", the BIOS boot and swap flags, the file
// systems libparted finds), of an image file ("Model:  (file)") or a loop device holding a file system (the "loop"
// label: one partition over the whole device) or nothing ("unrecognised disk label"); `unit` with
// ped_unit_format_custom_byte()'s rounding; -m's machine lines; the interactive prompt for print, unit, help,
// version, select and quit; mklabel, mkpart, rm, name, set, toggle, resizepart, align-check and rescue (edit.ts) on tables kept in the image (label.ts). What is left out: DIFFERENCES.md beside this file.
import type { CommandContext } from '../../context';
import type { CommandRun, Yield } from '../../types';
import type { FileNode } from '../../fs';
import { def, isRoot } from '../lib/guest';
import { linuxOnly } from '../lib/where';
import { fileSize } from '../lib/inode';
import { probe } from '../lib/fs-super';
import { targetOf } from '../lib/loops';
import { PARTITIONS } from '../lib/mounts';
import { DISK_SECTORS, GPT_PARTS } from '../util-linux/lib/disk';
import { getoptLong } from '../util-linux/lib/getopt';
import { commands, help, usage, version } from './help';
import { spec } from './spec';
import { type Disk, formatByte, readLabel } from './label';

export { formatByte };
import { edit, type Edit } from './edit';

const UNIT_NAMES = ['s', 'B', 'kB', 'MB', 'GB', 'TB', 'compact', 'KiB', 'MiB', 'GiB', 'TiB', '%'];

/** libparted's file system names for what the probes find. */
const fsName = (t: string | undefined) => (t === 'swap' ? 'linux-swap(v1)' : (t ?? ''));

function sdaDisk(ctx: CommandContext): Disk {
  const parts = GPT_PARTS.map((g, i) => {
    const p = PARTITIONS[i];
    let fs = fsName(p.type || undefined);
    if (p.name === 'sda1') {
      const t = targetOf(ctx.host, '/dev/sda1');
      const found = t.kind === 'sda1' ? probe(t.node) : null;
      fs = fsName(found?.type);
    }
    return { n: i + 1, start: g.start, end: g.end, fs, name: '', flags: g.type === 'BIOS boot' ? 'bios_grub' : g.type === 'Linux swap' ? 'swap' : '' };
  });
  return { path: '/dev/sda', model: 'ATA VBOX HARDDISK', type: 'scsi', sectors: DISK_SECTORS, label: 'gpt', parts };
}

function nodeDisk(path: string, model: string, type: string, node: FileNode | undefined): Disk {
  const sectors = node ? Math.floor(fileSize(node) / 512) : 0;
  const table = node ? readLabel(node) : null;
  if (table) return { path, model, type, sectors, label: table.type, parts: table.parts, node };
  const found = node ? probe(node) : null;
  if (!found) return { path, model, type, sectors, label: 'unknown', parts: [], node };
  return { path, model, type, sectors, label: 'loop', parts: [{ n: 1, start: 0, end: sectors - 1, fs: fsName(found.type), flags: '' }], node };
}

/** parted's table.c: columns two spaces apart, each as wide as its widest cell, trailing blanks cut. */
function table(rows: string[][]): string {
  const w = rows[0].map((_c, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(w[i])).join('  ').replace(/\s+$/, '') + '\n').join('');
}

export function print(d: Disk, unit: string, machine: boolean): string {
  const bytes = d.sectors * 512;
  const f = (b: number) => formatByte(b, unit, bytes);
  const named = d.label === 'gpt';
  if (machine) {
    let out = `BYT;\n${d.path}:${f(bytes)}:${d.type}:512:512:${d.label}:${d.model}:;\n`;
    for (const p of d.parts) out += `${p.n}:${f(p.start * 512)}:${f((p.end + 1) * 512 - 1)}:${f((p.end - p.start + 1) * 512)}:${p.fs}:${p.name ?? ''}:${p.flags};\n`;
    return out;
  }
  let out = `Model: ${d.model} (${d.type})\nDisk ${d.path}: ${f(bytes)}\nSector size (logical/physical): 512B/512B\nPartition Table: ${d.label}\nDisk Flags: \n`;
  if (d.label === 'unknown') return out;
  const dos = d.label === 'msdos';
  const head = ['Number', 'Start', 'End', 'Size', ...(dos ? ['Type'] : []), 'File system', ...(named ? ['Name'] : []), 'Flags'];
  const rows = d.parts.map((p) => [` ${p.n}`, f(p.start * 512), f((p.end + 1) * 512 - 1), f((p.end - p.start + 1) * 512), ...(dos ? ['primary'] : []), p.fs, ...(named ? [p.name ?? ''] : []), p.flags]);
  return out + '\n' + table([head, ...rows]) + '\n';
}

/** ped_device_get() and the disk on it: the box's disk, sda1, a loop device or an image file; null after the error. */
function* openDisk(ctx: CommandContext, devArg: string, script: boolean, root: boolean): Generator<Yield, Disk | null, unknown> {
  const abs = ctx.resolve(devArg);
  let disk: Disk;
  if (abs === '/dev/sda' || /^\/dev\/loop\d+$/.test(abs) || abs === '/dev/sda1') {
    const t = targetOf(ctx.host, abs);
    if (abs !== '/dev/sda' && t.kind !== 'loop' && t.kind !== 'sda1') {
      ctx.err(`Error: Could not stat device ${devArg} - No such file or directory.\n`);
      return null;
    }
    if (!root) {
      ctx.err(`Error: Error opening ${abs}: Permission denied\n`);
      if (!script) yield { ask: 'Retry/Cancel? ' };
      return null;
    }
    disk = abs === '/dev/sda' ? sdaDisk(ctx) : t.kind === 'sda1' ? nodeDisk(abs, 'ATA VBOX HARDDISK', 'scsi', t.node) : nodeDisk(abs, 'Loopback device', 'loopback', (t as { node?: FileNode }).node);
    if (abs === '/dev/sda1') disk.sectors = 2048;
  } else {
    const t = targetOf(ctx.host, abs);
    if (t.kind !== 'file') {
      ctx.err(`Error: Could not stat device ${devArg} - No such file or directory.\n`);
      return null;
    }
    // libparted names the device by its canonical path
    disk = nodeDisk(abs, '', 'file', t.node);
  }
  return disk;
}

function* parted(ctx: CommandContext): CommandRun {
  const { got, rest } = getoptLong(['parted', ...ctx.args], '+hlmjsfva:', [
    { name: 'help', hasArg: 0 },
    { name: 'list', hasArg: 0 },
    { name: 'machine', hasArg: 0 },
    { name: 'json', hasArg: 0 },
    { name: 'script', hasArg: 0 },
    { name: 'fix', hasArg: 0 },
    { name: 'version', hasArg: 0 },
    { name: 'align', hasArg: 1 },
  ], false, (m) => ctx.err(m));
  if (got.some((g) => g.kind === 'error')) {
    ctx.err(usage);
    return 1;
  }
  const LONG = 'hlmjsfva';
  const has = (c: string) => got.some((g) => (g.kind === 'short' && g.c === c) || (g.kind === 'long' && LONG[g.index] === c));
  if (has('h')) {
    ctx.out(help);
    return 0;
  }
  if (has('v')) {
    ctx.out(version);
    return 0;
  }
  const script = has('s');
  const machine = has('m');
  const root = isRoot(ctx);
  // -l as a user: no device opens, nothing is printed (the host's parted 3.5 as nobody)
  if (has('l')) {
    if (root) ctx.out(print(sdaDisk(ctx), 'compact', machine));
    return 0;
  }
  if (!root && !script) ctx.out('WARNING: You are not superuser.  Watch out for permissions.\n');
  const opened = yield* openDisk(ctx, rest[0] ?? '/dev/sda', script, root);
  if (!opened) return 1;
  let disk: Disk = opened;
  let unit = 'compact';
  let status = 0;
  const ed: Edit = { ctx, disk, script, get unit() { return unit; } };
  /** One command, its parameters taken from the queue as parted's command_line; false ends the session (quit). */
  function* run(q: string[]): Generator<Yield, boolean, unknown> {
    const cmd = q.shift() as string;
    if (cmd === 'quit' || cmd === 'q') return false;
    if (cmd === 'print' || cmd === 'p') {
      if (disk.label === 'unknown') {
        ctx.err(`Error: ${disk.path}: unrecognised disk label\n`);
        if (script) status = 1;
      }
      ctx.out(print(disk, unit, machine));
      return true;
    }
    if (cmd === 'unit' && q[0] && UNIT_NAMES.includes(q[0])) {
      unit = q.shift() as string;
      return true;
    }
    if (cmd === 'select') {
      // do_select(): the new device (the current one unless told), "Using" it, or the error and the old one kept
      const w = q.length ? (q.shift() as string) : script ? disk.path : String(((yield { ask: `New device?  [${disk.path}]? ` }) as string | null) ?? '').trim() || disk.path;
      const next = yield* openDisk(ctx, w, script, root);
      if (!next) {
        status = 1;
        return true;
      }
      disk = next;
      ed.disk = next;
      ctx.out(`Using ${next.path}\n`);
      return true;
    }
    if (cmd === 'version') {
      ctx.out(version);
      return true;
    }
    const done = yield* edit(ed, cmd, q);
    if (done !== undefined) {
      if (!done) status = 1;
      return true;
    }
    // help, and a word that is not a command: the command list
    ctx.out(commands);
    return true;
  }
  const cmdWords = rest.slice(1);
  if (cmdWords.length) {
    const q = [...cmdWords];
    while (q.length) {
      if (!(yield* run(q))) break;
      if (status) return status;
    }
    return status;
  }
  if (script) return 0;
  ctx.out(`GNU Parted 3.5\nUsing ${disk.path}\nWelcome to GNU Parted! Type 'help' to view a list of commands.\n`);
  for (;;) {
    const line = (yield { ask: '(parted) ' }) as string | null | undefined;
    if (line === null || line === undefined) return 0;
    const words = String(line).trim().split(/\s+/).filter(Boolean);
    if (!words.length) continue;
    status = 0;
    if (!(yield* run(words))) return 0;
  }
}

def({ name: 'parted', summary: 'a partition manipulation program', available: linuxOnly, spec, run: parted });
