// chcon of GNU coreutils 8.32 (src/chcon.c; options and help in spec.ts): sets the SELinux label of each FILE
// (CONTEXT, --reference's, or parts of the current one with -u -r -t -l), -R through directories, -v saying so.
// The guest keeps the label on the file; stat's %C and Context line show it.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { FsNode } from '../../../fs';
import { canWrite } from '../../../util';
import { contextOf } from '../../lib/inode';
import { quote, quoteAlways } from '../lib/quote';
import { usageError } from '../lib/input';
import { validContext, withParts } from '../lib/selinux';

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let recurse = false;
  let deref = -1;
  let walk: 'H' | 'L' | 'P' = 'P';
  let verbose = false;
  let reference: string | undefined;
  const parts: { user?: string; role?: string; type?: string; range?: string } = {};
  let component = false;
  for (const x of o.list) {
    const v = String(x.value);
    if (x.key === 'recursive') recurse = true;
    else if (x.key === 'dereference') deref = 1;
    else if (x.key === 'no-dereference') deref = 0;
    else if (x.key === 'H' || x.key === 'L' || x.key === 'P') walk = x.key;
    else if (x.key === 'verbose') verbose = true;
    else if (x.key === 'reference') reference = v;
    else if (x.key === 'user' || x.key === 'role' || x.key === 'type' || x.key === 'range') {
      parts[x.key] = v;
      component = true;
    }
  }
  const die = (msg: string) => {
    ctx.err(`chcon: ${msg}\n`);
    return 1;
  };
  if (recurse && walk === 'P' && deref === 1) return die('-R --dereference requires either -H or -L');
  if (recurse && walk !== 'P' && deref === 0) return die('-R -h requires -P');
  const follow = recurse ? walk !== 'P' : deref !== 0;
  const ops = [...(ctx.operands ?? [])];
  if (ops.length < (reference !== undefined || component ? 1 : 2)) return usageError(ctx, 'chcon', ops.length ? `missing operand after ${quote(ops[ops.length - 1])}` : 'missing operand');
  const fs = ctx.host.fs;
  let context: string | null = null;
  if (reference !== undefined) {
    const abs = ctx.resolve(reference);
    const n = fs.get(abs);
    if (!n) return die(`failed to get security context of ${quoteAlways(reference)}: No such file or directory`);
    context = contextOf(ctx.host, n, abs);
  } else if (!component) {
    context = ops.shift()!;
    if (ctx.host.sys?.selinux !== 'Disabled' && !validContext(context)) return die(`invalid context: ${quote(context)}: Invalid argument`);
  }
  if (reference !== undefined && component) return usageError(ctx, 'chcon', 'conflicting security context specifiers given');
  let ok = true;
  const change = (shown: string, abs: string, node: FsNode) => {
    if (verbose) ctx.out(`changing security context of ${quoteAlways(shown)}\n`);
    const next = context ?? withParts(contextOf(ctx.host, node, abs), parts);
    if (!canWrite(ctx.frame.user, abs)) {
      ctx.err(`chcon: failed to change context of ${quoteAlways(shown)} to ${quote(next)}: Operation not permitted\n`);
      ok = false;
      return;
    }
    if (next !== contextOf(ctx.host, node, abs)) node.context = next;
  };
  const visit = (shown: string, abs: string, top: boolean) => {
    const node = (top ? follow : recurse ? walk === 'L' : false) ? fs.get(abs) : fs.lget(abs);
    if (!node) {
      ctx.err(`chcon: cannot access ${quoteAlways(shown)}: No such file or directory\n`);
      ok = false;
      return;
    }
    if (recurse && node.type === 'dir') {
      const list = fs.list(abs);
      if (typeof list !== 'string') for (const e of list) visit(`${shown.replace(/\/$/, '')}/${e.name}`, fs.join(abs, e.name), false);
    }
    change(shown, abs, node);
  };
  for (const f of ops) visit(f, ctx.resolve(f), true);
  return ok ? 0 : 1;
}
