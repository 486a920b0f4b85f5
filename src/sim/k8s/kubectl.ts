/** kubectl as a function: argv → { out, err, code } (+ a follow-up stream for -w, logs -f, rollout status, delete). */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { helpText, isParseError, minorOf, parseKubectl, suggest, type Parsed } from './kubectl/cli';
import { usageError, parentOnly } from './kubectl/usage';
import { ROOT_HELP, OPTIONS, PLUGINS_129 } from './kubectl/root';
import { GLOBAL_FLAGS } from './kubectl/tree';
import { flagOf } from './cli/spec';
import { flagBlock } from './cli/help';
import type { Built } from './kubectl/verbs/create/index';
import type { ConfigIO } from './kubectl/verbs/config/kubeconfig';
import { verbModules } from './kubectl/cli';
import { Cluster } from './cluster';
import { describe } from './describe';
import { age, jsonpath, renderRows, tableRows, toApi, toYaml, podStatus } from './format';
import { bundledManifest } from './manifests';
import * as api from './apiserver';
import { clone, matchLabels, ownerOf, parseSelector, selectorMatches, type Obj } from './objects';
import { apiVersionOf, byKind, lookupResource, qualified, RESOURCES, type ResourceInfo } from './resources';
import { parseImage } from './images';
import { containerEnv, containerExec, podLogs } from './container';

export interface Follow {
  /** output produced since the last poll (the cluster has been advanced to the present) */
  poll(): { out?: string; err?: string; done?: number };
  /** Ctrl+C */
  stop?(): void;
}
export interface KResult {
  out: string;
  err: string;
  code: number;
  follow?: Follow;
  /** stdout and stderr in the order a terminal shows them (when it matters) */
  seq?: [stream: 'out' | 'err', text: string][];
  /** an interactive container shell requested (`exec -it ... -- sh`) */
  shell?: { pod: Obj; container: string; command: string };
}
export interface KubectlEnv {
  cluster: Cluster | null;
  /** server URL from the kubeconfig, or null when there is no kubeconfig */
  server: string | null;
  /** the kubectl client version, e.g. "v1.28.15" */
  clientVersion: string;
  /** namespace of the current context */
  namespace?: string;
  readFile?(path: string): string | null;
  /** the kubeconfig file, for `kubectl config` */
  kubeconfig?: ConfigIO;
  isDir?(path: string): boolean;
  listDir?(path: string): string[];
  parseYaml?(text: string): any[];
  /** wall clock for the E-lines ("E1210 01:12:55.123456") */
  now?: number;
  pid?: number;
}

const ok = (out = '', err = ''): KResult => ({ out, err, code: 0 });
const fail = (err: string, code = 1, out = ''): KResult => ({ out, err: err.endsWith('\n') ? err : err + '\n', code });
const usage = (path: string[]) => `See 'kubectl ${path.join(' ')} -h' for help and examples`;

function refused(env: KubectlEnv, host: string, verbose: boolean): string {
  const t = new Date(env.now ?? Date.UTC(2025, 11, 10, 1, 12, 55));
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const url = host === 'localhost:8080' ? 'http://localhost:8080' : `https://${host}`;
  const dial = host === 'localhost:8080' ? 'dial tcp [::1]:8080' : `dial tcp ${host}`;
  let lines = '';
  if (verbose)
    for (let i = 0; i < 5; i++) {
      const us = (123456 + i * 2311) % 1000000;
      lines += `E${p(t.getUTCMonth() + 1)}${p(t.getUTCDate())} ${p(t.getUTCHours())}:${p(t.getUTCMinutes())}:${p(t.getUTCSeconds())}.${p(us, 6)}   ${env.pid ?? 4242} memcache.go:265] couldn't get current server API group list: Get "${url}/api?timeout=32s": ${dial}: connect: connection refused\n`;
    }
  return `${lines}The connection to the server ${host} was refused - did you specify the right host or port?\n`;
}

/** group names as kubectl prints them in errors: pods, deployments.apps */
function gr(r: ResourceInfo): string {
  return r.group ? `${r.name}.${r.group}` : r.name;
}
function nameOf(o: Obj): string {
  return `${qualified(lookupResource(o.kind)!)}/${o.metadata.name}`;
}

/** what `kubectl version` reports about the client builds the lab installs */
const BUILDS: Record<string, { gitCommit: string; buildDate: string; goVersion: string }> = {
  'v1.28.15': { gitCommit: '841856557ef0f6a399096c42635d114d6f2cf7f4', buildDate: '2024-10-22T20:34:56Z', goVersion: 'go1.22.8' },
  'v1.29.14': { gitCommit: '4f359b2e16764ab5e175195ee6992dfb53b36acf', buildDate: '2025-02-12T21:34:28Z', goVersion: 'go1.22.12' },
};

export class Kubectl {
  constructor(public env: KubectlEnv) {}
  get c(): Cluster {
    return this.env.cluster!;
  }

  get minor(): number {
    return minorOf(this.env.clientVersion);
  }

  run(argv: string[]): KResult {
    const minor = this.minor;
    if (!argv.length) return ok(this.rootHelp());
    const p = parseKubectl(argv, minor);
    if (isParseError(p)) return fail(`error: ${p.error}\nSee 'kubectl ${p.path.length ? p.path.join(' ') + ' ' : ''}--help' for usage.`);
    if (!p.path.length) {
      const word = p.args[0];
      if (word === 'help') {
        const q = parseKubectl(p.args.slice(1), minor);
        const path = isParseError(q) ? q.path : q.path;
        return ok(path.length ? helpText(path, minor) : this.rootHelp());
      }
      if (word === 'options') return ok(OPTIONS.long + flagBlock(GLOBAL_FLAGS.map(flagOf), OPTIONS.usage) + '\n');
      if (word) return this.unknown(word);
      return ok(this.rootHelp());
    }
    if (p.flags.help) return ok(helpText(p.path, minor));
    const key = p.path.join(' ');
    // commands that only group others: help on stderr, or the unknown sub-command
    const parent = parentOnly(key);
    if (parent) {
      if (!p.args.length) return parent === 'out' ? { out: helpText(p.path, minor), err: '', code: 1 } : { out: '', err: helpText(p.path, minor), code: 1 };
      return fail(`error: unknown command "${p.args.join(' ')}"\nSee 'kubectl ${key} -h' for help and examples`);
    }
    if (key === 'create' && !p.flags.filename && !p.flags.kustomize) {
      const head = 'Error: must specify one of -f and -k\n\n';
      if (!p.args.length) return { out: '', err: head + helpText(p.path, minor), code: 1 };
      return fail(`${head}error: unknown command "${p.args.join(' ')}"\nSee 'kubectl create -h' for help and examples`);
    }
    const pre = usageError(p, minor);
    if (pre) return pre;
    if (key === 'version') return this.version(p);
    if (key.startsWith('config')) return this.config(p);
    // create's sub-commands build their object on the client first (bad input fails before any request)
    const built = this.clientBuild(p);
    if (built) return built;
    const down = this.connection();
    if (down) return down;
    this.sync();
    try {
      return this.dispatch(p);
    } finally {
      this.c.settle();
    }
  }

  private rootHelp(): string {
    return this.minor >= 29 ? ROOT_HELP.replace('Other Commands:', PLUGINS_129 + 'Other Commands:') : ROOT_HELP;
  }

  private unknown(word: string): KResult {
    const sugg = suggest(word, this.minor);
    const s = sugg.length ? `\n\nDid you mean this?\n${sugg.map((x) => `\t${x}\n`).join('')}` : '';
    return fail(`error: unknown command "${word}" for "kubectl"${s}`);
  }

  private connection(): KResult | null {
    const { env } = this;
    if (!env.server) return fail(refused(env, 'localhost:8080', true));
    const host = env.server.replace(/^https?:\/\//, '');
    if (!env.cluster || !env.cluster.initialized || !env.cluster.apiserverUp) return fail(refused(env, host, true));
    return null;
  }
  sync(): void {
    if (this.env.now !== undefined && this.env.now > this.c.t) this.c.advanceTo(this.env.now);
  }
  ns(p: Parsed): string {
    return (p.flags.namespace as string) ?? this.env.namespace ?? 'default';
  }

  private dispatch(p: Parsed): KResult {
    const key = p.path.join(' ');
    switch (key) {
      case 'get':
        return this.get(p);
      case 'describe':
        return this.describeCmd(p);
      case 'create':
        return this.applyFiles(p, 'create');
      case 'apply':
        return this.applyFiles(p, 'apply');
      case 'create deployment':
        return this.createDeployment(p);
      case 'create namespace':
        return this.createSimple(p, 'Namespace');
      case 'create configmap':
        return this.createSimple(p, 'ConfigMap');
      case 'create secret generic':
      case 'create secret tls':
      case 'create secret docker-registry':
      case 'create job':
      case 'create cronjob':
      case 'create serviceaccount':
      case 'create quota':
      case 'create priorityclass':
      case 'create poddisruptionbudget':
      case 'create ingress':
      case 'create rolebinding':
      case 'create clusterrolebinding':
      case 'create service loadbalancer':
      case 'create service externalname':
        return this.createBuilt(p);
      case 'create service clusterip':
      case 'create service nodeport':
        return this.createService(p, key.endsWith('nodeport') ? 'NodePort' : 'ClusterIP');
      case 'delete':
        return this.del(p);
      case 'run':
        return this.runPod(p);
      case 'expose':
        return this.expose(p);
      case 'scale':
        return this.scale(p);
      case 'set image':
        return this.setImage(p);
      case 'rollout status':
      case 'rollout history':
      case 'rollout undo':
      case 'rollout pause':
      case 'rollout resume':
      case 'rollout restart':
        return this.rollout(p, p.path[1]);
      case 'label':
      case 'annotate':
        return this.label(p, key);
      case 'logs':
        return this.logs(p);
      case 'exec':
        return this.exec(p);
      case 'cordon':
      case 'uncordon':
        return this.cordon(p, key === 'cordon');
      case 'drain':
        return this.drain(p);
      case 'taint':
        return this.taint(p);
      case 'autoscale':
        return this.autoscale(p);
      case 'top node':
      case 'top pod':
        return this.top(p, key === 'top node');
      case 'cluster-info':
        return this.clusterInfo();
      case 'api-resources':
        return this.apiResources(p);
      case 'api-versions':
        return ok([...new Set(RESOURCES.map(apiVersionOf))].sort().join('\n') + '\n');
      case 'edit':
        return fail(`error: kubectl edit needs an editor; use kubectl apply -f with a changed file instead`);
      case 'explain':
        return this.explain(p);
      case 'patch':
        return this.patch(p);
      case 'proxy': {
        const port = (p.flags.port as string) ?? '8001';
        return { out: `Starting to serve on 127.0.0.1:${port}\n`, err: '', code: 0, follow: { poll: () => ({}) } };
      }
      default:
        return fail(`error: unknown command "${p.path[0]}" for "kubectl"`);
    }
  }

  // ---------------------------------------------------------------- resolving
  resolveType(t: string): ResourceInfo | KResult {
    const r = lookupResource(t);
    if (!r) return fail(`error: the server doesn't have a resource type "${t}"`);
    return r;
  }
  /** TYPE NAME... | TYPE/NAME... → pairs */
  targets(args: string[], path: string[]): { r: ResourceInfo; name?: string }[] | KResult {
    if (!args.length) return [];
    if (args[0].includes('/')) {
      const out: { r: ResourceInfo; name?: string }[] = [];
      for (const a of args) {
        const [t, n] = a.split('/');
        if (!a.includes('/')) return fail(`error: there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'`);
        const r = this.resolveType(t);
        if ('code' in r) return r;
        out.push({ r, name: n });
      }
      return out;
    }
    const types = args[0].split(',');
    const out: { r: ResourceInfo; name?: string }[] = [];
    for (const t of types) {
      if (t === 'all') {
        for (const k of ['pods', 'services', 'daemonsets', 'deployments', 'replicasets', 'horizontalpodautoscalers']) out.push({ r: lookupResource(k)! });
        continue;
      }
      const r = this.resolveType(t);
      if ('code' in r) return r;
      if (args.length > 1) for (const n of args.slice(1)) out.push({ r, name: n });
      else out.push({ r });
    }
    void path;
    return out;
  }
  find(r: ResourceInfo, ns: string, name: string): Obj | undefined {
    return this.c.get(r.kind, r.namespaced ? ns : undefined, name);
  }
  notFound(r: ResourceInfo, name: string): string {
    return `Error from server (NotFound): ${gr(r)} "${name}" not found`;
  }
  selector(p: Parsed): ReturnType<typeof parseSelector> | null {
    const s = p.flags.selector as string | undefined;
    return s === undefined ? null : parseSelector(s);
  }
  visible(o: Obj): boolean {
    return o.kind !== 'Event' || this.c.t - o.lastTimestamp < 3600_000;
  }

  // ---------------------------------------------------------------- get
  private get(p: Parsed): KResult {
    const files = p.flags.filename as string[] | undefined;
    if (!p.args.length && !files)
      return fail(`You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n${usage(['get'])}`);
    const all = !!p.flags['all-namespaces'];
    const ns = this.ns(p);
    const sel = this.selector(p);
    if (typeof sel === 'string') return fail(`error: ${sel}`);
    let tg: { r: ResourceInfo; name?: string }[];
    if (files) {
      const docs = this.readManifests(files, p);
      if ('code' in docs) return docs;
      tg = docs.docs.map((d) => ({ r: lookupResource(d.kind)!, name: d.metadata?.name }));
    } else {
      const t = this.targets(p.args, p.path);
      if ('code' in t) return t;
      tg = t;
    }
    if (tg.length === 1 && tg[0].r.kind === 'ComponentStatus') {
      const ok2 = ['scheduler', 'controller-manager', 'etcd-0'].map((n) => [n, 'Healthy', n === 'etcd-0' ? '{"health":"true","reason":""}' : 'ok', '']);
      return { out: renderRows([['NAME', 'STATUS', 'MESSAGE', 'ERROR'], ...ok2]) + '\n', err: 'Warning: v1 ComponentStatus is deprecated in v1.19+\n', code: 0 };
    }
    let output = (p.flags.output as string | undefined) ?? '';
    if (output === 'go-template' || output.startsWith('go-template=')) {
      const tpl = output.includes('=') ? output.slice(output.indexOf('=') + 1) : (p.flags.template as string | undefined);
      if (!tpl) return fail('error: template format specified but no template given');
      output = 'jsonpath=' + goTemplate(tpl);
    } else if (p.flags.template !== undefined && !output) output = 'jsonpath=' + goTemplate(p.flags.template as string);
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
        const o = this.find(t.r, ns, t.name);
        if (!o || !this.visible(o)) {
          if (!p.flags['ignore-not-found']) errs.push(this.notFound(t.r, t.name));
        } else if (!sel || selectorMatches(sel, o.metadata.labels)) g.objs.push(o);
      } else {
        let objs = this.c.list(t.r.kind, t.r.namespaced && !all ? ns : undefined).filter((o) => this.visible(o));
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
          const supported = ['metadata.name', 'metadata.namespace'].includes(key) || (g.r.kind === 'Pod' && ['spec.nodeName', 'status.phase', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'status.podIP'].includes(key)) || (g.r.kind === 'Event' && key.startsWith('involvedObject.')) || (g.r.kind === 'Node' && key === 'spec.unschedulable');
          if (!supported) return fail(`Error from server (BadRequest): Unable to find "/v1, Resource=${g.r.name}" that match label selector "", field selector "${fsel}": "${key}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
        }
        g.objs = g.objs.filter((o) => reqs.every(([path, eq, v]) => {
          let x: any = o;
          for (const k of path) x = x?.[k];
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
    if (fmt === 'yaml' || fmt === 'json' || fmt === 'jsonpath') {
      const objs = nonEmpty.flatMap((g) => g.objs).map((o) => toApi(o));
      const data = single && objs.length === 1 ? objs[0] : { apiVersion: 'v1', items: objs, kind: 'List', metadata: { resourceVersion: '' } };
      if (fmt === 'yaml') out = objs.length || !single ? toYaml(data) + '\n' : '';
      else if (fmt === 'json') out = objs.length || !single ? JSON.stringify(data, null, 4) + '\n' : '';
      else {
        const tplt = output.slice(output.indexOf('=') + 1).replace(/^'(.*)'$/, '$1');
        const r = jsonpath(tplt, data);
        if ('error' in r) return fail(r.error);
        out = r.out;
      }
    } else if (fmt === 'name') {
      out = nonEmpty.flatMap((g) => g.objs.map(nameOf)).join('\n') + (nonEmpty.length ? '\n' : '');
    } else if (fmt === 'custom-columns') {
      const spec = output.slice(output.indexOf('=') + 1).split(',').map((x) => x.split(':'));
      const rows = [spec.map((s) => s[0])];
      for (const o of nonEmpty.flatMap((g) => g.objs)) rows.push(spec.map((s) => {
        const r = jsonpath(`{${s[1]?.startsWith('.') ? s[1] : '.' + s[1]}}`, toApi(o));
        return 'out' in r && r.out !== '' ? r.out : '<none>';
      }));
      out = renderRows(rows) + '\n';
    } else {
      const blocks = nonEmpty.map((g) =>
        renderRows(tableRows(g.r.kind, g.objs, this.c, { wide: fmt === 'wide', namespace: all && g.r.namespaced, showLabels: !!p.flags['show-labels'], kindPrefix: multi || !!p.flags['show-kind'], noHeaders: !!p.flags['no-headers'], labelColumns: p.flags['label-columns'] as string[] | undefined })),
      );
      out = blocks.length ? blocks.join('\n\n') + '\n' : '';
    }
    let err = errs.length ? errs.join('\n') + '\n' : '';
    if (!nonEmpty.length && !errs.length && !p.flags.watch && !(tg.length && tg.every((t) => t.name))) {
      const r = groups[0]?.r;
      err = !r || all || !r.namespaced ? 'No resources found\n' : `No resources found in ${ns} namespace.\n`;
    }
    const res: KResult = { out, err, code: errs.length ? 1 : 0 };
    if ((p.flags.watch || p.flags['watch-only']) && !errs.length) {
      if (p.flags['watch-only']) res.out = '';
      res.follow = this.watchFollow(groups, ns, all, sel || null, fmt === 'wide', !!p.flags['show-labels']);
    }
    return res;
  }

  private watchFollow(groups: { r: ResourceInfo; objs: Obj[]; named: boolean }[], ns: string, all: boolean, sel: any, wide: boolean, showLabels: boolean): Follow {
    let buf = '';
    const last = new Map<string, string>();
    const kinds = new Set(groups.map((g) => g.r.kind));
    const names = new Set(groups.flatMap((g) => (g.named ? g.objs.map((o) => o.metadata.name) : [])));
    const onlyNamed = groups.every((g) => g.named);
    for (const g of groups) for (const o of g.objs) last.set(o.metadata.uid, this.rowText(o, all, wide, showLabels) + '|' + (o.spec?.nodeName ?? ''));
    const stop = this.c.watch((type, o) => {
      if (!kinds.has(o.kind)) return;
      const r = lookupResource(o.kind)!;
      if (r.namespaced && !all && o.metadata.namespace !== ns) return;
      if (sel && !selectorMatches(sel, o.metadata.labels)) return;
      if (onlyNamed && !names.has(o.metadata.name)) return;
      const row = this.rowText(o, all, wide, showLabels);
      // every change of the printed row, and the binding of a pod to its node, is a watch event worth a line
      const key = row + '|' + (o.spec?.nodeName ?? '');
      if (type !== 'DELETED' && last.get(o.metadata.uid) === key) return;
      last.set(o.metadata.uid, key);
      buf += row + '\n';
    });
    return {
      poll: () => {
        const o = buf;
        buf = '';
        return { out: o };
      },
      stop,
    };
  }
  private rowText(o: Obj, all: boolean, wide: boolean, showLabels: boolean): string {
    const r = lookupResource(o.kind)!;
    return renderRows(tableRows(o.kind, [o], this.c, { noHeaders: true, namespace: all && r.namespaced, wide, showLabels }));
  }

  private describeCmd(p: Parsed): KResult {
    if (!p.args.length && !p.flags.filename) return fail(`You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\n${usage(['describe'])}`);
    const t = this.targets(p.args, p.path);
    if ('code' in t) return t;
    const ns = this.ns(p);
    const all = !!p.flags['all-namespaces'];
    const sel = this.selector(p);
    if (typeof sel === 'string') return fail(`error: ${sel}`);
    const parts: string[] = [];
    const errs: string[] = [];
    for (const x of t) {
      if (x.name) {
        // describe matches name prefixes when there is no exact match
        let o = this.find(x.r, ns, x.name);
        let objs = o ? [o] : this.c.list(x.r.kind, x.r.namespaced ? ns : undefined).filter((y) => y.metadata.name.startsWith(x.name!));
        if (sel) objs = objs.filter((y) => selectorMatches(sel, y.metadata.labels));
        if (!objs.length) errs.push(this.notFound(x.r, x.name));
        for (o of objs) parts.push(describe(o, this.c));
      } else {
        let objs = this.c.list(x.r.kind, x.r.namespaced && !all ? ns : undefined);
        if (sel) objs = objs.filter((y) => selectorMatches(sel, y.metadata.labels));
        objs.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
        for (const o of objs) parts.push(describe(o, this.c));
        if (!objs.length && t.length === 1) errs.push(all || !x.r.namespaced ? 'No resources found' : `No resources found in ${ns} namespace.`);
      }
    }
    const out = parts.join('\n\n\n') + (parts.length ? '\n' : '');
    const noneFound = errs.length === 1 && errs[0].startsWith('No resources');
    return { out, err: errs.length ? errs.join('\n') + '\n' : '', code: errs.length && !noneFound ? 1 : 0 };
  }

  // ---------------------------------------------------------------- create / apply
  readManifests(files: string[], p: Parsed): { docs: any[]; src: string[] } | KResult {
    const docs: any[] = [];
    const src: string[] = [];
    const add = (d: any, from: string) => {
      if (!d) return;
      if (d.kind === 'List' && Array.isArray(d.items)) for (const i of d.items) add(i, from);
      else {
        docs.push(d);
        src.push(from);
      }
    };
    for (const f of files) {
      if (/^https?:\/\//.test(f)) {
        const b = bundledManifest(f);
        if (!b) return fail(`error: unable to read URL "${f}", server reported 404 Not Found, status code=404`);
        for (const d of b) add(clone(d), f);
        continue;
      }
      const paths: string[] = [];
      if (this.env.isDir?.(f)) {
        for (const n of (this.env.listDir?.(f) ?? []).sort()) if (/\.(ya?ml|json)$/.test(n)) paths.push(f.replace(/\/$/, '') + '/' + n);
      } else paths.push(f);
      for (const path of paths) {
        const text = this.env.readFile?.(path);
        if (text === null || text === undefined) return fail(`error: the path "${f}" does not exist`);
        let parsed: any[];
        try {
          parsed = path.endsWith('.json') ? [JSON.parse(text)] : this.env.parseYaml ? this.env.parseYaml(text) : [JSON.parse(text)];
        } catch (e) {
          return fail(`error: error parsing ${path}: error converting YAML to JSON: ${(e as Error).message.split('\n')[0]}`);
        }
        for (const d of parsed) {
          if (d === null || d === undefined) continue;
          if (typeof d !== 'object' || !d.kind) return fail(`error: error validating "${path}": error validating data: ${!d?.apiVersion ? '[apiVersion not set, kind not set]' : 'kind not set'}; if you choose to ignore these errors, turn validation off with --validate=false`);
          add(d, path);
        }
      }
    }
    void p;
    return { docs, src };
  }

  private applyFiles(p: Parsed, mode: 'create' | 'apply'): KResult {
    const files = p.flags.filename as string[] | undefined;
    if (!files) {
      if (mode === 'create') return ok(helpText(['create'], this.minor));
      return fail(`error: must specify one of -f and -k\n`);
    }
    const r = this.readManifests(files, p);
    if ('code' in r) return r;
    let out = '';
    let err = '';
    const dry = p.flags['dry-run'] ? ' (dry run)' : '';
    r.docs.forEach((d, i) => {
      const res = lookupResource(d.kind);
      if (!res || (d.apiVersion && d.apiVersion !== apiVersionOf(res) && !(d.kind === 'HorizontalPodAutoscaler' && d.apiVersion === 'autoscaling/v1'))) {
        err += `error: resource mapping not found for name: "${d.metadata?.name}" namespace: "${d.metadata?.namespace ?? ''}" from "${r.src[i]}": no matches for kind "${d.kind}" in version "${d.apiVersion}"\nensure CRDs are installed first\n`;
        return;
      }
      const ns = res.namespaced ? (d.metadata?.namespace ?? this.ns(p)) : undefined;
      if (!d.metadata?.name) {
        err += `error: error when retrieving current configuration of:\nResource: "${gr(res)}", GroupVersionKind: "${apiVersionOf(res)}, Kind=${d.kind}"\nName: "", Namespace: "${ns ?? ''}"\nfrom server for: "${r.src[i]}": resource name may not be empty\n`;
        return;
      }
      if (ns && ns !== 'default' && !this.c.get('Namespace', undefined, ns) && !r.docs.some((x) => x.kind === 'Namespace' && x.metadata?.name === ns)) {
        err += `Error from server (NotFound): error when creating "${r.src[i]}": namespaces "${ns}" not found\n`;
        return;
      }
      const existing = this.c.get(d.kind, ns, d.metadata.name);
      const q = qualified(res);
      if (mode === 'create' || !existing) {
        if (existing) {
          err += `Error from server (AlreadyExists): error when creating "${r.src[i]}": ${gr(res)} "${d.metadata.name}" already exists\n`;
          return;
        }
        const bad = this.validate(d, r.src[i]);
        if (bad) {
          err += bad;
          return;
        }
        if (!dry) this.createObject(d, ns, mode === 'apply');
        out += `${q}/${d.metadata.name} created${dry}\n`;
        return;
      }
      const changed = this.applyTo(existing, d, !!dry);
      out += `${q}/${d.metadata.name} ${changed ? 'configured' : 'unchanged'}${dry}\n`;
    });
    return { out, err, code: err ? 1 : 0 };
  }

  private validate(d: any, src: string): string | null {
    return api.validate(d, src);
  }
  createObject(d: any, ns: string | undefined, applied: boolean): Obj {
    return api.createObject(this.c, d, ns, applied);
  }
  defaultsAndAdd(o: Obj): Obj {
    return api.defaultsAndAdd(this.c, o);
  }
  podTemplateDefaults(t: any): void {
    api.podTemplateDefaults(t);
  }
  /** kubectl apply to an existing object: returns whether anything changed */
  applyTo(o: Obj, d: any, dry: boolean): boolean {
    return api.applyTo(this.c, o, d, dry);
  }

  private buildIO() {
    return { readFile: (path: string) => this.env.readFile?.(path) ?? null };
  }
  /** `kubectl create <sub>`: the object as the client builds it; with --dry-run=client no server is needed */
  private clientBuild(p: Parsed): KResult | null {
    if (p.path[0] !== 'create') return null;
    const b = verbModules.create?.BUILDERS[p.path.join(' ')];
    if (!b) return null;
    const r = b(p, this.buildIO());
    if ('error' in r) return fail(r.error);
    return p.flags['dry-run'] === 'client' ? this.printBuilt(r, p, '(dry run)') : null;
  }
  private printBuilt(r: Extract<Built, { obj: any }>, p: Parsed, note: string): KResult {
    const out = p.flags.output as string | undefined;
    const name = `${r.resource}/${r.obj.metadata.name}`;
    if (out === 'yaml') return ok(toYaml(r.obj) + '\n');
    if (out === 'json') return ok(JSON.stringify(r.obj, null, 4) + '\n');
    if (out === 'name') return ok(name + '\n');
    return ok(`${name} created${note ? ' ' + note : ''}\n`);
  }
  /** the create sub-commands the cluster keeps as plain objects (Secrets, Jobs, CronJobs, ...) */
  private createBuilt(p: Parsed): KResult {
    const r = verbModules.create!.BUILDERS[p.path.join(' ')](p, this.buildIO());
    if ('error' in r) return fail(r.error);
    if (p.flags['dry-run'] === 'server') return this.printBuilt(r, p, '(server dry run)');
    const o = r.obj;
    const info = lookupResource(o.kind);
    const ns = info?.namespaced === false ? undefined : (o.metadata.namespace ?? this.ns(p));
    if (ns && !this.nsExists(ns)) return fail(`error: failed to create ${info?.singular ?? o.kind.toLowerCase()}: namespaces "${ns}" not found`);
    if (this.c.get(o.kind, ns, o.metadata.name)) return fail(`error: failed to create ${info?.singular ?? o.kind.toLowerCase()}: ${info ? gr(info) : o.kind.toLowerCase()} "${o.metadata.name}" already exists`);
    const stored = clone(o);
    delete stored.status;
    delete stored.metadata.creationTimestamp;
    this.createObject(stored, ns, false);
    return this.printBuilt(r, p, '');
  }

  private createDeployment(p: Parsed): KResult {
    if (p.args.length !== 1) return fail(`error: exactly one NAME is required, got ${p.args.length}\n${usage(p.path)}`);
    const imgs = p.flags.image as string[] | undefined;
    if (!imgs) return fail(`error: required flag(s) "image" not set`);
    const name = p.args[0];
    const ns = this.ns(p);
    if (!this.nsExists(ns)) return fail(`error: failed to create deployment: namespaces "${ns}" not found`);
    if (this.c.get('Deployment', ns, name)) return fail(`error: failed to create deployment: deployments.apps "${name}" already exists`);
    const containers = imgs.map((image) => {
      const base = parseImage(image).repo.split('/').pop()!;
      const c: any = { name: imgs.length > 1 ? base : base, image };
      if (p.flags.port !== undefined) c.ports = [{ containerPort: p.flags.port as number }];
      return c;
    });
    const d = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, labels: { app: name } }, spec: { replicas: (p.flags.replicas as number) ?? 1, selector: { matchLabels: { app: name } }, strategy: {}, template: { metadata: { labels: { app: name } }, spec: { containers } } } };
    return this.createOrPrint(p, d, ns, 'deployment.apps');
  }
  private nsExists(ns: string): boolean {
    return !!this.c.get('Namespace', undefined, ns);
  }
  private createOrPrint(p: Parsed, d: any, ns: string | undefined, q: string): KResult {
    const out = p.flags.output as string | undefined;
    const dry = p.flags['dry-run'];
    if (dry && (out === 'yaml' || out === 'json')) {
      // the object as the client builds it: empty resources, null timestamps, an empty status
      const o = clone(d);
      o.metadata = { creationTimestamp: null, ...o.metadata };
      const pod = o.kind === 'Pod' ? o.spec : o.spec?.template?.spec;
      if (o.spec?.template) o.spec.template.metadata = { creationTimestamp: null, ...o.spec.template.metadata };
      for (const c of pod?.containers ?? []) c.resources = c.resources ?? {};
      if (o.kind === 'Pod') {
        pod.dnsPolicy = pod.dnsPolicy ?? 'ClusterFirst';
        o.spec = { containers: pod.containers, dnsPolicy: pod.dnsPolicy, restartPolicy: pod.restartPolicy };
      }
      if (o.kind === 'Service') o.status = { loadBalancer: {} };
      else o.status = {};
      return ok(out === 'yaml' ? toYaml(o) + '\n' : JSON.stringify(o, null, 4) + '\n');
    }
    if (dry) return ok(`${q}/${d.metadata.name} created (${dry === 'server' ? 'server ' : ''}dry run)\n`);
    this.createObject(d, ns, false);
    return ok(`${q}/${d.metadata.name} created\n`);
  }
  private createSimple(p: Parsed, kind: 'Namespace' | 'ConfigMap'): KResult {
    if (p.args.length !== 1) return fail(`error: exactly one NAME is required, got ${p.args.length}\n${usage(p.path)}`);
    const name = p.args[0];
    const r = byKind(kind);
    const ns = r.namespaced ? this.ns(p) : undefined;
    if (this.c.get(kind, ns, name)) return fail(`error: failed to create ${r.singular}: ${gr(r)} "${name}" already exists`.replace('error: failed to create namespace: ', 'Error from server (AlreadyExists): '));
    if (kind === 'Namespace' && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name))
      return fail(`The Namespace "${name}" is invalid: metadata.name: Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`);
    const d: any = { apiVersion: 'v1', kind, metadata: { name } };
    if (kind === 'ConfigMap') {
      d.data = {};
      for (const l of (p.flags['from-literal'] as string[]) ?? []) {
        const i = l.indexOf('=');
        if (i < 0) return fail(`error: invalid literal source ${l}, expected key=value`);
        d.data[l.slice(0, i)] = l.slice(i + 1);
      }
      for (const f of (p.flags['from-file'] as string[]) ?? []) {
        const [k, path] = f.includes('=') ? f.split('=') : [f.split('/').pop()!, f];
        const text = this.env.readFile?.(path);
        if (text == null) return fail(`error: error reading ${path}: no such file or directory`);
        d.data[k] = text;
      }
    }
    return this.createOrPrint(p, d, ns, r.singular);
  }
  private createService(p: Parsed, type: string): KResult {
    if (p.args.length !== 1) return fail(`error: exactly one NAME is required, got ${p.args.length}\n${usage(p.path)}`);
    const name = p.args[0];
    const ns = this.ns(p);
    if (this.c.get('Service', ns, name)) return fail(`error: failed to create ${type === 'NodePort' ? 'NodePort' : 'ClusterIP'} service: services "${name}" already exists`);
    const tcp = (p.flags.tcp as string[]) ?? [];
    if (!tcp.length && type !== 'ClusterIP') return fail(`error: at least one tcp port specifier must be provided`);
    const ports = tcp.map((s) => {
      const [port, target] = s.split(':');
      const o: any = { name: `${port}-${target ?? port}`, port: Number(port), protocol: 'TCP', targetPort: Number(target ?? port) };
      if (p.flags['node-port']) o.nodePort = p.flags['node-port'];
      return o;
    });
    const d = { apiVersion: 'v1', kind: 'Service', metadata: { name, labels: { app: name } }, spec: { ports, selector: { app: name }, type } };
    return this.createOrPrint(p, d, ns, 'service');
  }

  // ---------------------------------------------------------------- delete
  private del(p: Parsed): KResult {
    const ns = this.ns(p);
    const sel = this.selector(p);
    if (typeof sel === 'string') return fail(`error: ${sel}`);
    let objs: Obj[] = [];
    const errs: string[] = [];
    const files = p.flags.filename as string[] | undefined;
    if (files) {
      const r = this.readManifests(files, p);
      if ('code' in r) return r;
      for (const d of r.docs) {
        const res = lookupResource(d.kind)!;
        const o = this.c.get(d.kind, res.namespaced ? (d.metadata.namespace ?? ns) : undefined, d.metadata.name);
        if (o) objs.push(o);
        else errs.push(`Error from server (NotFound): error when deleting "${r.src[r.docs.indexOf(d)]}": ${gr(res)} "${d.metadata.name}" not found`);
      }
    } else {
      if (!p.args.length) return fail(`error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`);
      const t = this.targets(p.args, p.path);
      if ('code' in t) return t;
      const named = t.some((x) => x.name);
      if (!named && !p.flags.all && !sel) return fail(`error: resource(s) were provided, but no name was specified`);
      if (named && (p.flags.all || sel)) return fail(`error: name cannot be provided when a selector is specified`);
      for (const x of t) {
        if (x.name) {
          const o = this.find(x.r, ns, x.name);
          if (o) objs.push(o);
          else if (!p.flags['ignore-not-found']) errs.push(this.notFound(x.r, x.name));
        } else {
          let list = this.c.list(x.r.kind, x.r.namespaced && !p.flags['all-namespaces'] ? ns : undefined);
          if (sel) list = list.filter((o) => selectorMatches(sel, o.metadata.labels));
          if (x.r.kind === 'Namespace' && p.flags.all) list = list.filter((o) => !['default', 'kube-system', 'kube-public', 'kube-node-lease'].includes(o.metadata.name));
          objs.push(...list.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1)));
        }
      }
      if (!objs.length && !errs.length) return ok('', t[0].r.namespaced && !p.flags['all-namespaces'] ? `No resources found\n` : 'No resources found\n');
    }
    const force = !!p.flags.force;
    const grace = p.flags['grace-period'] as number | undefined;
    const immediate = force && (grace === 0 || grace === undefined) ? 0 : p.flags.now ? 1 : grace;
    let out = '';
    let err = '';
    if (force && immediate === 0) err += 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';
    const waiting: Obj[] = [];
    for (const o of objs) {
      if (o.kind === 'Namespace' && ['default', 'kube-system', 'kube-public', 'kube-node-lease'].includes(o.metadata.name)) {
        errs.push(`Error from server (Forbidden): namespaces "${o.metadata.name}" is forbidden: this namespace may not be deleted`);
        continue;
      }
      this.c.deleteObj(o, immediate);
      out += `${lookupResource(o.kind)!.singular}${lookupResource(o.kind)!.group ? '.' + lookupResource(o.kind)!.group : ''} "${o.metadata.name}" ${force && immediate === 0 ? 'force deleted' : 'deleted'}\n`;
      if (this.c.get(o.kind, o.metadata.namespace, o.metadata.name)) waiting.push(o);
    }
    err += errs.length ? errs.join('\n') + '\n' : '';
    const res: KResult = { out, err, code: errs.length ? 1 : 0 };
    if (waiting.length && p.flags.wait !== false) {
      res.follow = {
        poll: () => (waiting.every((o) => this.c.get(o.kind, o.metadata.namespace, o.metadata.name)?.metadata.uid !== o.metadata.uid) ? { done: res.code } : {}),
      };
    }
    return res;
  }

  // ---------------------------------------------------------------- run / expose / scale / set image
  private runPod(p: Parsed): KResult {
    if (!p.args.length) return fail(`error: NAME is required for run\n${usage(p.path)}`);
    const image = p.flags.image as string | undefined;
    if (!image) return fail(`error: required flag(s) "image" not set`);
    const name = p.args[0];
    const ns = this.ns(p);
    if (this.c.get('Pod', ns, name)) return fail(`Error from server (AlreadyExists): pods "${name}" already exists`);
    const labels: Record<string, string> = {};
    if (p.flags.labels) for (const kv of String(p.flags.labels).split(',')) labels[kv.split('=')[0]] = kv.split('=')[1] ?? '';
    else labels.run = name;
    const c: any = { name, image };
    if (p.flags.port) c.ports = [{ containerPort: Number(p.flags.port) }];
    const cmd = [...p.args.slice(1), ...p.rest];
    if (cmd.length) {
      if (p.flags.command) c.command = cmd;
      else c.args = cmd;
    }
    if (p.flags.env) c.env = (p.flags.env as string[]).map((e) => ({ name: e.split('=')[0], value: e.split('=').slice(1).join('=') }));
    if (p.flags.stdin) c.stdin = true;
    if (p.flags.tty) c.tty = true;
    const d = { apiVersion: 'v1', kind: 'Pod', metadata: { name, labels }, spec: { containers: [c], restartPolicy: (p.flags.restart as string) ?? 'Always' } };
    const res = this.createOrPrint(p, d, ns, 'pod');
    if (p.flags.stdin && p.flags.tty && !p.flags['dry-run']) {
      res.out = '';
      const pod = this.c.get('Pod', ns, name)!;
      return { out: '', err: '', code: 0, shell: { pod, container: name, command: cmd.join(' ') || 'sh' } };
    }
    return res;
  }
  private expose(p: Parsed): KResult {
    const t = this.targets(p.args, p.path);
    if ('code' in t) return t;
    if (!t.length || !t[0].name) return fail(`error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'`);
    const { r, name } = t[0];
    const ns = this.ns(p);
    const o = this.find(r, ns, name!);
    if (!o) return fail(this.notFound(r, name!));
    if (!['Pod', 'Service', 'Deployment', 'ReplicaSet', 'ReplicationController'].includes(o.kind)) return fail(`error: cannot expose a ${o.kind}`);
    let selector: Record<string, string> | undefined = p.flags.selector ? Object.fromEntries(String(p.flags.selector).split(',').map((kv) => kv.split('='))) : o.kind === 'Pod' ? o.metadata.labels : o.kind === 'Service' ? o.spec.selector : o.spec.selector?.matchLabels;
    if (!selector || !Object.keys(selector).length) return fail(`error: couldn't retrieve selectors via --selector flag or introspection: the ${o.kind.toLowerCase()} has no labels and cannot be exposed\n${usage(['expose'])}`);
    if (o.kind === 'Pod' && selector) selector = { ...selector };
    const podSpec = o.kind === 'Pod' ? o.spec : o.spec.template?.spec;
    const cports = (podSpec?.containers ?? []).flatMap((c: any) => c.ports ?? []);
    const svcName = (p.flags.name as string) ?? name!;
    if (this.c.get('Service', ns, svcName)) return fail(`Error from server (AlreadyExists): services "${svcName}" already exists`);
    let ports: any[];
    if (p.flags.port) ports = String(p.flags.port).split(',').map((x, i, a) => ({ ...(a.length > 1 ? { name: `port-${i + 1}` } : {}), port: Number(x), protocol: (p.flags.protocol as string) ?? 'TCP', targetPort: p.flags['target-port'] ? (/^\d+$/.test(String(p.flags['target-port'])) ? Number(p.flags['target-port']) : p.flags['target-port']) : Number(x) }));
    else if (o.kind === 'Service') ports = clone(o.spec.ports).map((x: any) => ({ ...x, nodePort: undefined }));
    else if (cports.length) ports = cports.map((c: any, i: number) => ({ ...(cports.length > 1 ? { name: `port-${i + 1}` } : {}), port: c.containerPort, protocol: c.protocol ?? 'TCP', targetPort: p.flags['target-port'] ? Number(p.flags['target-port']) : c.containerPort }));
    else return fail(`error: couldn't find port via --port flag or introspection\n${usage(['expose'])}`);
    const type = (p.flags.type as string) ?? 'ClusterIP';
    if (!['ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName'].includes(type)) return fail(`The Service "${svcName}" is invalid: spec.type: Unsupported value: "${type}": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"`);
    const d = { apiVersion: 'v1', kind: 'Service', metadata: { name: svcName, labels: clone(o.metadata.labels) }, spec: { ports, selector, type } };
    if (!d.metadata.labels) delete (d.metadata as any).labels;
    if (p.flags['dry-run']) return this.createOrPrint(p, d, ns, 'service');
    this.createObject(d, ns, false);
    return ok(`service/${svcName} exposed\n`);
  }
  private scale(p: Parsed): KResult {
    if (p.flags.replicas === undefined) return fail(`error: required flag(s) "replicas" not set`);
    const n = p.flags.replicas as number;
    if (n < 0) return fail(`error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0`);
    const t = this.targets(p.args, p.path);
    if ('code' in t) return t;
    if (!t.length) return fail(`error: resource(s) were provided, but no name was specified`);
    let out = '';
    const errs: string[] = [];
    for (const { r, name } of t) {
      if (!name) return fail(`error: resource(s) were provided, but no name was specified`);
      const o = this.find(r, this.ns(p), name);
      if (!o) {
        errs.push(this.notFound(r, name));
        continue;
      }
      if (!['Deployment', 'ReplicaSet', 'StatefulSet'].includes(o.kind)) {
        errs.push(`error: no objects passed to scale ${gr(r)} "${name}"`);
        continue;
      }
      if (p.flags['current-replicas'] !== undefined && p.flags['current-replicas'] !== o.spec.replicas) {
        errs.push(`error: Expected replicas to be ${p.flags['current-replicas']}, was ${o.spec.replicas}`);
        continue;
      }
      if (o.spec.replicas !== n) {
        o.spec.replicas = n;
        o.metadata.generation = (o.metadata.generation ?? 1) + 1;
        this.c.touch(o);
      }
      out += `${nameOf(o)} scaled\n`;
    }
    return { out, err: errs.length ? errs.join('\n') + '\n' : '', code: errs.length ? 1 : 0 };
  }
  private setImage(p: Parsed): KResult {
    const pairs = p.args.filter((a) => a.includes('='));
    const res = p.args.filter((a) => !a.includes('='));
    if (!pairs.length) return fail(`error: at least one image update is required\n${usage(p.path)}`);
    const t = this.targets(res, p.path);
    if ('code' in t) return t;
    if (!t.length) return fail(`error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n${usage(p.path)}`);
    let out = '';
    for (const { r, name } of t) {
      const o = this.find(r, this.ns(p), name!);
      if (!o) return fail(this.notFound(r, name!));
      const spec = o.kind === 'Pod' ? o.spec : o.spec.template.spec;
      for (const pair of pairs) {
        const [cn, img] = pair.split('=');
        const targets = cn === '*' ? spec.containers : spec.containers.filter((c: any) => c.name === cn);
        if (!targets.length) return fail(`error: unable to find container named "${cn}"`);
        for (const c of targets) c.image = img;
      }
      if (o.kind === 'Deployment' || o.kind === 'DaemonSet') {
        o.metadata.generation = (o.metadata.generation ?? 1) + 1;
        this.c.resetProgress(o);
      }
      if (o.kind === 'Pod') this.c.touch(o);
      this.c.touch(o);
      out += `${nameOf(o)} image updated\n`;
    }
    return ok(out);
  }

  // ---------------------------------------------------------------- rollout
  private rollout(p: Parsed, sub: string): KResult {
    const t = this.targets(p.args, p.path);
    if ('code' in t) return t;
    if (!t.length || !t[0].name) return fail(`error: required resource not specified\n${usage(p.path)}`);
    const { r, name } = t[0];
    if (!['Deployment', 'DaemonSet', 'StatefulSet'].includes(r.kind)) return fail(`error: no rollbacker has been implemented for "${r.group ? `${r.group}/${r.kind}` : r.kind}"`.replace('rollbacker', sub === 'history' ? 'history viewer' : sub === 'status' ? 'status viewer' : 'rollbacker'));
    const o = this.find(r, this.ns(p), name!);
    if (!o) return fail(this.notFound(r, name!));
    const q = nameOf(o);
    const c = this.c;
    switch (sub) {
      case 'status': {
        const st = () => this.rolloutStatus(o);
        const first = st();
        if (first.done !== undefined || p.flags.watch === false) return { out: first.msg, err: first.err ?? '', code: first.done ?? 0 };
        let lastMsg = first.msg;
        const tm = /^(\d+)(s|m|h)?$/.exec(String(p.flags.timeout ?? ''));
        const deadline = tm ? c.t + Number(tm[1]) * ({ s: 1000, m: 60_000, h: 3_600_000 } as Record<string, number>)[tm[2] ?? 's'] : Infinity;
        return {
          out: first.msg,
          err: '',
          code: 0,
          follow: {
            poll: () => {
              if (c.t >= deadline && tm && Number(tm[1]) > 0) return { err: 'error: timed out waiting for the condition\n', done: 1 };
              const s = st();
              const out = s.msg !== lastMsg ? s.msg : '';
              lastMsg = s.msg;
              if (s.done !== undefined) return { out, err: s.err, done: s.done };
              return { out };
            },
          },
        };
      }
      case 'history': {
        if (o.kind !== 'Deployment') return ok(`${q} \nREVISION  CHANGE-CAUSE\n1         <none>\n\n`);
        const rss = c.replicaSetsOf(o).sort((a, b) => Cluster.revision(a) - Cluster.revision(b));
        if (p.flags.revision !== undefined) {
          const rs = rss.find((x) => Cluster.revision(x) === p.flags.revision);
          if (!rs) return fail(`error: unable to find the specified revision`);
          return ok(`${q} with revision #${p.flags.revision}\n${podTemplateText(rs.spec.template)}\n`);
        }
        const rows = [['REVISION', 'CHANGE-CAUSE'], ...rss.map((rs) => [String(Cluster.revision(rs)), rs.metadata.annotations?.['kubernetes.io/change-cause'] ?? '<none>'])];
        return ok(`${q} \n${renderRows(rows, 2)}\n\n`);
      }
      case 'undo': {
        if (o.kind !== 'Deployment') return fail(`error: no rollbacker has been implemented for "apps/${o.kind}"`);
        if (o.spec.paused) return fail(`error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume ${q}' and try again`);
        const rss = c.replicaSetsOf(o).sort((a, b) => Cluster.revision(b) - Cluster.revision(a));
        let target: Obj | undefined;
        const to = (p.flags['to-revision'] as number) ?? 0;
        if (to) {
          target = rss.find((x) => Cluster.revision(x) === to);
          if (!target) return fail(`error: unable to find specified revision ${to} in history`);
        } else {
          target = rss.filter((x) => !Cluster.sameTemplate(x.spec.template, o.spec.template))[0] && rss[1];
          if (!target) return fail(`error: no rollout history found for ${o.kind.toLowerCase()} "${o.metadata.name}"`);
        }
        if (Cluster.sameTemplate(target.spec.template, o.spec.template)) return ok(`${q} skipped rollback (current template already matches revision ${Cluster.revision(target)})\n`);
        if (p.flags['dry-run']) return ok(`${q} Pod Template:\n${podTemplateText(target.spec.template).split('\n').slice(1).join('\n')}\n`);
        const tpl = clone(target.spec.template);
        delete tpl.metadata.labels['pod-template-hash'];
        o.spec.template = tpl;
        o.metadata.generation = (o.metadata.generation ?? 1) + 1;
        c.resetProgress(o);
        c.touch(o);
        return ok(`${q} rolled back\n`);
      }
      case 'pause':
      case 'resume': {
        if (o.kind !== 'Deployment') return fail(`error: ${sub === 'pause' ? 'pausing' : 'resuming'} is not supported`);
        const want = sub === 'pause';
        if (!!o.spec.paused === want) return fail(`error: ${gr(r)} "${o.metadata.name}" is ${want ? 'already paused' : 'not paused'}`);
        if (want) o.spec.paused = true;
        else {
          delete o.spec.paused;
          c.resetProgress(o);
        }
        c.touch(o);
        return ok(`${q} ${sub}d\n`);
      }
      case 'restart': {
        if (o.spec.paused) return fail(`error: ${gr(r)} "${o.metadata.name}" can't restart paused deployment (run rollout resume first)`);
        o.spec.template.metadata.annotations = { ...o.spec.template.metadata.annotations, 'kubectl.kubernetes.io/restartedAt': new Date(c.t).toISOString().replace(/\.\d+Z$/, 'Z').replace('Z', '+00:00') };
        o.metadata.generation = (o.metadata.generation ?? 1) + 1;
        c.resetProgress(o);
        c.touch(o);
        return ok(`${q} restarted\n`);
      }
    }
    return fail('error: unknown rollout command');
  }
  rolloutStatus(o: Obj): { msg: string; done?: number; err?: string } {
    const c = this.c;
    const cur = c.get(o.kind, o.metadata.namespace, o.metadata.name);
    if (!cur) return { msg: '', done: 1, err: `error: ${o.kind.toLowerCase()}s.apps "${o.metadata.name}" not found\n` };
    const n = cur.metadata.name;
    if (cur.kind === 'DaemonSet') {
      const s = cur.status ?? {};
      if ((s.updatedNumberScheduled ?? 0) < (s.desiredNumberScheduled ?? 0)) return { msg: `Waiting for daemon set "${n}" rollout to finish: ${s.updatedNumberScheduled ?? 0} out of ${s.desiredNumberScheduled} new pods have been updated...\n` };
      if ((s.numberAvailable ?? 0) < (s.desiredNumberScheduled ?? 0)) return { msg: `Waiting for daemon set "${n}" rollout to finish: ${s.numberAvailable ?? 0} of ${s.desiredNumberScheduled} updated pods are available...\n` };
      return { msg: `daemon set "${n}" successfully rolled out\n`, done: 0 };
    }
    const s = cur.status ?? {};
    const want = cur.spec.replicas ?? 1;
    if ((s.observedGeneration ?? 0) < (cur.metadata.generation ?? 1)) return { msg: `Waiting for deployment spec update to be observed...\n` };
    const prog = (s.conditions ?? []).find((x: any) => x.type === 'Progressing');
    if (prog?.reason === 'ProgressDeadlineExceeded') return { msg: '', done: 1, err: `error: deployment "${n}" exceeded its progress deadline\n` };
    const upd = s.updatedReplicas ?? 0;
    if (upd < want) return { msg: `Waiting for deployment "${n}" rollout to finish: ${upd} out of ${want} new replicas have been updated...\n` };
    if ((s.replicas ?? 0) > upd) return { msg: `Waiting for deployment "${n}" rollout to finish: ${(s.replicas ?? 0) - upd} old replicas are pending termination...\n` };
    if ((s.availableReplicas ?? 0) < upd) return { msg: `Waiting for deployment "${n}" rollout to finish: ${s.availableReplicas ?? 0} of ${upd} updated replicas are available...\n` };
    return { msg: `deployment "${n}" successfully rolled out\n`, done: 0 };
  }

  // ---------------------------------------------------------------- label / annotate
  private label(p: Parsed, key: string): KResult {
    const field = key === 'label' ? 'labels' : 'annotations';
    const verb = key === 'label' ? 'labeled' : 'annotated';
    const kvs = p.args.filter((a) => a.includes('=') || (a.endsWith('-') && !a.includes('/')));
    const res = p.args.filter((a) => !kvs.includes(a));
    const t = this.targets(res, p.path);
    if ('code' in t) return t;
    if (!kvs.length && !p.flags.list) return fail(`error: at least one ${key === 'label' ? 'label' : 'annotation'} update is required\n${usage(p.path)}`);
    let objs: Obj[] = [];
    for (const { r, name } of t) {
      if (name) {
        const o = this.find(r, this.ns(p), name);
        if (!o) return fail(this.notFound(r, name));
        objs.push(o);
      } else if (p.flags.all || p.flags.selector) {
        const sel = this.selector(p);
        objs = this.c.list(r.kind, r.namespaced ? this.ns(p) : undefined).filter((o) => !sel || typeof sel === 'string' || selectorMatches(sel, o.metadata.labels));
      } else return fail(`error: resource(s) were provided, but no name was specified`);
    }
    let out = '';
    for (const o of objs) {
      const m: Record<string, string> = { ...(o.metadata as any)[field] };
      let changed = false;
      for (const kv of kvs) {
        if (kv.endsWith('-') && !kv.includes('=')) {
          const k = kv.slice(0, -1);
          if (k in m) {
            delete m[k];
            changed = true;
          }
          continue;
        }
        const [k, ...v] = kv.split('=');
        const val = v.join('=');
        if (k in m && m[k] !== val && !p.flags.overwrite) return fail(`error: '${k}' already has a value (${m[k]}), and --overwrite is false`);
        if (m[k] !== val) changed = true;
        m[k] = val;
      }
      (o.metadata as any)[field] = m;
      if (!Object.keys(m).length) delete (o.metadata as any)[field];
      this.c.touch(o);
      const removing = kvs.every((k) => k.endsWith('-') && !k.includes('='));
      out += `${nameOf(o)} ${changed ? (removing ? 'un' + verb : verb) : 'not ' + verb}\n`;
    }
    return ok(out);
  }

  // ---------------------------------------------------------------- patch
  private patch(p: Parsed): KResult {
    const t = this.targets(p.args, p.path);
    if ('code' in t) return t;
    if (!t.length || !t[0].name) return fail(`error: resource(s) were provided, but no name was specified`);
    const o = this.find(t[0].r, this.ns(p), t[0].name!);
    if (!o) return fail(this.notFound(t[0].r, t[0].name!));
    const text = p.flags.patch as string | undefined;
    if (!text) return fail('error: must specify --patch or --patch-file containing the contents of the patch');
    let doc: any;
    try {
      doc = JSON.parse(text);
    } catch {
      try {
        doc = this.env.parseYaml?.(text)[0];
      } catch {
        doc = undefined;
      }
      if (doc === undefined) return fail(`error: unable to parse "${text}": yaml: line 1: did not find expected node content`);
    }
    const type = (p.flags.type as string) ?? 'strategic';
    if (!['strategic', 'merge', 'json'].includes(type)) return fail(`error: --type must be one of [json merge strategic], not "${type}"`);
    const before = JSON.stringify(o);
    const tplBefore = JSON.stringify(o.spec?.template);
    if (type === 'json') {
      if (!Array.isArray(doc)) return fail(`error: unable to parse "${text}": json: cannot unmarshal object into Go value of type jsonpatch.Patch`);
      for (const op of doc) {
        const parts = String(op.path ?? '').split('/').slice(1).map((x: string) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
        let cur: any = o;
        for (const k of parts.slice(0, -1)) {
          cur = Array.isArray(cur) ? cur[Number(k)] : cur?.[k];
          if (cur === undefined) return fail(`The request is invalid: the server rejected our request due to an error in our request`);
        }
        const last = parts[parts.length - 1];
        if (op.op === 'add' || op.op === 'replace') {
          if (Array.isArray(cur)) {
            if (last === '-') cur.push(clone(op.value));
            else if (op.op === 'add') cur.splice(Number(last), 0, clone(op.value));
            else cur[Number(last)] = clone(op.value);
          } else cur[last] = clone(op.value);
        } else if (op.op === 'remove') {
          if (Array.isArray(cur)) cur.splice(Number(last), 1);
          else delete cur[last];
        }
      }
    } else {
      const merge = (dst: any, src: any): any => {
        if (src === null) return undefined;
        if (Array.isArray(src)) {
          if (type === 'strategic' && Array.isArray(dst) && src.every((x) => x && typeof x === 'object' && 'name' in x))
            return [...dst.map((d: any) => { const m = src.find((x: any) => x.name === d.name); return m ? merge(d, m) : d; }), ...src.filter((x: any) => !dst.some((d: any) => d.name === x.name)).map(clone)];
          return clone(src);
        }
        if (src && typeof src === 'object') {
          const out: any = dst && typeof dst === 'object' && !Array.isArray(dst) ? dst : {};
          for (const k of Object.keys(src)) {
            const v = merge(out[k], src[k]);
            if (v === undefined) delete out[k];
            else out[k] = v;
          }
          return out;
        }
        return src;
      };
      merge(o, doc);
    }
    const q = nameOf(o);
    if (JSON.stringify(o) === before) return ok(`${q} patched (no change)\n`);
    if (o.spec?.template && JSON.stringify(o.spec.template) !== tplBefore) this.c.resetProgress(o);
    if (['Deployment', 'ReplicaSet', 'DaemonSet'].includes(o.kind)) o.metadata.generation = (o.metadata.generation ?? 1) + 1;
    this.c.touch(o);
    return ok(`${q} patched\n`);
  }

  // ---------------------------------------------------------------- logs / exec
  podFor(p: Parsed, arg: string | undefined): { pod: Obj; note?: string } | KResult {
    if (!arg) return fail(`error: expected 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]'.\nPOD or TYPE/NAME is a required argument for the logs command\n${usage(p.path)}`);
    const ns = this.ns(p);
    if (arg.includes('/')) {
      const [t, n] = arg.split('/');
      const r = this.resolveType(t);
      if ('code' in r) return r;
      const o = this.find(r, ns, n);
      if (!o) return fail(this.notFound(r, n));
      if (o.kind === 'Pod') return { pod: o };
      const sel = o.kind === 'Service' ? o.spec.selector : o.spec.selector?.matchLabels;
      const pods = this.c.list('Pod', ns).filter((x) => matchLabels(sel, x.metadata.labels)).sort((a, b) => a.metadata.creationTimestamp - b.metadata.creationTimestamp);
      if (!pods.length) return fail(`error: timed out waiting for the condition`);
      return { pod: pods[0], note: pods.length > 1 ? `Found ${pods.length} pods, using pod/${pods[0].metadata.name}\n` : undefined };
    }
    const o = this.c.get('Pod', ns, arg);
    if (!o) return fail(`Error from server (NotFound): pods "${arg}" not found`);
    return { pod: o };
  }
  private container(pod: Obj, name: string | undefined): { c: any; note: string } | KResult {
    const cs = pod.spec.containers ?? [];
    if (name) {
      const c = cs.find((x: any) => x.name === name);
      if (!c) return fail(`Error from server (BadRequest): container ${name} is not valid for pod ${pod.metadata.name}`);
      return { c, note: '' };
    }
    return { c: cs[0], note: cs.length > 1 ? `Defaulted container "${cs[0].name}" out of: ${cs.map((x: any) => x.name).join(', ')}\n` : '' };
  }
  private waitingError(pod: Obj, c: any, verb: 'logs' | 'exec'): KResult | null {
    const i = pod.spec.containers.indexOf(c);
    const cs = pod.status?.containerStatuses?.[i];
    const w = cs?.state?.waiting;
    if (!cs || (w && cs.restartCount === 0 && !cs.lastState?.terminated)) {
      if (verb === 'exec') return fail(`error: unable to upgrade connection: container not found ("${c.name}")`);
      const why = !w ? 'ContainerCreating' : w.reason === 'ErrImagePull' || w.reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : w.reason;
      if (!pod.spec.nodeName) return fail(`Error from server (BadRequest): container "${c.name}" in pod "${pod.metadata.name}" is waiting to start: ContainerCreating`);
      return fail(`Error from server (BadRequest): container "${c.name}" in pod "${pod.metadata.name}" is waiting to start: ${why}`);
    }
    if (verb === 'exec' && !cs.state?.running) return fail(`error: cannot exec into a container in a completed pod; current phase is ${pod.status.phase === 'Running' ? 'Succeeded' : pod.status.phase}`);
    return null;
  }
  private logs(p: Parsed): KResult {
    const sel = this.selector(p);
    if (!p.args[0] && sel && typeof sel !== 'string') {
      const pods = this.c.list('Pod', this.ns(p)).filter((x) => selectorMatches(sel, x.metadata.labels)).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
      if (!pods.length) return fail(`No resources found in ${this.ns(p)} namespace.`, 0);
      const tail = (p.flags.tail as number | undefined) ?? 10;
      let out = '';
      for (const pod of pods) {
        const ct = pod.spec.containers[0];
        const lines = podLogs(this.c, pod, ct, false);
        out += (tail >= 0 ? lines.slice(Math.max(0, lines.length - tail)) : lines).map((l) => l.text + '\n').join('');
      }
      return ok(out);
    }
    const f = this.podFor(p, p.args[0]);
    if ('code' in f) return f;
    const ct = this.container(f.pod, (p.flags.container as string) ?? p.args[1]);
    if ('code' in ct) return ct;
    const w = this.waitingError(f.pod, ct.c, 'logs');
    if (w) return w;
    const lines = podLogs(this.c, f.pod, ct.c, !!p.flags.previous);
    const tail = p.flags.tail as number | undefined;
    const shown = tail !== undefined && tail >= 0 ? lines.slice(Math.max(0, lines.length - tail)) : lines;
    const text = (l: { at: number; text: string }) => (p.flags.timestamps ? new Date(l.at).toISOString().replace('Z', '000000Z').replace(/\.(\d{3})000000Z/, '.$1000000Z') + ' ' : '') + l.text + '\n';
    const res: KResult = { out: shown.map(text).join(''), err: (f.note ?? '') + ct.note, code: 0 };
    if (p.flags.follow) {
      let seen = lines.length;
      const pod = f.pod;
      res.follow = {
        poll: () => {
          if (!this.c.get('Pod', pod.metadata.namespace, pod.metadata.name)) return { done: 0 };
          const now = podLogs(this.c, pod, ct.c, false);
          const fresh = now.slice(seen);
          seen = now.length;
          return { out: fresh.map(text).join('') };
        },
      };
    }
    return res;
  }
  private exec(p: Parsed): KResult {
    const name = p.args[0];
    if (!name) return fail(`error: expected 'exec (POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...]'.\nPOD or TYPE/NAME is a required argument for the exec command\n${usage(p.path)}`);
    const cmd = p.dash ? p.rest : p.args.slice(1);
    if (!cmd.length) return fail(`error: you must specify at least one command for the container`);
    const f = this.podFor(p, name);
    if ('code' in f) return f;
    const ct = this.container(f.pod, p.flags.container as string | undefined);
    if ('code' in ct) return ct;
    const w = this.waitingError(f.pod, ct.c, 'exec');
    if (w) return w;
    const pre = p.dash ? '' : 'kubectl exec [POD] [COMMAND] is DEPRECATED and will be removed in a future version. Use kubectl exec [POD] -- [COMMAND] instead.\n';
    if (p.flags.stdin && p.flags.tty && ['sh', 'bash', '/bin/sh', '/bin/bash', 'ash'].includes(cmd[0]) && cmd.length === 1) return { out: '', err: pre + ct.note, code: 0, shell: { pod: f.pod, container: ct.c.name, command: cmd[0] } };
    const r = containerExec(this.c, f.pod, ct.c, cmd);
    return { out: r.out, err: pre + ct.note + r.err, code: r.code };
  }

  // ---------------------------------------------------------------- nodes
  private nodesArg(p: Parsed): Obj[] | KResult {
    const sel = this.selector(p);
    if (typeof sel === 'string') return fail(`error: ${sel}`);
    const names = p.args.map((a) => a.replace(/^(nodes?|no)\//, ''));
    if (!names.length && !sel) return fail(`error: USAGE: ${p.path[0]} NODE [flags]\n${usage(p.path)}`);
    if (sel) return this.c.list('Node').filter((n) => selectorMatches(sel, n.metadata.labels));
    const out: Obj[] = [];
    for (const n of names) {
      const o = this.c.nodeObj(n);
      if (!o) return fail(`Error from server (NotFound): nodes "${n}" not found`);
      out.push(o);
    }
    return out;
  }
  private cordon(p: Parsed, on: boolean): KResult {
    const nodes = this.nodesArg(p);
    if ('code' in nodes) return nodes;
    let out = '';
    for (const n of nodes) out += `node/${n.metadata.name} ${this.c.cordon(n.metadata.name, on) ? '' : 'already '}${on ? 'cordoned' : 'uncordoned'}\n`;
    return ok(out);
  }
  private drain(p: Parsed): KResult {
    const nodes = this.nodesArg(p);
    if ('code' in nodes) return nodes;
    let out = '';
    let err = '';
    const seq: [stream: 'out' | 'err', text: string][] = [];
    const evicting: Obj[] = [];
    const blocked = new Map<string, number>();
    const RETRY = 5000;
    for (const n of nodes) {
      const name = n.metadata.name;
      out += `node/${name} ${this.c.cordon(name, true) ? 'cordoned' : 'already cordoned'}\n`;
      const pods = this.c.podsOn(name).filter((x) => x.status.phase !== 'Succeeded' && x.status.phase !== 'Failed' && !x.metadata.deletionTimestamp).sort((a, b) => (`${a.metadata.namespace}/${a.metadata.name}` < `${b.metadata.namespace}/${b.metadata.name}` ? -1 : 1));
      const ds: string[] = [];
      const bare: string[] = [];
      const local: string[] = [];
      const evict: Obj[] = [];
      for (const x of pods) {
        const id = `${x.metadata.namespace}/${x.metadata.name}`;
        const owner = ownerOf(x);
        if (owner?.kind === 'Node') continue; // static pods are mirror pods and are skipped
        if (owner?.kind === 'DaemonSet') {
          ds.push(id);
          continue;
        }
        if (!owner) bare.push(id);
        if ((x.spec.volumes ?? []).some((v: any) => v.emptyDir)) local.push(id);
        evict.push(x);
      }
      const problems: string[] = [];
      if (bare.length && !p.flags.force) problems.push(`cannot delete Pods declare no controller (use --force to override): ${bare.join(', ')}`);
      if (ds.length && !p.flags['ignore-daemonsets']) problems.push(`cannot delete DaemonSet-managed Pods (use --ignore-daemonsets to ignore): ${ds.join(', ')}`);
      if (local.length && !p.flags['delete-emptydir-data'] && !p.flags['delete-local-data']) problems.push(`cannot delete Pods with local storage (use --delete-emptydir-data to override): ${local.join(', ')}`);
      if (problems.length) {
        err += `error: unable to drain node "${name}" due to error:${problems.join(', ')}, continuing command...\nThere are pending nodes to be drained:\n ${name}\n${problems.join('\n')}\n`;
        return { out, err, code: 1 };
      }
      const warn: string[] = [];
      if (bare.length) warn.push(`deleting Pods that declare no controller: ${bare.join(', ')}`);
      if (ds.length) warn.push(`ignoring DaemonSet-managed Pods: ${ds.join(', ')}`);
      if (warn.length) {
        err += `Warning: ${warn.join('; ')}\n`;
        seq.push(['out', out], ['err', `Warning: ${warn.join('; ')}\n`]);
        out = '';
      }
      for (const x of evict) {
        out += `evicting pod ${x.metadata.namespace}/${x.metadata.name}\n`;
        evicting.push(x);
        if (!p.flags['disable-eviction'] && this.c.evictionBlockedBy(x)) blocked.set(x.metadata.uid, this.c.t + RETRY);
        else this.c.deleteObj(x, p.flags['grace-period'] as number | undefined);
      }
    }
    // a PodDisruptionBudget refuses some evictions: each is retried every 5 s, as kubectl's drain does
    const refused = (x: Obj) => `error when evicting pods/"${x.metadata.name}" -n "${x.metadata.namespace}" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.\n`;
    if (blocked.size) {
      const e = evicting.filter((x) => blocked.has(x.metadata.uid)).map(refused).join('');
      seq.push(['out', out], ['err', e]);
      err += e;
      out = '';
    }
    const retry = (): { o: string; e: string } => {
      let o = '';
      let e = '';
      for (const x of evicting) {
        const at = blocked.get(x.metadata.uid);
        if (at === undefined || at > this.c.t) continue;
        o += `evicting pod ${x.metadata.namespace}/${x.metadata.name}\n`;
        if (this.c.evictionBlockedBy(x)) {
          blocked.set(x.metadata.uid, this.c.t + RETRY);
          e += refused(x);
        } else {
          blocked.delete(x.metadata.uid);
          this.c.deleteObj(x, p.flags['grace-period'] as number | undefined);
        }
      }
      return { o, e };
    };
    const done = new Set<string>();
    const finish = () => nodes.map((n) => `node/${n.metadata.name} drained\n`).join('');
    const res: KResult = { out, err, code: 0 };
    const poll = () => {
      const again = retry();
      let o = again.o;
      for (const x of evicting) {
        if (done.has(x.metadata.uid) || blocked.has(x.metadata.uid)) continue;
        const cur = this.c.get('Pod', x.metadata.namespace, x.metadata.name);
        if (!cur || cur.metadata.uid !== x.metadata.uid) {
          done.add(x.metadata.uid);
          o += `pod/${x.metadata.name} evicted\n`;
        }
      }
      if (done.size === evicting.length) return { out: o + finish(), done: 0 };
      return { out: o, err: again.e };
    };
    const first = poll();
    res.out += first.out;
    if (seq.length) {
      res.seq = [...seq, ['out', res.out]];
      res.out = seq.filter((x) => x[0] === 'out').map((x) => x[1]).join('') + res.out;
    }
    if (first.done === undefined) res.follow = { poll };
    return res;
  }
  private taint(p: Parsed): KResult {
    let args = [...p.args];
    if (['node', 'nodes', 'no'].includes(args[0])) args = args.slice(1);
    const names = args.filter((a) => !a.includes(':') && !a.includes('=') && !a.endsWith('-'));
    const specs = args.filter((a) => !names.includes(a));
    if (!specs.length) return fail(`error: at least one taint update is required\n${usage(p.path)}`);
    let out = '';
    const errs: string[] = [];
    const notFound: string[] = [];
    for (const nm of names.length ? names : this.c.list('Node').map((n) => n.metadata.name)) {
      const o = this.c.nodeObj(nm.replace(/^nodes?\//, ''));
      if (!o) return fail(`Error from server (NotFound): nodes "${nm}" not found`);
      let taints: any[] = [...(o.spec.taints ?? [])];
      let removed = false;
      for (const s0 of specs) {
        const del = s0.endsWith('-');
        const s = del ? s0.slice(0, -1) : s0;
        const m = /^([^=:]+)(?:=([^:]*))?(?::(NoSchedule|PreferNoSchedule|NoExecute))?$/.exec(s);
        if (!m || (!m[3] && !del)) return fail(`error: invalid taint spec: ${s0}, unknown taint effect: ""`);
        if (del) {
          const before = taints.length;
          taints = taints.filter((t) => !(t.key === m[1] && (!m[3] || t.effect === m[3])));
          if (before === taints.length) {
            notFound.push(`error: taint ${JSON.stringify(m[1] + (m[3] ? ':' + m[3] : ''))} not found`);
            continue;
          }
          removed = true;
        } else {
          if (taints.some((t) => t.key === m[1] && t.effect === m[3]) && !p.flags.overwrite) return fail(`error: node ${nm} already has ${m[1]} taint(s) with same effect(s) and --overwrite is false`);
          taints = taints.filter((t) => !(t.key === m[1] && t.effect === m[3]));
          taints.push({ key: m[1], ...(m[2] ? { value: m[2] } : {}), effect: m[3], ...(m[3] === 'NoExecute' ? { timeAdded: this.c.t } : {}) });
        }
      }
      if (notFound.length && !removed && specs.every((x) => x.endsWith('-'))) {
        errs.push(...notFound);
        notFound.length = 0;
        continue;
      }
      notFound.length = 0;
      o.spec.taints = taints.length ? taints : undefined;
      if (!taints.length) delete o.spec.taints;
      this.c.touch(o);
      out += `node/${o.metadata.name} ${removed ? 'untainted' : 'tainted'}\n`;
    }
    return { out, err: errs.length ? errs.join('\n') + '\n' : '', code: errs.length ? 1 : 0 };
  }

  // ---------------------------------------------------------------- autoscale / top
  private autoscale(p: Parsed): KResult {
    const t = this.targets(p.args, p.path);
    if ('code' in t) return t;
    if (!t.length || !t[0].name) return fail(`error: required resource not specified\n${usage(p.path)}`);
    const max = p.flags.max as number | undefined;
    if (!max || max < 1) return fail(`error: --max=MAXPODS is required and must be at least 1, max: ${max ?? -1}\n${usage(p.path)}`);
    const o = this.find(t[0].r, this.ns(p), t[0].name);
    if (!o) return fail(this.notFound(t[0].r, t[0].name));
    const name = (p.flags.name as string) ?? o.metadata.name;
    if (this.c.get('HorizontalPodAutoscaler', this.ns(p), name)) return fail(`Error from server (AlreadyExists): horizontalpodautoscalers.autoscaling "${name}" already exists`);
    const min = (p.flags.min as number) ?? 1;
    if (min > max) return fail(`error: --max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
    const d: any = { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name }, spec: { maxReplicas: max, minReplicas: min, scaleTargetRef: { apiVersion: 'apps/v1', kind: o.kind, name: o.metadata.name } } };
    const cpu = p.flags['cpu-percent'] as number | undefined;
    if (cpu !== undefined && cpu >= 0) d.spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: cpu } } }];
    else d.spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 80 } } }];
    this.createObject(d, this.ns(p), false);
    return ok(`horizontalpodautoscaler.autoscaling/${name} autoscaled\n`);
  }
  metricsReady(): boolean {
    return this.c.metricsAvailable();
  }
  private top(p: Parsed, nodes: boolean): KResult {
    if (!this.metricsReady()) return fail('error: Metrics API not available');
    const c = this.c;
    if (nodes) {
      const rows = [['NAME', 'CPU(cores)', 'CPU%', 'MEMORY(bytes)', 'MEMORY%']];
      for (const n of c.list('Node').sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))) {
        const sim = c.nodes.get(n.metadata.name)!;
        if (!c.alive(sim)) {
          rows.push([n.metadata.name, '<unknown>', '<unknown>', '<unknown>', '<unknown>']);
          continue;
        }
        const pods = c.podsOn(n.metadata.name).filter((x) => x.status.phase === 'Running');
        const cpu = (sim.controlPlane ? 90 : 25) + pods.reduce((a, x) => a + c.usage(x).cpu, 0);
        const mem = (sim.controlPlane ? 820 : 380) + pods.reduce((a, x) => a + c.usage(x).mem, 0);
        rows.push([n.metadata.name, `${cpu}m`, `${Math.round((cpu / (sim.cpus * 1000)) * 100)}%`, `${mem}Mi`, `${Math.round(((mem * 1024) / (sim.memKi - 102400)) * 100)}%`]);
      }
      return ok(renderRows(rows) + '\n');
    }
    const all = !!p.flags['all-namespaces'];
    const ns = this.ns(p);
    const pods = c.list('Pod', all ? undefined : ns).filter((x) => x.status.phase === 'Running' && c.podStage(x) === 'running');
    if (!pods.length) return fail(`No resources found in ${ns} namespace.`, 0);
    pods.sort((a, b) => (a.metadata.namespace! + a.metadata.name < b.metadata.namespace! + b.metadata.name ? -1 : 1));
    const rows = [[...(all ? ['NAMESPACE'] : []), 'NAME', 'CPU(cores)', 'MEMORY(bytes)']];
    for (const x of pods) rows.push([...(all ? [x.metadata.namespace!] : []), x.metadata.name, `${c.usage(x).cpu}m`, `${c.usage(x).mem}Mi`]);
    return ok(renderRows(rows) + '\n');
  }

  // ---------------------------------------------------------------- info
  private version(p: Parsed): KResult {
    const cv = this.env.clientVersion;
    const fmt = p.flags.output as string | undefined;
    const kustomize = 'v5.0.4-0.20230601165947-6ce0bf390ce3';
    const b = BUILDS[cv] ?? { gitCommit: '', buildDate: '', goVersion: 'go1.22.8' };
    const client = { major: '1', minor: cv.split('.')[1], gitVersion: cv, gitCommit: b.gitCommit, gitTreeState: 'clean', buildDate: b.buildDate, goVersion: b.goVersion, compiler: 'gc', platform: 'linux/amd64' };
    const down = p.flags.client ? null : this.connection();
    if (fmt === 'json' || fmt === 'yaml') {
      const data: any = { clientVersion: client, kustomizeVersion: kustomize };
      if (!down && !p.flags.client) data.serverVersion = { ...client, gitVersion: this.c.version, minor: this.c.version.split('.')[1] };
      return { out: fmt === 'json' ? JSON.stringify(data, null, 2) + '\n' : toYaml(data) + '\n\n', err: down?.err ?? '', code: down ? 1 : 0 };
    }
    if (fmt) return fail(`error: --output must be 'yaml' or 'json'`);
    let out = `Client Version: ${cv}\nKustomize Version: ${kustomize}\n`;
    if (p.flags.client) return ok(out);
    if (down) return { out, err: down.err.split('\n').filter((l) => !l.startsWith('E')).join('\n'), code: 1 };
    this.sync();
    out += `Server Version: ${this.c.version}\n`;
    const cm = Number(cv.split('.')[1]);
    const sm = Number(this.c.version.split('.')[1]);
    const err = Math.abs(cm - sm) > 1 ? `WARNING: version difference between client (1.${cm}) and server (1.${sm}) exceeds the supported minor version skew of +/-1\n` : '';
    return { out, err, code: 0 };
  }
  private config(p: Parsed): KResult {
    const io = this.env.kubeconfig ?? this.memoryKubeconfig();
    const m = verbModules.config;
    if (!m) throw new Error('kubectl config is not loaded');
    return m.runConfig(p, io, () => helpText(p.path, this.minor));
  }
  /** without a file system (tests): kubeadm's admin.conf for the server, kept in memory */
  private memoryKubeconfig(): ConfigIO {
    const server = this.env.server;
    let doc: any = server
      ? {
          clusters: [{ name: 'kubernetes', cluster: { 'certificate-authority-data': 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==', server } }],
          contexts: [{ name: 'kubernetes-admin@kubernetes', context: { cluster: 'kubernetes', user: 'kubernetes-admin', ...(this.env.namespace ? { namespace: this.env.namespace } : {}) } }],
          'current-context': 'kubernetes-admin@kubernetes',
          users: [{ name: 'kubernetes-admin', user: { 'client-certificate-data': 'LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCg==', 'client-key-data': 'LS0tLS1CRUdJTiBSU0EgUFJJVkFURSBLRVktLS0tLQo=' } }],
        }
      : null;
    return { path: '/root/.kube/config', read: () => (doc ? '' : null), write: (t) => void (doc = JSON.parse(JSON.stringify(doc))), parseYaml: () => doc };
  }
  private clusterInfo(): KResult {
    const s = this.env.server;
    const dns = this.c.get('Service', 'kube-system', 'kube-dns');
    return ok(`Kubernetes control plane is running at ${s}\n${dns ? `CoreDNS is running at ${s}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n` : ''}\nTo further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n`);
  }
  private apiResources(p: Parsed): KResult {
    let rs = RESOURCES;
    if (p.flags.namespaced !== undefined) rs = rs.filter((r) => r.namespaced === (p.flags.namespaced === 'true' || p.flags.namespaced === ''));
    if (p.flags['api-group'] !== undefined) rs = rs.filter((r) => r.group === p.flags['api-group']);
    if (p.flags.output === 'name') return ok(rs.map((r) => (r.group ? `${r.name}.${r.group}` : r.name)).join('\n') + '\n');
    const rows = [['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'], ...rs.map((r) => [r.name, r.short.join(','), apiVersionOf(r), String(r.namespaced), r.kind])];
    if (p.flags['no-headers']) rows.shift();
    return ok(renderRows(rows) + '\n');
  }
  private explain(p: Parsed): KResult {
    if (!p.args.length) return fail(`You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\n${usage(p.path)}`);
    const [t, ...path] = p.args[0].split('.');
    const r = lookupResource(t);
    if (!r) return fail(`error: the server doesn't have a resource type "${t}"`);
    const field = path.length ? `\nFIELD: ${path[path.length - 1]}\n` : '';
    return ok(`GROUP:      ${r.group}\nKIND:       ${r.kind}\nVERSION:    ${r.version}\n${field}\nDESCRIPTION:\n    ${EXPLAIN[r.kind] ?? `${r.kind} is a resource of the Kubernetes API.`}\n    \nFIELDS:\n  apiVersion\t<string>\n  kind\t<string>\n  metadata\t<ObjectMeta>\n  spec\t<${r.kind}Spec>\n  status\t<${r.kind}Status>\n\n`.replace('GROUP:      \n', ''));
  }
}

const EXPLAIN: Record<string, string> = {
  Pod: 'Pod is a collection of containers that can run on a host. This resource is created\n    by clients and scheduled onto hosts.',
  Deployment: 'Deployment enables declarative updates for Pods and ReplicaSets.',
  Service: 'Service is a named abstraction of software service (for example, mysql)\n    consisting of local port (for example 3306) that the proxy listens on, and the\n    selector that determines which pods will answer requests sent through the\n    proxy.',
  ReplicaSet: 'ReplicaSet ensures that a specified number of pod replicas are running at any\n    given time.',
  Node: 'Node is a worker node in Kubernetes. Each node will have a unique identifier in\n    the cache (i.e. in etcd).',
};

/** the go-template subset the tutorials use, translated to JSONPath */
function goTemplate(t: string): string {
  return t
    .replace(/\{\{\s*range\s+(\.[\w.]+)\s*\}\}/g, '{range $1[*]}')
    .replace(/\{\{\s*end\s*\}\}/g, '{end}')
    .replace(/\{\{\s*\(index\s+(\.[\w.]+)\s+(\d+)\)((?:\.[\w]+)*)\s*\}\}/g, '{$1[$2]$3}')
    .replace(/\{\{\s*("(?:[^"\\]|\\.)*")\s*\}\}/g, '{$1}')
    .replace(/\{\{\s*(\.[\w.]*)\s*\}\}/g, '{$1}');
}


/** the Pod Template block of rollout history --revision and describe deployment */
export function podTemplateText(t: any, indent = ''): string {
  const L: string[] = [];
  const labels = Object.keys(t.metadata?.labels ?? {}).sort();
  L.push('Pod Template:');
  L.push(`  Labels:\t${labels.length ? labels.map((k) => `${k}=${t.metadata.labels[k]}`).join('\n\t') : '<none>'}`.replace(/\n\t/g, '\n  \t'));
  const ann = Object.keys(t.metadata?.annotations ?? {}).sort();
  if (ann.length) L.push(`  Annotations:\t${ann.map((k) => `${k}: ${t.metadata.annotations[k]}`).join('\n  \t')}`);
  L.push('  Containers:');
  for (const c of t.spec?.containers ?? []) {
    L.push(`   ${c.name}:`);
    L.push(`    Image:\t${c.image}`);
    const port = c.ports?.[0];
    L.push(`    Port:\t${port ? `${port.containerPort}/${port.protocol ?? 'TCP'}` : '<none>'}`);
    L.push(`    Host Port:\t${port ? `${port.hostPort ?? 0}/${port.protocol ?? 'TCP'}` : '<none>'}`);
    if (c.command) L.push(`    Command:\n${c.command.map((x: string) => `      ${x}`).join('\n')}`);
    if (c.args) L.push(`    Args:\n${c.args.map((x: string) => `      ${x}`).join('\n')}`);
    if (c.resources?.limits) L.push(`    Limits:\n${Object.entries(c.resources.limits).map(([k, v]) => `      ${k}:\t${v}`).join('\n')}`);
    if (c.resources?.requests) L.push(`    Requests:\n${Object.entries(c.resources.requests).map(([k, v]) => `      ${k}:\t${v}`).join('\n')}`);
    L.push(`    Environment:\t${c.env?.length ? '\n' + c.env.map((e: any) => `      ${e.name}:\t${e.value}`).join('\n') : '<none>'}`);
    L.push(`    Mounts:\t${c.volumeMounts?.length ? '\n' + c.volumeMounts.map((m: any) => `      ${m.mountPath} from ${m.name} (${m.readOnly ? 'ro' : 'rw'})`).join('\n') : '<none>'}`);
  }
  L.push(`  Volumes:\t${t.spec?.volumes?.length ? '\n' + t.spec.volumes.map((v: any) => `   ${v.name}:\n    Type:\t${v.emptyDir ? 'EmptyDir (a temporary directory that shares a pod\'s lifetime)' : 'Projected'}`).join('\n') : '<none>'}`);
  if (t.spec?.nodeSelector) L.push(`  Node-Selectors:\t${Object.entries(t.spec.nodeSelector).map(([k, v]) => `${k}=${v}`).join(',')}`);
  else L.push('  Node-Selectors:\t<none>');
  L.push(`  Tolerations:\t${t.spec?.tolerations?.length ? t.spec.tolerations.map((x: any) => `${x.key ?? ''}${x.operator === 'Exists' ? ' op=Exists' : ''}`).join('\n  \t') : '<none>'}`);
  return L.map((l) => indent + l).join('\n');
}

/** STATUS column of a pod, for other modules */
export function podPhaseText(p: Obj): string {
  return podStatus(p).status;
}
export { age };
