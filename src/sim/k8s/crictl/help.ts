// crictl's help as urfave/cli v2.25.7 (vendored by cri-tools v1.28.0) renders it: the app and command templates,
// each flag as `--name value, -n value<TAB>usage (default: x) [$ENV]`, all through text/tabwriter (minwidth 1,
// tabwidth 8, padding 2). Commands and flags come from data.ts (read from the sources).
import { tabwrite } from '../format';
import { COMMANDS, GLOBAL_FLAGS, type CrictlCommand, type CrictlFlag } from './data';

export const HELP_FLAG: CrictlFlag = { kind: 'BoolFlag', name: 'help', aliases: ['h'], usage: 'show help', env: [], hidden: false };
export const VERSION_FLAG: CrictlFlag = { kind: 'BoolFlag', name: 'version', aliases: ['v'], usage: 'print the version', env: [] };
const NO_DEFAULT_TEXT = new Set([HELP_FLAG, VERSION_FLAG]);
/** The `help, h` command urfave adds to the app. */
export const HELP_COMMAND: CrictlCommand = { name: 'help', aliases: ['h'], usage: 'Shows a list of commands or help for one command', argsUsage: '[command]', flags: [], subcommands: [] };

/** cli.FlagsByName: case-insensitive first, then by code point. */
function lexLess(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const la = a[i].toLowerCase();
    const lb = b[i].toLowerCase();
    if (la !== lb) return la < lb ? -1 : 1;
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}
export const sortFlags = (fs: CrictlFlag[]) => [...fs].sort((x, y) => lexLess(x.name, y.name));

const takesValue = (f: CrictlFlag) => f.kind !== 'BoolFlag';

function defaultText(f: CrictlFlag): string {
  switch (f.kind) {
    case 'BoolFlag':
      return NO_DEFAULT_TEXT.has(f) ? '' : String(f.value ?? false);
    case 'StringFlag':
      return f.value === undefined || f.value === '' ? '' : JSON.stringify(f.value);
    case 'IntFlag':
    case 'Int64Flag':
    case 'UintFlag':
      return String(f.value ?? 0);
    case 'DurationFlag':
      return typeof f.value === 'string' ? f.value : `${f.value ?? 0}s`;
    default:
      return '';
  }
}

/** Flag.String(): names with their placeholder, a tab, the usage with its default, the environment hint. */
export function flagString(f: CrictlFlag): string {
  const m = /`(.*?)`/.exec(f.usage);
  const placeholder = m ? m[1] : takesValue(f) ? 'value' : '';
  const usage = m ? f.usage.replace(/`(.*?)`/, '$1') : f.usage;
  const names = [f.name, ...f.aliases].map((n) => (n.length === 1 ? '-' : '--') + n + (placeholder ? ' ' + placeholder : '')).join(', ');
  const slice = f.kind.endsWith('SliceFlag') ? ` [ ${names} ]` : '';
  const d = defaultText(f);
  const env = f.env.length ? ` [$${f.env.join(', $')}]` : '';
  return `${names}${slice}\t${(usage + (d ? ` (default: ${d})` : '')).trim()}${env}`;
}

const flagLines = (fs: CrictlFlag[]) => fs.filter((f) => !f.hidden).map((f) => '\n   ' + flagString(f)).join('');

/** `crictl --help`, `crictl help`. */
export function appHelp(version: string): string {
  const cmds = [...COMMANDS, HELP_COMMAND];
  const names = cmds.map((c) => [c.name, ...c.aliases].join(', '));
  const width = Math.max(...names.map((n) => n.length)) + 5;
  const list = cmds.map((c, i) => `\n   ${names[i]}${' '.repeat(width - (names[i].length + 3))}${c.usage}`).join('');
  const text = `NAME:\n   crictl - client for CRI\n\nUSAGE:\n   crictl [global options] command [command options] [arguments...]\n\nVERSION:\n   ${version}\n\nCOMMANDS:${list}\n\nGLOBAL OPTIONS:${flagLines([...sortFlags(GLOBAL_FLAGS), HELP_FLAG, VERSION_FLAG])}\n`;
  return tabwrite(text, 2);
}

const indentRest = (text: string, n: number) => text.split('\n').map((l, i) => (i === 0 || l === '' ? l : ' '.repeat(n) + l)).join('\n');

/** `crictl <command> --help`, `crictl help <command>`. */
export function commandHelp(c: CrictlCommand): string {
  const helpName = `crictl ${c.name}`;
  const flags = c === HELP_COMMAND ? [] : [...sortFlags(c.flags), HELP_FLAG];
  const usage = c.usageText ? indentRest(c.usageText, 3) : `${helpName}${flags.length ? ' [command options]' : ''} ${c.argsUsage ?? '[arguments...]'}`;
  let text = `NAME:\n   ${helpName}${c.usage ? ` - ${indentRest(c.usage, helpName.length + 6)}` : ''}\n\nUSAGE:\n   ${usage}`;
  if (c.description) text += `\n\nDESCRIPTION:\n   ${indentRest(c.description, 3)}`;
  if (flags.some((f) => !f.hidden)) text += `\n\nOPTIONS:${flagLines(flags)}`;
  return tabwrite(text + '\n', 2);
}

export function findCommand(name: string): CrictlCommand | undefined {
  return [...COMMANDS, HELP_COMMAND].find((c) => c.name === name || c.aliases.includes(name));
}
