/**
 * etcdctl's help (etcd v3.5 pkg/cobrautl/help.go): UsageFunc runs commandUsageTemplate over the command, with the
 * flags as etcdFlagUsages writes them ("  -s, --name=value\tusage", "      --name[=false]\t…" for a flag with a
 * NoOptDefVal, Go's %q for a string value), through a text/tabwriter (minwidth 0, tabwidth 8, padding 1, padded with
 * tabs) to stdout. The command tree is components/data/etcdctl-v3-5.ts; cobra v1.1.3 adds the `help [command]`
 * command to the root and the -h/--help flag ("help for NAME") to the command it runs or shows.
 */
import type { CtlCmd } from './data/etcdctl-v3-5';

export type Tree = Record<string, CtlCmd>;
type Flag = CtlCmd['flags'][number];

/** cobra's help command (command.go InitDefaultHelpCmd) */
export const HELP_CMD: CtlCmd = { use: 'help [command]', short: 'Help about any command', long: '', run: true, flags: [], persistent: [], children: [] };

const nameOf = (path: string, t: Tree) => (path === '' ? t[''].use.split(' ')[0] : path.slice(path.lastIndexOf(' ') + 1));
export const parentOf = (path: string) => (path.includes(' ') ? path.slice(0, path.lastIndexOf(' ')) : '');

/** the subcommands as cobra's Commands() gives them: sorted by name; the root has cobra's help command */
export function children(t: Tree, path: string): string[] {
  const list = [...(t[path]?.children ?? [])];
  if (path === '') list.push('help');
  return list.sort((a, b) => (nameOf(a, t) < nameOf(b, t) ? -1 : nameOf(a, t) > nameOf(b, t) ? 1 : 0));
}
export const cmdOf = (t: Tree, path: string): CtlCmd => (path === 'help' ? HELP_CMD : t[path]);

/** every flag the command parses: its own, its and its parents' persistent ones, and -h/--help */
export function flagSet(t: Tree, path: string): { local: Flag[]; inherited: Flag[] } {
  const c = cmdOf(t, path);
  const help: Flag = ['help', 'h', 'bool', 'false', `help for ${nameOf(path, t)}`];
  const inherited: Flag[] = [];
  for (let p = path; p !== ''; ) {
    p = parentOf(p);
    inherited.push(...(t[p]?.persistent ?? []));
  }
  return { local: [...c.flags, ...c.persistent, help], inherited };
}

/** Go's %q of an ASCII string */
const goQuote = (s: string) => JSON.stringify(s);

function flagUsages(flags: Flag[]): string {
  return [...flags]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([name, short, type, def, usage]) => {
      // pflag gives a bool flag the NoOptDefVal "true"
      const noOpt = type === 'bool';
      const head = short ? `  -${short}, --${name}` : `      --${name}`;
      const value = type === 'string' ? goQuote(def) : def;
      return `${head}${noOpt ? '[' : ''}=${value}${noOpt ? ']' : ''}\t${usage}\n`;
    })
    .join('');
}

/** the subcommands below path, depth first in cobra's order (getSubCommands) */
function allSub(t: Tree, path: string): string[] {
  return children(t, path).flatMap((c) => [c, ...allSub(t, c)]);
}

/** text/tabwriter.Writer with minwidth 0, tabwidth 8, padding 1, padchar '\t', no flags */
export function tabwrite(text: string): string {
  const lines = text.split('\n').map((l) => l.split('\t'));
  const out: string[] = lines.map(() => '');
  const width = (s: string) => [...s].length;
  function format(line0: number, line1: number, column: number, widths: number[]) {
    for (let i = line0; i < line1; i++) {
      if (column >= lines[i].length - 1) continue;
      write(line0, i, widths);
      line0 = i;
      let w = 0;
      for (; i < line1; i++) {
        if (column >= lines[i].length - 1) break;
        w = Math.max(w, width(lines[i][column]) + 1);
      }
      format(line0, i, column + 1, [...widths, w]);
      line0 = i;
      i--;
    }
    write(line0, line1, widths);
  }
  const done = new Set<number>();
  function write(from: number, to: number, widths: number[]) {
    for (let i = from; i < to; i++) {
      if (done.has(i)) continue;
      done.add(i);
      out[i] = lines[i]
        .map((cell, j) => {
          if (j >= widths.length || j === lines[i].length - 1) return cell;
          const cellw = Math.ceil(widths[j] / 8) * 8;
          return cell + '\t'.repeat(Math.ceil((cellw - width(cell)) / 8));
        })
        .join('');
    }
  }
  format(0, lines.length, 0, []);
  return out.join('\n');
}

/** what UsageFunc writes for the command at path */
export function usage(t: Tree, path: string, version: string, apiVersion: string): string {
  const c = cmdOf(t, path);
  const root = path === '';
  const name = nameOf(path, t);
  const rootName = nameOf('', t);
  let s = 'NAME:\n';
  s += root ? `\t${name} - ${c.short}\n` : `\t${path} - ${c.short}\n`;
  const commandPath = root ? rootName : `${rootName} ${path}`;
  let useLine = root ? c.use : `${rootName}${parentOf(path) ? ' ' + parentOf(path) : ''} ${c.use}`;
  // every command has flags (its -h/--help at least)
  if (!useLine.includes('[flags]')) useLine += ' [flags]';
  void commandPath;
  s += `\nUSAGE:\n\t${useLine}\n`;
  if (root) s += `\nVERSION:\n\t${version}\n`;
  const subs = children(t, path);
  if (subs.length) {
    s += `\nAPI VERSION:\n\t${apiVersion}\n`;
    s += '\n\nCOMMANDS:\n';
    for (const sub of allSub(t, path)) {
      const sc = cmdOf(t, sub);
      if (!sc.run) continue;
      s += `\t${root ? sub : sub.slice(path.length + 1)}\t${sc.short}\n`;
    }
  }
  if (c.long) s += '\nDESCRIPTION:\n' + c.long.replace(/^[\n\t ]+|[\n\t ]+$/g, '').split('\n').map((l) => `\t${l}\n`).join('');
  const { local, inherited } = flagSet(t, path);
  s += `\nOPTIONS:\n${flagUsages(local)}`;
  if (inherited.length) s += `\nGLOBAL OPTIONS:\n${flagUsages(inherited)}`;
  return tabwrite(s + '\n');
}
