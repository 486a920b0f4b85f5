// [[ expression ]]: test's primaries plus && || ( ) !, patterns on the right of == and !=, =~ regular
// expressions, < and > on strings. The words come unsplit and unglobbed (the parser keeps them whole).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { globMatch } from '../../../util';
import { assignList } from '../../arrays';
import { testExpr } from './run';
import { condTrace } from '../../runtime';

type PosixRegex = typeof import('../../../commands/lib/posix-regex/index');

const UNARY = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-p', '-r', '-s', '-t', '-u', '-w', '-x', '-G', '-L', '-N', '-O', '-S', '-z', '-n', '-v', '-o', '-R']);
const BINARY = new Set(['==', '=', '!=', '=~', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

/** a pattern regcomp refuses: [[ returns 2 without a message */
class BadRegex {}

class CondError {
  constructor(readonly message: string) {}
}

export function* run(ctx: CommandContext): CommandRun {
  const a = ctx.args.slice(0, -1);
  // =~ is a POSIX extended regular expression (regcomp REG_EXTENDED), matched leftmost-longest
  const rx = a.includes('=~') ? ((yield { load: () => import('../../../commands/lib/posix-regex/index') }) as PosixRegex) : null;
  let i = 0;
  // `set -x`: each term evaluated is shown as it is tested (print_cmd.c xtrace_print_cond_term)
  const prefix = condTrace.prefix;
  condTrace.prefix = null;
  const show = (inv: boolean, parts: string[]) => {
    if (prefix !== null) ctx.err(`${prefix}[[ ${inv ? '! ' : ''}${parts.map((p) => (p === '' ? "''" : p)).join(' ')} ]]\n`);
  };
  // `live` false: the operand of a && or || that is not evaluated (read over, not tested)
  const or = (live: boolean): boolean => {
    let v = and(live);
    while (a[i] === '||') {
      i++;
      const r = and(live && !v);
      v = v || r;
    }
    return v;
  };
  const and = (live: boolean): boolean => {
    let v = not(live, false);
    while (a[i] === '&&') {
      i++;
      const r = not(live && v, false);
      v = v && r;
    }
    return v;
  };
  const not = (live: boolean, inv: boolean): boolean => {
    if (a[i] === '!') {
      i++;
      return !not(live, !inv);
    }
    return primary(live, inv);
  };
  const primary = (live: boolean, inv: boolean): boolean => {
    const w = a[i];
    if (w === undefined) throw new CondError("syntax error in conditional expression");
    if (w === '(') {
      i++;
      const v = or(live);
      if (a[i] !== ')') throw new CondError(`syntax error in conditional expression`);
      i++;
      return v;
    }
    if (BINARY.has(a[i + 1] ?? '') && a[i + 2] !== undefined) {
      const [x, op, y] = [a[i], a[i + 1], a[i + 2]];
      i += 3;
      if (!live) return false;
      show(inv, [x, op, y]);
      if (op === '==' || op === '=') return globMatch(y, x);
      if (op === '!=') return !globMatch(y, x);
      if (op === '=~') {
        let re;
        try {
          re = rx!.compile(y, { kind: 'ere', invalidOps: true });
        } catch (e) {
          if (e instanceof rx!.RegexError) throw new BadRegex();
          throw e;
        }
        const m = re.exec(x);
        // BASH_REMATCH: the match and each group (an unset group is empty); emptied when nothing matches
        assignList(ctx.frame, 'BASH_REMATCH', m ? [...m].map((v) => ({ value: v ?? '' })) : []);
        return m !== null;
      }
      if (op === '<') return x < y;
      if (op === '>') return x > y;
      const r = testExpr(ctx, [x, op, y]);
      if (typeof r === 'string') throw new CondError(r);
      return r;
    }
    if (UNARY.has(w) && a[i + 1] !== undefined && !['&&', '||', ')'].includes(a[i + 1])) {
      i += 2;
      if (!live) return false;
      show(inv, [w, a[i - 1]]);
      const r = testExpr(ctx, [w, a[i - 1]]);
      if (typeof r === 'string') throw new CondError(r);
      return r;
    }
    i++;
    if (live) show(inv, ['-n', w]);
    return w !== '';
  };
  try {
    const v = or(true);
    if (i < a.length) throw new CondError(`syntax error in conditional expression`);
    return v ? 0 : 1;
  } catch (e) {
    if (e instanceof BadRegex) return 2;
    if (!(e instanceof CondError)) throw e;
    ctx.err(`-bash: ${e.message}\n`);
    return 2;
  }
}
