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

const noTopic = (w: string): CtrHelp => ({ out: '', err: `No help topic for '${w}'\n`, code: 3 });

/** The flags of a help text's (GLOBAL) OPTIONS section: each name (without dashes) and whether it takes a value. */
export function optionFlags(text: string): Map<string, { first: string; value: boolean }> {
  const m = /\n(?:GLOBAL )?OPTIONS:\n([\s\S]*)$/.exec(text);
  const flags = new Map<string, { first: string; value: boolean }>();
  for (const line of m ? m[1].split('\n') : []) {
    const spec = /^ {3}(-.*?)(?: {2,}|$)/.exec(line)?.[1];
    if (!spec) continue;
    const parts = spec.split(', ').map((p) => p.split(' '));
    const f = { first: parts[0][0].replace(/^-+/, ''), value: parts[0].length > 1 };
    for (const p of parts) flags.set(p[0].replace(/^-+/, ''), f);
  }
  // urfave adds --help, -h to every command; a command's own help text does not list it
  const help = flags.get('help') ?? { first: 'help', value: false };
  flags.set('help', help).set('h', help);
  return flags;
}

/** Go's flag.FlagSet.Parse: the flags set (by first name) and the arguments left, or its error. */
function parseFlags(args: string[], flags: Map<string, { first: string; value: boolean }>): { err?: string; set: Set<string>; rest: string[] } {
  const set = new Set<string>();
  let i = 0;
  while (i < args.length) {
    const s = args[i];
    if (s.length < 2 || s[0] !== '-') break;
    const minus = s[1] === '-' ? 2 : 1;
    i++;
    if (minus === 2 && s.length === 2) break;
    let name = s.slice(minus);
    if (!name || name[0] === '-' || name[0] === '=') return { err: `bad flag syntax: ${s}`, set, rest: [] };
    const eq = name.indexOf('=');
    if (eq > 0) name = name.slice(0, eq);
    const f = flags.get(name);
    if (!f) return { err: `flag provided but not defined: -${name}`, set, rest: [] };
    if (f.value && eq < 0) {
      if (i >= args.length) return { err: `flag needs an argument: -${name}`, set, rest: [] };
      i++;
    }
    set.add(f.first);
  }
  return { set, rest: args.slice(i) };
}

/** urfave/cli's reorderArgs: a command's own flags (and the word after each) first, the other arguments after. */
function reorder(args: string[], flags: Map<string, unknown>): string[] {
  const isFlag = (a: string) => a !== '-' && a !== '--' && a.startsWith('-') && flags.has(a.replace(/^--?/, '').split('=')[0]);
  const flagged: string[] = [];
  const rest: string[] = [];
  let mayValue = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (mayValue && !isFlag(a)) {
      mayValue = false;
      flagged.push(a);
    } else if (a === '--') {
      rest.unshift('--');
      rest.push(...args.slice(i + 1));
      break;
    } else if (isFlag(a)) {
      flagged.push(a);
      mayValue = !a.includes('=');
    } else rest.push(a);
  }
  return [...flagged, ...rest];
}

/** The commands that keep their arguments in order (SkipArgReorder): flags after the image or container are its command's. */
const IN_ORDER = new Set(['containers create', 'run', 'tasks exec']);

const usage = (text: string, err: string, sep: '.' | ':'): CtrHelp => ({ out: `Incorrect Usage${sep} ${err}\n\n${text}`, err: `ctr: ${err}\n`, code: 1 });

/**
 * The help answer for these arguments (also urfave's "Incorrect Usage" for a flag not defined), or null when they
 * ask for no help (the command then runs). `version` is what the root help's VERSION shows.
 */
export async function ctrHelp(args: string[], version: string): Promise<CtrHelp | null> {
  const root = (await texts(''))[''].replace(/\nVERSION:\n {3}.*\n/, `\nVERSION:\n   ${version}\n`);
  const rootHelp = { out: root, err: '', code: 0 };
  const g = parseFlags(args, optionFlags(root));
  if (g.err) return usage(root, g.err, '.');
  if (g.set.has('help')) return rootHelp;
  if (g.set.has('version')) return null;
  const words = g.rest;
  if (!words.length) return rootHelp;
  const first = words[0];
  if (first === 'help' || first === 'h') {
    const topic = words[1];
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
  let rest = words.slice(1);
  for (;;) {
    const text = all[key];
    if (!commandRows(text).length) {
      const p = parseFlags(IN_ORDER.has(key) ? rest : reorder(rest, optionFlags(text)), optionFlags(text));
      if (p.err) return usage(text, p.err, ':');
      return p.set.has('help') ? { out: text, err: '', code: 0 } : null;
    }
    // a command with sub-commands runs as an app of its own
    const p = parseFlags(rest, optionFlags(text));
    if (p.err) return usage(text, p.err, '.');
    const w = p.rest[0];
    if (w === undefined || p.set.has('help')) return { out: text, err: '', code: 0 };
    if (w === 'help' || w === 'h') {
      const topic = p.rest[1];
      if (topic === undefined) return { out: asApp(text, version), err: '', code: 0 };
      const sub = resolve(text, topic);
      return sub ? { out: all[`${key} ${sub}`], err: '', code: 0 } : noTopic(topic);
    }
    const sub = resolve(text, w);
    if (!sub) return noTopic(w);
    key = `${key} ${sub}`;
    rest = p.rest.slice(1);
  }
}
