/** kubectl create's sub-commands on a cluster: the object the client builds, then stored. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { goTemplateOutput } from '../../gotemplate';
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, usage, gr } from '../../result';
import { type Parsed, verbModules } from '../../cli';
import type { Built } from './index';
import { jsonpath, toYaml } from '../../../format';
import { clone, matchLabels } from '../../../objects';
import { byKind, lookupResource } from '../../../resources';
import { parseImage } from '../../../images';
import { tokenUsage } from './token';
import { admitCreate } from '../../../controllers/quota';

/**
 * How each create sub-command words a server error: create_*.go wrap it as `failed to create …: %v` (secrets without
 * the colon, PodDisruptionBudgets in the plural, services with their type); role, clusterrole and namespace return it
 * as it is, which kubectl prints as `Error from server (<reason>): …`.
 */
const WRAP: Record<string, string> = {
  'create deployment': 'failed to create deployment: ',
  'create configmap': 'failed to create configmap: ',
  'create secret generic': 'failed to create secret ',
  'create secret tls': 'failed to create secret ',
  'create secret docker-registry': 'failed to create secret ',
  'create job': 'failed to create job: ',
  'create cronjob': 'failed to create cronjob: ',
  'create serviceaccount': 'failed to create serviceaccount: ',
  'create quota': 'failed to create quota: ',
  'create priorityclass': 'failed to create priorityclass: ',
  'create poddisruptionbudget': 'failed to create poddisruptionbudgets: ',
  'create ingress': 'failed to create ingress: ',
  'create rolebinding': 'failed to create rolebinding: ',
  'create clusterrolebinding': 'failed to create clusterrolebinding: ',
  'create service clusterip': 'failed to create ClusterIP service: ',
  'create service nodeport': 'failed to create NodePort service: ',
  'create service loadbalancer': 'failed to create LoadBalancer service: ',
  'create service externalname': 'failed to create ExternalName service: ',
};

/** apimachinery's IsDNS1123Subdomain message (RegexError with its example and pattern) */
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

/** a server error as `kubectl create <sub>` prints it */
function serverError(p: Parsed, reason: string, msg: string): KResult {
  const w = WRAP[p.path.join(' ')];
  return fail(w === undefined ? `Error from server (${reason}): ${msg}` : `error: ${w}${msg}`);
}

function buildIO(k: Kubectl, p: Parsed) {
  return {
    readFile: (path: string) => k.env.readFile?.(path) ?? null,
    ns: k.ns(p),
    /** TYPE/NAME read from the server, as the resource builder resolves it */
    lookup: (ref: string, ns: string): { obj: any } | { error: string } => {
      const slash = ref.indexOf('/');
      if (slash < 0) return { error: 'error: resource(s) were provided, but no name was specified' };
      const info = lookupResource(ref.slice(0, slash));
      if (!info) return { error: `error: the server doesn't have a resource type "${ref.slice(0, slash)}"` };
      const name = ref.slice(slash + 1);
      const obj = k.c.get(info.kind, info.namespaced === false ? undefined : ns, name);
      if (!obj) return { error: `Error from server (NotFound): ${gr(info)} "${name}" not found` };
      return { obj };
    },
  };
}
/** `kubectl create <sub>`: the object as the client builds it; with --dry-run=client no server is needed */

export function clientBuild(k: Kubectl, p: Parsed): KResult | null {
  if (p.path[0] !== 'create') return null;
  if (p.path[1] === 'token') return tokenUsage(p);
  const b = verbModules.create?.BUILDERS[p.path.join(' ')];
  if (!b) return null;
  const r = b(p, buildIO(k, p));
  if ('error' in r) return fail(r.error);
  return p.flags['dry-run'] === 'client' ? printBuilt(k, r, p, '(dry run)') : null;
}

function printBuilt(k: Kubectl, r: Extract<Built, { obj: any }>, p: Parsed, note: string): KResult {
  const out = p.flags.output as string | undefined;
  const name = `${r.resource}/${r.obj.metadata.name}`;
  if (out === 'yaml') return ok(toYaml(r.obj) + '\n');
  if (out === 'json') return ok(JSON.stringify(r.obj, null, 4) + '\n');
  if (out === 'name') return ok(name + '\n');
  if (out === 'go-template' || out?.startsWith('go-template=')) {
    const tpl = out.includes('=') ? out.slice(out.indexOf('=') + 1) : (p.flags.template as string | undefined);
    if (!tpl) return fail('error: template format specified but no template given');
    const g = goTemplateOutput(tpl, r.obj);
    if (!('unsupported' in g)) return 'error' in g ? fail(g.error) : ok(g.out);
  }
  if (out?.startsWith('jsonpath=')) {
    const r2 = jsonpath(out.slice('jsonpath='.length), r.obj);
    return 'error' in r2 ? fail(r2.error) : ok(r2.out);
  }
  return ok(`${name} created${note ? ' ' + note : ''}\n`);
}
/** the create sub-commands the cluster keeps as plain objects (Secrets, Jobs, CronJobs, ...) */

export function createBuilt(k: Kubectl, p: Parsed): KResult {
  const r = verbModules.create!.BUILDERS[p.path.join(' ')](p, buildIO(k, p));
  if ('error' in r) return fail(r.error);
  if (p.flags['dry-run'] === 'server') return printBuilt(k, r, p, '(server dry run)');
  const o = r.obj;
  const info = lookupResource(o.kind);
  const ns = info?.namespaced === false ? undefined : (o.metadata.namespace ?? k.ns(p));
  if (ns && !k.nsExists(ns)) return serverError(p, 'NotFound', `namespaces "${ns}" not found`);
  if (k.c.get(o.kind, ns, o.metadata.name)) return serverError(p, 'AlreadyExists', `${info ? gr(info) : o.kind.toLowerCase()} "${o.metadata.name}" already exists`);
  const denied = admitCreate(k.c, ns, o);
  if (denied) return serverError(p, 'Forbidden', denied);
  const stored = clone(o);
  delete stored.status;
  delete stored.metadata.creationTimestamp;
  k.createObject(stored, ns, false);
  return printBuilt(k, r, p, '');
}

export function createDeployment(k: Kubectl, p: Parsed): KResult {
  if (p.args.length !== 1) return fail(`error: exactly one NAME is required, got ${p.args.length}\n${usage(p.path)}`);
  const imgs = p.flags.image as string[] | undefined;
  if (!imgs) return fail(`error: required flag(s) "image" not set`);
  const name = p.args[0];
  const ns = k.ns(p);
  if (!k.nsExists(ns)) return serverError(p, 'NotFound', `namespaces "${ns}" not found`);
  // the API server validates before it stores (apps ValidateDeployment: the name, then spec.replicas); names too long
  // for the app label are left out (their label errors follow)
  const invalid: string[] = [];
  if (name.length <= 63 && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/.test(name))
    invalid.push(`metadata.name: Invalid value: "${name}": ${SUBDOMAIN_MSG}`);
  const replicas = p.flags.replicas as number | undefined;
  if (replicas !== undefined && replicas < 0) invalid.push(`spec.replicas: Invalid value: ${replicas}: must be greater than or equal to 0`);
  if (invalid.length) return serverError(p, 'Invalid', `Deployment.apps "${name}" is invalid: ${invalid.length > 1 ? `[${invalid.join(', ')}]` : invalid[0]}`);
  if (k.c.get('Deployment', ns, name)) return serverError(p, 'AlreadyExists', `deployments.apps "${name}" already exists`);
  const containers = imgs.map((image) => {
    const base = parseImage(image).repo.split('/').pop()!;
    const c: any = { name: imgs.length > 1 ? base : base, image };
    if (p.flags.port !== undefined) c.ports = [{ containerPort: p.flags.port as number }];
    return c;
  });
  const d = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name, labels: { app: name } }, spec: { replicas: (p.flags.replicas as number) ?? 1, selector: { matchLabels: { app: name } }, strategy: {}, template: { metadata: { labels: { app: name } }, spec: { containers } } } };
  return k.createOrPrint(p, d, ns, 'deployment.apps', WRAP['create deployment']);
}

export function createSimple(k: Kubectl, p: Parsed, kind: 'Namespace'): KResult {
  if (p.args.length !== 1) return fail(`error: exactly one NAME is required, got ${p.args.length}\n${usage(p.path)}`);
  const name = p.args[0];
  const r = byKind(kind);
  const ns = r.namespaced ? k.ns(p) : undefined;
  if (k.c.get(kind, ns, name)) return serverError(p, 'AlreadyExists', `${gr(r)} "${name}" already exists`);
  if (kind === 'Namespace' && !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(name))
    return fail(`The Namespace "${name}" is invalid: metadata.name: Invalid value: "${name}": a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')`);
  const d: any = { apiVersion: 'v1', kind, metadata: { name } };
  return k.createOrPrint(p, d, ns, r.singular, WRAP[p.path.join(' ')]);
}

export function createService(k: Kubectl, p: Parsed, type: string): KResult {
  if (p.args.length !== 1) return fail(`error: exactly one NAME is required, got ${p.args.length}\n${usage(p.path)}`);
  const name = p.args[0];
  const ns = k.ns(p);
  if (k.c.get('Service', ns, name)) return serverError(p, 'AlreadyExists', `services "${name}" already exists`);
  const tcp = (p.flags.tcp as string[]) ?? [];
  if (!tcp.length && type !== 'ClusterIP') return fail(`error: at least one tcp port specifier must be provided`);
  const ports = tcp.map((s) => {
    const [port, target] = s.split(':');
    const o: any = { name: `${port}-${target ?? port}`, port: Number(port), protocol: 'TCP', targetPort: Number(target ?? port) };
    if (p.flags['node-port']) o.nodePort = p.flags['node-port'];
    return o;
  });
  const d = { apiVersion: 'v1', kind: 'Service', metadata: { name, labels: { app: name } }, spec: { ports, selector: { app: name }, type } };
  return k.createOrPrint(p, d, ns, 'service', WRAP[p.path.join(' ')]);
}
