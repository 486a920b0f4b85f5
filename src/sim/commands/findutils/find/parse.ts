// find's expression as find/tree.c and find/parser.c (v4.8.0) read it: the starting points, then one predicate
// after another (with -a put in between where none is written), wrapped in `( … ) -print` where nothing prints,
// and bound by precedence ( ) ! -a -o , in get_expr / scan_rest. The primaries themselves are in primaries.ts.
import { AND_PREC, COMMA_PREC, FindError, NEGATE_PREC, NO_PREC, OR_PREC, type Options, type Pred } from './types';
import { PRIMARIES, type Kind, type ParseEnv } from './primaries';

/** looks_like_expression (util.c). */
export function looksLikeExpression(arg: string, leading: boolean): boolean {
  const c = arg[0];
  if (c === '-') return arg.length > 1;
  if (c === ')' || c === ',') return arg.length > 1 ? false : !leading;
  if (c === '!' || c === '(') return arg.length === 1;
  return false;
}

const PUNCT: Record<string, Pick<Pred, 'type' | 'prec' | 'op'>> = {
  '(': { type: 'open', prec: NO_PREC },
  ')': { type: 'close', prec: NO_PREC },
  ',': { type: 'bi', prec: COMMA_PREC, op: 'comma' },
  a: { type: 'bi', prec: AND_PREC, op: 'and' },
  and: { type: 'bi', prec: AND_PREC, op: 'and' },
  o: { type: 'bi', prec: OR_PREC, op: 'or' },
  or: { type: 'bi', prec: OR_PREC, op: 'or' },
  '!': { type: 'uni', prec: NEGATE_PREC, op: 'not' },
  not: { type: 'uni', prec: NEGATE_PREC, op: 'not' },
};

export interface Parsed {
  starts: string[];
  tree: Pred;
  list: Pred[];
}

/** build_expression_tree: `args` start after the leading options (-H -L -P -D -O). */
export function buildTree(args: string[], env: ParseEnv): Parsed {
  const opts: Options = env.opts;
  let i = 0;
  const starts: string[] = [];
  for (; i < args.length && !looksLikeExpression(args[i], true); i++) starts.push(args[i]);
  env.starts = starts;
  const list: Pred[] = [];
  const last = () => list[list.length - 1];
  let firstNonOption: string | null = null;
  /** get_new_pred_chk_op: -a where a primary, `!` or `(` follows a primary or `)` */
  const add = (p: Pred) => {
    if ((p.type === 'prim' || p.type === 'uni' || p.type === 'open') && list.length && (last().type === 'prim' || last().type === 'close'))
      list.push({ type: 'bi', prec: AND_PREC, op: 'and', name: '-a' });
    list.push(p);
    return p;
  };
  add({ type: 'open', prec: NO_PREC, name: '(', artificial: true });
  const found = (name: string, kind: Kind) => {
    if (kind === 'option') {
      if (firstNonOption !== null && opts.warnings)
        env.warn(
          `warning: you have specified the global option ${name} after the argument ${firstNonOption}, but global options are not positional, i.e., ${name} affects tests specified before it as well as those specified after it.  Please specify global options before other arguments.`,
        );
    } else if (kind !== 'posopt' && firstNonOption === null) firstNonOption = name;
  };
  while (i < args.length) {
    const a = args[i];
    if (!looksLikeExpression(a, false)) {
      let text = `paths must precede expression: \`${a}'`;
      if (env.exists(a)) text += `\nfind: possible unquoted pattern after predicate \`${last().name}'?`;
      throw new FindError(text);
    }
    const key = /^-newer..$/.test(a) ? '-newerXY' : a.startsWith('-') ? a.slice(1) : a;
    if (Object.hasOwn(PUNCT, key)) {
      found(a, 'punct');
      add({ ...PUNCT[key], name: a });
      i++;
      continue;
    }
    const prim = Object.hasOwn(PRIMARIES, key) ? PRIMARIES[key] : undefined;
    if (!prim) throw new FindError(`unknown predicate \`${a}'`);
    found(a, prim.kind);
    const at = key === '-newerXY' ? i : i + 1;
    const r = prim.parse(args, at, a, env);
    if (typeof r === 'number' || r === 'missing' || r === 'invalid') {
      if (r === 'missing' || (typeof r === 'number' && r >= args.length)) throw new FindError(`missing argument to \`${a}'`);
      const bad = typeof r === 'number' ? args[r] : args[at];
      throw new FindError(`invalid argument \`${bad}' to \`${a}'`);
    }
    const p = add({ type: 'prim', prec: NO_PREC, name: a, ...r.pred });
    i = r.next;
    void p;
  }
  // parse_end_user_args, then -print where nothing the user gave prints
  const user = list.slice(1);
  let preds: Pred[];
  if (!user.length) preds = [{ type: 'prim', prec: NO_PREC, name: '-print', ...PRINT(env) }];
  else if (!user.every((p) => !p.noDefaultPrint)) preds = user;
  else {
    list.push({ type: 'close', prec: NO_PREC, name: ')', artificial: true });
    list.push({ type: 'bi', prec: AND_PREC, op: 'and', name: '-a' });
    list.push({
      type: 'prim',
      prec: NO_PREC,
      name: '-print',
      artificial: true,
      ...PRINT(env),
    });
    preds = list;
  }
  // check_option_combinations
  if (preds.some((p) => p.isPrune) && preds.some((p) => p.isDelete) && !opts.explicitDepth)
    throw new FindError(
      'The -delete action automatically turns on -depth, but -prune does nothing when -depth is in effect.  If you want to carry on anyway, just explicitly use the -depth option.',
    );
  const input = { list: preds, pos: 0 };
  const tree = getExpr(input, NO_PREC, null);
  if (input.pos < preds.length) {
    const p = preds[input.pos];
    if (p.type === 'close') throw new FindError("you have too many ')'");
    throw new FindError(`unexpected extra predicate '${p.name}'`);
  }
  return { starts, tree, list: preds };
}

/** The -print find adds (parse_print). */
const PRINT = (env: ParseEnv): Partial<Pred> => (PRIMARIES.print.parse([], 0, '-print', env) as { pred: Partial<Pred> }).pred;

interface Input {
  list: Pred[];
  pos: number;
}

/** get_expr (tree.c). */
function getExpr(input: Input, prevPrec: number, prev: Pred | null): Pred {
  const cur = input.list[input.pos];
  if (!cur) throw new FindError('invalid expression');
  let next: Pred;
  switch (cur.type) {
    case 'bi':
      throw new FindError(`invalid expression; you have used a binary operator '${cur.name}' with nothing before it.`);
    case 'close':
      if (prev && (prev.type === 'uni' || prev.type === 'bi') && !cur.artificial) throw new FindError(`expected an expression between '${prev.name}' and ')'`);
      if (cur.artificial) throw new FindError(`expected an expression after '${prev?.name ?? ''}'`);
      throw new FindError("invalid expression; you have too many ')'");
    case 'prim':
      next = cur;
      input.pos++;
      break;
    case 'uni':
      next = { ...cur };
      input.pos++;
      next.right = getExpr(input, NEGATE_PREC, cur);
      break;
    case 'open': {
      const after = input.list[input.pos + 1];
      if (!after || after.artificial)
        throw new FindError(`invalid expression; expected to find a ')' but didn't see one. Perhaps you need an extra predicate after '${cur.name}'`);
      input.pos++;
      if (input.list[input.pos].type === 'close') throw new FindError('invalid expression; empty parentheses are not allowed.');
      next = getExpr(input, NO_PREC, cur);
      if (input.pos >= input.list.length || input.list[input.pos].type !== 'close')
        throw new FindError("invalid expression; I was expecting to find a ')' somewhere but did not see one.");
      input.pos++;
      break;
    }
  }
  if (input.pos >= input.list.length) return next;
  if (input.list[input.pos].prec > prevPrec) next = scanRest(input, next, prevPrec);
  return next;
}

/** scan_rest (tree.c). */
function scanRest(input: Input, head: Pred, prevPrec: number): Pred {
  const first = input.list[input.pos];
  if (!first || first.type === 'close') throw new FindError('invalid expression');
  let tree = head;
  while (input.pos < input.list.length && input.list[input.pos].prec > prevPrec) {
    const cur = input.list[input.pos];
    if (cur.type === 'close') return tree;
    if (cur.type !== 'bi') throw new FindError('invalid expression');
    const node: Pred = { ...cur, left: tree };
    input.pos++;
    node.right = getExpr(input, cur.prec, cur);
    tree = node;
  }
  return tree;
}
