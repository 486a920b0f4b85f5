// OpenSSH's own getopt (openbsd-compat/getopt_long.c, used on Linux where glibc lacks optreset): options stop at
// the first operand, a bad letter is "unknown option -- x" through logit() (no program name, "\r\n"), then the
// tool's usage() on stderr.
import type { ErrorOutput, FlagSpec, UsageError } from '../../../spec/types';

/** Flags from a getopt string (`ab:c`). */
export function flagsOf(optstring: string): FlagSpec[] {
  const flags: FlagSpec[] = [];
  for (let i = 0; i < optstring.length; i++) {
    if (optstring[i] === ':') continue;
    flags.push(optstring[i + 1] === ':' ? { short: optstring[i], value: 'required', repeatable: true } : { short: optstring[i], repeatable: true });
  }
  return flags;
}

/** The usage error of the BSD getopt: `--x` is the letter '-'. */
export function bsdError(status: number) {
  return (e: UsageError): ErrorOutput | undefined => {
    const letter = e.short ? (e.code === 'missing-value' ? (e.option ?? '') : (e.value ?? e.option ?? '')) : '-';
    if (e.code === 'missing-value' && e.short) return { stderr: `option requires an argument -- ${letter}\r\n`, status, withHelp: 'stderr' };
    if (e.code === 'unknown-option' || e.code === 'missing-value' || e.code === 'needless-value' || e.code === 'ambiguous')
      return { stderr: `unknown option -- ${letter}\r\n`, status, withHelp: 'stderr' };
    return undefined;
  };
}

