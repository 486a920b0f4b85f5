// tparm() of ncurses 6.2 (ncurses/tinfo/lib_tparm.c, tparam_internal): the terminfo parameter language. Numbers
// and strings on a stack, %p1..%p9, %P/%g variables, %'c' and %{n} constants, arithmetic, logic, %i, and
// %? %t %e %; conditionals; %d %o %x %X %s %c with printf flags, width and precision.
type Item = number | string;

const statics: number[] = new Array(26).fill(0);

function format(spec: string, conv: string, v: Item): string {
  const m = /^:?([-+# ]*)(\d*)(?:\.(\d+))?$/.exec(spec) ?? ['', '', '', undefined];
  const flags = m[1];
  const width = m[2] ? Number(m[2]) : 0;
  const prec = m[3] !== undefined ? Number(m[3]) : undefined;
  let s: string;
  if (conv === 's') {
    s = String(v);
    if (prec !== undefined) s = s.slice(0, prec);
  } else {
    const n = typeof v === 'number' ? v | 0 : 0;
    const abs = Math.abs(n);
    s = conv === 'o' ? abs.toString(8) : conv === 'x' ? abs.toString(16) : conv === 'X' ? abs.toString(16).toUpperCase() : String(abs);
    if (prec !== undefined) s = s.padStart(prec, '0');
    if (flags.includes('#') && n !== 0) s = (conv === 'o' ? '0' : conv === 'x' ? '0x' : conv === 'X' ? '0X' : '') + s;
    if (n < 0 && conv === 'd') s = '-' + s;
    else if (conv === 'd' && flags.includes('+')) s = '+' + s;
    else if (conv === 'd' && flags.includes(' ')) s = ' ' + s;
  }
  return flags.includes('-') ? s.padEnd(width) : s.padStart(width);
}

/** The string with its parameters expanded (params: numbers, or strings where the capability takes them). */
export function tparm(cap: string, params: Item[]): string {
  const p: Item[] = [...params];
  while (p.length < 9) p.push(0);
  const stack: Item[] = [];
  const dyn: number[] = new Array(26).fill(0);
  const npop = () => {
    const v = stack.pop();
    return typeof v === 'number' ? v : 0;
  };
  const spop = () => {
    const v = stack.pop();
    return typeof v === 'string' ? v : '';
  };
  let out = '';
  let incremented = false;
  const skipTo = (i: number, alsoElse: boolean): number => {
    let level = 0;
    while (i < cap.length) {
      if (cap[i] === '%') {
        i++;
        if (cap[i] === '?') level++;
        else if (cap[i] === ';') {
          if (level > 0) level--;
          else return i;
        } else if (alsoElse && cap[i] === 'e' && level === 0) return i;
      }
      if (i < cap.length) i++;
    }
    return i;
  };
  for (let i = 0; i < cap.length; i++) {
    if (cap[i] !== '%') {
      out += cap[i];
      continue;
    }
    i++;
    // parse_format(): '-' and '+' are flags only after ':' (else they are the operators)
    const f = /^((?::[-+# ]*|[# ]*)\d*(?:\.\d+)?)([doxXs])/.exec(cap.slice(i));
    if (f) {
      i += f[0].length - 1;
      out += format(f[1], f[2], f[2] === 's' ? spop() : npop());
      continue;
    }
    const c = cap[i];
    switch (c) {
      case '%':
        out += '%';
        break;
      case 'c':
        out += String.fromCharCode(npop() & 0xff);
        break;
      case 'l':
        stack.push(spop().length);
        break;
      case 'p': {
        const k = cap.charCodeAt(++i) - 0x31;
        if (k >= 0 && k < 9) stack.push(p[k]);
        break;
      }
      case 'P': {
        const v = cap[++i];
        if (/[A-Z]/.test(v)) statics[v.charCodeAt(0) - 65] = npop();
        else if (/[a-z]/.test(v)) dyn[v.charCodeAt(0) - 97] = npop();
        break;
      }
      case 'g': {
        const v = cap[++i];
        if (/[A-Z]/.test(v)) stack.push(statics[v.charCodeAt(0) - 65]);
        else if (/[a-z]/.test(v)) stack.push(dyn[v.charCodeAt(0) - 97]);
        break;
      }
      case "'":
        stack.push(cap.charCodeAt(++i));
        i++;
        break;
      case '{': {
        let n = 0;
        while (/\d/.test(cap[i + 1] ?? '')) n = n * 10 + Number(cap[++i]);
        if (cap[i + 1] === '}') i++;
        stack.push(n);
        break;
      }
      case '+':
      case '*':
      case '&':
      case '|':
      case '^': {
        const y = npop();
        const x = npop();
        stack.push(c === '+' ? (x + y) | 0 : c === '*' ? Math.imul(x, y) : c === '&' ? x & y : c === '|' ? x | y : x ^ y);
        break;
      }
      case '-':
      case '/':
      case 'm':
      case 'A':
      case 'O':
      case '=':
      case '<':
      case '>': {
        const y = npop();
        const x = npop();
        const r = { '-': x - y, '/': y ? Math.trunc(x / y) : 0, m: y ? x % y : 0, A: +(!!y && !!x), O: +(!!y || !!x), '=': +(x === y), '<': +(x < y), '>': +(x > y) }[c];
        stack.push(r);
        break;
      }
      case '!':
        stack.push(+!npop());
        break;
      case '~':
        stack.push(~npop());
        break;
      case 'i':
        if (!incremented) {
          incremented = true;
          if (typeof p[0] === 'number') p[0]++;
          if (typeof p[1] === 'number') p[1]++;
        }
        break;
      case 't':
        if (!npop()) i = skipTo(i + 1, true);
        break;
      case 'e':
        i = skipTo(i + 1, false);
        break;
      default:
        break;
    }
  }
  return out;
}
