// lscpu of util-linux 2.37.4 (options and help in spec.ts): print_summary() of sys-utils/lscpu.c over the guest's
// processor (lib/cpu.ts) and its CPU count (the Vagrantfile's cpus, as nproc and /proc/cpuinfo say). On a terminal
// the fields are a tree indented two spaces a level and the empty section lines stay; piped, the tree is flat, the
// section lines go and the caches read "L1d cache:". The data column starts one space after the widest field.
// -e and -p print a row per CPU (perCpu below).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { CPU } from '../../lib/cpu';

/** cpulist_create() of lib/cpuset.c: runs of three or more as a-b. */
export function cpulist(n: number): string {
  if (n <= 0) return '';
  if (n === 1) return '0';
  if (n === 2) return '0,1';
  return `0-${n - 1}`;
}

/** size_to_human_string(SIZE_SUFFIX_3LETTER | SIZE_SUFFIX_SPACE) for whole KiB, MiB and GiB. */
function size3(kb: number): string {
  const units = ['KiB', 'MiB', 'GiB'];
  let v = kb;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[u]}`;
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  if ((o.has('all') || o.has('online') || o.has('offline')) && !o.has('extended') && !o.has('parse')) {
    ctx.err('lscpu: options --all, --online and --offline may only be used with options --extended or --parse.\n');
    return 1;
  }
  if (ctx.operands?.length) {
    ctx.err("lscpu: bad usage\nTry 'lscpu --help' for more information.\n");
    return 1;
  }
  const n = ctx.host.sys!.cpus;
  if (o.has('extended') || o.has('parse')) return perCpu(ctx, n);
  const term = ctx.tty;
  const bytes = o.has('bytes');
  // [depth, field, data | null for a section line]
  const rows: [number, string, string | null][] = [
    [0, 'Architecture:', 'x86_64'],
    [1, 'CPU op-mode(s):', '32-bit, 64-bit'],
    [1, 'Address sizes:', CPU.addressSizes],
    [1, 'Byte Order:', 'Little Endian'],
    [0, 'CPU(s):', String(n)],
    [1, 'On-line CPU(s) list:', cpulist(n)],
    [0, 'Vendor ID:', CPU.vendor],
    [1, 'Model name:', CPU.model],
    [2, 'CPU family:', String(CPU.family)],
    [2, 'Model:', String(CPU.modelNo)],
    [2, 'Thread(s) per core:', '1'],
    [2, 'Core(s) per socket:', String(n)],
    [2, 'Socket(s):', '1'],
    [2, 'Stepping:', String(CPU.stepping)],
    [2, 'BogoMIPS:', CPU.bogomips],
    [0, 'Virtualization features:', null],
    [1, 'Hypervisor vendor:', 'KVM'],
    [1, 'Virtualization type:', 'full'],
    [0, 'Caches (sum of all):', null],
  ];
  const caches: [string, number, number][] = [
    ['L1d', CPU.caches.L1d * n, n],
    ['L1i', CPU.caches.L1i * n, n],
    ['L2', CPU.caches.L2 * n, n],
    ['L3', CPU.caches.L3, 1],
  ];
  for (const [name, kb, inst] of caches) {
    const size = bytes ? String(kb * 1024) : size3(kb);
    rows.push([1, term ? `${name}:` : `${name} cache:`, `${size} (${inst} instance${inst === 1 ? '' : 's'})`]);
  }
  rows.push([0, 'NUMA:', null], [1, 'NUMA node(s):', '1'], [1, 'NUMA node0 CPU(s):', cpulist(n)]);
  const shown = rows.filter(([, , data]) => term || data !== null).map(([depth, field, data]) => [(term ? '  '.repeat(depth) : '') + field, data ?? ''] as const);
  const width = Math.max(...shown.map(([f]) => f.length));
  ctx.out(shown.map(([f, d]) => `${f.padEnd(width)} ${d}\n`).join(''));
  return 0;
}

/** The caches in name order (L1d, L1i, L2, L3) and the id of the one a CPU uses: per core, the L3 shared. */
const CACHE_IDS = (cpu: number) => [cpu, cpu, cpu, 0];

/**
 * -e (print_cpus_readable) and -p (print_cpus_parsable): one row per CPU. The columns a guest has by default:
 * CPU, NODE, SOCKET, CORE, the caches and ONLINE (-e); CPU, Core, Socket, Node and the caches (-p). No MHz
 * columns: the guest has no cpufreq.
 */
function perCpu(ctx: CommandContext, n: number): number {
  const o = ctx.opts!;
  const parse = o.has('parse');
  const list = o.str(parse ? 'parse' : 'extended');
  const known = ['BOGOMIPS', 'CPU', 'CORE', 'CLUSTER', 'SOCKET', 'NODE', 'BOOK', 'DRAWER', 'CACHE', 'POLARIZATION', 'ADDRESS', 'CONFIGURED', 'ONLINE', 'MHZ', 'MAXMHZ', 'MINMHZ'];
  let cols = parse ? ['CPU', 'CORE', 'SOCKET', 'NODE', 'CACHE'] : ['CPU', 'NODE', 'SOCKET', 'CORE', 'CACHE', 'ONLINE'];
  const compatible = parse && list === undefined;
  if (list !== undefined) {
    cols = [];
    for (const c of list.replace(/^=/, '').split(',')) {
      if (!known.includes(c.toUpperCase())) {
        ctx.err(`lscpu: unknown column: ${c}\n`);
        return 1;
      }
      cols.push(c.toUpperCase());
    }
  }
  const cacheHead = ['L1d', 'L1i', 'L2', 'L3'].join(compatible ? ',' : ':');
  const cell = (c: string, cpu: number): string => {
    switch (c) {
      case 'CPU': case 'CORE': return String(cpu);
      case 'SOCKET': case 'NODE': case 'CLUSTER': case 'BOOK': case 'DRAWER': return '0';
      case 'CACHE': return CACHE_IDS(cpu).join(compatible ? ',' : ':');
      case 'ONLINE': return parse ? 'Y' : 'yes';
      case 'BOGOMIPS': return CPU.bogomips;
      default: return parse ? '' : '-';
    }
  };
  const cpus = Array.from({ length: n }, (_, i) => i);
  if (parse) {
    // mixed case for the names that are not abbreviations ("Socket"; CPU and BOGOMIPS are), the caches' names as they are
    const head = cols.map((c) => (c === 'CACHE' ? cacheHead : c === 'CPU' || c === 'BOGOMIPS' ? c : c[0] + c.slice(1).toLowerCase()));
    const join = (cells: string[]) => cells.map((v, i) => (i > 0 ? (compatible && cols[i] === 'CACHE' ? ',,' : ',') : '') + v).join('');
    ctx.out(
      '# The following is the parsable format, which can be fed to other\n# programs. Each different item in every column has an unique ID\n# starting usually from zero.\n' +
        '# ' + join(head) + '\n' + cpus.map((cpu) => join(cols.map((c) => cell(c, cpu))) + '\n').join(''),
    );
    return 0;
  }
  const head = cols.map((c) => (c === 'CACHE' ? cacheHead : c));
  const rows = cpus.map((cpu) => cols.map((c) => cell(c, cpu)));
  const right = new Set(['BOGOMIPS', 'CPU', 'CORE', 'CLUSTER', 'SOCKET', 'NODE', 'BOOK', 'DRAWER', 'ONLINE', 'MHZ', 'MAXMHZ', 'MINMHZ']);
  const width = cols.map((_, i) => Math.max(head[i].length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((v, i) => (right.has(cols[i]) ? v.padStart(width[i]) : i === r.length - 1 ? v : v.padEnd(width[i]))).join(' ') + '\n';
  ctx.out(line(head) + rows.map(line).join(''));
  return 0;
}
