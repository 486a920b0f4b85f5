// export and unset: variables (and with -f, functions) of the shell.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { unsetElement } from '../../arrays';
import { isDynamic } from '../../startvars';
import { assign, declLine, hasAttr, isReadonly, setAttrs, unsetVar, variableNames } from '../../vars';

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.operands ?? ctx.args;
  if (!words.length) {
    ctx.out(variableNames(ctx.frame).filter((k) => hasAttr(ctx.frame, k, 'x')).map((k) => declLine(ctx.frame, k) + '\n').join(''));
    return 0;
  }
  let code = 0;
  if (ctx.opts?.has('f')) {
    // export -f NAME: the function goes into the environment of the commands run (BASH_FUNC_NAME%%)
    for (const a of words) {
      if (!ctx.frame.functions?.[a]) {
        ctx.err(`-bash: export: ${a}: not a function\n`);
        code = 1;
        continue;
      }
      const list = (ctx.frame.fexports = (ctx.frame.fexports ?? []).filter((n) => n !== a));
      if (!ctx.opts.has('n')) list.push(a);
      ctx.frame.exportOrder = undefined;
    }
    return code;
  }
  for (const a of words) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/s.exec(a);
    if (!m) {
      ctx.err(`-bash: export: \`${a}': not a valid identifier\n`);
      code = 1;
      continue;
    }
    if (ctx.opts?.has('n')) {
      setAttrs(ctx.frame, m[1], '', 'x');
      continue;
    }
    if (m[2] !== undefined) {
      if (isReadonly(ctx.frame, m[1])) {
        // the value is refused, the name is exported all the same
        ctx.err(`-bash: ${m[1]}: readonly variable\n`);
        setAttrs(ctx.frame, m[1], 'x');
        code = 1;
        continue;
      }
      assign(ctx.frame, m[1], m[2]);
    }
    setAttrs(ctx.frame, m[1], 'x');
  }
  return code;
}

export function* unset(ctx: CommandContext): CommandRun {
  let code = 0;
  for (const a of ctx.operands ?? ctx.args) {
    const el = ctx.opts?.has('f') ? null : /^([A-Za-z_][A-Za-z0-9_]*)\[(.+)\]$/.exec(a);
    if (el) {
      // unset 'a[1]': one element
      if (isReadonly(ctx.frame, el[1])) {
        ctx.err(`-bash: unset: ${el[1]}: cannot unset: readonly variable\n`);
        code = 1;
      } else if (!unsetElement(ctx.frame, el[1], el[2])) {
        ctx.err(`-bash: unset: [${el[2]}]: bad array subscript\n`);
        code = 1;
      }
      continue;
    }
    if (!ctx.opts?.has('f') && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(a)) {
      ctx.err(`-bash: unset: \`${a}': not a valid identifier\n`);
      code = 1;
      continue;
    }
    if (ctx.opts?.has('f')) {
      delete ctx.frame.functions?.[a];
      if (ctx.frame.fexports?.includes(a)) ctx.frame.fexports = ctx.frame.fexports.filter((n) => n !== a);
    }
    else if (a in ctx.frame.env || ctx.opts?.has('v') || ctx.frame.arrays?.[a] || isDynamic(ctx.frame, a)) {
      if (!unsetVar(ctx.frame, a)) {
        ctx.err(`-bash: unset: ${a}: cannot unset: readonly variable\n`);
        code = 1;
      }
    }
    else delete ctx.frame.functions?.[a];
  }
  return code;
}
