/**
 * Who kubectl's requests come from and whether the API server lets them through: the kubeconfig's user (kubeadm's
 * admin.conf: kubernetes-admin in system:masters, in kubeadm:cluster-admins from 1.29) or the one --as and --as-group
 * impersonate. `forbiddenRequest` is the one place where a command's requests meet the authorizer: the requests a
 * verb sends (the GET of its object, then the patch, the create of a subresource, ...) are checked in the order the
 * client sends them, before the verb runs, and the first one refused is answered as the client prints it
 * (tests/golden/kubectl-server: the real clients against the API server's 403).
 */
import type { Kubectl } from '../kubectl/client';
import { discoveryLines } from '../kubectl/discovery-log';
import { ISSUER } from '../kubectl/verbs/create/token';
import type { Parsed } from '../kubectl/cli';
import { fail, gr, type KResult } from '../kubectl/result';
import { lookupResource, type ResourceInfo } from '../resources';
import { authorize, forbidden, forbiddenMessage, subjectFor, type Attributes, type Subject } from './authorizer';

const asGroups = (p: Parsed): string[] => ((p.flags['as-group'] as string[] | undefined) ?? []).filter(Boolean);

/** the last kubeconfig text parsed and what it parsed to: most commands read the same file again */
let parsed: { text: string; cfg: any } | null = null;

/** the kubeconfig's current context's user entry (kubeadm's admin.conf: kubernetes-admin, a client certificate) */
function kubeconfigUser(k: Kubectl, p: Parsed): { name: string; user: Record<string, string> } {
  try {
    const io = k.env.kubeconfig;
    const text = io?.read();
    if (io && text) {
      if (parsed?.text !== text) parsed = { text, cfg: io.parseYaml(text) };
      const cfg = parsed.cfg;
      const ctx = (cfg?.contexts ?? []).find((x: { name: string }) => x.name === ((p.flags.context as string) || cfg?.['current-context']));
      const name = (p.flags.user as string) || ctx?.context?.user;
      if (name) return { name, user: (cfg?.users ?? []).find((x: { name: string }) => x.name === name)?.user ?? {} };
    }
  } catch {
    // an unreadable kubeconfig fails elsewhere
  }
  return { name: 'kubernetes-admin', user: {} };
}

/** the bearer token the client sends: --token, else the kubeconfig user's token */
const bearer = (k: Kubectl, p: Parsed): string | undefined => (p.flags.token as string) || kubeconfigUser(k, p).user.token || undefined;

/**
 * The service account a token the API server issued stands for (its JWT's subject, while the account it names still
 * has the uid it was issued for and the token has not expired), or null: the server answers 401 to anything else.
 */
function tokenSubject(k: Kubectl, token: string): Subject | null {
  try {
    const claims = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
    const sa = claims['kubernetes.io']?.serviceaccount;
    const ns = claims['kubernetes.io']?.namespace;
    const o = sa && k.c.get('ServiceAccount', ns, sa.name);
    if (claims.iss !== ISSUER || !o || o.metadata.uid !== sa.uid || claims.exp * 1000 <= k.c.t || claims.sub !== `system:serviceaccount:${ns}:${sa.name}`) return null;
    return subjectFor(claims.sub, []);
  } catch {
    return null;
  }
}

/** A bearer token the API server does not know: 401 from the first request, discovery's, as the client reports it. */
export function authenticationError(k: Kubectl, p: Parsed): KResult | null {
  const token = bearer(k, p);
  if (!token || tokenSubject(k, token)) return null;
  const why = 'the server has asked for the client to provide credentials';
  return fail(`${discoveryLines(k.env, why)}error: You must be logged in to the server (${why})`);
}

export function requester(k: Kubectl, p: Parsed): Subject {
  const token = bearer(k, p);
  const owner = token ? tokenSubject(k, token) : null;
  const as = p.flags.as as string | undefined;
  if (as) return subjectFor(as, asGroups(p));
  if (owner) return owner;
  if (k.env.identity) return subjectFor(k.env.identity.user, k.env.identity.groups);
  const minor = Number(k.c.version.replace(/^v/, '').split('.')[1]);
  return { user: 'kubernetes-admin', groups: [minor >= 29 ? 'kubeadm:cluster-admins' : 'system:masters', 'system:authenticated'] };
}

/** client-go refuses groups (or a uid) to impersonate without a user, naming the kubeconfig's user entry */
export function impersonationError(k: Kubectl, p: Parsed): KResult | null {
  if (p.flags.as || (!asGroups(p).length && !p.flags['as-uid'])) return null;
  let user = 'kubernetes-admin';
  try {
    const io = k.env.kubeconfig;
    const text = io?.read();
    if (io && text) {
      const cfg = io.parseYaml(text);
      const ctx = (cfg?.contexts ?? []).find((x: { name: string }) => x.name === ((p.flags.context as string) || cfg?.['current-context']));
      if (ctx?.context?.user) user = ctx.context.user;
    }
  } catch {
    // an unreadable kubeconfig fails elsewhere
  }
  return fail(`error: requesting uid, groups or user-extra for ${user} without impersonating a user`);
}

/**
 * One request: its attributes, the resource it names (for the message) and how the client prints a refusal: `wrap`
 * turns the API server's message into the client's line (default: `Error from server (Forbidden): <message>`).
 * `exists` says whether the object is there: when it is not, the server answers NotFound and the verb says so itself.
 */
interface Req {
  a: Attributes;
  r: ResourceInfo;
  wrap?: (msg: string) => string;
  /** the refusal of this request is answered with this line instead of the message (scale's "no objects") */
  instead?: string;
  /** the client goes on after this refusal and reports each (get of several kinds) */
  every?: boolean;
}

const POD = () => lookupResource('pods')!;

/** TYPE NAME... or TYPE/NAME..., stopping at the first argument that `stop` says is not a name (key=value, ...). */
function named(args: string[], stop: (a: string) => boolean): { r: ResourceInfo; name: string }[] {
  const out: { r: ResourceInfo; name: string }[] = [];
  if (!args.length) return out;
  if (args[0].includes('/') && !stop(args[0])) {
    for (const a of args) {
      if (stop(a) || !a.includes('/')) break;
      const [t, n] = a.split('/');
      const r = lookupResource(t);
      if (!r || !n) return [];
      out.push({ r, name: n });
    }
    return out;
  }
  const r = lookupResource(args[0]);
  if (!r) return [];
  for (const a of args.slice(1)) {
    if (stop(a)) break;
    out.push({ r, name: a });
  }
  return out;
}

const isKeyValue = (a: string) => a.includes('=') || /^[A-Za-z0-9./_-]+-$/.test(a);
const never = () => false;

/** The requests a verb sends for its arguments, in order. */
function requests(k: Kubectl, p: Parsed): Req[] {
  const key = p.path.join(' ');
  const ns = k.ns(p);
  const all = !!p.flags['all-namespaces'];
  const scope = (r: ResourceInfo) => (r.namespaced ? (all ? '' : ns) : '');
  const at = (r: ResourceInfo, verb: string, name?: string, subresource?: string, extra: Partial<Req> = {}): Req => ({ a: { verb, group: r.group, resource: r.name, subresource, name, namespace: scope(r) }, r, ...extra });
  const typed = () => {
    const t = k.targets(p.args, p.path);
    return Array.isArray(t) ? t : [];
  };
  const exists = (r: ResourceInfo, name: string) => !!k.find(r, ns, name);
  /** the names a list of the kind answers, in the server's order */
  const listed = (r: ResourceInfo) =>
    k.c
      .list(r.kind, r.namespaced && !all ? ns : undefined)
      .map((o) => o.metadata.name)
      .sort();
  /** GET of each object, then `then` for the ones that exist */
  const getThen = (targets: { r: ResourceInfo; name: string }[], then: (r: ResourceInfo, name: string) => Req[], first: Partial<Req> = {}): Req[] =>
    targets.flatMap(({ r, name }) => [at(r, 'get', name, undefined, first), ...(exists(r, name) ? then(r, name) : [])]);
  const patch = (prefix: string) => (r: ResourceInfo, name: string) => [at(r, 'patch', name, undefined, { wrap: (m) => `error: ${prefix}${m}` })];
  switch (key) {
    case 'get':
    case 'describe':
      if (p.flags.filename) return [];
      // -w lists before it watches; a get of several kinds reports every refusal
      return typed().map((t) => at(t.r, t.name ? 'get' : key === 'get' && p.flags['watch-only'] ? 'watch' : 'list', t.name, undefined, key === 'get' ? { every: true } : {}));
    case 'delete':
      if (p.flags.filename) return [];
      // without names: the list, then a delete of each object listed
      return typed().flatMap((t) => (t.name ? [at(t.r, 'delete', t.name)] : [at(t.r, 'list'), ...listed(t.r).map((o) => at(t.r, 'delete', o))]));
    case 'edit':
      if (p.flags.filename) return [];
      return typed().flatMap((t) => (t.name ? [at(t.r, 'get', t.name)] : []));
    case 'events':
      return [at(lookupResource('events')!, 'list')];
    case 'run':
      return [at(POD(), 'create')];
    case 'logs': {
      // TYPE/NAME of a workload: its object, the list of its pods, then the first pod's log
      const [t, n] = (p.args[0] ?? '').split('/');
      const r = n ? lookupResource(t) : undefined;
      if (r && r.kind !== 'Pod') {
        const pods = listed(POD());
        return getThen([{ r, name: n }], () => [at(POD(), 'list'), ...(pods.length ? [at(POD(), 'get', pods[0], 'log')] : [])]);
      }
    }
    // falls through
    case 'exec':
    case 'attach':
    case 'cp':
    case 'port-forward': {
      const arg = key === 'cp' ? p.args.find((a) => a.includes(':'))?.split(':')[0] : p.args[0];
      const name = arg && !arg.includes('/') ? arg : arg?.startsWith('pod/') || arg?.startsWith('pods/') || arg?.startsWith('po/') ? arg.split('/')[1] : undefined;
      if (!name) return [];
      const sub =
        key === 'exec' || key === 'cp'
          ? at(POD(), 'create', name, 'exec')
          : key === 'logs'
            ? at(POD(), 'get', name, 'log')
            : key === 'attach'
              ? at(POD(), 'create', name, 'attach', { wrap: (m) => `If you don't see a command prompt, try pressing enter.\nError from server (Forbidden): ${m}` })
              : at(POD(), 'create', name, 'portforward', { wrap: (m) => `error: error upgrading connection: ${m}` });
      return getThen([{ r: POD(), name }], () => [sub]);
    }
    case 'scale':
      if (p.flags.filename) return [];
      return getThen(named(p.args, never), (r, name) => [at(r, 'patch', name, 'scale')], { instead: 'error: no objects passed to scale' });
    case 'label':
    case 'annotate': {
      if (p.flags.filename) return [];
      if (p.flags.all) {
        // the list, then a patch of each object listed
        const r = lookupResource(p.args[0] ?? '');
        return r ? [at(r, 'list'), ...listed(r).map((o) => at(r, 'patch', o))] : [];
      }
      return getThen(named(p.args, isKeyValue), (r, name) => [at(r, 'patch', name)]);
    }
    case 'patch':
      if (p.flags.filename) return [];
      return getThen(named(p.args, never), (r, name) => [at(r, 'patch', name)]);
    case 'rollout restart':
    case 'rollout pause':
      return getThen(named(p.args, never), patch('failed to patch: '));
    case 'rollout status':
      return named(p.args, never).map(({ r, name }) => at(r, 'get', name));
    case 'rollout history':
    case 'rollout undo': {
      const rs = lookupResource('replicasets')!;
      const to = Number(p.flags['to-revision'] ?? 0);
      return getThen(named(p.args, never), (r, name) => {
        const list = at(rs, 'list', undefined, undefined, { wrap: (m) => `error: failed to retrieve replica sets from deployment ${name}: ${m}` });
        const d = k.find(r, ns, name);
        const previous = r.kind === 'Deployment' && d && k.c.replicaSetsOf(d).length > 1;
        return [list, ...(previous && key === 'rollout undo' ? patch(`failed restoring revision ${to}: `)(r, name) : [])];
      });
    }
    case 'set image':
      return getThen(named(p.args, (a) => a.includes('=')), patch('failed to patch image update to pod template: '));
    case 'set env':
      return getThen(named(p.args, (a) => a.includes('=') || a.endsWith('-')), patch('failed to patch env update to pod template: '));
    case 'set resources':
      // no colon after "template": kubectl 1.28 writes the error straight after it
      return getThen(named(p.args, never), patch('failed to patch resources update to pod template '));
    case 'expose': {
      const svc = lookupResource('services')!;
      return getThen(named(p.args, never), () => [at(svc, 'create')]);
    }
    case 'autoscale': {
      const hpa = lookupResource('horizontalpodautoscalers')!;
      return getThen(named(p.args, never), () => [at(hpa, 'create')]);
    }
    case 'cordon':
    case 'uncordon':
    case 'drain': {
      // the GET of each node; the patch and the pods' list are the verb's own (it goes on after them)
      const node = lookupResource('nodes')!;
      return p.flags.selector ? [] : p.args.map((a) => at(node, 'get', a.replace(/^(nodes?|no)\//, '')));
    }
    case 'taint': {
      const node = lookupResource('nodes')!;
      const names = p.args[0] === 'node' || p.args[0] === 'nodes' || p.args[0] === 'no' ? p.args.slice(1).filter((a) => !a.includes('=') && !a.includes(':') && !a.endsWith('-')) : [];
      return getThen(names.map((name) => ({ r: node, name })), (r, name) => [at(r, 'patch', name)]);
    }
    case 'top pod':
    case 'top node': {
      // the metrics API's kinds, once the API is there (without it the client stops first)
      if (!k.metricsReady() || p.flags.selector) return [];
      const pod = key === 'top pod';
      const r: ResourceInfo = { ...(pod ? POD() : lookupResource('nodes')!), group: 'metrics.k8s.io', version: 'v1beta1', kind: pod ? 'PodMetrics' : 'NodeMetrics' };
      return [at(r, p.args[0] ? 'get' : 'list', p.args[0])];
    }
    case 'certificate approve':
    case 'certificate deny': {
      // the builder's GET of each CSR, then the update of its approval subresource
      const csr = lookupResource('certificatesigningrequests')!;
      return p.flags.filename ? [] : getThen(p.args.map((name) => ({ r: csr, name })), (r, name) => [at(r, 'update', name, 'approval')]);
    }
    case 'create token': {
      const sa = lookupResource('serviceaccounts')!;
      return p.args[0] ? [at(sa, 'create', p.args[0], 'token', { wrap: (m) => `error: failed to create token: ${m}` })] : [];
    }
  }
  if (p.path[0] === 'create' && p.path.length > 1) {
    const kind: Record<string, string> = { deployment: 'deployments', service: 'services', configmap: 'configmaps', secret: 'secrets', namespace: 'namespaces', serviceaccount: 'serviceaccounts', role: 'roles', rolebinding: 'rolebindings', clusterrole: 'clusterroles', clusterrolebinding: 'clusterrolebindings', job: 'jobs', cronjob: 'cronjobs', quota: 'resourcequotas', ingress: 'ingresses', poddisruptionbudget: 'poddisruptionbudgets', priorityclass: 'priorityclasses' };
    const r = lookupResource(kind[p.path[1]] ?? '');
    // the words each sub-command wraps the server's refusal in (namespace, role and clusterrole pass it on as it is)
    const service = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' }[p.path[2] ?? ''];
    const prefix: Record<string, string> = { poddisruptionbudget: 'failed to create poddisruptionbudgets: ', secret: 'failed to create secret ', service: `failed to create ${service} service: ` };
    const quiet = ['namespace', 'role', 'clusterrole'].includes(p.path[1]) || (p.path[1] === 'secret' && p.path[2] === 'tls');
    const wrap = quiet ? undefined : (m: string) => `error: ${prefix[p.path[1]] ?? `failed to create ${p.path[1]}: `}${m}`;
    if (r && !p.flags['dry-run']) return [at(r, 'create', undefined, undefined, { wrap })];
  }
  return [];
}

/**
 * The API server's answer to a request the user may not make, or null. The kubeconfig's admin passes as a member of
 * system:masters; from 1.29 its group is kubeadm:cluster-admins, which holds cluster-admin only through its binding.
 */
export function forbiddenRequest(k: Kubectl, p: Parsed, rerun?: (q: Parsed) => KResult): KResult | null {
  const s = requester(k, p);
  if (s.groups.includes('system:masters')) return null;
  const reqs = requests(k, p);
  const refused: string[] = [];
  const allowed: Req[] = [];
  for (const req of reqs) {
    const { a, r, wrap, instead, every } = req;
    const d = authorize(k.c, s, a);
    if (d.allowed) {
      allowed.push(req);
      continue;
    }
    if (instead) return fail(instead);
    const line = wrap ? wrap(forbiddenMessage(s, a, gr(r), d.reason)) : forbidden(s, a, gr(r), d.reason);
    if (!every) return fail(line);
    refused.push(line);
  }
  if (!refused.length) return null;
  // a get of several kinds: what it may read is printed, then every refusal, each on its line
  const named = allowed.every((x) => x.a.name);
  const unnamed = allowed.every((x) => !x.a.name) && !p.args.slice(1).length;
  if (allowed.length && rerun && (named || unnamed)) {
    const args = named ? allowed.map((x) => `${x.a.resource}${x.r.group ? `.${x.r.group}` : ''}/${x.a.name}`) : [allowed.map((x) => `${x.a.resource}${x.r.group ? `.${x.r.group}` : ''}`).join(',')];
    const r = rerun({ ...p, args });
    return { out: r.out, err: r.err + refused.join('\n') + '\n', code: 1 };
  }
  return fail(allowed.length ? refused[0] : refused.join('\n'));
}

/** The API server's message refusing one request the verb sends itself (apply, cordon, drain), or null when allowed. */
export function refusal(k: Kubectl, p: Parsed, a: Attributes, r: ResourceInfo): string | null {
  const s = requester(k, p);
  if (s.groups.includes('system:masters')) return null;
  const d = authorize(k.c, s, a);
  return d.allowed ? null : forbiddenMessage(s, a, gr(r), d.reason);
}
