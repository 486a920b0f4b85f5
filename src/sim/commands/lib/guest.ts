// Registration of a guest (bash) command, and what many guest commands share.
import { findCommand, registerCommand, type CommandDef } from '../../registry';
import type { CommandContext } from '../../context';
import type { Host } from '../../types';
import { COREUTILS } from '../coreutils';
import { PROCPS } from '../procps';
import { spec as grep } from '../grep/spec';
import { spec as sed } from '../sed/spec';

const GNU_TEXT: Record<string, typeof grep> = { grep, sed };

/** Register a guest command; GNU coreutils, procps-ng, grep and sed get their spec (options, help, usage errors) by name. */
export function def(d: Omit<CommandDef, 'shell'>): void {
  registerCommand({ ...d, shell: 'bash', spec: d.spec ?? COREUTILS[d.name] ?? PROCPS[d.name] ?? GNU_TEXT[d.name] });
}

export const isRoot = (ctx: CommandContext) => ctx.frame.user === 'root';

export { linuxOnly } from './where';

/** Names bash answers itself (`type`, `which`). */
export const BUILTINS = new Set(['cd', 'echo', 'export', 'unset', 'exit', 'logout', 'history', 'pwd', 'type', 'true', 'false', 'printf', 'source']);

export const findBash = (n: string) => findCommand('bash', n);
