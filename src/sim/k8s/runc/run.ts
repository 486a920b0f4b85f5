/**
 * runc 1.2.2, the one containerd.io 1.7.24 bundles: its help and version (texts.ts, recorded), and `runc list`,
 * which lists the containers of a root directory (v1.2.2 list.go: os.ReadDir of --root, each directory's state
 * through libcontainer, a tabwriter table). containerd keeps a root per namespace, /run/containerd/runc/k8s.io for
 * the CRI's pods: their sandboxes and running containers, each with its shim's init pid and its bundle under
 * containerd's task directory. The default root (/run/runc as root, $XDG_RUNTIME_DIR/runc for a user) holds nothing
 * on a kubeadm node. Errors go through logrus as runc's fatal() sends them (main.go, utils.go): its text format on a
 * pipe, its coloured one on a terminal. The other commands (state, ps, exec ...) are not modelled (DIFFERENCES.md).
 */
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { isRoot } from '../../commands/linux';
import { canRead } from '../../util';
import { tabwrite } from '../format';
import { k8sOf } from '../world';
import { containersHere, rfc3339Nano, sandboxesHere } from '../crictl/store';
import { LIST_HELP, ROOT_HELP, VERSION } from './texts';

const COMMANDS = ['checkpoint', 'create', 'delete', 'events', 'exec', 'kill', 'list', 'pause', 'ps', 'restore', 'resume', 'run', 'spec', 'start', 'state', 'update', 'features'];
const VALUE_FLAGS = ['log', 'log-format', 'root', 'criu', 'rootless'];
const BOOL_FLAGS = ['debug', 'systemd-cgroup'];
const TASKS = '/run/containerd/io.containerd.runtime.v2.task';

/**
 * logrus's error line: its coloured format on a terminal, its text one elsewhere (text_formatter.go). logrus looks at
 * standard error; the shell tells whether standard output is the terminal, which stands for it here.
 */
function logrusError(ctx: CommandContext, msg: string): string {
  if (ctx.tty) return `\x1b[31mERRO\x1b[0m[0000] ${msg.replace(/\n$/, '').padEnd(44)} \n`;
  const t = new Date(ctx.world.now - (ctx.world.now % 1000)).toISOString().replace('.000Z', 'Z');
  // logrus quotes a message that has anything but letters, digits and -._/@^+ (needsQuoting): as Go's %q
  const quoted = /^[A-Za-z0-9\-._/@^+]+$/.test(msg) ? msg : JSON.stringify(msg).replace(/\\u001b/g, '\\x1b');
  return `time="${t}" level=error msg=${quoted}\n`;
}

interface Globals {
  root?: string;
  help: boolean;
  version: boolean;
  rest: string[];
  bad?: string;
}

function parseGlobals(args: string[]): Globals {
  const g: Globals = { help: false, version: false, rest: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      g.rest = args.slice(i + 1);
      return g;
    }
    if (!a.startsWith('-') || a === '-') {
      g.rest = args.slice(i);
      return g;
    }
    const m = /^--?([^=]+)(?:=(.*))?$/.exec(a)!;
    const name = m[1];
    if (name === 'help' || name === 'h') g.help = true;
    else if (name === 'version' || name === 'v') g.version = true;
    else if (BOOL_FLAGS.includes(name)) continue;
    else if (VALUE_FLAGS.includes(name)) {
      const v = m[2] ?? args[++i];
      if (v === undefined) {
        g.bad = `flag needs an argument: -${name}`;
        return g;
      }
      if (name === 'root') g.root = v;
    } else {
      g.bad = `flag provided but not defined: -${name}`;
      return g;
    }
  }
  return g;
}

function rootHelp(root: string): string {
  return ROOT_HELP.replace('(default: "ROOT")', `(default: "${root}")`);
}

export function* runcMain(ctx: CommandContext): CommandRun {
  const g = parseGlobals(ctx.args);
  const root = isRoot(ctx) ? '/run/runc' : ctx.frame.env.XDG_RUNTIME_DIR ? `${ctx.frame.env.XDG_RUNTIME_DIR}/runc` : '/run/runc';
  if (g.bad) {
    ctx.out(`Incorrect Usage. ${g.bad}\n\n${rootHelp(root)}`);
    ctx.err(logrusError(ctx, g.bad));
    return 1;
  }
  if (g.help) {
    ctx.out(rootHelp(root));
    return 0;
  }
  if (g.version) {
    ctx.out(VERSION);
    return 0;
  }
  const [cmd, ...rest] = g.rest;
  if (cmd === undefined || ((cmd === 'help' || cmd === 'h') && !rest.length)) {
    ctx.out(rootHelp(root));
    return 0;
  }
  if (cmd === 'help' || cmd === 'h') {
    if (rest[0] === 'list') {
      ctx.out(LIST_HELP);
      return 0;
    }
    if (!COMMANDS.includes(rest[0]) && rest[0] !== 'help' && rest[0] !== 'h') {
      ctx.err(logrusError(ctx, `No help topic for '${rest[0]}'\n`));
      return 3;
    }
    ctx.err(`runc: the help of "${rest[0]}" is not modelled here\n`);
    return 1;
  }
  if (!COMMANDS.includes(cmd)) {
    ctx.err(logrusError(ctx, `No help topic for '${cmd}'\n`));
    return 3;
  }
  // the Before hook: an explicit --root is made absolute ("/" refused); a user's default root is made
  let dir = root;
  if (g.root !== undefined) {
    dir = ctx.host.fs.resolve(ctx.frame.cwd, g.root || '.').replace(/\/+$/, '') || '/';
    if (dir === '/') {
      ctx.err(logrusError(ctx, 'Option --root argument should not be set to /'));
      return 1;
    }
  } else if (!isRoot(ctx) && ctx.frame.env.XDG_RUNTIME_DIR) {
    // os.MkdirAll(root, 0o700) and the sticky bit (pam_systemd's /run/user/UID is the user's own)
    if (!ctx.host.fs.isDir(dir)) ctx.host.fs.mkdir(dir, true);
    const n = ctx.host.fs.get(dir);
    if (n) n.mode = 0o1700;
  }
  if (cmd !== 'list') {
    ctx.err(`runc: "${cmd}" is not modelled here\n`);
    return 1;
  }
  return yield* list(ctx, rest, dir, g.root !== undefined, root);
}

function* list(ctx: CommandContext, args: string[], dir: string, rootSet: boolean, defaultRoot: string): CommandRun {
  let quiet = false;
  let format = 'table';
  const operands: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const m = /^--?([^=]+)(?:=(.*))?$/.exec(a);
    if (!m || a === '-') operands.push(a);
    else if (m[1] === 'help' || m[1] === 'h') {
      ctx.out(LIST_HELP);
      return 0;
    } else if (m[1] === 'quiet' || m[1] === 'q') quiet = true;
    else if (m[1] === 'format' || m[1] === 'f') format = m[2] ?? args[++i] ?? 'table';
    else {
      const e = `flag provided but not defined: -${m[1]}`;
      ctx.out(`Incorrect Usage: ${e}\n\n${LIST_HELP}`);
      ctx.err(logrusError(ctx, e));
      return 1;
    }
  }
  void defaultRoot;
  if (operands.length) {
    ctx.out(`Incorrect Usage.\n\n${LIST_HELP}`);
    ctx.err(logrusError(ctx, `runc: "list" requires exactly 0 argument(s)`));
    return 1;
  }
  const fs = ctx.host.fs;
  if (!fs.exists(dir)) {
    if (rootSet) return yield* print(ctx, [], quiet, format);
    ctx.err(logrusError(ctx, `open ${dir}: no such file or directory`));
    return 1;
  }
  if (!fs.isDir(dir)) {
    ctx.err(logrusError(ctx, `readdirent ${dir}: not a directory`));
    return 1;
  }
  if (!canRead(ctx.user.name, dir)) {
    ctx.err(logrusError(ctx, `open ${dir}: permission denied`));
    return 1;
  }
  const entries = fs.list(dir);
  const names = typeof entries === 'string' ? [] : entries.filter((e) => e.type === 'dir').map((e) => e.name).sort();
  // containerd's containers: the k8s.io namespace's root holds the CRI's sandboxes and containers
  const ns = /^\/run\/containerd\/runc\/([^/]+)$/.exec(dir)?.[1];
  const known = new Map<string, number>();
  if (ns === 'k8s.io') {
    const st = k8sOf(ctx.world);
    for (const s of sandboxesHere(st, ctx.host)) known.set(s.id, s.createdAt);
    for (const c of containersHere(st, ctx.host)) known.set(c.id, c.createdAt);
  }
  const rows: string[][] = [];
  for (const id of names) {
    const created = known.get(id);
    const pid = fs.read(`${TASKS}/${ns}/${id}/init.pid`);
    if (created === undefined || typeof pid !== 'string') {
      // libcontainer.Load finds no state.json
      ctx.err(`load container ${id}: container does not exist\n`);
      continue;
    }
    rows.push([id, pid.trim(), 'running', `${TASKS}/${ns}/${id}`, rfc3339Nano(created, 123_456), 'root']);
  }
  return yield* print(ctx, rows, quiet, format);
}

function* print(ctx: CommandContext, rows: string[][], quiet: boolean, format: string): CommandRun {
  if (quiet) {
    ctx.out(rows.map((r) => r[0] + '\n').join(''));
    return 0;
  }
  if (format !== 'table') {
    if (format === 'json') ctx.err('runc: list --format json is not modelled here\n');
    else ctx.err(logrusError(ctx, 'invalid format option'));
    return 1;
  }
  // tabwriter.NewWriter(os.Stdout, 12, 1, 3, ' ', 0)
  ctx.out(tabwrite(['ID\tPID\tSTATUS\tBUNDLE\tCREATED\tOWNER', ...rows.map((r) => r.join('\t'))].join('\n'), 3, 12) + '\n');
  return 0;
}
