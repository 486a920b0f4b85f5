// `set`: displays, sets, or removes cmd.exe environment variables, as on Windows; `set /?` is in help.ts.
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw, SYNTAX } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const text = raw(ctx).trim().replace(/^"(.*)"$/, '$1');
  const env = ctx.frame.env;
  const keys = Object.keys(env).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  if (!text.includes('=')) {
    const shown = keys.filter((k) => k.toLowerCase().startsWith(text.toLowerCase()));
    if (!shown.length) {
      ctx.err(`Environment variable ${text} not defined\n`);
      return 1;
    }
    ctx.out(shown.map((k) => `${k}=${env[k]}\n`).join(''));
    return 0;
  }
  const eq = text.indexOf('=');
  const name = text.slice(0, eq);
  const value = text.slice(eq + 1);
  if (name === '') {
    ctx.err(SYNTAX);
    return 1;
  }
  const existing = keys.find((k) => k.toLowerCase() === name.toLowerCase());
  if (existing) delete env[existing];
  if (value !== '') env[existing ?? name] = value;
  return 0;
}
