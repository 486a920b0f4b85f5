/**
 * kubectl cluster-info dump (staging/src/k8s.io/kubectl/pkg/cmd/clusterinfo/clusterinfo_dump.go): the NodeList, then
 * for each namespace its EventList, ReplicationControllerList, ServiceList, DaemonSetList, DeploymentList,
 * ReplicaSetList and PodList, then every pod's container logs. The lists are client-go's typed objects: the printer
 * sets the list's kind and apiVersion (WithTypeSetter), its items have none, and JSON comes in the structs' field order
 * (field-order.ts). With --output-directory each goes to its own file and one line says where.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { type KResult, fail } from '../../result';
import { toYaml } from '../../../format';
import { jsonpath, jsonpathValues } from '../../../jsonpath';
import { lookupResource } from '../../../resources';
import type { Obj } from '../../../objects';
import { podLogs } from '../../../container';
import { list } from '../proxy/api';
import { goIndentJson, structOrdered } from '../../field-order';
import { goTemplate } from '../get/run';
import { refusal } from '../../../rbac/requests';

// NoCompatiblePrinterError sorts them
const FORMATS = 'go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,name,template,templatefile,yaml';
const KINDS: [string, string][] = [
  ['events', 'events'],
  ['replicationcontrollers', 'replication-controllers'],
  ['services', 'services'],
  ['daemonsets', 'daemonsets'],
  ['deployments', 'deployments'],
  ['replicasets', 'replicasets'],
  ['pods', 'pods'],
];

type Printer = (list: any) => string | { error: string };

/** genericclioptions.PrintFlags.ToPrinter: JSON or YAML, name, then the templates (--template alone means go-template) */
function printer(k: Kubectl, p: Parsed): Printer | { error: string } {
  const given = p.flags.output as string | undefined;
  const template = (p.flags.template as string | undefined) ?? '';
  const output = template && given === undefined ? 'go-template' : (given ?? 'json');
  const eq = output.indexOf('=');
  const fmt = template ? output : eq < 0 ? output : output.slice(0, eq);
  let arg = template || (eq < 0 ? '' : output.slice(eq + 1));
  let count = 0;
  if (fmt === 'json') return (l) => goIndentJson(l);
  // the YAML printer separates the second and later objects it prints with ---
  if (fmt === 'yaml') return (l) => (count++ ? '---\n' : '') + toYaml(l) + '\n';
  if (fmt === 'name') return (l) => ({ error: `list types are not supported by name printing: *v1.${l.kind}` });
  const go = ['go-template', 'go-template-file', 'template', 'templatefile'].includes(fmt);
  if (!go && !['jsonpath', 'jsonpath-file', 'jsonpath-as-json'].includes(fmt)) return { error: `unable to match a printer suitable for the output format "${output}", allowed formats are: ${FORMATS}` };
  if (!arg) return { error: 'template format specified but no template given' };
  if (fmt.endsWith('file')) {
    const text = k.env.readFile?.(arg);
    if (text == null) return { error: `error reading --template ${arg}, open ${arg}: no such file or directory` };
    arg = text;
  }
  const expr = go ? goTemplate(arg) : arg;
  if (fmt === 'jsonpath-as-json') return (l) => asJson(expr, l);
  return (l) => {
    const r = jsonpath(expr, l);
    return 'out' in r ? r.out : { error: r.error };
  };
}

/**
 * jsonpath-as-json: each part of the template (text, or an expression) printed as the JSON list of what it finds,
 * json.MarshalIndent with four spaces (client-go util/jsonpath PrintResults); ranges are not modelled
 */
function asJson(template: string, l: any): string | { error: string } {
  let out = '';
  for (const part of template.split(/(\{[^}]*\})/).filter(Boolean)) {
    const values = part.startsWith('{') ? jsonpathValues(part.slice(1, -1).trim(), l) : [part];
    if (typeof values === 'string') return { error: values };
    out += goIndentJson(sortedKeys(values));
  }
  return out;
}
const sortedKeys = (v: any): any => (Array.isArray(v) ? v.map(sortedKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortedKeys(v[k])])) : v);

/** Go's path.Join of the output directory and a file name */
function joinPath(dir: string, name: string): string {
  return (dir.replace(/\/+$/, '') + '/' + name).replace(/\/{2,}/g, '/').replace(/^\.\//, '');
}

/** what the log request answers for one container: its log, or the kubelet's refusal (validateContainerLogStatus) */
function containerLog(k: Kubectl, pod: Obj, c: any, init: boolean): { text: string } | { status: number; message: string } {
  const statuses = (init ? pod.status?.initContainerStatuses : pod.status?.containerStatuses) ?? [];
  const cs = statuses.find((s: any) => s.name === c.name);
  const w = cs?.state?.waiting;
  if (!cs || (w && cs.restartCount === 0 && !cs.lastState?.terminated)) {
    // a container the kubelet has not started yet waits with the reason its status is generated with
    const waiting = pod.spec.initContainers?.length ? 'PodInitializing' : 'ContainerCreating';
    const why = !w || !pod.spec.nodeName ? waiting : w.reason === 'ErrImagePull' ? "image can't be pulled" : w.reason === 'ImagePullBackOff' ? 'trying and failing to pull image' : w.reason;
    return { status: 400, message: `container "${c.name}" in pod "${pod.metadata.name}" is waiting to start: ${why}` };
  }
  return { text: podLogs(k.c, pod, c, false).map((l) => l.text + '\n').join('') };
}

/** What the dump reads: the API server's lists (or its refusal) and each container's log (or the refusal of the request). */
export interface DumpSource {
  list(resource: string, ns?: string): { body: any } | { refused: string };
  log(ns: string, pod: string, container: string): { text: string } | { status: number; message: string };
}

/**
 * The error DoRaw makes of a refused log request: it never decodes the API server's Status, it only names the
 * status code (rest.Request.newUnstructuredResponseError, errors.NewGenericServerResponse)
 */
function unstructuredError(status: number, pod: string): string {
  const why = status === 400 ? 'the server rejected our request for an unknown reason' : status === 404 ? 'the server could not find the requested resource' : `the server responded with the status code ${status} but did not return more information`;
  return `${why} (get pods ${pod})`;
}

/** the lab's API server, as the user asks it */
export function clusterSource(k: Kubectl, p: Parsed): DumpSource {
  return {
    list(res, ns) {
      const r = lookupResource(res)!;
      const no = refusal(k, p, { verb: 'list', group: r.group, resource: r.name, namespace: ns ?? '' }, r);
      if (no) return { refused: `Error from server (Forbidden): ${no}` };
      const objs = k.c
        .list(r.kind, ns)
        .filter((o) => k.visible(o))
        .sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : a.metadata.name > b.metadata.name ? 1 : 0));
      return { body: list(k.c, r, objs) };
    },
    log(ns, name, container) {
      const pod = k.c.get('Pod', ns, name)!;
      const init = (pod.spec.initContainers ?? []).find((c: any) => c.name === container);
      return containerLog(k, pod, init ?? pod.spec.containers.find((c: any) => c.name === container), !!init);
    },
  };
}

export function dump(k: Kubectl, p: Parsed): KResult {
  return dumpFrom(k, p, clusterSource(k, p));
}

export function dumpFrom(k: Kubectl, p: Parsed, src: DumpSource): KResult {
  const timeout = String(p.flags['pod-running-timeout'] ?? '20s');
  const print = printer(k, p);
  if ('error' in print) return fail(`error: ${print.error}`);
  // GetPodRunningTimeoutFlag, after the printer
  if (/^[-+]?0+(\.0*)?([a-zµ]+)?$|^-/.test(timeout)) return fail('error: --pod-running-timeout must be higher than zero');
  // the file names follow --output as given (a --template alone keeps .json)
  const output = (p.flags.output as string | undefined) ?? 'json';
  const ext = output === 'json' ? '.json' : output === 'yaml' ? '.yaml' : '.txt';
  const dir = (p.flags['output-directory'] as string | undefined) ?? '';
  const toFiles = dir !== '' && dir !== '-';
  let out = '';
  const files = new Map<string, string>();
  const write = (name: string, text: string) => {
    if (!toFiles) out += text;
    else files.set(joinPath(dir, name), (files.get(joinPath(dir, name)) ?? '') + text);
  };
  // client-go decodes each list into its typed struct: the printers see the Go fields, in their order
  const emit = (name: string, l: any): string | null => {
    const r = print(structOrdered(l, l.kind));
    if (typeof r !== 'string') return r.error;
    write(name + ext, r);
    return null;
  };
  const finish = (err?: string): KResult => {
    for (const [f, text] of files) {
      const slash = f.lastIndexOf('/');
      const e = (slash > 0 ? k.env.mkdirAll?.(f.slice(0, slash)) : null) ?? k.env.writeFile?.(f, text) ?? null;
      if (e) return { out, err: `error: ${e}\n`, code: 1 };
    }
    if (err) return { out, err: `${err.startsWith('Error from server') ? '' : 'error: '}${err}\n`, code: 1 };
    if (toFiles) out += `Cluster info dumped to ${dir}\n`;
    return { out, err: '', code: 0 };
  };
  // a list the user may not read ends the dump there, with the API server's refusal as CheckErr prints it
  const nodes = src.list('nodes');
  const e0 = 'refused' in nodes ? nodes.refused : emit('nodes', nodes.body);
  if (e0) return finish(e0);
  let namespaces: string[];
  // a string slice: each value is comma-separated
  const chosen = ((p.flags.namespaces as string[] | undefined) ?? []).flatMap((v) => (v === '' ? [] : v.split(',')));
  if (p.flags['all-namespaces']) {
    const all = src.list('namespaces');
    if ('refused' in all) return finish(all.refused);
    namespaces = all.body.items.map((n: any) => n.metadata.name);
  } else namespaces = chosen.length ? chosen : ['kube-system', k.ns(p)];
  for (const ns of namespaces) {
    let pods: any[] = [];
    for (const [res, file] of KINDS) {
      const l = src.list(res, ns);
      if ('refused' in l) return finish(l.refused);
      if (res === 'pods') pods = l.body.items;
      const e = emit(`${ns}/${file}`, l.body);
      if (e) return finish(e);
    }
    for (const pod of pods) {
      for (const c of [...(pod.spec.initContainers ?? []), ...(pod.spec.containers ?? [])]) {
        const id = `container ${c.name} of pod ${ns}/${pod.metadata.name}`;
        const log = src.log(ns, pod.metadata.name, c.name);
        write(`${ns}/${pod.metadata.name}/logs.txt`, `==== START logs for ${id} ====\n${'text' in log ? log.text : `Request log error: ${unstructuredError(log.status, pod.metadata.name)}\n`}==== END logs for ${id} ====\n`);
      }
    }
  }
  return finish();
}
