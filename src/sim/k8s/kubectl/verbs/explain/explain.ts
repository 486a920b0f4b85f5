/** `kubectl explain RESOURCE[.field…]`: find the resource as kubectl's REST mapper does, then render its schema. */
import { renderExplain, gvrString, type GVR, type OpenAPIDoc } from './render';
import { renderExplainV2 } from './v2';

export interface ExplainResource {
  name: string;
  singular: string;
  short: string[];
  group: string;
  version: string;
  /** the kind discovery gives (the OpenAPI v2 renderer looks the definition up by it) */
  kind?: string;
}
export interface ExplainOptions {
  apiVersion?: string;
  recursive?: boolean;
  /** --output: the template's name */
  output?: string;
}
export interface ExplainResult {
  out: string;
  err: string;
  code: number;
}

const failed = (err: string, out = ''): ExplainResult => ({ out, err: err.endsWith('\n') ? err : err + '\n', code: 1 });

/** where the client looks: the resource's group-version and the field path, or the error that stops it first */
export function explainTarget(args: string[], o: ExplainOptions, resources: ExplainResource[]): { gvr: GVR; fields: string[]; kind: string } | ExplainResult {
  if (!args.length) return failed('error: You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n');
  if (args.length > 1) return failed('error: We accept only this format: explain RESOURCE\n');
  const input = args[0].replace(/\.$/, '');
  const [first, ...rest] = input.split('.');
  const want = first.toLowerCase();
  const matches = resources.filter((r) => r.name === want || r.singular === want || r.short.includes(want));
  if (!matches.length) return failed(`the server doesn't have a resource type "${first}"`);
  let gvr = { group: matches[0].group, version: matches[0].version, resource: matches[0].name };
  let kind = matches[0].kind ?? '';
  let fields = rest;
  if (o.apiVersion) {
    const [g, v] = o.apiVersion.includes('/') ? o.apiVersion.split('/', 2) : ['', o.apiVersion];
    gvr = { ...gvr, group: g, version: v };
  } else {
    // a group-qualified name (deployments.apps.spec) picks that group; the rest is the field path
    for (const m of matches) {
      const gr = m.group ? `${m.name}.${m.group}` : m.name;
      if (!input.startsWith(gr)) continue;
      const suffix = input.slice(gr.length);
      gvr = { group: m.group, version: m.version, resource: m.name };
      kind = m.kind ?? '';
      fields = suffix ? (suffix.startsWith('.') ? suffix.slice(1).split('.') : suffix.split('.').slice(1)) : [];
      break;
    }
  }
  return { gvr, fields, kind };
}

/** the group-version document explain will read ("api/v1", "apis/apps/v1"), if it gets that far */
export function explainGroupVersion(args: string[], o: ExplainOptions, resources: ExplainResource[]): string | undefined {
  const t = explainTarget(args, o, resources);
  return 'gvr' in t ? gvPathOf(t.gvr) : undefined;
}

const gvPathOf = (g: GVR) => (g.group ? `apis/${g.group}/${g.version}` : `api/${g.version}`);

/** `docFor` gives the server's document of a group-version ("api/v1", "apis/apps/v1"), or undefined when it has none;
 *  with `v2`, its definitions as the OpenAPI v2 document has them */
export function explain(args: string[], o: ExplainOptions, resources: ExplainResource[], docFor: (groupVersion: string, v2?: boolean) => OpenAPIDoc | undefined): ExplainResult {
  const t = explainTarget(args, o, resources);
  if (!('gvr' in t)) return t;
  const { gvr, fields } = t;
  // the older renderer reads the OpenAPI v2 document: the definition of the resource's kind at that group-version
  if (o.output === 'plaintext-openapiv2') {
    const r = renderExplainV2(docFor(gvPathOf(gvr), true), { group: gvr.group, version: gvr.version, kind: t.kind }, fields, !!o.recursive);
    return r.err ? failed(r.err, r.out) : { out: r.out, err: '', code: 0 };
  }
  const doc = docFor(gvPathOf(gvr));
  if (!doc) return failed(`error: couldn't find resource for "${gvrString(gvr)}"`);
  if (o.output && o.output !== 'plaintext' && o.output !== 'plaintext-openapiv2') return failed(`error: unrecognized format: ${o.output}`);
  const r = renderExplain(doc, gvr, fields, !!o.recursive);
  return r.err ? failed(r.err, r.out) : { out: r.out, err: '', code: 0 };
}
