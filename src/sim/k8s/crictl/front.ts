// crictl's command line as urfave/cli v2 reads it before any command runs: global flags, the command (or `help`),
// its flags (Go's flag package: -x and --x alike, `=value` or the next word; -abc for commands with short-option
// handling), help for -h/--help, and the usage errors with their exit status. Returns null to let the command run.
import { COMMANDS, GLOBAL_FLAGS, type CrictlCommand, type CrictlFlag } from './data';
import { appHelp, commandHelp, findCommand, HELP_COMMAND, HELP_FLAG, VERSION_FLAG } from './help';

export interface FrontResult {
  out: string;
  err: string;
  code: number;
}

type Parse = { kind: 'ok'; rest: string[]; help: boolean; version: boolean } | { kind: 'error'; message: string };

function parseFlags(args: string[], flags: CrictlFlag[], short: boolean): Parse {
  const all = [...flags, HELP_FLAG];
  const find = (n: string) => all.find((f) => f.name === n || f.aliases.includes(n));
  let help = false;
  let version = false;
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    const body = a.replace(/^--?/, '');
    const eq = body.indexOf('=');
    const name = eq >= 0 ? body.slice(0, eq) : body;
    let f = find(name);
    if (!f && short && eq < 0 && /^-[^-]/.test(a) && name.length > 1) {
      // -aq: several one-letter bool flags at once
      const letters = [...name].map((ch) => find(ch));
      if (letters.every((x) => x && x.kind === 'BoolFlag')) {
        if (letters.includes(HELP_FLAG)) help = true;
        continue;
      }
    }
    if (!f && name === 'version' && flags === GLOBAL_FLAGS) f = VERSION_FLAG;
    if (!f && name === 'v' && flags === GLOBAL_FLAGS) f = VERSION_FLAG;
    if (!f) return { kind: 'error', message: `flag provided but not defined: -${name}` };
    if (f === HELP_FLAG) help = true;
    if (f === VERSION_FLAG) version = true;
    if (f.kind !== 'BoolFlag' && eq < 0) {
      if (i + 1 >= args.length) return { kind: 'error', message: `flag needs an argument: -${name}` };
      i++;
    }
  }
  return { kind: 'ok', rest: args.slice(i), help, version };
}

const fatal = (message: string) => `FATA[0000] ${message} \n`;

export function crictlFront(args: string[], version: string): FrontResult | null {
  const g = parseFlags(args, GLOBAL_FLAGS, false);
  if (g.kind === 'error') return { out: `Incorrect Usage: ${g.message}\n\n${appHelp(version)}`, err: fatal(g.message), code: 1 };
  if (g.help) return { out: appHelp(version), err: '', code: 0 };
  if (g.version) return { out: `crictl version ${version}\n`, err: '', code: 0 };
  const [name, ...rest] = g.rest;
  if (name === undefined) return { out: appHelp(version), err: '', code: 0 };
  const cmd = findCommand(name);
  if (!cmd) return { out: '', err: `No help topic for '${name}'\n`, code: 3 };
  if (cmd === HELP_COMMAND) {
    if (!rest.length) return { out: appHelp(version), err: '', code: 0 };
    const target = findCommand(rest[0]);
    if (!target) return { out: '', err: `No help topic for '${rest[0]}'\n`, code: 3 };
    return { out: commandHelp(target), err: '', code: 0 };
  }
  return commandFront(cmd, rest);
}

function commandFront(cmd: CrictlCommand, args: string[]): FrontResult | null {
  const p = parseFlags(args, cmd.flags, !!cmd.shortOptions);
  if (p.kind === 'error') return { out: `Incorrect Usage: ${p.message}\n\n${commandHelp(cmd)}`, err: fatal(p.message), code: 1 };
  if (p.help) return { out: commandHelp(cmd), err: '', code: 0 };
  return null;
}

export const COMMAND_NAMES = COMMANDS.flatMap((c) => [c.name, ...c.aliases]);

/** The arguments with bundled one-letter flags (-aq) spelled out, for commands that take them that way. */
export function expandShortFlags(args: string[]): string[] {
  const at = args.findIndex((a) => !a.startsWith('-'));
  const cmd = at >= 0 ? findCommand(args[at]) : undefined;
  if (!cmd?.shortOptions) return args;
  const one = (ch: string) => [...cmd.flags, HELP_FLAG].find((f) => f.aliases.includes(ch) || f.name === ch);
  return args.flatMap((a, i) => {
    if (i <= at || !/^-[^-]{2,}$/.test(a)) return [a];
    const letters = [...a.slice(1)];
    return letters.every((ch) => one(ch)?.kind === 'BoolFlag') ? letters.map((ch) => '-' + ch) : [a];
  });
}
