// dc's two readers (dc/eval.c): evalStr runs a string (a macro, -e EXPR) as evalstr() does, a string that ends in
// x or a register test being replaced in place (tail_depth); evalFile runs standard input or a file as
// dc_evalfile() does, and 'unexpected EOF' ends it with failure.
import { getnum, type Datum } from './data';
import { DEPTH, Dc, EOF, St, STEPS } from './machine';

const code = (t: string, i: number) => (i < t.length ? t.charCodeAt(i) : EOF);
const skipPastEol = (t: string, i: number) => {
  const p = t.indexOf('\n', i);
  return p < 0 ? t.length : p + 1;
};

/** evalstr(): St.QUIT when a q or Q unwinds past it, St.OKAY otherwise. */
export function evalStr(dc: Dc, start: Datum): St {
  if (dc.depth >= DEPTH) {
    dc.steps = STEPS;
    return St.OKAY;
  }
  dc.depth++;
  try {
    return run(dc, start);
  } finally {
    dc.depth--;
  }
}

function run(dc: Dc, start: Datum): St {
  if (start.t !== 's') {
    dc.err('dc: eval called with non-string argument\n');
    return St.OKAY;
  }
  let str = start.v;
  let s = 0;
  let nextNeg = false;
  let tailDepth = 1;
  while (s < str.length && dc.steps < STEPS) {
    const c = str.charCodeAt(s++);
    const peekc = code(str, s);
    const neg = nextNeg;
    nextNeg = false;
    let r = dc.func(c, peekc, neg);
    if (r === St.EVALREG) {
      s++;
      const v = dc.regGet(peekc);
      if (!v) continue;
      dc.push(v);
      r = St.EVALTOS;
    }
    switch (r) {
      case St.EATONE:
        if (peekc !== EOF) s++;
        break;
      case St.EVALTOS: {
        while (s < str.length && ' \t\n#'.includes(str[s])) if (str[s++] === '#') s = skipPastEol(str, s);
        const v = dc.pop();
        if (!v) break;
        if (v.t === 'n') dc.push(v);
        else if (s === str.length) {
          str = v.v;
          s = 0;
          tailDepth++;
        } else if (evalStr(dc, v) === St.QUIT) {
          if (dc.unwindDepth > 0) {
            dc.unwindDepth--;
            return St.QUIT;
          }
          return St.OKAY;
        }
        break;
      }
      case St.QUIT:
        if (dc.unwindDepth >= tailDepth) {
          dc.unwindDepth -= tailDepth;
          return St.QUIT;
        }
        tailDepth -= dc.unwindDepth;
        break;
      case St.INT: {
        const n = getnum(str, s - 1, dc.ibase);
        dc.push({ t: 'n', v: n.v });
        s = n.pos;
        break;
      }
      case St.STR: {
        let count = 1;
        let p = s;
        for (; p < str.length && count > 0; p++) {
          if (str[p] === ']') count--;
          else if (str[p] === '[') count++;
        }
        dc.push({ t: 's', v: str.slice(s, count === 0 ? p - 1 : p) });
        s = p;
        break;
      }
      case St.SYSTEM:
        // the rest of the line is a shell command dc hands to system(); the simulator runs none (DIFFERENCES.md)
        s = skipPastEol(str, s);
        break;
      case St.COMMENT:
        s = skipPastEol(str, s);
        break;
      case St.NEGCMP:
        nextNeg = true;
        break;
      case St.EOF_ERROR:
        dc.err('dc: unexpected EOS\n');
        return St.OKAY;
    }
  }
  return St.OKAY;
}

/** dc_evalfile() over in.text from in.pos (standard input shares `in` with '?'): false when it failed or quit. */
export function evalFile(dc: Dc, input: { text: string; pos: number }): boolean {
  const t = input.text;
  let nextNeg = false;
  while (input.pos < t.length && dc.steps < STEPS) {
    const c = t.charCodeAt(input.pos++);
    const peekc = code(t, input.pos);
    const neg = nextNeg;
    nextNeg = false;
    let r = dc.func(c, peekc, neg);
    if (r === St.EVALREG) {
      input.pos++;
      const v = dc.regGet(peekc);
      if (!v) continue;
      dc.push(v);
      r = St.EVALTOS;
    }
    switch (r) {
      case St.EATONE:
        if (peekc !== EOF) input.pos++;
        break;
      case St.EVALTOS: {
        const v = dc.pop();
        if (!v) break;
        if (v.t === 'n') dc.push(v);
        else if (evalStr(dc, v) === St.QUIT) {
          if (!dc.unwindNoexit) return false;
          dc.err('dc: Q command argument exceeded string execution depth\n');
        }
        break;
      }
      case St.QUIT:
        if (!dc.unwindNoexit) return false;
        dc.err('dc: Q command argument exceeded string execution depth\n');
        break;
      case St.INT: {
        const n = getnum(t, input.pos - 1, dc.ibase);
        dc.push({ t: 'n', v: n.v });
        input.pos = n.pos;
        break;
      }
      case St.STR: {
        // dc_readstring(fp, '[', ']'): to the balancing ']', or to the end of the input
        let depth = 1;
        let p = input.pos;
        for (; p < t.length; p++) {
          if (t[p] === ']' && --depth < 1) break;
          if (t[p] === '[') depth++;
        }
        dc.push({ t: 's', v: t.slice(input.pos, p) });
        input.pos = Math.min(p + 1, t.length);
        break;
      }
      case St.SYSTEM:
      case St.COMMENT:
        input.pos = skipPastEol(t, input.pos);
        break;
      case St.NEGCMP:
        nextNeg = true;
        break;
      case St.EOF_ERROR:
        dc.err('dc: unexpected EOF\n');
        return false;
    }
  }
  return true;
}
