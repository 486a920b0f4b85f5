// dnf 4.14's search and provides over the catalog (loaded on their first use): cli/commands/search.py with
// match_counter.py's weights and order and output.py's fmtSection / matchcallback / fmtKeyValFill; cli.py provides()
// with base.py provides() (files first, then capabilities, then a command's /usr/bin, /usr/sbin, /bin, /sbin paths).
// What they search is what the simulator knows of the enabled repositories and the installed packages (DIFFERENCES.md).
import type { CommandContext } from '../../context';
import type { CatalogPackage } from '../../types';
import { globMatch } from '../../util';
import { binDir } from '../lib/paths';

/** A package as the sack holds it: from a repository, or the installed copy (`@System`). */
export interface SackPkg {
  pkg: CatalogPackage;
  repo: string;
}

const WEIGHTS: Record<string, number> = { name: 7, summary: 4, description: 2, url: 1 };
const isGlob = (s: string) => /[*?[]/.test(s);

/** Python's textwrap.fill(val, width, initial_indent=key, subsequent_indent): words, hyphenated ones also after their hyphens. */
function fill(val: string, width: number, first: string, next: string): string {
  // each chunk and whether a blank stood before it
  const chunks = val
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => w.split(/(?<=[A-Za-z]-)(?=[A-Za-z])/).map((c, k) => [c, k === 0] as const));
  const lines: string[] = [];
  let cur = first;
  let empty = true;
  for (const [c, spaced] of chunks) {
    const glue = empty || !spaced ? '' : ' ';
    if (!empty && cur.length + glue.length + c.length > width) {
      lines.push(cur);
      cur = next + c;
    } else cur += glue + c;
    empty = false;
  }
  lines.push(cur);
  return lines.join('\n');
}

/** output.py fmtKeyValFill: unwrapped when stdout is no terminal. */
export function keyValFill(ctx: CommandContext, key: string, val: string): string {
  if (!val) return key;
  const cols = ctx.tty ? Math.max(20, ctx.session.size?.().cols ?? 80) : 0;
  if (!cols) return key + val;
  let ret = fill(val, cols, key, ' '.repeat(key.length - 2) + ': ');
  if ((ret.match(/\n/g) ?? []).length > 1 && key.length > Math.floor(cols / 3)) ret = fill(val, cols, key, '     ...: ');
  return ret;
}

/** output.py fmtSection: the name centred between '=' across the terminal (80 columns when not one) less two. */
function section(ctx: CommandContext, name: string): string {
  const cols = (ctx.tty ? Math.max(20, ctx.session.size?.().cols ?? 80) : 80) - 2;
  let beg = '==';
  let end = '==';
  if (name.length < cols - 4) {
    beg = '='.repeat(Math.floor((cols - name.length) / 2));
    end = '='.repeat(cols - name.length - beg.length);
  }
  return `${beg} ${name} ${end}`;
}

/** `dnf search KEYWORD...` (without --all: name and summary, every keyword must match). */
export function search(ctx: CommandContext, sack: SackPkg[], args: string[], all: boolean): { out: string; found: boolean } {
  const counter = new Map<SackPkg, [key: 'name' | 'summary', needle: string][]>();
  const attr = (p: SackPkg, key: string) => (key === 'name' ? p.pkg.name : key === 'summary' ? p.pkg.summary : '');
  const count = (key: 'name' | 'summary', needle: string) => {
    for (const p of sack) {
      const hay = attr(p, key);
      const hit = isGlob(needle) ? globMatch(needle.toLowerCase(), hay.toLowerCase()) : hay.toLowerCase().includes(needle.toLowerCase());
      if (hit) counter.set(p, [...(counter.get(p) ?? []), [key, needle]]);
    }
  };
  for (const a of args) {
    count('name', a);
    count('summary', a);
  }
  const needles = (p: SackPkg) => [...new Set(counter.get(p)!.map((m) => m[1]))];
  // --all also searches descriptions and URLs, which the catalog does not hold; without it every keyword must match
  if (!all) for (const p of [...counter.keys()]) if (needles(p).length !== args.length) counter.delete(p);
  const weight = (p: SackPkg) => counter.get(p)!.reduce((s, [k, n]) => s + (k === 'name' && p.pkg.name === n ? 2 : 1) * WEIGHTS[k], 0);
  // showdupesfromrepos off: the latest of each name.arch, then one line per name.arch
  const latest = new Map<string, SackPkg>();
  for (const p of counter.keys()) {
    const k = p.pkg.name + p.pkg.arch;
    const cur = latest.get(k);
    if (!cur || cmpEvr(p.pkg, cur.pkg) > 0 || (cmpEvr(p.pkg, cur.pkg) === 0 && p.repo === '@System')) latest.set(k, p);
  }
  const list = [...latest.values()].sort((a, b) => weight(b) - weight(a) || (a.pkg.name < b.pkg.name ? -1 : a.pkg.name > b.pkg.name ? 1 : 0));
  let out = '';
  let usedKeys = '';
  let usedNeedles = '';
  let exact: boolean | null = false;
  for (const p of list) {
    const m = counter.get(p)!;
    const keys = [...new Set(m.map((x) => x[0]))];
    const ns = needles(p);
    const hay = new Set(m.map((x) => attr(p, x[0])));
    const isExact = hay.size === ns.length && ns.every((n) => hay.has(n));
    let header = false;
    if (keys.join() !== usedKeys) (usedKeys = keys.join()), (header = true);
    if (ns.join() !== usedNeedles) (usedNeedles = ns.join()), (header = true);
    if (isExact !== exact) (exact = isExact), (header = true);
    if (header) {
      const what = keys.map((k) => (k === 'name' ? 'Name' : 'Summary')).join(' & ');
      out += section(ctx, `${what} ${isExact ? 'Exactly Matched' : 'Matched'}: ${ns.join(', ')}`) + '\n';
    }
    out += keyValFill(ctx, `${p.pkg.name}.${p.pkg.arch} : `, p.pkg.summary) + '\n';
  }
  return { out, found: counter.size > 0 };
}

const SYSTEM_ORDER = (r: string) => (r === '@System' ? 0 : 1);

function cmpEvr(a: CatalogPackage, b: CatalogPackage): number {
  const seg = (s: string) => s.split(/[.\-_~^+]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  for (const [x, y] of [[a.version, b.version], [a.release, b.release]]) {
    const pa = seg(x);
    const pb = seg(y);
    for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
      const u = pa[i] ?? -1;
      const v = pb[i] ?? -1;
      if (u === v) continue;
      if (typeof u === 'number' && typeof v === 'number') return u - v;
      return String(u) < String(v) ? -1 : 1;
    }
  }
  return 0;
}

/** The files a catalog package's spec gives it that provides matches: its programs. */
function files(p: CatalogPackage): string[] {
  return [...(p.commands ?? []).map((c) => `${binDir(c)}/${c}`), ...(p.units ?? []).map((u) => u.path)];
}

/** `dnf provides SPEC...`: every package (all versions, installed ones as @System) matching, in NEVRA order. */
export function provides(sack: SackPkg[], specs: string[]): { out: string; found: boolean } {
  const matches: SackPkg[] = [];
  const used: string[] = [];
  for (const spec of specs) {
    let hits = sack.filter((p) => files(p.pkg).some((f) => globMatch(spec, f)));
    let strings = [spec];
    if (!hits.length) hits = sack.filter((p) => globMatch(spec, p.pkg.name) || globMatch(spec, `${p.pkg.name} = ${p.pkg.version}-${p.pkg.release}`));
    if (!hits.length && !spec.startsWith('/')) {
      strings = ['/bin/', '/sbin/', '/usr/bin/', '/usr/sbin/'].map((d) => d + spec);
      hits = sack.filter((p) => files(p.pkg).some((f) => strings.some((s) => globMatch(s, f))));
    } else if (!hits.length && /^\/s?bin\//.test(spec)) {
      strings = ['/usr' + spec];
      hits = sack.filter((p) => files(p.pkg).some((f) => globMatch(strings[0], f)));
    }
    matches.push(...hits);
    used.push(...strings);
  }
  matches.sort((a, b) => (a.pkg.name < b.pkg.name ? -1 : a.pkg.name > b.pkg.name ? 1 : 0) || cmpEvr(a.pkg, b.pkg) || SYSTEM_ORDER(a.repo) - SYSTEM_ORDER(b.repo));
  let out = '';
  for (const p of matches) {
    const nevra = `${p.pkg.name}-${p.pkg.version}-${p.pkg.release}.${p.pkg.arch}`;
    out += `${nevra} : ${p.pkg.summary}\nRepo        : ${p.repo}\n`;
    let printed = false;
    const head = () => (printed ? '' : ((printed = true), 'Matched from:\n'));
    for (const item of new Set(used)) {
      if (item === p.pkg.summary) continue;
      if (item.startsWith('/') || item.startsWith('*')) {
        for (const f of files(p.pkg)) if (globMatch(item, f)) out += head() + `Filename    : ${f}\n`;
        continue;
      }
      const prov = `${p.pkg.name} = ${p.pkg.version}-${p.pkg.release}`;
      if (globMatch(item, prov) || globMatch(item.split(/\s/)[0], p.pkg.name)) out += head() + `Provide    : ${prov}\n`;
    }
    if (!printed) for (const item of new Set(used)) out += head() + `Other       : ${item}\n`;
    out += '\n';
  }
  return { out, found: matches.length > 0 };
}
