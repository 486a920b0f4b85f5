// [[ expression ]]: test's primaries plus && || ( ) !, patterns on the right of == and !=, =~ regular
// expressions, < and > on strings. The words come unsplit and unglobbed (the parser keeps them whole).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { globMatch } from '../../../util';
import { assignList } from '../../arrays';
import { testExpr } from './run';

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
  const or = (): boolean => {
    let v = and();
    while (a[i] === '||') {
      i++;
      const r = and();
      v = v || r;
    }
    return v;
  };
  const and = (): boolean => {
    let v = not();
    while (a[i] === '&&') {
      i++;
      const r = not();
      v = v && r;
    }
    return v;
  };
  const not = (): boolean => {
    if (a[i] === '!') {
      i++;
      return !not();
    }
    return primary();
  };
  const primary = (): boolean => {
    const w = a[i];
    if (w === undefined) throw new CondError("syntax error in conditional expression");
    if (w === '(') {
      i++;
      const v = or();
      if (a[i] !== ')') throw new CondError(`syntax error in conditional expression`);
      i++;
      return v;
    }
    if (BINARY.has(a[i + 1] ?? '') && a[i + 2] !== undefined) {
      const [x, op, y] = [a[i], a[i + 1], a[i + 2]];
      i += 3;
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
      const r = testExpr(ctx, [w, a[i - 1]]);
      if (typeof r === 'string') throw new CondError(r);
      return r;
    }
    i++;
    return w !== '';
  };
  try {
    const v = or();
    if (i < a.length) throw new CondError(`syntax error in conditional expression`);
    return v ? 0 : 1;
  } catch (e) {
    if (e instanceof BadRegex) return 2;
    if (!(e instanceof CondError)) throw e;
    ctx.err(`-bash: ${e.message}\n`);
    return 2;
  }
}
