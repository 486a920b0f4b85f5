// `set`: displays, sets, or removes cmd.exe environment variables, as on Windows; `set /?` is in help.ts.
import type { CommandRun } from '../../../types';
import { type CmdCtx, raw, SYNTAX } from '../shared';

export function* run(ctx: CmdCtx): CommandRun {
  const line = raw(ctx).trim();
  const env = ctx.frame.env;
  const keys = Object.keys(env).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase()));
  const find = (name: string) => Object.keys(env).find((k) => k.toLowerCase() === name.toLowerCase());
  const sw = /^\/([aApP])(.*)$/s.exec(line);
  if (sw && (sw[1] === 'a' || sw[1] === 'A')) {
    // at the command line set /A shows the expression's value, without a newline (set /?)
    const expr = sw[2].trim();
    if (!expr) {
      ctx.err(SYNTAX);
      return 1;
    }
    const { evaluate, ArithError } = yield* loadArith();
    try {
      const v = evaluate(
        expr,
        (n) => (find(n) !== undefined ? env[find(n)!] : undefined),
        (n, value) => {
          const k = find(n);
          if (k !== undefined) delete env[k];
          env[k ?? n] = value;
        },
      );
      ctx.out(String(v));
      return 0;
    } catch (e) {
      if (!(e instanceof ArithError)) throw e;
      ctx.err(e.message + '\n');
      return e.level;
    }
  }
  if (sw) {
    // /P name=[prompt]: the prompt, then a line typed; an empty line leaves the variable as it was
    const body = /^\/[pP](.*)$/s.exec(raw(ctx).trimStart())![1].trimStart().replace(/^"(.*)"\s*$/s, '$1');
    const eq = body.indexOf('=');
    if (eq <= 0) {
      ctx.err(SYNTAX);
      return 1;
    }
    const name = body.slice(0, eq);
    const answer = String(yield { ask: body.slice(eq + 1) });
    if (answer === '') return 1;
    const k = find(name);
    if (k !== undefined) delete env[k];
    env[k ?? name] = answer;
    return 0;
  }
  const text = line.replace(/^"(.*)"$/, '$1');
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

function* loadArith(): Generator<{ load: () => Promise<unknown> }, typeof import('./arith'), unknown> {
  return (yield { load: () => import('./arith') }) as typeof import('./arith');
}
