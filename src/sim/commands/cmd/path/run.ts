// `path`: shows PATH (`PATH=...`, or `No Path` when unset), sets it, or clears it with `path ;`.
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const env = ctx.frame.env;
  const key = Object.keys(env).find((k) => k.toLowerCase() === 'path');
  const text = raw(ctx).replace(/^[\s=]+/, '').replace(/\s+$/, '');
  if (text === '') {
    ctx.out(key !== undefined ? `PATH=${env[key]}\n` : 'No Path\n');
    return 0;
  }
  if (key !== undefined) delete env[key];
  if (text !== ';') env[key ?? 'PATH'] = text.replace(/^"(.*)"$/, '$1');
  return 0;
}
