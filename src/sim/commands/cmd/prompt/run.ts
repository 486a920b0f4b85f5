// `prompt`: sets PROMPT (the shell reads its $ codes for each prompt); without text, back to $P$G.
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const env = ctx.frame.env;
  const key = Object.keys(env).find((k) => k.toLowerCase() === 'prompt');
  if (key !== undefined) delete env[key];
  const text = raw(ctx).replace(/^[\s=]+/, '');
  env[key ?? 'PROMPT'] = text.trim() === '' ? '$P$G' : text;
  return 0;
}
