// The shell scripts of gzip 1.12 that put gzip in front of another program: zgrep (zegrep and zfgrep are
// `exec zgrep -E/-F "$@"`), zdiff (zcmp is `exec zdiff --__cmp "$@"`), zless, zmore, zforce and znew. Each runs the guest's own gzip and grep/diff/cmp/less/more as the script's pipelines do,
// the decompressed data passed as the next program's standard input. $0 is the path bash ran the script by.
import type { CommandContext } from '../../context';
import type { CommandRun, Yield } from '../../types';
import type { CommandSpec } from '../../spec/types';
import { fnv32a } from '../../hash';
import { runArgv } from '../../shell/bash';
import { def } from '../lib/guest';
import { spec as zcmpSpec } from './zcmp/spec';
import { spec as zdiffSpec } from './zdiff/spec';
import { spec as zegrepSpec } from './zegrep/spec';
import { spec as zfgrepSpec } from './zfgrep/spec';
import { spec as zforceSpec } from './zforce/spec';
import { spec as zgrepSpec } from './zgrep/spec';
import { spec as zlessSpec } from './zless/spec';
import { spec as zmoreSpec } from './zmore/spec';
import { spec as znewSpec } from './znew/spec';

type Texts = { help: string; version: string };
const TEXTS: Record<string, () => Promise<Texts>> = {
  zcmp: () => import('./zcmp/help'),
  zdiff: () => import('./zdiff/help'),
  zegrep: () => import('./zegrep/help'),
  zfgrep: () => import('./zfgrep/help'),
  zforce: () => import('./zforce/help'),
  zgrep: () => import('./zgrep/help'),
  zless: () => import('./zless/help'),
  zmore: () => import('./zmore/help'),
  znew: () => import('./znew/help'),
};

/** One program run as a child: its output collected (or passed through), its status. */
function* child(ctx: CommandContext, argv: string[], stdin: string | null, keepOut = false): Generator<Yield, { out: string; code: number }, unknown> {
  let out = '';
  const rt = { world: ctx.world, hooks: ctx.session };
  const code = (yield* runArgv(rt, { ...ctx.frame, env: { ...ctx.frame.env }, subshell: true }, argv, { out: keepOut ? ctx.out : (t: string) => void (out += t), err: ctx.err, tty: keepOut && ctx.tty }, stdin)) as number;
  return { out, code };
}

/** Run diff or cmp with `/dev/fd/5` reading FD5 (a pipe): the data waits in a scratch file that the program reads
 * in its place, and the program's words name /dev/fd/5 as the real ones do. */
function* onFd5(ctx: CommandContext, argv: string[], fd5: string, stdin: string): Generator<Yield, number, unknown> {
  const fs = ctx.host.fs;
  let scratch = '';
  for (let n = 0; !scratch || fs.get(scratch); n++) scratch = `/tmp/.fd5.${fnv32a(`${ctx.world.now}#${n}`).toString(16)}`;
  fs.write(scratch, fd5);
  const swap = (t: string) => t.split(scratch).join('/dev/fd/5');
  const rt = { world: ctx.world, hooks: ctx.session };
  try {
    return (yield* runArgv(rt, { ...ctx.frame, env: { ...ctx.frame.env }, subshell: true }, argv.map((w) => (w === '/dev/fd/5' ? scratch : w)), { out: (t: string) => ctx.out(swap(t)), err: (t: string) => ctx.err(swap(t)), tty: ctx.tty }, stdin)) as number;
  } finally {
    fs.remove(scratch, true);
  }
}

/** zgrep: grep's options passed on (-H, -l, -L and -h kept by the script), gzip -cdfq on each file, grep on its data. */
function* zgrep(ctx: CommandContext, self: string, first: string[]): CommandRun {
  const words = [...first, ...ctx.args];
  const args: string[] = [];
  const operands: string[] = [];
  let havePat = false;
  let withName = false;
  let filesWith = false;
  let filesWithout = false;
  let noName = false;
  while (words.length) {
    let option = words.shift()!;
    // -in is -i then -n (a letter and its digits, the rest as another word)
    const m = /^(-[0-9EFGHIKLPRTUVZabchilnoqrsuvwxyz][0-9]*)(.+)$/.exec(option);
    if (m && /^-[0-9EFGHIKLPRTUVZabchilnoqrsuvwxyz]/.test(option) && /[^0-9]/.test(option.slice(2))) {
      words.unshift('-' + m[2]);
      option = m[1];
    }
    let optarg: string[] = [];
    if (/^(--binary-.*=|--[lm]a.*=|--reg.*=)/.test(option)) {
      // the value is in the word
    } else if (/^(-[ABCDXdefm]|--binary-.*|--file|--[lm]a.*|--reg.*)$/.test(option)) {
      if (!words.length) {
        ctx.err(`${self}: line 67: 1: ${option} option requires an argument\n`);
        return 1;
      }
      optarg = [words.shift()!];
    } else if (/^-f./.test(option)) (optarg = [option.slice(2)]), (option = '-f');
    else if (option.startsWith('--file=')) (optarg = [option.slice(7)]), (option = '--file');
    else if (option === '--') break;
    else if (!/^-./.test(option)) {
      operands.push(option);
      continue;
    }
    if (/^(-[drRzZ]|--di.*|--exc.*|--inc.*|--rec.*|--nu.*)$/.test(option)) {
      ctx.err(`${self}: ${option}: option not supported\n`);
      return 2;
    }
    if (/^(-e.*|--reg.*)$/.test(option) || option === '-f' || option === '--file') havePat = true;
    if (['--h', '--he', '--hel', '--help'].includes(option)) {
      ctx.out((yield { load: () => TEXTS.zgrep().then((t) => t.help) }) as string);
      return 0;
    }
    if (option === '-H' || /^--wi(t(h(-(f(i(l(e(n(a(m(e)?)?)?)?)?)?)?)?)?)?)?$/.test(option)) {
      withName = true;
      continue;
    }
    if (option === '-l' || option.startsWith('--files-with-')) filesWith = true;
    if (option === '-L' || option.startsWith('--files-witho')) filesWithout = true;
    if (option === '-h' || option.startsWith('--no-f')) noName = true;
    if (option === '-V' || /^--v(e(r(s(i(o(n)?)?)?)?)?)?$/.test(option)) {
      ctx.out((yield { load: () => TEXTS.zgrep().then((t) => t.version) }) as string);
      return 0;
    }
    args.push(option, ...optarg);
  }
  const rest = [...operands, ...words];
  if (!havePat) {
    if (!rest.length) {
      ctx.err(`${self}: line 188: 1: missing pattern; try \`${self} --help' for help\n`);
      return 1;
    }
    args.push('--', rest.shift()!);
  }
  const files = rest.length ? rest : ['-'];
  if (files.length > 1 && !noName) withName = true;
  let res = 1;
  for (const f of files) {
    const z = yield* child(ctx, ['gzip', '-cdfq', '--', f], f === '-' ? ctx.stdin : null);
    const grep = ['grep', ...(withName ? ['-H'] : [])];
    let r: number;
    if (filesWith || filesWithout) {
      r = (yield* child(ctx, [...grep, ...args], z.out)).code;
      if (filesWith && r === 0) ctx.out(f + '\n');
      if (filesWithout) {
        if (r === 1) ctx.out(f + '\n');
        r = r === 0 ? 0 : r;
      }
    } else r = (yield* child(ctx, f === '-' ? [...grep, ...args] : [grep[0], '--label', f, ...grep.slice(1), ...args], z.out, true)).code;
    // gzip's 2 is a warning, its 1 an error like grep's 2; the worse status, 0 above 1
    const gz = z.code === 2 ? 0 : z.code === 1 ? 2 : z.code;
    if (r < gz) r = gz;
    if (r <= 1 && res <= 1 ? r < res : res < r) res = r;
  }
  return res;
}

/** zdiff and zcmp: the program on the data gzip gives for the compressed file(s). */
function* zdiff(ctx: CommandContext, self: string, prog: 'diff' | 'cmp'): CommandRun {
  const opts: string[] = [];
  const files: string[] = [];
  let filesOnly = false;
  let need: string | null = null;
  for (const a of ctx.args) {
    if (!filesOnly && !need && a.startsWith('--h')) {
      ctx.out((yield { load: () => TEXTS[prog === 'cmp' ? 'zcmp' : 'zdiff']().then((t) => t.help) }) as string);
      return 0;
    }
    if (!filesOnly && !need && a.startsWith('--v')) {
      ctx.out((yield { load: () => TEXTS[prog === 'cmp' ? 'zcmp' : 'zdiff']().then((t) => t.version) }) as string);
      return 0;
    }
    if (!filesOnly && !need && a === '--') filesOnly = true;
    else if (!filesOnly && !need && /^-[CDFISUWXx]$/.test(a)) need = a;
    else if (!filesOnly && !need && /^-./.test(a)) opts.push(a);
    else if (need) opts.push(need, a), (need = null);
    else if (a === '') {
      ctx.err(`${self}: empty file name\n`);
      return 2;
    } else if (files.length < 2) files.push(a);
    else {
      ctx.err(`${self}: extra operand '${a}'\n`);
      return 2;
    }
  }
  if (!files.length) {
    ctx.err(`${self}: missing operand\n`);
    return 2;
  }
  // `<"$file1" || exit 2` (line 92) and the same for file2 (line 96): bash's words for a file that cannot be opened
  for (const [i, f] of files.entries()) {
    if (f === '-') continue;
    const node = ctx.host.fs.get(ctx.resolve(f));
    if (!node) {
      ctx.err(`${self}: line ${i ? 96 : 92}: ${f}: No such file or directory\n`);
      return 2;
    }
  }
  const compressed = (f: string) => /[-.]gz|[-.][zZ]$|\.t[ga]z$/.test(f) || f === '-';
  const argv = [prog, ...opts, '--'];
  let gz = 0;
  let code: number;
  if (files.length === 1) {
    const f = files[0];
    if (f === '-' || !/[-.]gz|[-.][zZ]$|\.t[ga]z$/.test(f)) {
      ctx.err(`${self}: ${f}: unknown compressed file extension\n`);
      return 2;
    }
    const plain = /^(.*)[-.][zZtga]*$/.exec(f)![1];
    const z = yield* child(ctx, ['gzip', '-cd', '--', f], null);
    gz = z.code;
    code = (yield* child(ctx, [...argv, '-', plain], z.out, true)).code;
  } else {
    const [a, b] = files;
    if (compressed(a) && !compressed(b)) {
      const z = yield* child(ctx, ['gzip', '-cdfq', '--', a], a === '-' ? ctx.stdin : null);
      gz = z.code;
      code = (yield* child(ctx, [...argv, '-', b], z.out, true)).code;
    } else if (compressed(b) && !compressed(a)) {
      const z = yield* child(ctx, ['gzip', '-cdfq', '--', b], b === '-' ? ctx.stdin : null);
      gz = z.code;
      code = (yield* child(ctx, [...argv, a, '-'], z.out, true)).code;
    } else if (a === '-' && b === '-') {
      const z = yield* child(ctx, ['gzip', '-cdfq', '-'], ctx.stdin);
      gz = z.code;
      code = (yield* child(ctx, [...argv, '-', '-'], z.out, true)).code;
    } else if (!compressed(a) && !compressed(b)) code = (yield* child(ctx, [...argv, a, b], null, true)).code;
    else {
      // both compressed: gzip -cdfq FILE1 on descriptor 5, gzip -cdfq FILE2 on standard input, `cmp /dev/fd/5 -`
      const z1 = yield* child(ctx, ['gzip', '-cdfq', '--', a], a === '-' ? ctx.stdin : null);
      const z2 = yield* child(ctx, ['gzip', '-cdfq', '--', b], b === '-' ? ctx.stdin : null);
      gz = z1.code || z2.code;
      code = yield* onFd5(ctx, [...argv, '/dev/fd/5', '-'], z1.out, z2.out);
    }
  }
  return gz !== 0 ? 2 : code;
}

function* zscript(ctx: CommandContext, name: string): CommandRun {
  const self = `/usr/bin/${name}`;
  const first = ctx.args[0];
  if (name === 'zgrep' || name === 'zegrep' || name === 'zfgrep') return yield* zgrep(ctx, '/usr/bin/zgrep', name === 'zegrep' ? ['-E'] : name === 'zfgrep' ? ['-F'] : []);
  if (name === 'zdiff' || name === 'zcmp') return yield* zdiff(ctx, '/usr/bin/zdiff', name === 'zcmp' ? 'cmp' : 'diff');
  const texts = (yield { load: TEXTS[name] }) as Texts;
  const exact = name === 'zless' || name === 'zmore';
  if (first !== undefined && (exact ? first === '--help' : first.startsWith('--h'))) {
    ctx.out(texts.help);
    return 0;
  }
  if (first !== undefined && (exact ? first === '--version' : first.startsWith('--v'))) {
    ctx.out(texts.version);
    return 0;
  }
  if (name === 'zless' || name === 'zmore') {
    const files = ctx.args.length ? ctx.args : ['-'];
    if (!ctx.args.length && name === 'zmore' && ctx.stdin == null && ctx.tty) {
      ctx.err(`${self}: missing operands; try '${self} --help' for help\n`);
      return 1;
    }
    let text = '';
    for (const f of files.filter((x) => name === 'zmore' || !x.startsWith('-'))) {
      if (name === 'zmore' && files.length > 1) text += `::::::::::::::\n${f}\n::::::::::::::\n`;
      const z = yield* child(ctx, ['gzip', '-cdfq', '--', f], f === '-' ? ctx.stdin : null);
      text += z.out;
    }
    const pager = name === 'zless' ? ['less', ...ctx.args.filter((x) => x.startsWith('-'))] : ['more'];
    return (yield* child(ctx, pager, text, true)).code;
  }
  if (name === 'zforce') {
    if (!ctx.args.length) {
      ctx.err(`${self}: invalid number of operands; try \`${self} --help' for help\n`);
      return 1;
    }
    let res = 0;
    for (const f of ctx.args) {
      if (/[-.]z$|[-.]gz$|\.t[ag]z$/.test(f)) continue;
      if (ctx.host.fs.get(ctx.resolve(f))?.type !== 'file') {
        ctx.out(`zforce: ${f} not a file\n`);
        res = 1;
        continue;
      }
      const data = ctx.host.fs.read(ctx.resolve(f)) as string;
      if (!data.startsWith('\x1f\udc8b')) continue;
      const mv = yield* child(ctx, ['mv', f, f + '.gz'], null);
      if (mv.code === 0) ctx.out(`${f} -- replaced with ${f}.gz\n`);
      else res = 1;
    }
    return res;
  }
  return yield* znew(ctx, self);
}

/** znew: each FILE.Z decompressed by gzip -d and compressed again by gzip (-P through a pipe, -t tested, -K kept when
 * the .Z file takes fewer 1024-byte blocks), as the 1.12 script runs them. */
function* znew(ctx: CommandContext, self: string): CommandRun {
  const args = [...ctx.args];
  let opt = '';
  while (args.length && args[0].startsWith('-')) opt += args.shift()!.replace(/-/g, '');
  if (!args.length) {
    ctx.err(`${self}: invalid number of operands; try \`${self} --help' for help\n`);
    return 1;
  }
  const check = /[tK]/.test(opt);
  const keep = opt.includes('K');
  const pipe = opt.includes('P');
  opt = opt.replace(/[tKP]/g, '');
  const gzipOpts = opt ? ['-' + opt] : [];
  const fs = ctx.host.fs;
  const size = (f: string) => {
    const node = fs.get(ctx.resolve(f));
    return node?.type === 'file' ? new TextEncoder().encode(node.content).length : 0;
  };
  const say = (t: string) => ctx.out(t + '\n');
  let res = 0;
  const pid = ctx.frame.pid ?? 1;
  for (const i of args) {
    const n = i.replace(/.Z$/, '');
    if (fs.get(ctx.resolve(`${n}.Z`))?.type !== 'file') {
      say(`${n}.Z not found`);
      res = 1;
      continue;
    }
    const old = keep ? size(`${n}.Z`) : 0;
    if (pipe) {
      const d = yield* child(ctx, ['gzip', '-d'], fs.read(ctx.resolve(`${n}.Z`)) as string);
      const z = yield* child(ctx, ['gzip', ...gzipOpts], d.out);
      if (d.code !== 0 || z.code !== 0) {
        say(`error while recompressing ${n}.Z`);
        res = 1;
        continue;
      }
      fs.write(ctx.resolve(`${n}.gz`), z.out);
    } else {
      if (check && (yield* child(ctx, ['cp', '-p', `${n}.Z`, `${n}.${pid}`], null)).code !== 0) {
        say(`cannot backup ${n}.Z`);
        res = 1;
        continue;
      }
      if ((yield* child(ctx, ['gzip', '-d', `${n}.Z`], null)).code !== 0) {
        if (check) yield* child(ctx, ['mv', `${n}.${pid}`, `${n}.Z`], null);
        say(`error while uncompressing ${n}.Z`);
        res = 1;
        continue;
      }
      if ((yield* child(ctx, ['gzip', ...gzipOpts, n], null)).code !== 0) {
        if (check) {
          yield* child(ctx, ['mv', `${n}.${pid}`, `${n}.Z`], null);
          yield* child(ctx, ['rm', '-f', n], null);
          say(`error while recompressing ${n}`);
        } else say(`error while recompressing ${n}, left uncompressed`);
        res = 1;
        continue;
      }
    }
    if (keep && Math.floor((old + 1023) / 1024) < Math.floor((size(`${n}.gz`) + 1023) / 1024)) {
      if (pipe) yield* child(ctx, ['rm', '-f', `${n}.gz`], null);
      else {
        yield* child(ctx, ['mv', `${n}.${pid}`, `${n}.Z`], null);
        yield* child(ctx, ['rm', '-f', `${n}.gz`], null);
      }
      say(`${n}.Z smaller than ${n}.gz -- unchanged`);
    } else if (check) {
      if ((yield* child(ctx, ['gzip', '-t', `${n}.gz`], null)).code === 0) yield* child(ctx, ['rm', '-f', `${n}.${pid}`, `${n}.Z`], null);
      else {
        if (!pipe) yield* child(ctx, ['mv', `${n}.${pid}`, `${n}.Z`], null);
        yield* child(ctx, ['rm', '-f', `${n}.gz`], null);
        say(`error while testing ${n}.gz, ${n}.Z unchanged`);
        res = 1;
        continue;
      }
    } else if (pipe) yield* child(ctx, ['rm', '-f', `${n}.Z`], null);
  }
  return res;
}

const SPECS: [string, CommandSpec][] = [
  ['zcmp', zcmpSpec],
  ['zdiff', zdiffSpec],
  ['zegrep', zegrepSpec],
  ['zfgrep', zfgrepSpec],
  ['zforce', zforceSpec],
  ['zgrep', zgrepSpec],
  ['zless', zlessSpec],
  ['zmore', zmoreSpec],
  ['znew', znewSpec],
];
for (const [name, spec] of SPECS) def({ name, summary: 'gzip 1.12 script', spec, run: (ctx) => zscript(ctx, name) });
