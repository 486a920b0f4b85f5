/** `kubectl explain --output=plaintext-openapiv2`: the client's older renderer (k8s.io/kubectl v0.28.15 pkg/explain,
 *  unchanged in v0.29) over the server's OpenAPI v2 document, as kube-openapi's pkg/util/proto models it. The v2
 *  document carries the same definitions as the v3 ones, with a reference and its siblings side by side where v3
 *  wraps the reference in an allOf; so the models are read from the v3 schemas with that undone. */
import type { OpenAPIDoc } from './render';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Schema = Record<string, any>;

interface Base {
  description: string;
}
type Model =
  | (Base & { t: 'ref'; ref: string })
  | (Base & { t: 'kind'; fields: Record<string, Schema>; required: string[] })
  | (Base & { t: 'map'; sub: Schema | null })
  | (Base & { t: 'array'; sub: Schema })
  | (Base & { t: 'primitive'; type: string })
  | (Base & { t: 'arbitrary' });

const PREFIX = '#/components/schemas/';

/** a v3 schema as the v2 document has it: allOf: [{$ref}] with siblings back to a $ref with siblings */
function asV2(s: Schema): Schema {
  if (Array.isArray(s.allOf) && s.allOf.length === 1 && s.allOf[0].$ref && !s.$ref) {
    const { allOf, ...rest } = s;
    return { ...rest, $ref: allOf[0].$ref };
  }
  return s;
}

/** Definitions.ParseSchema */
function parse(raw: Schema): Model {
  const s = asV2(raw ?? {});
  const description = typeof s.description === 'string' ? s.description : '';
  if (s.$ref) return { t: 'ref', description, ref: String(s.$ref).slice(PREFIX.length) };
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  if (!type) return s.properties ? { t: 'kind', description, fields: s.properties, required: s.required ?? [] } : { t: 'arbitrary', description };
  if (type === 'object') {
    if (s.properties) return { t: 'kind', description, fields: s.properties, required: s.required ?? [] };
    return { t: 'map', description, sub: s.additionalProperties && typeof s.additionalProperties === 'object' ? s.additionalProperties : null };
  }
  if (type === 'array') return { t: 'array', description, sub: s.items ?? {} };
  return { t: 'primitive', description, type };
}

/** Formatter.wrapString: words joined into lines of at most `wrap` characters; indented lines, blank lines, bullets
 *  and lines after a colon start anew */
export function wrapV2(str: string, wrap: number): string[] {
  const wrapped: string[] = [];
  let words: string[] = [];
  let lastWord = '';
  const len = (w: string[]) => w.join(' ').length;
  const add = (word: string) => {
    const next = [...words, word];
    if (len(next) <= wrap || words.length === 0) {
      words = next;
      return true;
    }
    return false;
  };
  const flush = () => {
    if (words.length) {
      lastWord = '';
      wrapped.push(words.join(' '));
      words = [];
    }
  };
  const bullet = /^(\d+\.?|-|\*)\s/;
  const startsNew = (last: string, line: string) => {
    if (last.endsWith(':')) return true;
    if (line.startsWith('    ')) return true;
    const t = line.trim();
    return !t.length || bullet.test(t);
  };
  for (const line of str.split('\n')) {
    if (line.startsWith('    ')) {
      flush();
      wrapped.push(line);
      continue;
    }
    if (wrapped.length > 0 && !line.trim().length) {
      flush();
      wrapped.push('');
      continue;
    }
    if (startsNew(lastWord, line)) flush();
    for (const word of line.split(/[ \t\n\v\f\r\u0085\u00a0]+/).filter(Boolean)) {
      lastWord = word;
      if (!add(word)) {
        flush();
        add(word);
      }
    }
  }
  flush();
  return wrapped;
}

export interface GVK {
  group: string;
  version: string;
  kind: string;
}
const gvString = (g: GVK) => (g.group ? `${g.group}/${g.version}` : g.version);

/** PrintModelDescription of the definition whose x-kubernetes-group-version-kind is `gvk`, or the client's error */
export function renderExplainV2(doc: OpenAPIDoc | undefined, gvk: GVK, fieldPath: string[], recursive: boolean): { out: string; err?: string } {
  const schemas = doc?.components.schemas ?? {};
  const name = Object.keys(schemas)
    .sort()
    .find((n) => (schemas[n]['x-kubernetes-group-version-kind'] ?? []).some((x: GVK) => x.group === gvk.group && x.version === gvk.version && x.kind === gvk.kind));
  if (!name) return { out: '', err: `error: couldn't find resource for "${gvString(gvk)}, Kind=${gvk.kind}"` };
  const model = (ref: string) => parse(schemas[ref]);
  const sub = (m: Model): Model => (m.t === 'ref' ? model(m.ref) : m.t === 'array' ? parse(m.sub) : parse((m as { sub: Schema | null }).sub ?? {}));

  const typeName = (m: Model): string => {
    switch (m.t) {
      case 'array':
        return `[]${typeName(parse(m.sub))}`;
      case 'kind':
        return 'Object';
      case 'map':
        return `map[string]${m.sub ? typeName(parse(m.sub)) : ''}`;
      case 'primitive':
        return m.type;
      case 'ref':
        return typeName(model(m.ref));
      default:
        return '';
    }
  };

  // LookupSchemaForField
  let cur: Model = model(name);
  let path = [...fieldPath];
  for (;;) {
    if (cur.t === 'primitive' || cur.t === 'arbitrary') break;
    if (!path.length) break;
    if (cur.t === 'kind') {
      const f = cur.fields[path[0]];
      if (!f) return { out: '', err: `error: field "${path[0]}" does not exist` };
      path = path.slice(1);
      cur = parse(f);
      continue;
    }
    cur = cur.t === 'map' && !cur.sub ? { t: 'arbitrary', description: cur.description } : sub(cur);
  }

  // PrintModel
  const fieldName = fieldPath.length ? fieldPath[fieldPath.length - 1] : '';
  let out = '';
  const write = (indent: number, s: string) => (out += s === '' ? '\n' : ' '.repeat(indent) + s + '\n');
  const wrapped = (indent: number, s: string) => {
    for (const l of wrapV2(s, 80 - indent)) write(indent, l);
  };
  const head = () => {
    write(0, `KIND:     ${gvk.kind}`);
    write(0, `VERSION:  ${gvString(gvk)}\n`);
  };
  const descriptions: string[] = [];
  const printDescription = (m: Model) => {
    write(0, 'DESCRIPTION:');
    let empty = true;
    [...descriptions, m.description].forEach((d, i) => {
      if (!d) return;
      empty = false;
      if (i !== 0) write(0, '');
      wrapped(5, d);
    });
    if (empty) wrapped(5, '<empty>');
  };
  const seen = new Set<string>();
  const fields = (m: Model, indent: number): void => {
    if (m.t === 'array') return fields(parse(m.sub), indent);
    if (m.t === 'map') return m.sub ? fields(parse(m.sub), indent) : undefined;
    if (m.t === 'ref') {
      if (recursive) {
        if (seen.has(m.ref)) return;
        seen.add(m.ref);
        fields(model(m.ref), indent);
        seen.delete(m.ref);
        return;
      }
      return fields(model(m.ref), indent);
    }
    if (m.t !== 'kind') return;
    for (const key of Object.keys(m.fields).sort()) {
      const f = parse(m.fields[key]);
      if (recursive) {
        write(indent, `${key}\t<${typeName(f)}>`);
        fields(f, indent + 3);
      } else {
        write(indent, `${key}\t<${typeName(f)}>${m.required.includes(key) ? ' -required-' : ''}`);
        wrapped(indent + 2, f.description);
        write(0, '');
      }
    }
  };
  let type = '';
  for (;;) {
    if (cur.t === 'array' || cur.t === 'map') {
      descriptions.push(cur.description);
      type ||= typeName(cur);
      // a map without a value schema holds an Arbitrary with the map's own description
      if (cur.t === 'map' && !cur.sub) {
        cur = { t: 'arbitrary', description: cur.description };
        continue;
      }
      cur = sub(cur);
      continue;
    }
    if (cur.t === 'ref') {
      descriptions.push(cur.description);
      cur = model(cur.ref);
      continue;
    }
    break;
  }
  head();
  if (cur.t === 'kind') {
    type ||= typeName(cur);
    if (fieldName) write(0, `RESOURCE: ${fieldName} <${type}>\n`);
    printDescription(cur);
    write(0, '\nFIELDS:');
    fields(cur, 3);
  } else if (cur.t === 'primitive') {
    type ||= typeName(cur);
    write(0, `FIELD:    ${fieldName} <${type}>\n`);
    printDescription(cur);
  } else printDescription(cur);
  return { out };
}
