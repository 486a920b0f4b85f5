// grubby 8.40 of Rocky 9 (the grubby-bls script: Fedora package git 8.40-67, the nearest public one to el9's
// 8.40-64; DIFFERENCES.md). getopt reads the options (its own messages, status 1); the entries are the .conf files
// of /boot/loader/entries, newest first; the default is grubenv's saved_entry or the first. --default-kernel,
// --default-index, --default-title and --info print and stop; --update-kernel rewrites the entries' options line
// (update_args(): a removed name goes with its value, an added one replaces the same name) and, for ALL,
// /etc/kernel/cmdline. /boot is a mount point, so kernel and initrd paths are shown under /boot.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { BLS_DIR } from '../../lib/box-boot';
import { fnv32a } from '../../../hash';
import { spec } from './spec';
import { HELP } from './help';

/** The long options of the script's getopt call, `true` where they take an argument. */
const LONG: Record<string, boolean> = {
  help: false, 'add-kernel': true, args: true, 'bad-image-okay': false, 'config-file': true, 'copy-default': false, 'default-kernel': false,
  'default-index': false, 'default-title': false, env: true, grub2: false, info: true, initrd: true, 'extra-initrd': true, 'make-default': false,
  'remove-args': true, 'remove-kernel': true, 'set-default': true, 'set-default-index': true, title: true, 'update-kernel': true, zipl: false,
  'bls-directory': true, 'no-etc-grub-update': false, 'add-multiboot': true, mbargs: true, mounts: true, 'boot-filesystem': true,
  'bootloader-probe': false, debug: false, devtree: false, devtreedir: true, elilo: false, efi: false, extlinux: false, grub: false, lilo: false,
  'output-file': true, 'remove-mbargs': true, 'remove-multiboot': true, silo: false, yaboot: false,
};
const SHORT: Record<string, boolean> = { h: false, c: true, i: true, b: true, '?': false };
const DEPRECATED = new Set(['add-multiboot', 'mbargs', 'mounts', 'boot-filesystem', 'bootloader-probe', 'debug', 'devtree', 'devtreedir', 'elilo', 'efi', 'extlinux', 'grub', 'lilo', 'output-file', 'remove-mbargs', 'silo', 'remove-multiboot', 'yaboot']);
const SHORT_NAME: Record<string, string> = { h: 'help', c: 'config-file', i: 'extra-initrd', b: 'bls-directory' };

type Entry = { file: string; id: string; title: string; linux: string; initrd: string; options: string };

/** `echo ${x}`: words joined by single blanks. */
const words = (s: string) => s.split(/[ \t\n]+/).filter(Boolean).join(' ');

/** A word of the script's sed expressions, as ERE: used as a pattern the way sed uses it. */
function re(word: string): string {
  try {
    new RegExp(word);
    return word;
  } catch {
    return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
}

/** update_args(): remove, then replace by name, then append. */
export function updateArgs(args: string, remove: string, add: string): string {
  for (const arg of remove.split(/\s+/).filter(Boolean)) {
    if (arg.includes('=')) args = words(args).replace(new RegExp(`(^|[ \\t])${re(arg)}([ \\t]|$)`), ' ');
    else args = words(args).replace(new RegExp(`(^|[ \\t])${re(arg)}(([ \\t]|$)|([=][^ ]*([$]*)))`, 'g'), ' ');
  }
  const adds = add.split(/\s+/).filter(Boolean);
  for (const a of adds) args = words(args).replace(new RegExp(`(^|[ \\t])${re(a.split('=')[0])}(([ \\t]|$)|([=][^ ]*([$]*)))`, 'g'), ' ');
  for (const a of adds) args = `${args} ${a}`;
  return words(args);
}

/** rpm-sort's version order of the entries' names, then tac: newest first. */
function cmpVersion(a: string, b: string): number {
  const x = a.split(/[^0-9A-Za-z]+/);
  const y = b.split(/[^0-9A-Za-z]+/);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const p = x[i] ?? '';
    const q = y[i] ?? '';
    if (p === q) continue;
    if (/^\d+$/.test(p) && /^\d+$/.test(q)) return Number(p) - Number(q);
    return p < q ? -1 : 1;
  }
  return 0;
}

function* run(ctx: CommandContext): CommandRun {
  const fs = ctx.host.fs;
  const o: Record<string, string | true> = {};
  if (!ctx.args.length) {
    ctx.err('no action specified\n');
    return 1;
  }
  // getopt: options anywhere, `--` ends them; an error is getopt's own line and status 1
  const opts: [string, string | true][] = [];
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (w === '--') break;
    if (!w.startsWith('-') || w === '-') continue;
    if (w.startsWith('--')) {
      const eq = w.indexOf('=');
      const name = eq < 0 ? w.slice(2) : w.slice(2, eq);
      const hits = name in LONG ? [name] : Object.keys(LONG).filter((n) => n.startsWith(name));
      if (hits.length > 1) {
        ctx.err(`grubby: option '--${name}' is ambiguous; possibilities:${hits.map((h) => ` '--${h}'`).join('')}\n`);
        return 1;
      }
      if (!hits.length) {
        ctx.err(`grubby: unrecognized option '${w}'\n`);
        return 1;
      }
      const n = hits[0];
      if (!LONG[n] && eq >= 0) {
        ctx.err(`grubby: option '--${n}' doesn't allow an argument\n`);
        return 1;
      }
      let v: string | true = true;
      if (LONG[n]) {
        if (eq >= 0) v = w.slice(eq + 1);
        else if (i + 1 < args.length) v = args[++i];
        else {
          ctx.err(`grubby: option '--${n}' requires an argument\n`);
          return 1;
        }
      }
      opts.push([n, v]);
    } else
      for (let k = 1; k < w.length; k++) {
        const c = w[k];
        if (!(c in SHORT)) {
          ctx.err(`grubby: invalid option -- '${c}'\n`);
          return 1;
        }
        if (SHORT[c]) {
          let v = w.slice(k + 1);
          if (!v) {
            if (i + 1 >= args.length) {
              ctx.err(`grubby: option requires an argument -- '${c}'\n`);
              return 1;
            }
            v = args[++i];
          }
          opts.push([SHORT_NAME[c], v]);
          break;
        }
        opts.push([SHORT_NAME[c] ?? '?', true]);
      }
  }
  for (let i = 0; i < opts.length; i++) {
    const [n, v] = opts[i];
    if (n === 'help') {
      ctx.out(HELP);
      return 0;
    }
    if (DEPRECATED.has(n)) {
      ctx.out('\n');
      ctx.err(`grubby: the option "--${n}" was deprecated\nTry 'grubby --help' to list supported options\n`);
      ctx.out('\n');
      return 1;
    }
    if (n === '?') {
      ctx.out('\n');
      ctx.err(`grubby: invalid option "-?"\nTry 'grubby --help' for more information\n`);
      ctx.out('\n');
      return 1;
    }
    // the script's case for --no-etc-grub-update shifts one word more than it reads
    if (n === 'no-etc-grub-update') i++;
    const key = n === 'set-default-index' ? 'set-default' : n === 'default-kernel' || n === 'default-index' || n === 'default-title' ? 'display-default' : n;
    o[key] = key === 'display-default' ? n.slice(8) : v;
  }
  if (!o['update-kernel'] && !o['add-kernel'] && (o.args || o['remove-args'])) {
    ctx.err('no action specified\n');
    return 1;
  }
  const dir = typeof o['bls-directory'] === 'string' ? ctx.resolve(o['bls-directory']) : BLS_DIR;
  const envPath = typeof o.env === 'string' ? ctx.resolve(o.env) : '/boot/grub2/grubenv';
  const entries = readEntries(ctx, dir);
  const env = fs.get(envPath);
  const saved = env?.type === 'file' ? /^saved_entry=(.*)$/m.exec(env.content)?.[1] ?? '' : '';
  const start = saved === '' ? 0 : /^\d+$/.test(saved) ? Number(saved) : -1;
  const defIdx = entries.findIndex((e, i) => i === start || saved === e.id || saved === e.title);
  const prefix = fs.get('/boot') ? '/boot' : '';
  if (o['display-default']) {
    const e = entries[defIdx];
    if (o['display-default'] === 'kernel') ctx.out(`${prefix}${e?.linux ?? ''}\n`);
    else if (o['display-default'] === 'index') ctx.out(defIdx < 0 ? '\n' : `${defIdx}\n`);
    else ctx.out(`${e?.title ?? ''}\n`);
    return 0;
  }
  const indexes = (param: string): number[] => {
    if (param === 'ALL') return entries.map((_, i) => i);
    if (param === 'DEFAULT') return defIdx < 0 ? [] : [defIdx];
    const hit: number[] = [];
    entries.forEach((e, i) => {
      if (param === e.linux || '/' + param.split('/').pop() === e.linux) hit.push(i);
      if (param === `TITLE=${e.title}`) hit.push(i);
      if (param === String(i)) hit.push(i);
    });
    return hit.length ? hit : [-1];
  };
  if (typeof o.info === 'string') {
    const idx = indexes(o.info);
    if (idx[0] === -1) {
      ctx.err(`The param ${o.info} is incorrect\n`);
      return 1;
    }
    for (const i of idx) {
      const e = entries[i];
      let a = words(e.options);
      const rootOpt = a.split(' ').find((x) => /^root=/.test(x));
      ctx.out(`index=${i}\nkernel="${prefix}${e.linux}"\n`);
      if (rootOpt) a = a.replace(new RegExp(re(rootOpt) + '[ \\t]*'), '');
      ctx.out(`args="${a}"\n`);
      if (rootOpt) ctx.out(`root="${rootOpt.replace('root=', '')}"\n`);
      ctx.out(`initrd="${prefix}${e.initrd}"\ntitle="${e.title}"\nid="${e.id}"\n`);
    }
    return 0;
  }
  if (typeof o['update-kernel'] === 'string') {
    let param = o['update-kernel'];
    if (prefix && param.startsWith('/')) param = '/' + (param.startsWith(prefix + '/') ? param.slice(prefix.length + 1) : param.replace(/^\//, ''));
    const idx = indexes(param);
    if (idx[0] === -1) {
      ctx.err(`The param ${prefix}${param} is incorrect\n`);
      return 1;
    }
    const remove = typeof o['remove-args'] === 'string' ? o['remove-args'] : '';
    const add = typeof o.args === 'string' ? o.args : '';
    const initrd = typeof o.initrd === 'string' ? '/' + o.initrd.replace(new RegExp(`^${prefix}/`), '').replace(/^\//, '') : '';
    for (const i of idx) {
      if (remove || add) setValue(ctx, entries[i].file, 'options', updateArgs(entries[i].options, remove, add));
      if (initrd) setValue(ctx, entries[i].file, 'initrd', initrd);
    }
    if (param === 'ALL' && (remove || add) && isRoot(ctx)) {
      const cmdline = '/etc/kernel/cmdline';
      if (!fs.exists(cmdline)) fs.write(cmdline, words(entries[entries.length - 1]?.options ?? '') + '\n');
      const old = (fs.get(cmdline) as { content?: string } | null)?.content?.split('\n')[0].trim() ?? '';
      fs.write(cmdline, updateArgs(old, remove, add) + '\n');
    }
  }
  return 0;
}

/** get_bls_values(): the .conf files of the entries directory, newest first. */
function readEntries(ctx: CommandContext, dir: string): Entry[] {
  const fs = ctx.host.fs;
  const d = fs.get(dir);
  if (d?.type !== 'dir') return [];
  const names = [...fs.kids(d).keys()].filter((n) => n.endsWith('.conf')).map((n) => n.slice(0, -5));
  names.sort(cmpVersion).reverse();
  return names.map((id) => {
    const file = `${dir}/${id}.conf`;
    const node = fs.get(file);
    const text = node?.type === 'file' ? node.content : '';
    const get = (key: string) =>
      text
        .split('\n')
        .filter((l) => l.startsWith(key + ' ') || l.startsWith(key + '\t'))
        .map((l) => l.replace(new RegExp(`^${key}[ \\t]*`), ''))
        .join('\n');
    return { file, id, title: get('title'), linux: get('linux'), initrd: get('initrd'), options: get('options') };
  });
}

/** set_bls_value(): sed -i over the entry; as a user without write access, sed's refusal. */
function setValue(ctx: CommandContext, file: string, key: string, value: string): void {
  const fs = ctx.host.fs;
  if (!isRoot(ctx)) {
    const tmp = fnv32a(file + ctx.world.now).toString(36).slice(0, 6).padEnd(6, 'x');
    ctx.err(`sed: couldn't open temporary file ${fs.dirname(file)}/sed${tmp}: Permission denied\n`);
    return;
  }
  const node = fs.get(file);
  if (node?.type !== 'file') return;
  fs.write(file, node.content.replace(new RegExp(`^${key}.*$`, 'gm'), `${key} ${words(value)}`));
}

def({ name: 'grubby', spec, summary: 'command line tool for configuring grub and zipl', available: linuxOnly, run });
