// firewall-cmd of firewalld 1.3.4 (Rocky 9.5): Python argparse over the options of src/firewall-cmd.in
// (options.ts, with unique prefixes as argparse allows); -h/--help prints __usage() (help.ts) to stdout.
// Usage errors in argparse's words after firewall-cmd's one-line usage, status 2.
import type { CommandSpec, ErrorOutput, FlagSpec, UsageError } from '../../../spec/types';
import { OPTIONS } from './options';

export const USAGE = "usage: 'firewall-cmd --help' for usage information or see firewall-cmd(1) man page\n";

const flags: FlagSpec[] = OPTIONS.map((o) => {
  const long = o.names.find((n) => n.startsWith('--'))!.slice(2);
  const short = o.names.find((n) => /^-[^-]$/.test(n))?.slice(1);
  return {
    long,
    ...(short ? { short } : {}),
    ...(o.value !== 'none' ? { value: o.value as 'required' | 'optional', ...(o.metavar ? { arg: o.metavar } : {}) } : {}),
    ...(long === 'help' ? { action: 'help' as const } : {}),
  };
});

/** argparse's ArgumentParser.error() (Python 3.9). */
function argparse(e: UsageError): ErrorOutput {
  const fail = (msg: string) => ({ stderr: `${USAGE}firewall-cmd: error: ${msg}\n`, status: 2 });
  const name = e.flag?.long ? `--${e.flag.long}` : (e.option ?? '');
  switch (e.code) {
    case 'missing-value':
      return fail(`argument ${e.flag?.short ? `-${e.flag.short}/` : ''}${name}: expected one argument`);
    case 'needless-value':
      return fail(`argument ${name}: ignored explicit argument '${e.value ?? ''}'`);
    case 'ambiguous':
      return fail(`ambiguous option: ${e.option} could match ${(e.candidates ?? []).map((c) => '--' + c).join(', ')}`);
    case 'unknown-option':
      return fail(`unrecognized arguments: ${e.short ? '-' + e.option : e.option}`);
    default:
      return fail(`unrecognized arguments: ${e.operand ?? e.option ?? ''}`);
  }
}

export const spec: CommandSpec = {
  name: 'firewall-cmd',
  style: 'gnu',
  synopsis: 'firewall-cmd [OPTIONS...]',
  helpFlags: ['-h', '--help'],
  flags,
  operands: { max: 0 },
  onError: argparse,
  help: () => import('./help').then((m) => m.help),
};
