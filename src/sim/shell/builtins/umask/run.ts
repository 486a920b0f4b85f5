// umask of bash 5.1 (builtins/umask.def): prints or sets the shell's file-creation mask, octal or symbolic (the
// complement of the mask changed as chmod changes a mode). The mask a login starts with is pam_umask's
// (fs-owner.ts loginUmask); what a shell sets, its subshells and commands inherit.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { umaskOf } from '../../../fs-owner';

/** print_symbolic_umask(): what the mask lets through, as u=...,g=...,o=... */
function symbolic(mask: number): string {
  const part = (shift: number) => {
    const allowed = ~mask >> shift & 7;
    return (allowed & 4 ? 'r' : '') + (allowed & 2 ? 'w' : '') + (allowed & 1 ? 'x' : '');
  };
  return `u=${part(6)},g=${part(3)},o=${part(0)}`;
}

/** parse_symbolic_mode() on the mask's complement: the new mask, or the error builtin_error() prints. */
function symbolicMask(spec: string, mask: number): number | string {
  let bits = ~mask & 0o777;
  let s = 0;
  for (;;) {
    let who = 0;
    let perm = 0;
    while ('agou'.includes(spec[s] ?? '-')) {
      const c = spec[s++];
      who |= c === 'u' ? 0o700 : c === 'g' ? 0o070 : c === 'o' ? 0o007 : 0o777;
    }
    const op = spec[s++] ?? '';
    if (!'+-='.includes(op) || op === '') return `\`${op}': invalid symbolic mode operator`;
    while ('rwx'.includes(spec[s] ?? '-')) {
      const c = spec[s++];
      perm |= c === 'r' ? 0o444 : c === 'w' ? 0o222 : 0o111;
    }
    if (s < spec.length && spec[s] !== ',') return `\`${spec[s]}': invalid symbolic mode character`;
    if (who) perm &= who;
    if (op === '+') bits |= perm;
    else if (op === '-') bits &= ~perm;
    else bits = (bits & ~(who || 0o777)) | perm;
    if (s >= spec.length) break;
    s++;
  }
  return ~bits & 0o777;
}

export function* run(ctx: CommandContext): CommandRun {
  const mask = umaskOf(ctx.frame, ctx.host);
  const [w] = ctx.operands ?? [];
  const sym = ctx.opts?.has('S');
  if (w === undefined) {
    const text = sym ? symbolic(mask) : mask.toString(8).padStart(4, '0');
    ctx.out(ctx.opts?.has('p') ? `umask ${sym ? '-S ' : ''}${text}\n` : text + '\n');
    return 0;
  }
  let next: number | string;
  if (/^\d/.test(w)) {
    // read_octal(): octal digits only, at most 0777
    next = /^[0-7]+$/.test(w) && parseInt(w, 8) <= 0o777 ? parseInt(w, 8) : `${w}: octal number out of range`;
  } else next = symbolicMask(w, mask);
  if (typeof next === 'string') {
    ctx.err(`-bash: umask: ${next}\n`);
    return 1;
  }
  ctx.frame.umask = next;
  if (sym) ctx.out(symbolic(next) + '\n');
  return 0;
}
