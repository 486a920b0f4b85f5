// Output helpers shared by the vagrant subcommands.
import type { CommandContext } from '../context';
import type { Yield } from '../types';

type Out = { out: (t: string) => void; err: (t: string) => void };

/** "==> name: " on every line (the plain environment UI, without a prefix, for the name ''). */
export function info(o: Out, name: string, text: string): void {
  o.out((name ? text.split('\n').map((l) => `==> ${name}: ${l}`).join('\n') : text) + '\n');
}
/** "    name: " on every line (no prefix for the name ''). */
export function detail(o: Out, name: string, text: string): void {
  o.out((name ? text.split('\n').map((l) => `    ${name}: ${l}`).join('\n') : text) + '\n');
}
export function fail(o: Out, text: string): number {
  o.err(text + '\n');
  return 1;
}

export const wait = (ms: number): Yield => ({ wait: ms });

/** The parsed options in the shape the subcommands read: `--long` keys (`'false'` for `--no-x`) and operands. */
export function parsed(ctx: CommandContext): { flags: Map<string, string | true>; pos: string[] } {
  const flags = new Map<string, string | true>();
  for (const o of ctx.opts?.list ?? []) flags.set('--' + o.key, o.value);
  return { flags, pos: ctx.operands ?? [] };
}
