// lspci of pciutils 3.7.0: the terse listing of show_terse() (slot, class, vendor and device names, `(rev NN)`),
// -n/-nn numbers, the bus tree of ls-tree.c (-t), domains (-D), the -s and -d filters of lib/filter.c with their
// messages (die(): `lspci: -s: Invalid slot number`, exit 1), and -k's `Kernel driver in use:` for the devices
// whose driver module is loaded. See DIFFERENCES.md for what -k and -v leave out.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { CLASSES, DEVICES, VENDORS, pciDevices, type PciDevice } from '../devices';
import { spec } from './spec';

interface Filter { domain?: number; bus?: number; slot?: number; func?: number; vendor?: number; device?: number; cls?: number }

/** strtol(x, &e, 16) that must use the whole word, within 0..max. */
const hex = (x: string, max: number) => (/^\s*[+-]?(0x)?[0-9a-f]+$/i.test(x) && parseInt(x, 16) >= 0 && parseInt(x, 16) <= max ? parseInt(x, 16) : undefined);
const given = (x: string | undefined) => x !== undefined && x !== '' && x !== '*';

function parseSlot(f: Filter, str: string): string | undefined {
  const ci = str.lastIndexOf(':');
  let mid = str;
  if (ci >= 0) {
    mid = str.slice(ci + 1);
    const head = str.slice(0, ci);
    const c2 = head.indexOf(':');
    let bus = head;
    if (c2 >= 0) {
      bus = head.slice(c2 + 1);
      const dom = head.slice(0, c2);
      if (given(dom)) {
        if ((f.domain = hex(dom, 0x7fffffff)) === undefined) return 'Invalid domain number';
      }
    }
    if (given(bus) && (f.bus = hex(bus, 0xff)) === undefined) return 'Invalid bus number';
  }
  const di = mid.indexOf('.');
  const dot = di >= 0 ? mid.slice(di + 1) : undefined;
  if (di >= 0) mid = mid.slice(0, di);
  if (given(mid) && (f.slot = hex(mid, 0x1f)) === undefined) return 'Invalid slot number';
  if (given(dot) && (f.func = hex(dot!, 7)) === undefined) return 'Invalid function number';
  return undefined;
}

function parseId(f: Filter, str: string): string | undefined {
  if (!str) return undefined;
  const si = str.indexOf(':');
  if (si < 0) return "':' expected";
  const v = str.slice(0, si);
  let rest = str.slice(si + 1);
  if (given(v) && (f.vendor = hex(v, 0xffff)) === undefined) return 'Invalid vendor ID';
  const ci = rest.indexOf(':');
  const c = ci >= 0 ? rest.slice(ci + 1) : undefined;
  if (ci >= 0) rest = rest.slice(0, ci);
  if (given(rest) && (f.device = hex(rest, 0xffff)) === undefined) return 'Invalid device ID';
  // filter.c tests the device word, not the class word, against "*"
  if (c && rest !== '*' && (f.cls = hex(c, 0xffff)) === undefined) return 'Invalid class code';
  return undefined;
}

const parts = (d: PciDevice) => {
  const [bus, rest] = d.slot.split(':');
  const [dev, fn] = rest.split('.');
  return { bus: parseInt(bus, 16), dev: parseInt(dev, 16), fn: parseInt(fn, 16) };
};

function matches(f: Filter, d: PciDevice): boolean {
  const p = parts(d);
  return (f.domain === undefined || f.domain === 0) && (f.bus === undefined || f.bus === p.bus) && (f.slot === undefined || f.slot === p.dev) &&
    (f.func === undefined || f.func === p.fn) && (f.vendor === undefined || f.vendor === d.vendor) && (f.device === undefined || f.device === d.device) &&
    (f.cls === undefined || f.cls === d.cls);
}

const x4 = (n: number) => n.toString(16).padStart(4, '0');

/** pci_lookup_name() for the class, and for vendor and device, by -n count (0 names, 1 numbers, 2 both). */
function names(d: PciDevice, numeric: number): [string, string] {
  const ids = `${x4(d.vendor)}:${x4(d.device)}`;
  if (numeric === 1) return [x4(d.cls), ids];
  const cls = CLASSES[d.cls];
  const dev = `${VENDORS[d.vendor]} ${DEVICES[ids]}`;
  return numeric >= 2 ? [`${cls} [${x4(d.cls)}]`, `${dev} [${ids}]`] : [cls, dev];
}

function* lspci(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  if ((ctx.operands ?? []).length) {
    // `if (optind < argc) goto bad;`: the help alone
    ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
    return 1;
  }
  const f: Filter = {};
  for (const { key, value } of o.list) {
    const msg = key === 's' ? parseSlot(f, String(value)) : key === 'd' ? parseId(f, String(value)) : undefined;
    if (msg) {
      ctx.err(`lspci: -${key}: ${msg}\n`);
      return 1;
    }
  }
  const numeric = o.count('n');
  const verbose = o.count('v');
  const filtered = o.has('s') || o.has('d');
  const devs = pciDevices(ctx.host);
  if (o.has('t')) {
    // show_forest(): the host bridge's one bus; with a filter only the subtrees of matching PCI-to-PCI bridges,
    // and these machines have none
    if (filtered) return 0;
    const shown = devs;
    let out = '';
    const prefix = '-[0000:00]-';
    const name = (d: PciDevice) => (verbose ? `  ${names(d, numeric)[1]}` : '');
    const slot = (d: PciDevice) => d.slot.slice(3);
    if (!shown.length) out = prefix + '\n';
    else if (shown.length === 1) out = `${prefix}-${slot(shown[0])}${name(shown[0])}\n`;
    else
      shown.forEach((d, i) => {
        const lead = i === 0 ? prefix : ' '.repeat(prefix.length);
        out += `${lead}${i === shown.length - 1 ? '\\-' : '+-'}${slot(d)}${name(d)}\n`;
      });
    ctx.out(out);
    return 0;
  }
  let out = '';
  for (const d of devs) {
    if (filtered && !matches(f, d)) continue;
    const [cls, dev] = names(d, numeric);
    out += `${o.has('D') ? '0000:' : ''}${d.slot} ${cls}: ${dev}${d.rev ? ` (rev ${d.rev.toString(16).padStart(2, '0')})` : ''}\n`;
    if (verbose || o.has('k')) {
      if (d.driver) out += `\tKernel driver in use: ${d.driver}\n`;
      out += '\n';
    }
  }
  ctx.out(out);
  return 0;
}

def({ name: 'lspci', summary: 'list all PCI devices', available: linuxOnly, spec, run: lspci });
