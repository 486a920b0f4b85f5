/** kubectl get: tables, -o yaml|json|name|jsonpath|custom-columns|go-template, selectors, sorting, watch. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, type Follow, followBuffer, ok, fail, usage, nameOf } from '../../result';
import type { Parsed } from '../../cli';
import { jsonpath, jsonpathValues, renderRows, tableRows, toApi, toYaml } from '../../../format';
import { goTemplateOutput } from '../../gotemplate';
import { goValue } from '../../../gofmt';
import { selectorMatches, type Obj } from '../../../objects';
import { lookupResource, type ResourceInfo } from '../../../resources';
import { apiGet } from '../proxy/api';

/** `kubectl get --raw PATH`: the API server's answer as it comes, without a newline after it. */
function raw(k: Kubectl, p: Parsed): KResult {
  const path = String(p.flags.raw);
  if (p.args.length) return fail('error: arguments may not be passed when --raw is specified');
  if (p.flags.output) return fail('error: --raw and --output are mutually exclusive');
  if (!path.startsWith('/')) return fail(`error: --raw must be a valid URL path: parse "${path}": invalid URI for request`);
  const q = path.indexOf('?');
  const r = apiGet(k.c, q < 0 ? path : path.slice(0, q), q < 0 ? '' : path.slice(q + 1));
  if (r.status >= 400) {
    const st = JSON.parse(r.body);
    return fail(`Error from server (${st.reason}): ${st.message}`);
  }
  // /version is always indented (WriteRawJSON); other JSON is compact for a client that is not curl or a browser,
  // written by apimachinery's JSON serializer (json.Encoder: a newline after it, <, > and & escaped for HTML)
  const body = path.split('?')[0].replace(/\/+$/, '') === '/version' || !r.headers?.['Content-Type']?.includes('json') ? r.body : JSON.stringify(JSON.parse(r.body)).replace(/[<>&\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
  return ok(body);
}

export function run(k: Kubectl, p: Parsed): KResult {
  if (p.flags.raw !== undefined && p.flags.raw !== '') return raw(k, p);
  const files = p.flags.filename as string[] | undefined;
  if (!p.args.length && !files)
    return fail(`You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n${usage(['get'])}`);
  const all = !!p.flags['all-namespaces'];
  const ns = k.ns(p);
  const sel = k.selector(p);
  if (typeof sel === 'string') return fail(`error: ${sel}`);
  let tg: { r: ResourceInfo; name?: string }[];
  if (files) {
    const docs = k.readManifests(files, p);
    if ('code' in docs) return docs;
    tg = docs.docs.map((d) => ({ r: lookupResource(d.kind)!, name: d.metadata?.name }));
  } else {
    const t = k.targets(p.args, p.path);
    if ('code' in t) return t;
    tg = t;
  }
  if (tg.length === 1 && tg[0].r.kind === 'ComponentStatus') {
    const ok2 = ['scheduler', 'controller-manager', 'etcd-0'].map((n) => [n, 'Healthy', n === 'etcd-0' ? '{"health":"true","reason":""}' : 'ok', '']);
    const out = renderRows([['NAME', 'STATUS', 'MESSAGE', 'ERROR'], ...ok2]) + '\n';
    const warn = 'Warning: v1 ComponentStatus is deprecated in v1.19+\n';
    // the server's Warning header is printed as the response arrives, before the table
    return { out, err: warn, code: 0, seq: [['err', warn], ['out', out]] };
  }
  let output = (p.flags.output as string | undefined) ?? '';
  // a go-template runs through the template engine; what it does not model goes through the JSONPath translation
  let goTpl: string | undefined;
  if (output === 'go-template' || output.startsWith('go-template=')) {
    const tpl = output.includes('=') ? output.slice(output.indexOf('=') + 1) : (p.flags.template as string | undefined);
    if (!tpl) return fail('error: template format specified but no template given');
    goTpl = tpl;
    output = 'jsonpath=' + goTemplate(tpl);
  } else if (p.flags.template !== undefined && !output) {
    goTpl = p.flags.template as string;
    output = 'jsonpath=' + goTemplate(goTpl);
  }
  const fmt = output.split('=')[0];
  const allowed = ['', 'wide', 'yaml', 'json', 'name', 'jsonpath', 'custom-columns'];
  if (!allowed.includes(fmt))
    return fail(`error: unable to match a printer suitable for the output format "${output}", allowed formats are: custom-columns,custom-columns-file,go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,wide,yaml`);
  const errs: string[] = [];
  const groups: { r: ResourceInfo; objs: Obj[]; named: boolean }[] = [];
  for (const t of tg) {
    let g = groups.find((x) => x.r === t.r && x.named === !!t.name);
    if (!g) groups.push((g = { r: t.r, objs: [], named: !!t.name }));
    if (t.name) {
      const o = k.find(t.r, ns, t.name);
      if (!o || !k.visible(o)) {
        if (!p.flags['ignore-not-found']) errs.push(k.notFound(t.r, t.name));
      } else if (!sel || selectorMatches(sel, o.metadata.labels)) g.objs.push(o);
    } else {
      let objs = k.c.list(t.r.kind, t.r.namespaced && !all ? ns : undefined).filter((o) => k.visible(o));
      if (sel) objs = objs.filter((o) => selectorMatches(sel, o.metadata.labels));
      objs.sort((a, b) => (t.r.namespaced && all ? (a.metadata.namespace! < b.metadata.namespace! ? -1 : a.metadata.namespace! > b.metadata.namespace! ? 1 : 0) : 0) || (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
      g.objs.push(...objs);
    }
  }
  const fsel = p.flags['field-selector'] as string | undefined;
  if (fsel) {
    const reqs: [string[], boolean, string][] = [];
    for (const part of fsel.split(',')) {
      const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(part.trim());
      if (!m) return fail(`error: invalid selector: '${fsel}'; can't understand '${part}'`);
      reqs.push([m[1].split('.'), m[2] !== '!=', m[3]]);
    }
    for (const g of groups) {
      for (const [path] of reqs) {
        const key = path.join('.');
        const supported = ['metadata.name', 'metadata.namespace'].includes(key) || (g.r.kind === 'Pod' && ['spec.nodeName', 'status.phase', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'status.podIP'].includes(key)) || (g.r.kind === 'Event' && (key.startsWith('involvedObject.') || ['reason', 'type', 'source', 'reportingComponent'].includes(key))) || (g.r.kind === 'Node' && key === 'spec.unschedulable');
        if (!supported) return fail(`Error from server (BadRequest): Unable to find "/v1, Resource=${g.r.name}" that match label selector "", field selector "${fsel}": "${key}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
      }
      g.objs = g.objs.filter((o) => reqs.every(([path, eq, v]) => {
        let x: any = o;
        // an Event's `source` field is its source's component (or the reporting controller)
        if (o.kind === 'Event' && path.join('.') === 'source') x = o.source?.component ?? o.reportingComponent ?? '';
        else if (o.kind === 'Event' && path.join('.') === 'reportingComponent') x = o.reportingComponent ?? '';
        else for (const k of path) x = x?.[k];
        return (String(x ?? '') === v) === eq;
      }));
    }
  }
  const sortBy = p.flags['sort-by'] as string | undefined;
  if (sortBy) {
    const expr = sortBy.startsWith('{') ? sortBy : `{${sortBy.startsWith('.') ? sortBy : '.' + sortBy}}`;
    const key = (o: Obj) => {
      const r = jsonpath(expr, toApi(o));
      return 'out' in r ? r.out : '';
    };
    for (const g of groups) {
      // sorter.go: a path that no object has is refused, before anything prints (a value found empty still counts)
      if (g.objs.length && !g.objs.some((o) => { const v = jsonpathValues(expr.slice(1, -1), toApi(o)); return typeof v !== 'string' && v.length > 0; }))
        return fail(`error: couldn't find any field with path ${JSON.stringify(expr)} in the list of objects`);
      const keyed = g.objs.map((o) => [key(o), o] as const);
      const numeric = keyed.every(([k]) => k !== '' && !isNaN(Number(k)));
      keyed.sort((a, b) => (numeric ? Number(a[0]) - Number(b[0]) : a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      g.objs = keyed.map(([, o]) => o);
    }
  }
  const nonEmpty = groups.filter((g) => g.objs.length);
  const multi = groups.length > 1 || p.args[0] === 'all';
  const single = tg.length === 1 && !!tg[0].name;
  let out = '';
  let goRun: ReturnType<typeof goTemplateOutput>;
  if (fmt === 'yaml' || fmt === 'json' || fmt === 'jsonpath') {
    const objs = nonEmpty.flatMap((g) => g.objs).map((o) => toApi(o));
    const data = single && objs.length === 1 ? objs[0] : { apiVersion: 'v1', items: objs, kind: 'List', metadata: { resourceVersion: '' } };
    if (fmt === 'yaml') out = objs.length || !single ? toYaml(data) + '\n' : '';
    else if (fmt === 'json') out = objs.length || !single ? JSON.stringify(data, null, 4) + '\n' : '';
    else if (goTpl !== undefined && !('unsupported' in (goRun = goTemplateOutput(goTpl, data)))) {
      if ('error' in goRun) return fail(goRun.error);
      out = goRun.out;
    } else {
      const tplt = output.slice(output.indexOf('=') + 1).replace(/^'(.*)'$/, '$1');
      const r = jsonpath(tplt, data);
      if ('error' in r) return fail(r.error);
      out = r.out;
    }
  } else if (fmt === 'name') {
    out = nonEmpty.flatMap((g) => g.objs.map(nameOf)).join('\n') + (nonEmpty.length ? '\n' : '');
  } else if (fmt === 'custom-columns') {
    const spec = output.slice(output.indexOf('=') + 1).split(',').map((x) => x.split(':'));
    // CustomColumnsPrinter: every value found, as %v prints it, joined by commas; <none> when nothing is found
    const rows = p.flags['no-headers'] ? [] : [spec.map((s) => s[0])];
    for (const o of nonEmpty.flatMap((g) => g.objs)) rows.push(spec.map((s) => {
      const vals = jsonpathValues(s[1]?.startsWith('.') ? s[1] : '.' + s[1], toApi(o));
      return typeof vals === 'string' || !vals.length ? '<none>' : vals.map(goValue).join(',');
    }));
    out = rows.length ? renderRows(rows) + '\n' : '';
  } else {
    const blocks = nonEmpty.map((g) =>
      renderRows(tableRows(g.r.kind, g.objs, k.c, { wide: fmt === 'wide', namespace: all && g.r.namespaced, showLabels: !!p.flags['show-labels'], kindPrefix: multi || !!p.flags['show-kind'], noHeaders: !!p.flags['no-headers'], labelColumns: p.flags['label-columns'] as string[] | undefined })),
    );
    out = blocks.length ? blocks.join('\n\n') + '\n' : '';
  }
  let err = errs.length ? errs.join('\n') + '\n' : '';
  // only the human-readable printers (no -o, or -o wide) say so: printGeneric prints the empty List and nothing else
  if ((fmt === '' || fmt === 'wide') && !nonEmpty.length && !errs.length && !p.flags.watch && !(tg.length && tg.every((t) => t.name))) {
    const r = groups[0]?.r;
    err = !r || all || !r.namespaced ? 'No resources found\n' : `No resources found in ${ns} namespace.\n`;
  }
  const res: KResult = { out, err, code: errs.length ? 1 : 0 };
  if ((p.flags.watch || p.flags['watch-only']) && !errs.length) {
    if (p.flags['watch-only']) res.out = '';
    // tableprinter.go prints a table's header only with rows: when none came first (--watch-only, or an empty list),
    // the first event brings the header with it
    const headed = fmt === '' || fmt === 'wide' ? !!res.out && !p.flags['no-headers'] : true;
    res.follow = watchFollow(k, groups, ns, all, sel || null, fmt === 'wide', !!p.flags['show-labels'], !headed && !p.flags['no-headers']);
  }
  return res;
}

function watchFollow(k: Kubectl, groups: { r: ResourceInfo; objs: Obj[]; named: boolean }[], ns: string, all: boolean, sel: any, wide: boolean, showLabels: boolean, header = false): Follow {
  const buf = followBuffer();
  const last = new Map<string, string>();
  const kinds = new Set(groups.map((g) => g.r.kind));
  const names = new Set(groups.flatMap((g) => (g.named ? g.objs.map((o) => o.metadata.name) : [])));
  const onlyNamed = groups.every((g) => g.named);
  for (const g of groups) for (const o of g.objs) last.set(o.metadata.uid, rowText(k, o, all, wide, showLabels) + '|' + (o.spec?.nodeName ?? ''));
  const stop = k.c.watch((type, o) => {
    if (!kinds.has(o.kind)) return;
    const r = lookupResource(o.kind)!;
    if (r.namespaced && !all && o.metadata.namespace !== ns) return;
    if (sel && !selectorMatches(sel, o.metadata.labels)) return;
    if (onlyNamed && !names.has(o.metadata.name)) return;
    const row = rowText(k, o, all, wide, showLabels);
    // every change of the printed row, and the binding of a pod to its node, is a watch event worth a line
    const key = row + '|' + (o.spec?.nodeName ?? '');
    if (type !== 'DELETED' && last.get(o.metadata.uid) === key) return;
    last.set(o.metadata.uid, key);
    if (header) {
      header = false;
      buf.write(renderRows(tableRows(o.kind, [o], k.c, { namespace: all && r.namespaced, wide, showLabels })) + '\n');
    } else buf.write(row + '\n');
  });
  return buf.follow(stop);
}

function rowText(k: Kubectl, o: Obj, all: boolean, wide: boolean, showLabels: boolean): string {
  const r = lookupResource(o.kind)!;
  return renderRows(tableRows(o.kind, [o], k.c, { noHeaders: true, namespace: all && r.namespaced, wide, showLabels }));
}

/** the go-template subset the tutorials use, translated to JSONPath */
export function goTemplate(t: string): string {
  return t
    .replace(/\{\{\s*range\s+(\.[\w.]+)\s*\}\}/g, '{range $1[*]}')
    .replace(/\{\{\s*end\s*\}\}/g, '{end}')
    .replace(/\{\{\s*\(index\s+(\.[\w.]+)\s+(\d+)\)((?:\.[\w]+)*)\s*\}\}/g, '{$1[$2]$3}')
    .replace(/\{\{\s*("(?:[^"\\]|\\.)*")\s*\}\}/g, '{$1}')
    .replace(/\{\{\s*(\.[\w.]*)\s*\}\}/g, '{$1}');
}
