// df of GNU coreutils 8.32 (options and help in spec.ts), over the guest's one mount table (lib/mounts.ts).
// The columns, their captions and minimum widths, the modes (-h/-H, -i, -P, --output), the file system
// filters (-a, -l, -t, -x), FILE operands and --total follow src/df.c of 8.32; numbers are rounded up as
// human_ceiling does.
import { def } from '../../lib/guest';
import { mountOf, mounts, type Mount } from '../../lib/mounts';
import { humanSize } from '../lib/human';

type Field = 'source' | 'fstype' | 'itotal' | 'iused' | 'iavail' | 'ipcent' | 'size' | 'used' | 'avail' | 'pcent' | 'file' | 'target';

// field_data[] of df.c: caption, minimum width, right-aligned
const FIELDS: Record<Field, [caption: string, min: number, right: boolean]> = {
  source: ['Filesystem', 14, false],
  fstype: ['Type', 4, false],
  size: ['blocks', 5, true],
  used: ['Used', 5, true],
  avail: ['Available', 5, true],
  pcent: ['Use%', 4, true],
  itotal: ['Inodes', 5, true],
  iused: ['IUsed', 5, true],
  iavail: ['IFree', 5, true],
  ipcent: ['IUse%', 4, true],
  target: ['Mounted on', 0, false],
  file: ['File', 0, false],
};
const ALL: Field[] = ['source', 'fstype', 'itotal', 'iused', 'iavail', 'ipcent', 'size', 'used', 'avail', 'pcent', 'file', 'target'];

// gnulib mountlist.c's ME_DUMMY types: listed only with -a or when named by an operand
const DUMMY = new Set(['autofs', 'proc', 'subfs', 'debugfs', 'devpts', 'fusectl', 'fuse.portal', 'mqueue', 'rpc_pipefs', 'sysfs', 'devfs', 'kernfs', 'ignore', 'none']);

interface Usage {
  /** 1K blocks: size, used, available; inodes: total, used, free. */
  kb: [number, number, number];
  inodes: [number, number, number];
}

/** What statfs gives for a mount: XFS keeps about one inode per 2 KiB; tmpfs takes nr_inodes= or half the pages. */
function usage(m: Mount, memKb: number): Usage {
  if (!m.kb) return { kb: [0, 0, 0], inodes: [0, 0, 0] };
  const { size, used } = m.kb;
  const nr = /(?:^|,)nr_inodes=(\d+)/.exec(m.options);
  const total = m.fstype === 'xfs' ? Math.floor(size / 2) : nr ? Number(nr[1]) : Math.floor(memKb / 8);
  const iused = m.fstype === 'xfs' ? (m.target === '/' ? 33_215 : 345) : m.target === '/run' ? 712 : m.fstype === 'devtmpfs' ? 418 : m.target.startsWith('/run/user/') ? 18 : 1;
  return { kb: [size, used, size - used], inodes: [total, iused, total - iused] };
}

/** -B / DF_BLOCK_SIZE: bytes per block, the "1K" of the header, or an error. */
function blockSize(arg: string): { bytes: number; caption: string } | null {
  const m = /^(\d*)([KMGTPEZY]?)(i?B?)$/.exec(arg);
  if (!m || (!m[1] && !m[2])) return null;
  const n = m[1] ? Number(m[1]) : 1;
  const si = m[3] === 'B';
  const pow = m[2] ? 'KMGTPEZY'.indexOf(m[2]) + 1 : 0;
  const bytes = n * (si ? 1000 : 1024) ** pow;
  if (!bytes) return null;
  return { bytes, caption: caption(bytes) };
}

/** The "1K" in "1K-blocks": the size autoscaled in the base that states it exactly (get_header). */
function caption(bytes: number): string {
  let q1000 = bytes;
  let q1024 = bytes;
  let d1000: boolean;
  let d1024: boolean;
  do {
    d1000 = q1000 % 1000 === 0;
    q1000 /= 1000;
    d1024 = q1024 % 1024 === 0;
    q1024 /= 1024;
  } while (d1000 && d1024);
  const base1024 = d1024 && !d1000;
  const base = base1024 ? 1024 : 1000;
  if (bytes < base) return base1024 ? String(bytes) : bytes + 'B';
  return humanSize(bytes, base).replace('.0', '') + (base1024 ? '' : 'B');
}

def({
  name: 'df',
  summary: 'report file system disk space usage',
  *run(ctx) {
    const o = ctx.opts!;
    const vals = (name: string) => o.all(name).map(String);
    const err = (msg: string) => ctx.err(`df: ${msg}\n`);
    const usageErr = (msg: string) => {
      err(msg);
      ctx.err("Try 'df --help' for more information.\n");
      return 1;
    };
    // the last of -h, -H, -k, -m, -B wins, as getopt hands them in order
    let scale: { human?: 1000 | 1024; bytes: number; caption: string } = { bytes: 1024, caption: '1K' };
    for (const { key: name, value } of o.list) {
      if (name === 'human-readable') scale = { human: 1024, bytes: 1, caption: '' };
      else if (name === 'si') scale = { human: 1000, bytes: 1, caption: '' };
      else if (name === 'k') scale = { bytes: 1024, caption: '1K' };
      else if (name === 'm') scale = { bytes: 1048576, caption: '1M' };
      else if (name === 'block-size') {
        const b = blockSize(String(value));
        // xstrtol_fatal: the option as typed, and no usage line
        if (!b) {
          err(`invalid ${ctx.args.some((a) => a.startsWith('--bl')) ? '--block-size' : '-B'} argument '${value}'`);
          return 1;
        }
        scale = b;
      }
    }
    const posix = o.has('portability');
    const inodesMode = o.has('inodes');
    let fields: Field[];
    const captions: Partial<Record<Field, string>> = {};
    if (o.has('output')) {
      if (inodesMode) return usageErr('options -i and --output are mutually exclusive');
      if (posix) return usageErr('options -P and --output are mutually exclusive');
      if (o.has('print-type')) return usageErr('options -T and --output are mutually exclusive');
      const list = vals('output').filter((v) => v !== 'true');
      fields = [];
      for (const f of (list.length ? list.join(',') : ALL.join(',')).split(',')) {
        if (!(f in FIELDS)) return usageErr(`option --output: field ‘${f}’ unknown`);
        if (fields.includes(f as Field)) return usageErr(`option --output: field ‘${f}’ used more than once`);
        fields.push(f as Field);
      }
      captions.size = scale.human ? 'Size' : `${scale.caption}-blocks`;
      captions.avail = 'Avail';
    } else {
      const type: Field[] = o.has('print-type') ? ['fstype'] : [];
      fields = inodesMode ? ['source', ...type, 'itotal', 'iused', 'iavail', 'ipcent', 'target'] : ['source', ...type, 'size', 'used', 'avail', 'pcent', 'target'];
      if (!inodesMode && scale.human) Object.assign(captions, { size: 'Size', avail: 'Avail' });
      else if (!inodesMode && posix) Object.assign(captions, { size: `${scale.bytes}-blocks`, pcent: 'Capacity' });
      else if (!inodesMode) captions.size = `${scale.caption}-blocks`;
    }
    const selected = vals('type');
    const excluded = vals('exclude-type');
    for (const t of selected)
      if (excluded.includes(t)) {
        err(`file system type ‘${t}’ both selected and excluded`);
        return 1;
      }

    const host = ctx.host;
    const memKb = host.sys?.memTotalKb ?? 0;
    const table = mounts(host);
    const rows: string[][] = [fields.map((f) => captions[f] ?? FIELDS[f][0])];
    let status = 0;
    let processed = false;
    const total = { kb: [0, 0, 0], inodes: [0, 0, 0] };
    const num = (n: number) => (scale.human ? humanSize(n * 1024, scale.human) : String(Math.ceil((n * 1024) / scale.bytes)));
    const pct = (used: number, avail: number) => (used + avail === 0 ? '-' : Math.ceil((used * 100) / (used + avail)) + '%');
    const add = (m: Mount | null, file: string, listed: boolean, u?: Usage) => {
      const fstype = m?.fstype ?? '-';
      if (m && DUMMY.has(fstype) && !o.has('all') && !listed) return;
      if (selected.length && !selected.includes(fstype)) return;
      if (excluded.includes(fstype)) return;
      const use = u ?? usage(m!, memKb);
      if (use.kb[0] === 0 && !o.has('all') && !listed) return;
      if (!u) {
        processed = true;
        for (let i = 0; i < 3; i++) {
          total.kb[i] += use.kb[i];
          total.inodes[i] += use.inodes[i];
        }
      }
      const [size, used, avail] = use.kb;
      const [itotal, iused, ifree] = use.inodes;
      const cell: Record<Field, string> = {
        source: m ? m.source : 'total',
        fstype,
        size: num(size),
        used: num(used),
        avail: num(avail),
        pcent: pct(used, avail),
        itotal: scale.human ? humanSize(itotal, scale.human) : String(itotal),
        iused: scale.human ? humanSize(iused, scale.human) : String(iused),
        iavail: scale.human ? humanSize(ifree, scale.human) : String(ifree),
        ipcent: itotal === 0 ? '-' : pct(iused, ifree),
        file,
        target: m ? m.target : fields.includes('source') ? '-' : 'total',
      };
      rows.push(fields.map((f) => cell[f]));
    };
    const operands = ctx.operands ?? [];
    if (operands.length) {
      for (const a of operands) {
        const path = ctx.resolve(a);
        if (!host.fs.get(path)) {
          err(`${a}: No such file or directory`);
          status = 1;
          continue;
        }
        add(mountOf(host, path) ?? null, a, true);
      }
    } else for (const m of table) add(m, '-', false);
    if (!processed) {
      if (status === 0) err('no file systems processed');
      return 1;
    }
    if (o.has('total')) add(null, '-', true, { kb: total.kb as Usage['kb'], inodes: total.inodes as Usage['inodes'] });
    ctx.out(layout(rows, fields));
    return status;
  },
});

/** print_table: each column as wide as its widest cell (at least its minimum), one space between, the last unpadded. */
function layout(rows: string[][], fields: Field[]): string {
  const width = fields.map((f, c) => Math.max(FIELDS[f][1], ...rows.map((r) => r[c].length)));
  return rows
    .map((r) =>
      r
        .map((cell, c) => (c === r.length - 1 ? (FIELDS[fields[c]][2] ? cell.padStart(width[c]) : cell) : FIELDS[fields[c]][2] ? cell.padStart(width[c]) : cell.padEnd(width[c])))
        .join(' '),
    )
    .join('\n') + '\n';
}

