// whereis of util-linux 2.37 (help in spec.ts), reading its own argv as misc-utils/whereis.c does: -b, -m, -s
// narrow the next names, -u keeps the unusual ones, -l lists the directories searched, -B/-M/-S <dirs>... -f
// replace a list. It searches its built-in directories in their order (those that exist on Rocky 9, /bin,
// /sbin, /lib and /lib64 being the same directories as their /usr ones), then $PATH and $MANPATH.
// The guest's commands are in /usr/bin and /usr/sbin by the registry; everything else comes from the file
// system. Man pages: the Vagrant box installs with documentation (rocky-linux/kickstarts Rocky-9-Vagrant-Vbox.ks
// has no nodocs), so each command of Rocky's own packages has /usr/share/man/man1 (man8 for /usr/sbin) NAME.N.gz;
// the Kubernetes packages (kubectl, kubeadm, kubelet, cri-tools) ship none.
import type { CommandContext } from '../../../context';
import type { Yield } from '../../../types';
import { allCommands } from '../../../registry';
import { def, BUILTINS } from '../../lib/guest';
import { binDir } from '../../lib/paths';
import { spec } from './spec';

const BIN = 1;
const MAN = 2;
const SRC = 4;

/** whereis.c's bindirs that a Rocky 9 guest has, in their order (the others are skipped as missing). */
const BIN_DIRS = ['/usr/bin', '/usr/sbin', '/usr/lib', '/usr/lib64', '/etc', '/usr/games', '/usr/local/bin', '/usr/local/sbin', '/usr/local/etc', '/usr/local/lib', '/usr/local/games', '/usr/include', '/usr/local', '/usr/libexec', '/usr/share'];
const MAN_DIRS = ['/usr/share/man/man1', '/usr/share/man/man5', '/usr/share/man/man8', '/usr/share/info'];
const NO_MAN = new Set(['kubectl', 'kubeadm', 'kubelet', 'crictl']);
/** bash builtins that are also programs in /usr/bin (coreutils). */
const ALSO_PROGRAMS = new Set(['echo', 'pwd', 'true', 'false', 'printf']);

interface Dir {
  type: number;
  path: string;
}

function programs(ctx: CommandContext): Set<string> {
  const out = new Set<string>();
  for (const d of allCommands('bash')) {
    if (d.available && !d.available(ctx.host, ctx.world)) continue;
    for (const n of [d.name, ...(d.aliases ?? [])]) if (!BUILTINS.has(n) || ALSO_PROGRAMS.has(n)) out.add(n);
  }
  return out;
}

function entries(ctx: CommandContext, dir: Dir, progs: Set<string>, name: string): string[] {
  if (dir.type === BIN && (dir.path === '/usr/bin' || dir.path === '/usr/sbin')) return progs.has(name) && binDir(name) === dir.path ? [name] : [];
  if (dir.type === MAN && /^\/usr\/share\/man\/man[18]$/.test(dir.path)) {
    const sec = dir.path.endsWith('8') ? '8' : '1';
    return progs.has(name) && !NO_MAN.has(name) && (binDir(name) === '/usr/sbin') === (sec === '8') ? [`${name}.${sec}.gz`] : [];
  }
  const list = ctx.host.fs.list(dir.path);
  if (typeof list === 'string') return [];
  return list.map((e) => e.name).filter((n) => n === name || (dir.type !== BIN && n.startsWith(name + '.')));
}

function exists(ctx: CommandContext, path: string): boolean {
  return BIN_DIRS.includes(path) || MAN_DIRS.includes(path) || ctx.host.fs.get(path)?.type === 'dir';
}

def({
  name: 'whereis',
  summary: 'locate the binary, source, and manual page files for a command',
  spec,
  *run(ctx) {
    const argv = ctx.args;
    if (!argv.length) {
      ctx.err("whereis: not enough arguments\nTry 'whereis --help' for more information.\n");
      return 1;
    }
    if (argv[0] === '--version') {
      ctx.out('whereis from util-linux 2.37.4\n');
      return 0;
    }
    let dirs: Dir[] = [];
    const add = (type: number, path: string) => {
      const p = path.length > 1 ? path.replace(/\/+$/, '') : path;
      if (exists(ctx, p) && !dirs.some((d) => d.path === p)) dirs.push({ type, path: p });
    };
    BIN_DIRS.forEach((d) => add(BIN, d));
    (ctx.frame.env.PATH ?? '').split(':').filter(Boolean).forEach((d) => add(BIN, d));
    MAN_DIRS.forEach((d) => add(MAN, d));
    (ctx.frame.env.MANPATH ?? '').split(':').filter(Boolean).forEach((d) => add(MAN, d));
    const progs = programs(ctx);
    let want = BIN | MAN | SRC;
    let resettable = false;
    let unusual = false;
    let fMissing = false;
    const bad = () => {
      ctx.err("whereis: bad usage\nTry 'whereis --help' for more information.\n");
      return 1;
    };
    for (let i = 0; i < argv.length; i++) {
      const arg = argv[i];
      if (!arg.startsWith('-')) {
        const name = arg.slice(arg.lastIndexOf('/') + 1);
        const found: string[] = [];
        for (const d of dirs) if (d.type & want) for (const e of entries(ctx, d, progs, name)) found.push(`${d.path}/${e}`);
        if (!unusual) ctx.out(`${name}:${found.map((f) => ' ' + f).join('')}\n`);
        else if (found.length === 1) ctx.out(`${name}: ${found[0]}`);
        resettable = true;
        continue;
      }
      const at = i;
      for (const c of arg.slice(1)) {
        if ('bms'.includes(c)) {
          if (resettable) {
            want = BIN | MAN | SRC;
            resettable = false;
          }
          const bit = c === 'b' ? BIN : c === 'm' ? MAN : SRC;
          want = want === (BIN | MAN | SRC) ? bit : want | bit;
          fMissing = false;
        } else if (c === 'f') fMissing = false;
        else if (c === 'u') {
          unusual = true;
          fMissing = false;
        } else if ('BMS'.includes(c)) {
          if (arg.length > 2) return bad();
          const type = c === 'B' ? BIN : c === 'M' ? MAN : SRC;
          dirs = dirs.filter((d) => d.type !== type);
          while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) add(type, argv[++i]);
          fMissing = true;
        } else if (c === 'l') {
          for (const d of dirs) ctx.out(`${d.type === BIN ? 'bin' : d.type === MAN ? 'man' : 'src'}: ${d.path}\n`);
        } else if (c === 'V') {
          ctx.out('whereis from util-linux 2.37.4\n');
          return 0;
        } else if (c === 'h') {
          ctx.out(yield* helpText());
          return 0;
        } else return bad();
        if (i > at) break;
      }
    }
    if (fMissing) {
      ctx.err('whereis: option -f is missing\n');
      return 1;
    }
    return 0;
  },
});

function* helpText(): Generator<Yield, string, unknown> {
  return (yield { load: () => import('./help').then((m) => m.help) }) as string;
}
