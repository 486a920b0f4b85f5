// Runs a command through its spec: help, version and usage errors come from the spec; the body gets the
// parsed options. Loaded on the first command that has a spec (kept out of the first chunk).
import type { CommandContext } from '../context';
import type { CommandRun, Yield } from '../types';
import { parseArgv } from './parse';
import { renderError } from './errors';
import type { CommandSpec } from './types';

function* text(t: string | (() => Promise<string>) | undefined): Generator<Yield, string | undefined, unknown> {
  if (t === undefined || typeof t === 'string') return t;
  return (yield { load: t }) as string;
}

/** The help text of the command at the end of `path` (its own, else the closest parent's). */
export function* helpOf(path: CommandSpec[]): Generator<Yield, string | undefined, unknown> {
  for (let i = path.length - 1; i >= 0; i--) if (path[i].help !== undefined) return yield* text(path[i].help);
  return undefined;
}

/**
 * Parse ctx.args against `spec`; print help, version or a usage error, or call `run` with
 * ctx.opts / ctx.operands / ctx.specPath set.
 */
export function* dispatch(spec: CommandSpec, ctx: CommandContext, run: (ctx: CommandContext) => CommandRun): CommandRun {
  const r = parseArgv(spec, ctx.args);
  if (r.kind === 'help') {
    const h = r.path[r.path.length - 1].helpPaged && ctx.tty ? undefined : yield* helpOf(r.path);
    if (h === undefined) {
      // no recorded help: the command answers --help itself
      return yield* run({ ...ctx, specPath: r.path, helpRequested: true });
    }
    const leaf = r.path[r.path.length - 1];
    const stream = leaf.helpStream ?? spec.helpStream;
    (stream === 'stderr' ? ctx.err : ctx.out)(h);
    return leaf.helpStatus ?? spec.helpStatus ?? (spec.style === 'builtin' ? 2 : 0);
  }
  if (r.kind === 'version') {
    const v = yield* text(r.path[r.path.length - 1].version ?? spec.version);
    if (v !== undefined) ctx.out(v);
    return 0;
  }
  if (r.kind === 'error') {
    const o = renderError(spec.errorName ?? ctx.name, r.path, r.error);
    if (o.stdout) ctx.out(o.stdout);
    const h = o.withHelp ? yield* helpOf(r.path) : undefined;
    const help = () => h && (o.withHelp === 'stderr' ? ctx.err : ctx.out)(h);
    if (o.helpFirst) help();
    ctx.err(o.stderr);
    if (!o.helpFirst) help();
    return o.status;
  }
  return yield* run({ ...ctx, opts: r.opts, operands: r.operands, specPath: r.path });
}

export { parseArgv } from './parse';
export { renderError } from './errors';
export { completeSpec } from './complete';
