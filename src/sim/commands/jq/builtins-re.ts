// jq 1.6's regular expression builtins (builtin.jq's match, test, capture, scan, splits, split/2, sub, gsub over
// builtin.c's _match_impl) and the remaining small ones (IN, INDEX, combinations, input, inputs, debug).
import { B, fN, g, np, vals, type Arg } from './builtins';
import type { Interp } from './interp';
import { iterate } from './ops';
import { captureObject, format, matches } from './strings';
import { desc, dump, equal, fail, JqError, kind, obj, type Value } from './values';

// regular expressions
function* reArgs(ip: Interp, a: Arg[], v: Value): Generator<[Value, Value]> {
  if (a.length === 2) {
    for (const flags of vals(ip, a[1], v)) for (const re of vals(ip, a[0], v)) yield [re, flags];
    return;
  }
  for (const x of vals(ip, a[0], v)) {
    if (typeof x === 'string') yield [x, null];
    else if (Array.isArray(x) && x.length > 0) yield [x[0], x.length > 1 ? x[1] : null];
    else fail(`${kind(x)} not a string or array`);
  }
}
for (const n of [1, 2]) {
  g('test', n, function* (ip, a, v, p) {
    for (const [re, fl] of reArgs(ip, a, v)) yield [matches(v as string, re, fl).length > 0, np(p)];
  });
  g('match', n, function* (ip, a, v, p) {
    for (const [re, fl] of reArgs(ip, a, v)) for (const m of matches(v as string, re, fl)) yield [m, np(p)];
  });
  g('capture', n, function* (ip, a, v, p) {
    for (const [re, fl] of reArgs(ip, a, v)) for (const m of matches(v as string, re, fl)) yield [captureObject(m), np(p)];
  });
  g('splits', n, function* (ip, a, v, p) {
    if (typeof v !== 'string') fail(`${desc(v)} cannot be matched, as it is not a string`);
    const fl = n === 2 ? [...vals(ip, a[1], v)][0] : null;
    for (const re of vals(ip, a[0], v)) for (const s of splitRe(v as string, re, fl)) yield [s, np(p)];
  });
}
function splitRe(s: string, re: Value, fl: Value): string[] {
  const cps = [...s];
  const ms = matches(s, re, 'g' + ((fl as string | null) ?? ''));
  const out: string[] = [];
  let at = 0;
  for (const m of ms) {
    const mm = m as Map<string, number>;
    out.push(cps.slice(at, mm.get('offset')).join(''));
    at = mm.get('offset')! + mm.get('length')!;
  }
  out.push(cps.slice(at).join(''));
  return out;
}
g('split', 2, function* (ip, a, v, p) {
  for (const fl of vals(ip, a[1], v)) for (const re of vals(ip, a[0], v)) yield [splitRe(v as string, re, fl), np(p)];
});
g('scan', 1, function* (ip, a, v, p) {
  for (const re of vals(ip, a[0], v))
    for (const m of matches(v as string, re, 'g')) {
      const caps = (m as Map<string, Value>).get('captures') as Value[];
      yield [caps.length ? caps.map((c) => (c as Map<string, Value>).get('string')!) : (m as Map<string, Value>).get('string')!, np(p)];
    }
});
function* subst(ip: Interp, s: string, re: Value, repl: Arg, flags: string, global: boolean, depth = 0): Generator<string> {
  const [m] = matches(s, re, flags);
  if (!m || depth > 10000) {
    yield s;
    return;
  }
  const mm = m as Map<string, Value>;
  const cps = [...s];
  const off = mm.get('offset') as number;
  const end = off + (mm.get('length') as number);
  const rest = cps.slice(end).join('');
  for (const r of vals(ip, repl, captureObject(m))) {
    if (typeof r !== 'string') fail(`${desc(cps.slice(0, off).join(''))} and ${desc(r)} cannot be added`);
    const tails = rest.length && global && end > 0 ? [...subst(ip, rest, re, repl, flags, global, depth + 1)] : [rest];
    for (const t of tails) yield cps.slice(0, off).join('') + r + t;
  }
}
for (const [name, n, glob] of [['sub', 2, false], ['sub', 3, false], ['gsub', 2, true], ['gsub', 3, true]] as const)
  g(name, n, function* (ip, a, v, p) {
    if (typeof v !== 'string') fail(`${desc(v)} cannot be matched, as it is not a string`);
    const fls = n === 3 ? [...vals(ip, a[2], v)] : [''];
    for (const fl of fls)
      for (const re of vals(ip, a[0], v)) {
        const f = String(fl ?? '');
        const global = glob || f.includes('g');
        for (const s of subst(ip, v as string, re, a[1], f.replace(/g/g, ''), global)) yield [s, np(p)];
      }
  });
fN('format', 1, (v, f) => format(f as string, v));
g('IN', 1, function* (ip, a, v, p) {
  let r = false;
  for (const x of vals(ip, a[0], v)) if (equal(x, v)) r = true;
  yield [r, np(p)];
});
g('IN', 2, function* (ip, a, v, p) {
  let r = false;
  for (const x of vals(ip, a[0], v)) for (const y of vals(ip, a[1], v)) if (equal(x, y)) r = true;
  yield [r, np(p)];
});
g('INDEX', 2, function* (ip, a, v, p) {
  const o = obj();
  for (const row of vals(ip, a[0], v))
    for (const k of vals(ip, a[1], row)) o.set(typeof k === 'string' ? k : dump(k, { indent: 0 }), row);
  yield [o, np(p)];
});
g('INDEX', 1, function* (ip, a, v, p) {
  const o = obj();
  for (const [, row] of iterate(v)) for (const k of vals(ip, a[0], row)) o.set(typeof k === 'string' ? k : dump(k, { indent: 0 }), row);
  yield [o, np(p)];
});
g('combinations', 0, function* (_ip, _a, v, p) {
  function* go(i: number, acc: Value[]): Generator<Value[]> {
    const arr = v as Value[][];
    if (i >= arr.length) {
      yield acc;
      return;
    }
    for (const x of arr[i]) yield* go(i + 1, [...acc, x]);
  }
  for (const c of go(0, [])) yield [c, np(p)];
});
g('input_filename', 0, function* (ip, _a, _v, p) {
  yield [ip.inputName(), np(p)];
});
g('debug', 0, function* (ip, _a, v, p) {
  ip.debug(v);
  yield [v, p];
});
g('stderr', 0, function* (ip, _a, v, p) {
  ip.debug(v, true);
  yield [v, p];
});
g('input', 0, function* (ip, _a, _v, p) {
  yield [ip.input(), np(p)];
});
g('inputs', 0, function* (ip, _a, _v, p) {
  for (;;) {
    let x: Value;
    try {
      x = ip.input();
    } catch (e) {
      if (e instanceof JqError && e.value === 'break') return;
      throw e;
    }
    yield [x, np(p)];
  }
});


export const ALL_BUILTINS = B;
