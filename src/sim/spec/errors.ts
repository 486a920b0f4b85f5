// Usage errors in each tool family's own words and exit status.
import type { CommandSpec, ErrorOutput, FlagSpec, UsageError } from './types';

/** Quotes as coreutils' quote() prints them in a UTF-8 locale (Rocky's default en_US.UTF-8). */
export const lq = (s: string) => `‘${s}’`;

function flagLabel(f: FlagSpec | undefined): string {
  if (!f) return '';
  if (f.short && f.long) return `-${f.short}, --${f.long}`;
  return f.long ? `--${f.long}` : `-${f.short}`;
}

/** The words a command is known by in messages (`kubectl get`, `vagrant box add`). */
export const commandPath = (path: CommandSpec[]) => path.map((s) => s.name).join(' ');

function gnu(name: string, leaf: CommandSpec, e: UsageError): ErrorOutput {
  let msg: string;
  switch (e.code) {
    case 'unknown-option':
      msg = e.short ? `invalid option -- '${e.option}'` : `unrecognized option '${e.option}'`;
      break;
    case 'missing-value':
      msg = e.short ? `option requires an argument -- '${e.option}'` : `option '${e.option}' requires an argument`;
      break;
    case 'needless-value':
      msg = `option '${e.option}' doesn't allow an argument`;
      break;
    case 'ambiguous':
      msg = `option '${e.option}' is ambiguous; possibilities:${(e.candidates ?? []).map((c) => ` '--${c}'`).join('')}`;
      break;
    case 'invalid-value':
      msg = `invalid argument ${lq(e.value ?? '')} for ${lq(e.flag?.long ? '--' + e.flag.long : '-' + (e.flag?.short ?? ''))}`;
      break;
    case 'missing-operand':
      msg = leaf.operands?.missing ?? 'missing operand';
      break;
    case 'extra-operand':
      msg = `extra operand ${lq(e.operand ?? '')}`;
      break;
    default:
      msg = `invalid argument ${lq(e.operand ?? '')}`;
  }
  const tail = leaf.usageTail;
  const status = leaf.usageStatus ?? 1;
  if (tail === 'help' || tail === 'help-stdout') return { stderr: `${name}: ${msg}\n`, status, withHelp: tail === 'help' ? 'stderr' : 'stdout' };
  return { stderr: `${name}: ${msg}\n${tail ?? `Try '${name} --help' for more information.\n`}`, status };
}

function cobra(path: CommandSpec[], e: UsageError): ErrorOutput {
  let msg: string;
  switch (e.code) {
    case 'unknown-option':
      msg = e.short ? `unknown shorthand flag: '${e.value}' in ${e.option}` : `unknown flag: ${e.option}`;
      break;
    case 'missing-value':
      msg = e.short ? `flag needs an argument: '${e.flag?.short}' in ${e.option}` : `flag needs an argument: ${e.option}`;
      break;
    case 'invalid-value': {
      const v = e.value ?? '';
      const why =
        e.flag?.type === 'bool' ? `strconv.ParseBool: parsing "${v}": invalid syntax` : e.flag?.type === 'duration' ? `time: invalid duration "${v}"` : `strconv.ParseInt: parsing "${v}": invalid syntax`;
      msg = `invalid argument "${v}" for "${flagLabel(e.flag)}" flag: ${why}`;
      break;
    }
    case 'unknown-command':
      return { stderr: `error: unknown command "${e.operand}" for "${commandPath(path)}"\n`, status: 1 };
    case 'extra-operand':
      msg = `unexpected argument ${e.operand}`;
      break;
    default:
      msg = e.code.replace('-', ' ');
  }
  return { stderr: `error: ${msg}\nSee '${commandPath(path)} --help' for usage.\n`, status: path[path.length - 1].usageStatus ?? 1 };
}

function ruby(path: CommandSpec[], e: UsageError): ErrorOutput {
  const what: Record<UsageError['code'], string> = {
    'unknown-option': 'invalid option',
    'missing-value': 'missing argument',
    'needless-value': 'needless argument',
    ambiguous: 'ambiguous option',
    'invalid-value': 'invalid argument',
    'missing-operand': 'missing argument',
    'extra-operand': 'needless argument',
    'unknown-command': 'invalid argument',
  };
  const opt = e.option ? (e.short ? '-' + e.option : e.option) : (e.operand ?? '');
  return { stderr: `${what[e.code]}: ${opt}\n`, status: path[path.length - 1].usageStatus ?? 1 };
}

function cmd(leaf: CommandSpec, e: UsageError): ErrorOutput {
  if (e.code === 'unknown-option' || e.code === 'missing-value') return { stderr: `Invalid switch - "${e.option}".\n`, status: leaf.usageStatus ?? 1 };
  if (e.code === 'extra-operand') return { stderr: `Invalid parameter - ${e.operand}\n`, status: leaf.usageStatus ?? 1 };
  return { stderr: 'The syntax of the command is incorrect.\n', status: leaf.usageStatus ?? 1 };
}

function builtin(name: string, leaf: CommandSpec, e: UsageError): ErrorOutput {
  const usage = `${name}: usage: ${leaf.synopsis ?? name}\n`;
  if (e.code === 'unknown-option') return { stderr: `-bash: ${name}: -${e.option}: invalid option\n${usage}`, status: 2 };
  if (e.code === 'missing-value') return { stderr: `-bash: ${name}: -${e.option}: option requires an argument\n${usage}`, status: 2 };
  if (e.code === 'extra-operand') return { stderr: `-bash: ${name}: too many arguments\n`, status: 1 };
  return { stderr: `-bash: ${name}: ${leaf.operands?.missing ?? 'missing operand'}\n${usage}`, status: 2 };
}

/**
 * urfave/cli v2: `Incorrect Usage: <flag error>`, a blank line and the help of the level that refused it, on stdout;
 * the program's own fatal line after it (crictl: logrus `FATA[0000] <error> `), exit 1. An unknown command has no
 * help topic (exit 3).
 */
function urfave(e: UsageError): ErrorOutput {
  if (e.code === 'unknown-command') return { stderr: `No help topic for '${e.operand}'\n`, status: 3 };
  const msg = e.message ?? `flag provided but not defined: -${e.option ?? ''}`;
  return { stdout: `Incorrect Usage: ${msg}\n\n`, stderr: `FATA[0000] ${msg} \n`, status: 1, withHelp: 'stdout', helpFirst: true };
}

/** What the real tool prints for a usage error. `name` is the command as typed. */
export function renderError(name: string, path: CommandSpec[], e: UsageError): ErrorOutput {
  for (let i = path.length - 1; i >= 0; i--) {
    const own = path[i].onError?.(e, path);
    if (own) return own;
  }
  const leaf = path[path.length - 1];
  switch (leaf.style) {
    case 'gnu':
      return gnu(name, leaf, e);
    case 'cobra':
      return cobra(path, e);
    case 'ruby':
      return ruby(path, e);
    case 'cmd':
      return cmd(leaf, e);
    case 'urfave':
      return urfave(e);
    default:
      return builtin(name, leaf, e);
  }
}
