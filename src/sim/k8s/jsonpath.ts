/** kubectl's JSONPath (-o jsonpath, custom-columns): k8s.io/client-go/util/jsonpath's syntax and printing. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { goJson } from './gofmt';

type Seg = { field: string } | { index: number } | { all: true } | { filter: { path: string[]; op: string; value: string } | { path: string[]; exists: true } } | { recurse: string };

function parsePath(expr: string): Seg[] | string {
  const segs: Seg[] = [];
  let i = 0;
  let e = expr.trim();
  if (e.startsWith('$')) e = e.slice(1);
  while (i < e.length) {
    const c = e[i];
    if (c === '.') {
      if (e[i + 1] === '.') {
        const m = /^\.\.([\w-]+)/.exec(e.slice(i));
        if (!m) return 'bad recurse';
        segs.push({ recurse: m[1] });
        i += m[0].length;
        continue;
      }
      // client-go jsonpath parseField: up to a terminator, a backslash escaping the next character (`deployment\.kubernetes\.io/revision`)
      const m = /^\.((?:\\.|[^\s.,[\]$@{}\\])*)/.exec(e.slice(i));
      if (m![1]) segs.push({ field: m![1].replace(/\\(.)/g, '$1') });
      i += m![0].length;
    } else if (c === '[') {
      const close = e.indexOf(']', i);
      if (close < 0) return `unclosed array expect ]`;
      const inner = e.slice(i + 1, close);
      i = close + 1;
      if (inner === '*') segs.push({ all: true });
      else if (/^-?\d+$/.test(inner)) segs.push({ index: Number(inner) });
      else if (/^'.*'$|^".*"$/.test(inner)) segs.push({ field: inner.slice(1, -1) });
      else if (inner.startsWith('?(')) {
        const m = /^\?\(@((?:\.[\w-]+)+)\s*(==|!=)\s*['"]?([^'")]*)['"]?\)$/.exec(inner);
        if (m) segs.push({ filter: { path: m[1].slice(1).split('.'), op: m[2], value: m[3] } });
        else {
          const m2 = /^\?\(@((?:\.[\w-]+)+)\)$/.exec(inner);
          if (!m2) return `unrecognized filter ${inner}`;
          segs.push({ filter: { path: m2[1].slice(1).split('.'), exists: true } });
        }
      } else return `invalid array index ${inner}`;
    } else {
      const m = /^[\w-]+/.exec(e.slice(i));
      if (!m) return `unrecognized character in action: U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} '${c}'`;
      segs.push({ field: m[0] });
      i += m[0].length;
    }
  }
  return segs;
}

function evalPath(roots: any[], segs: Seg[]): any[] | string {
  let cur = roots;
  for (const s of segs) {
    const next: any[] = [];
    for (const v of cur) {
      if ('field' in s) {
        if (v && typeof v === 'object' && s.field in v) next.push(v[s.field]);
        else if (cur.length === 1 && !(v && typeof v === 'object')) return `${s.field} is not found`;
      } else if ('index' in s) {
        if (!Array.isArray(v)) continue;
        const idx = s.index < 0 ? v.length + s.index : s.index;
        if (idx >= v.length || idx < 0) return `array index out of bounds: index ${s.index}, length ${v.length}`;
        next.push(v[idx]);
      } else if ('all' in s) {
        if (Array.isArray(v)) next.push(...v);
        else if (v && typeof v === 'object') next.push(...Object.values(v));
      } else if ('filter' in s) {
        if (!Array.isArray(v)) continue;
        for (const x of v) {
          let y: any = x;
          for (const p of s.filter.path) y = y?.[p];
          if ('exists' in s.filter) {
            if (y !== undefined) next.push(x);
          } else if ((String(y) === s.filter.value) === (s.filter.op === '==')) if (y !== undefined || s.filter.op === '!=') next.push(x);
        }
      } else {
        const walk = (x: any) => {
          if (!x || typeof x !== 'object') return;
          if (!Array.isArray(x) && s.recurse in x) next.push(x[s.recurse]);
          for (const k of Object.keys(x)) walk(x[k]);
        };
        walk(v);
      }
    }
    cur = next;
  }
  return cur;
}

/** PrintResults: a map or list as json.Marshal writes it, anything else as fmt prints it */
function jsonpathValue(v: any): string {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return goJson(v);
  return String(v);
}

/** the values a JSONPath expression finds (custom columns), or the parse or execution error */
export function jsonpathValues(expr: string, data: any): any[] | string {
  const segs = parsePath(expr);
  if (typeof segs === 'string') return segs;
  return evalPath([data], segs);
}

/** kubectl's JSONPath template: `{.items[*].metadata.name}`, `{range .items[*]}...{end}`, literals, `{"\n"}`. */
export function jsonpath(template: string, data: any): { out: string } | { error: string } {
  const tokens: { text?: string; expr?: string }[] = [];
  let i = 0;
  while (i < template.length) {
    const o = template.indexOf('{', i);
    if (o < 0) {
      tokens.push({ text: template.slice(i) });
      break;
    }
    if (o > i) tokens.push({ text: template.slice(i, o) });
    const c = template.indexOf('}', o);
    if (c < 0) return { error: `error: error parsing jsonpath ${template}, unclosed action` };
    tokens.push({ expr: template.slice(o + 1, c).trim() });
    i = c + 1;
  }
  const run = (toks: typeof tokens, ctx: any): string | { error: string } => {
    let out = '';
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k];
      if (t.text !== undefined) {
        out += t.text;
        continue;
      }
      const e = t.expr!;
      if (/^".*"$|^'.*'$/.test(e)) {
        out += e.slice(1, -1).replace(/\\n/g, '\n').replace(/\\t/g, '\t');
        continue;
      }
      if (e.startsWith('range ')) {
        let depth = 1;
        let j = k + 1;
        for (; j < toks.length; j++) {
          if (toks[j].expr?.startsWith('range ')) depth++;
          if (toks[j].expr === 'end' && --depth === 0) break;
        }
        if (j >= toks.length) return { error: `error: error parsing jsonpath ${template}, not in range, nothing to end` };
        const segs = parsePath(e.slice(6));
        if (typeof segs === 'string') return { error: `error: error parsing jsonpath ${template}, ${segs}` };
        const items = evalPath([ctx], segs);
        if (typeof items === 'string') return { error: `error: error executing jsonpath "${template}": Error executing template: ${items}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${template}\n\tobject given to jsonpath engine was:\n\t\t${JSON.stringify(data)}\n\n` };
        for (const it of items) {
          const r = run(toks.slice(k + 1, j), it);
          if (typeof r !== 'string') return r;
          out += r;
        }
        k = j;
        continue;
      }
      if (e === 'end') return { error: `error: error parsing jsonpath ${template}, not in range, nothing to end` };
      const segs = parsePath(e.startsWith('@') ? e.slice(1) : e);
      if (typeof segs === 'string') return { error: `error: error parsing jsonpath ${template}, ${segs}` };
      const vals = evalPath([ctx], segs);
      if (typeof vals === 'string') return { error: `error: error executing jsonpath "${template}": Error executing template: ${vals}. Printing more information for debugging the template:\n\ttemplate was:\n\t\t${template}\n\tobject given to jsonpath engine was:\n\t\t${JSON.stringify(data)}\n\n` };
      out += vals.map(jsonpathValue).join(' ');
    }
    return out;
  };
  const r = run(tokens, data);
  return typeof r === 'string' ? { out: r } : r;
}
