/**
 * ctr's help (containerd 1.7.24, urfave/cli v1.22): `ctr`, `ctr -h|--help|help|h`, `ctr help CMD`, `ctr CMD [SUB...] --help`,
 * `ctr CMD help [SUB]`, and urfave's "No help topic for 'x'" (exit status 3) for an unknown command. The texts are the
 * recorded `--help` outputs (data-*.ts, one file per group of top-level commands, loaded only when asked); the other
 * forms are urfave's templates applied to them: `ctr help CMD` (CommandHelpTemplate, for a command with sub-commands)
 * and `ctr CMD help` (the command run as an app of its own: AppHelpTemplate). Help never dials containerd.
 */

export interface CtrHelp {
  out: string;
  err: string;
  code: number;
}

const GROUP: Record<string, 1 | 2 | 3> = {
  '': 1, containers: 1, content: 1, deprecations: 1, events: 1, info: 1, install: 1, leases: 1,
  images: 2, namespaces: 2, oci: 2, plugins: 2,
  pprof: 3, run: 3, sandboxes: 3, shim: 3, snapshots: 3, tasks: 3, version: 3,
};

async function texts(top: string): Promise<Record<string, string>> {
  const g = GROUP[top];
  return (g === 1 ? await import('./data-1') : g === 2 ? await import('./data-2') : await import('./data-3')).HELP;
}

/** The rows of a help text's COMMANDS section: each command's names (first is the full one). */
export function commandRows(text: string): string[][] {
  const m = /\nCOMMANDS:\n([\s\S]*?)\n\n/.exec(text);
  if (!m) return [];
  return m[1].split('\n').map((l) => /^ {3}(\S.*?)(?: {2,}|$)/.exec(l)![1].trim().split(', '));
}

const resolve = (text: string, word: string) => commandRows(text).find((names) => names.includes(word))?.[0];

/** `ctr CMD help`: the command's SubcommandHelpTemplate text turned into the AppHelpTemplate one. */
export function asApp(text: string, version: string): string {
  return text
    .replace(/^( {3}\S.*?) - \n/m, '$1\n')
    .replace(/\n {3}(.+?) command \[command options\] \[arguments\.\.\.\]\n/, `\n   $1 [global options] command [command options] [arguments...]\n\nVERSION:\n   ${version}\n`)
    .replace('\nOPTIONS:\n', '\nGLOBAL OPTIONS:\n')
    .replace(/\n {3}\n$/, '\n');
}

/** `ctr help CMD` for a command with sub-commands: its name, usage and own options (CommandHelpTemplate). */
export function asTopic(text: string): string {
  const name = /^NAME:\n.*\n/.exec(text)![0];
  const path = /\nUSAGE:\n {3}(.+?) command /.exec(text)![1];
  const opts = /\nOPTIONS:\n([\s\S]*)$/.exec(text)![1].split('\n').filter((l) => !l.startsWith('   --help, -h '));
  const own = opts.filter((l) => l.trim()).length > 0;
  return `${name}\nUSAGE:\n   ${path}${own ? ' [command options]' : ''} [arguments...]\n${own ? `\nOPTIONS:\n${opts.join('\n')}` : ''}`;
}

const VALUED_GLOBAL = new Set(['-a', '--address', '--timeout', '--connect-timeout', '-n', '--namespace']);
const isHelp = (a: string) => a === '-h' || a === '--help' || a === '-help';
const noTopic = (w: string): CtrHelp => ({ out: '', err: `No help topic for '${w}'\n`, code: 3 });

/**
 * The help answer for these arguments, or null when they ask for no help (the command then runs).
 * `version` is what the root help's VERSION shows.
 */
export async function ctrHelp(args: string[], version: string): Promise<CtrHelp | null> {
  const withVersion = (t: string) => t.replace(/\nVERSION:\n {3}.*\n/, `\nVERSION:\n   ${version}\n`);
  let i = 0;
  for (; i < args.length && args[i].startsWith('-'); i++) {
    if (isHelp(args[i])) return { out: withVersion((await texts(''))['']), err: '', code: 0 };
    if (VALUED_GLOBAL.has(args[i])) i++;
    else if (args[i] === '-v' || args[i] === '--version') return null;
  }
  const root = (await texts(''))[''];
  const rootHelp = { out: withVersion(root), err: '', code: 0 };
  if (i >= args.length) return rootHelp;
  const first = args[i];
  if (first === 'help' || first === 'h') {
    const topic = args[i + 1];
    if (topic === undefined) return rootHelp;
    const top = resolve(root, topic);
    if (!top) return noTopic(topic);
    const t = (await texts(top))[top];
    return { out: commandRows(t).length ? asTopic(t) : t, err: '', code: 0 };
  }
  const top = resolve(root, first);
  if (!top) return noTopic(first);
  const all = await texts(top);
  let key = top;
  for (i++; ; i++) {
    const text = all[key];
    const rows = commandRows(text);
    if (!rows.length) return args.slice(i).some(isHelp) ? { out: text, err: '', code: 0 } : null;
    // a command with sub-commands: skip its own flags (each takes a value)
    while (i < args.length && args[i].startsWith('-') && !isHelp(args[i])) i += args[i].includes('=') ? 1 : 2;
    const w = args[i];
    if (w === undefined || isHelp(w)) return { out: text, err: '', code: 0 };
    if (w === 'help' || w === 'h') {
      const topic = args[i + 1];
      if (topic === undefined) return { out: asApp(text, version), err: '', code: 0 };
      const sub = resolve(text, topic);
      return sub ? { out: all[`${key} ${sub}`], err: '', code: 0 } : noTopic(topic);
    }
    const sub = resolve(text, w);
    if (!sub) return noTopic(w);
    key = `${key} ${sub}`;
  }
}
