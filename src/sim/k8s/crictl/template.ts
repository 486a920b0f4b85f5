// crictl's `-o go-template --template T` (cmd/crictl/templates.go tmplExecuteRawJSON): Go's text/template over the
// decoded JSON with missingkey=error and the functions json, title, lower, upper. The subset here: text, field
// chains `{{.a.b}}`, `{{.}}`, one function applied to a chain (`{{json .info.config}}`), printed as Go's fmt %v
// prints decoded JSON (maps as map[k:v] with sorted keys, slices as [a b], null as <nil>).
/* eslint-disable @typescript-eslint/no-explicit-any */

const NAME = 'tmplExecuteRawJSON';

/** fmt's %v of a value json.Decoder produced (UseNumber: numbers print as written) */
function goValue(v: any): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return '[' + v.map(goValue).join(' ') + ']';
  if (typeof v === 'object') return 'map[' + Object.keys(v).sort().map((k) => `${k}:${goValue(v[k])}`).join(' ') + ']';
  return String(v);
}

/** json.Encoder.Encode: compact, HTML characters escaped, a newline after */
const goJsonLine = (v: any) => JSON.stringify(v ?? null).replace(/[<>&]/g, (c) => (c === '<' ? '\\u003c' : c === '>' ? '\\u003e' : '\\u0026')) + '\n';

const FUNCS: Record<string, (v: any) => string> = {
  json: goJsonLine,
  lower: (v) => goValue(v).toLowerCase(),
  upper: (v) => goValue(v).toUpperCase(),
  title: (v) => goValue(v).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, a, b) => a + b.toUpperCase()),
};

/** the template's output, or the error crictl wraps */
export function executeTemplate(tmpl: string, data: any): { out: string } | { error: string } {
  let out = '';
  let i = 0;
  while (i < tmpl.length) {
    const open = tmpl.indexOf('{{', i);
    if (open < 0) {
      out += tmpl.slice(i);
      break;
    }
    out += tmpl.slice(i, open);
    const close = tmpl.indexOf('}}', open + 2);
    const line = tmpl.slice(0, open).split('\n').length;
    if (close < 0) return { error: `failed to generate go-template: template: ${NAME}:${line}: unclosed action` };
    const inner = tmpl.slice(open + 2, close).trim();
    const words = inner.split(/\s+/).filter(Boolean);
    const fn = words.length === 2 && FUNCS[words[0]] ? words[0] : null;
    const chain = fn ? words[1] : words[0];
    if (words.length === 0) return { error: `failed to generate go-template: template: ${NAME}:${line}: missing value for command` };
    if (!chain.startsWith('.') || (words.length > 1 && !fn)) {
      const name = /^[A-Za-z_]\w*$/.test(words[0]) ? words[0] : chain;
      return { error: `failed to generate go-template: template: ${NAME}:${line}: function "${name}" not defined` };
    }
    let v: any = data;
    const keys = chain === '.' ? [] : chain.slice(1).split('.');
    for (let k = 0; k < keys.length; k++) {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        return { error: `failed to template data: template: ${NAME}:${line}:${open + 2 - (tmpl.lastIndexOf('\n', open) + 1)}: executing "${NAME}" at <${chain}>: can't evaluate field ${keys[k]} in type ${Array.isArray(v) ? '[]interface {}' : 'interface {}'}` };
      }
      if (!(keys[k] in v)) {
        return { error: `failed to template data: template: ${NAME}:${line}:${open + 2 - (tmpl.lastIndexOf('\n', open) + 1)}: executing "${NAME}" at <${chain}>: map has no entry for key "${keys[k]}"` };
      }
      v = v[keys[k]];
    }
    out += fn ? FUNCS[fn](v) : goValue(v);
    i = close + 2;
  }
  return { out };
}
